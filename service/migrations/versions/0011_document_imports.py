"""imports by document: identity, blocks, undo

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 13:10:00.000000
"""
from alembic import op
import sqlalchemy as sa

from service.db import UTCDateTime

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('program_imports', schema=None) as batch_op:
        batch_op.add_column(sa.Column('document', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('source_key', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('source', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('issuer', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('doc_kind', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('title', sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column('period_start', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('period_end', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('committed_by', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('undone_at', UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('undone_by', sa.String(length=200), nullable=True))
        batch_op.create_index('ix_program_imports_source_key', ['source_key', 'committed_at'], unique=False)


def downgrade():
    with op.batch_alter_table('program_imports', schema=None) as batch_op:
        batch_op.drop_index('ix_program_imports_source_key')
        for column in ('undone_by', 'undone_at', 'committed_by', 'period_end', 'period_start', 'title', 'doc_kind',
                       'issuer', 'source', 'source_key', 'document'):
            batch_op.drop_column(column)
