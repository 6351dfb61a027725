"""indexes for the dispatcher on a database of many offices: it reads every office's outbox at once, and its
look-ups of a run's rows, of expiring notices, of handed-in items and parts and of cancelled meetings scanned
whole tables (bench/offices.py, 100 offices)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-01 23:00:00.000000
"""
from alembic import op
import sqlalchemy as sa

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

# (table, name, columns, partial-index condition)
INDEXES = [
    ('events', 'ix_events_cancelled', ['office_id', 'id'], "status = 'cancelled'"),
    ('agenda_items', 'ix_agenda_items_done', ['id'], 'submitted_at IS NOT NULL OR removed_at IS NOT NULL'),
    ('preparations', 'ix_preparations_submitted', ['item_id', 'unit_id'], 'submitted_at IS NOT NULL'),
    ('reminders', 'ix_reminders_claimed_by', ['claimed_by'], 'claimed_by IS NOT NULL'),
    ('reminders', 'ix_reminders_expires_at', ['expires_at'], 'expires_at IS NOT NULL'),
]


def upgrade():
    for table, name, columns, where in INDEXES:
        op.create_index(name, table, columns, unique=False, postgresql_where=sa.text(where),
                        sqlite_where=sa.text(where))


def downgrade():
    for table, name, _, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
