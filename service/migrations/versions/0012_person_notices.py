"""notices to persons: per-person settings, notice rows in the outbox

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 16:00:00.000000
"""
from alembic import op
import sqlalchemy as sa

from service.db import UTCDateTime

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.add_column(sa.Column('notify_changes', sa.Boolean(), server_default='1', nullable=False))
        batch_op.add_column(sa.Column('digest_daily', sa.Boolean(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('digest_weekly', sa.Boolean(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('attach_ics', sa.Boolean(), server_default='0', nullable=False))
    # A notice has a person instead of an item, unit and deadline (a digest has no event either).
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.alter_column('item_id', existing_type=sa.Integer(), nullable=True)
        batch_op.alter_column('unit_id', existing_type=sa.Integer(), nullable=True)
        batch_op.alter_column('event_id', existing_type=sa.Integer(), nullable=True)
        batch_op.alter_column('deadline', existing_type=sa.Date(), nullable=True)
        batch_op.add_column(sa.Column('person_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('payload', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('supersedes_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('notice_key', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('expires_at', UTCDateTime(), nullable=True))
        batch_op.create_index('ix_reminders_person_id', ['person_id'], unique=False)
        batch_op.create_unique_constraint('uq_reminders_notice_key', ['notice_key'])
        batch_op.create_foreign_key('fk_reminders_person_id_persons', 'persons', ['person_id'], ['id'])
        batch_op.create_foreign_key('fk_reminders_supersedes_id_reminders', 'reminders', ['supersedes_id'], ['id'])


def downgrade():
    op.execute("DELETE FROM reminders WHERE person_id IS NOT NULL")
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.drop_constraint('fk_reminders_supersedes_id_reminders', type_='foreignkey')
        batch_op.drop_constraint('fk_reminders_person_id_persons', type_='foreignkey')
        batch_op.drop_constraint('uq_reminders_notice_key', type_='unique')
        batch_op.drop_index('ix_reminders_person_id')
        for column in ('expires_at', 'notice_key', 'supersedes_id', 'payload', 'person_id'):
            batch_op.drop_column(column)
        batch_op.alter_column('deadline', existing_type=sa.Date(), nullable=False)
        batch_op.alter_column('event_id', existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column('unit_id', existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column('item_id', existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table('persons', schema=None) as batch_op:
        for column in ('attach_ics', 'digest_weekly', 'digest_daily', 'notify_changes'):
            batch_op.drop_column(column)
