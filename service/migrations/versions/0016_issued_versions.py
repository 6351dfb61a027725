"""issued versions of programs and weekly schedules; the public flag of events and its defaults per kind
(each office's own)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01 19:00:00.000000
"""
from alembic import op
import sqlalchemy as sa

from service.db import UTCDateTime

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'issued_versions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('office_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('period_start', sa.Date(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('issued_at', UTCDateTime(), nullable=False),
        sa.Column('issued_by', sa.String(length=200), nullable=True),
        sa.Column('snapshot', sa.JSON(), nullable=False),
        sa.Column('annex', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_issued_versions_office_id_offices')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_versions')),
        sa.UniqueConstraint('office_id', 'kind', 'period_start', 'number', name='uq_issued_versions_period_number'),
    )
    op.create_index(op.f('ix_issued_versions_office_id'), 'issued_versions', ['office_id'], unique=False)
    op.create_table(
        'public_defaults',
        sa.Column('office_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('public', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_public_defaults_office_id_offices')),
        sa.PrimaryKeyConstraint('office_id', 'kind', name=op.f('pk_public_defaults')),
    )
    op.create_index(op.f('ix_public_defaults_office_id'), 'public_defaults', ['office_id'], unique=False)
    # NULL: the event follows the office's default for its kind (existing events all do).
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('public', sa.Boolean(), nullable=True))


def downgrade():
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_column('public')
    op.drop_index(op.f('ix_public_defaults_office_id'), table_name='public_defaults')
    op.drop_table('public_defaults')
    op.drop_index(op.f('ix_issued_versions_office_id'), table_name='issued_versions')
    op.drop_table('issued_versions')
