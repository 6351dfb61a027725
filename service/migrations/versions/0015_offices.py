"""offices: the installation becomes one office; every root table of office data gets office_id

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01 19:00:00.000000
"""
import os
import re
import unicodedata
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

# Every root table of an office's data (child rows belong through their parent). calendar_exceptions is
# handled apart: its key becomes (office_id, day).
OWNED = ('units', 'persons', 'groups', 'locations', 'events', 'program_imports', 'slot_hours', 'users',
         'api_keys', 'feed_tokens')
NAMED = ('units', 'groups', 'locations')  # name_key unique per office instead of installation-wide
FEED_TABLES = ('feed_tokens', 'feed_entries', 'feed_versions')


def _slug(name):
    text = unicodedata.normalize('NFD', name.replace('đ', 'd').replace('Đ', 'D'))
    text = ''.join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r'[^a-z0-9]+', '-', text).strip('-')[:100] or 'van-phong'


def _foreign_keys_off():
    """SQLite: rebuilding a table (batch mode) drops the old one, and with foreign keys on that DROP deletes
    child rows ON DELETE CASCADE (agenda items!) or fails. The pragma only works outside a transaction."""
    if op.get_bind().dialect.name == 'sqlite':
        with op.get_context().autocommit_block():
            op.execute('PRAGMA foreign_keys=OFF')


def _foreign_keys_on():
    if op.get_bind().dialect.name == 'sqlite':
        with op.get_context().autocommit_block():
            op.execute('PRAGMA foreign_keys=ON')


def upgrade():
    _foreign_keys_off()
    offices = op.create_table(
        'offices',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('slug', sa.String(length=100), nullable=False),
        sa.Column('name', sa.String(length=300), nullable=False),
        sa.Column('tier', sa.String(length=10), nullable=False),
        sa.Column('body', sa.String(length=20), nullable=False),
        sa.Column('parent_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['parent_id'], ['offices.id'], name=op.f('fk_offices_parent_id_offices')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_offices')),
        sa.UniqueConstraint('slug', name=op.f('uq_offices_slug')),
    )
    with op.batch_alter_table('offices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_offices_parent_id'), ['parent_id'], unique=False)

    # The existing installation is one office, named as it was configured (OFFICE_NAME) when that is known.
    name = (os.environ.get('OFFICE_NAME') or '').strip() or 'Văn phòng'
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    bind = op.get_bind()
    bind.execute(offices.insert().values(slug=_slug(name), name=name[:300], tier='tinh', body='ubnd', created_at=now))
    office_id = bind.execute(sa.select(offices.c.id)).scalar_one()

    for table in OWNED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('office_id', sa.Integer(), nullable=True))
        bind.execute(sa.text(f'UPDATE {table} SET office_id = :office'), {'office': office_id})
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('office_id', existing_type=sa.Integer(), nullable=False)
            batch_op.create_foreign_key(batch_op.f(f'fk_{table}_office_id_offices'), 'offices', ['office_id'], ['id'])
            batch_op.create_index(batch_op.f(f'ix_{table}_office_id'), ['office_id'], unique=False)
            if table in NAMED:
                batch_op.drop_constraint(f'uq_{table}_name_key', type_='unique')
                batch_op.create_unique_constraint(batch_op.f(f'uq_{table}_office_id'), ['office_id', 'name_key'])
            if table == 'events':  # listings filter by office first; import keys are each office's
                batch_op.drop_constraint('uq_events_import_key', type_='unique')
                batch_op.create_unique_constraint('uq_events_office_id', ['office_id', 'import_key'])
                batch_op.drop_index('ix_events_range')
                batch_op.drop_index('ix_events_long_range')
                batch_op.create_index('ix_events_range', ['office_id', 'range_start', 'range_end'], unique=False)
                batch_op.create_index('ix_events_long_range', ['office_id', 'long_range', 'range_start', 'range_end'],
                                      unique=False)
            if table == 'program_imports':
                batch_op.drop_index('ix_program_imports_source_key')
                batch_op.create_index('ix_program_imports_source_key', ['office_id', 'source_key', 'committed_at'],
                                      unique=False)

    # Days off: one row per (office, day).
    _rekey_calendar_exceptions(office_id)

    with op.batch_alter_table('security_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('office_id', sa.Integer(), nullable=True))
    bind.execute(sa.text('UPDATE security_log SET office_id = :office'), {'office': office_id})
    with op.batch_alter_table('security_log', schema=None) as batch_op:
        batch_op.create_foreign_key(batch_op.f('fk_security_log_office_id_offices'), 'offices', ['office_id'], ['id'])
        batch_op.create_index(batch_op.f('ix_security_log_office_id'), ['office_id'], unique=False)

    # The office-wide feed was subject ("office", 0); it is now ("office", <its office id>). Its token hash
    # is kept, so its URL goes on working (feeds.tokens knows the old form).
    for table in FEED_TABLES:
        bind.execute(sa.text(f"UPDATE {table} SET subject_id = :office WHERE subject_type = 'office' AND subject_id = 0"),
                     {'office': office_id})
    _foreign_keys_on()


def _rekey_calendar_exceptions(office_id):
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':  # a new primary key means a new table
        op.rename_table('calendar_exceptions', 'calendar_exceptions_0014')
        _create_calendar_exceptions(with_office=True)
        bind.execute(sa.text('INSERT INTO calendar_exceptions (office_id, day, kind, label, source_ref) '
                             'SELECT :office, day, kind, label, source_ref FROM calendar_exceptions_0014'),
                     {'office': office_id})
        op.drop_table('calendar_exceptions_0014')
        return
    op.add_column('calendar_exceptions', sa.Column('office_id', sa.Integer(), nullable=True))
    bind.execute(sa.text('UPDATE calendar_exceptions SET office_id = :office'), {'office': office_id})
    op.alter_column('calendar_exceptions', 'office_id', existing_type=sa.Integer(), nullable=False)
    op.drop_constraint('pk_calendar_exceptions', 'calendar_exceptions', type_='primary')
    op.create_primary_key('pk_calendar_exceptions', 'calendar_exceptions', ['office_id', 'day'])
    op.create_foreign_key('fk_calendar_exceptions_office_id_offices', 'calendar_exceptions', 'offices',
                          ['office_id'], ['id'])


def _create_calendar_exceptions(with_office):
    columns = [sa.Column('office_id', sa.Integer(), nullable=False)] if with_office else []
    constraints = ([sa.ForeignKeyConstraint(['office_id'], ['offices.id'],
                                            name='fk_calendar_exceptions_office_id_offices')] if with_office else [])
    op.create_table(
        'calendar_exceptions', *columns,
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('label', sa.String(length=300), nullable=False),
        sa.Column('source_ref', sa.String(length=300), nullable=True),
        *constraints,
        sa.PrimaryKeyConstraint(*(['office_id'] if with_office else []), 'day', name='pk_calendar_exceptions'),
    )


def downgrade():
    """Back to one installation: only possible while there is a single office."""
    bind = op.get_bind()
    if bind.execute(sa.text('SELECT count(*) FROM offices')).scalar_one() > 1:
        raise RuntimeError('Có nhiều cơ quan: không thể hạ cấp về bản một cơ quan (0014) mà không mất dữ liệu.')
    _foreign_keys_off()
    for table in FEED_TABLES:
        bind.execute(sa.text(f"UPDATE {table} SET subject_id = 0 WHERE subject_type = 'office'"))
    with op.batch_alter_table('security_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_security_log_office_id'))
        batch_op.drop_constraint(batch_op.f('fk_security_log_office_id_offices'), type_='foreignkey')
        batch_op.drop_column('office_id')
    if bind.dialect.name == 'sqlite':
        op.rename_table('calendar_exceptions', 'calendar_exceptions_0015')
        _create_calendar_exceptions(with_office=False)
        bind.execute(sa.text('INSERT INTO calendar_exceptions (day, kind, label, source_ref) '
                             'SELECT day, kind, label, source_ref FROM calendar_exceptions_0015'))
        op.drop_table('calendar_exceptions_0015')
    else:
        op.drop_constraint('fk_calendar_exceptions_office_id_offices', 'calendar_exceptions', type_='foreignkey')
        op.drop_constraint('pk_calendar_exceptions', 'calendar_exceptions', type_='primary')
        op.create_primary_key('pk_calendar_exceptions', 'calendar_exceptions', ['day'])
        op.drop_column('calendar_exceptions', 'office_id')
    for table in reversed(OWNED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            if table == 'program_imports':
                batch_op.drop_index('ix_program_imports_source_key')
                batch_op.create_index('ix_program_imports_source_key', ['source_key', 'committed_at'], unique=False)
            if table == 'events':
                batch_op.drop_constraint('uq_events_office_id', type_='unique')
                batch_op.create_unique_constraint('uq_events_import_key', ['import_key'])
                batch_op.drop_index('ix_events_long_range')
                batch_op.drop_index('ix_events_range')
                batch_op.create_index('ix_events_range', ['range_start', 'range_end'], unique=False)
                batch_op.create_index('ix_events_long_range', ['long_range', 'range_start', 'range_end'], unique=False)
            if table in NAMED:
                batch_op.drop_constraint(batch_op.f(f'uq_{table}_office_id'), type_='unique')
                batch_op.create_unique_constraint(f'uq_{table}_name_key', ['name_key'])
            batch_op.drop_index(batch_op.f(f'ix_{table}_office_id'))
            batch_op.drop_constraint(batch_op.f(f'fk_{table}_office_id_offices'), type_='foreignkey')
            batch_op.drop_column('office_id')
    with op.batch_alter_table('offices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_offices_parent_id'))
    op.drop_table('offices')
    _foreign_keys_on()
