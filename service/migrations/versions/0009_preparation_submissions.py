"""submissions per preparing unit

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 11:30:00.000000
"""
from alembic import op
import sqlalchemy as sa
import service.db


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('preparations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('submitted_at', service.db.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('submitted_by', sa.String(length=200), nullable=True))


def downgrade():
    with op.batch_alter_table('preparations', schema=None) as batch_op:
        batch_op.drop_column('submitted_by')
        batch_op.drop_column('submitted_at')
