"""series skip public holidays and days off

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01 16:00:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade():
    # reason: why the occurrence is an exception; "holiday" = cancelled automatically because the day is a
    # public holiday or an office day off (NULL: the office cancelled or moved it by hand).
    with op.batch_alter_table('event_exceptions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reason', sa.String(length=20), nullable=True))
    # Existing series skip holidays too, from their next change of timing on (nothing is rewritten here).
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('skip_holidays', sa.Boolean(), server_default='1', nullable=False))
        batch_op.add_column(sa.Column('holidays_kept', sa.Text(), server_default='', nullable=False))


def downgrade():
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_column('holidays_kept')
        batch_op.drop_column('skip_holidays')
    with op.batch_alter_table('event_exceptions', schema=None) as batch_op:
        batch_op.drop_column('reason')
