"""session generations and the security log

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 10:40:00.000000
"""
from alembic import op
import sqlalchemy as sa
import service.db


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('session_generation', sa.Integer(), server_default='0', nullable=False))
    op.create_table('security_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', service.db.UTCDateTime(), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=True),
    sa.Column('username', sa.String(length=100), nullable=True),
    sa.Column('address', sa.String(length=64), nullable=True),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_security_log'))
    )
    with op.batch_alter_table('security_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_security_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_security_log_username'), ['username'], unique=False)
        batch_op.create_index(batch_op.f('ix_security_log_address'), ['address'], unique=False)


def downgrade():
    with op.batch_alter_table('security_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_security_log_address'))
        batch_op.drop_index(batch_op.f('ix_security_log_username'))
        batch_op.drop_index(batch_op.f('ix_security_log_at'))
    op.drop_table('security_log')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('session_generation')
