"""webhook channel: a URL (and signing secret) per unit and per person

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01 16:00:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade():
    for table in ('units', 'persons'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('webhook_url', sa.String(length=2000), nullable=True))
            batch_op.add_column(sa.Column('webhook_secret', sa.String(length=200), nullable=True))


def downgrade():
    for table in ('persons', 'units'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('webhook_secret')
            batch_op.drop_column('webhook_url')
