"""per-address delivery of reminders

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 11:45:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('delivered_to', sa.JSON(), server_default='[]', nullable=False))


def downgrade():
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.drop_column('delivered_to')
