"""each office's reminder settings (default deadline, reminder days and hour); NULL = the deployment's

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01 22:30:00.000000
"""
from alembic import op
import sqlalchemy as sa

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

COLUMNS = (('deadline_working_days', sa.Integer()), ('reminder_offsets', sa.String(length=50)),
           ('reminder_time', sa.String(length=5)))


def upgrade():
    with op.batch_alter_table('offices') as batch_op:
        for name, type_ in COLUMNS:
            batch_op.add_column(sa.Column(name, type_, nullable=True))


def downgrade():
    with op.batch_alter_table('offices') as batch_op:
        for name, _ in COLUMNS:
            batch_op.drop_column(name)
