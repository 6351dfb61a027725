"""name_key is the one fold of names

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 09:00:00.000000

units, groups and locations keep a unique name_key. Until 0006 it was NFC + whitespace collapsed +
casefold; from 0007 it is the fold the importer matches names by (issue #12): legacy glyphs, one tone
style ("Hoà Bình" == "Hòa Bình"), '&' and '-' spaced alike. Stored keys are recomputed.

Two rows whose names differed before but fold alike now ("Hội trường UBND xã Hoà Bình" and "... Hòa Bình")
would violate the unique constraint. Nothing is deleted or merged: the first row (lowest id) gets the key,
each later one a key with its id appended ("hội trường ubnd xã hòa bình #7"), and a warning names them so
the office can merge or rename them. Such a row keeps its name; a look-up by that name finds the first row,
and creating the name again is refused as a clash, as for any existing name.
"""
import hashlib
import re
import sys
import unicodedata

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

TABLES = ('units', 'groups', 'locations')
KEY_LENGTH = 300  # name_key is String(300)

# Frozen copies of the key functions, as of this revision: service.text.name_key (fold) for the upgrade, the
# name_key of 0001-0006 for the downgrade. A migration never imports live code (issue #12): once written it
# must compute the same keys forever, whatever service.text becomes. A later change of the fold is a new
# migration with its own copy.
_SPACE = re.compile(r"\s+")
_GLYPHS = str.maketrans({"ƣ": "ư", "Ƣ": "Ư", "\uf0b7": "-", "\uf02d": "-", "\uf0a7": "-", "\uf076": "-",
                         "\u2022": "-", "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\ufeff": "",
                         "\u200b": "", "\t": " ", "\r": ""})
_TONES = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe", "oẻ": "ỏe",
          "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}
_TONE = re.compile("|".join(map(re.escape, _TONES)))


def fold_key(name: str) -> str:
    text = unicodedata.normalize("NFC", name.translate(_GLYPHS)).casefold()
    text = unicodedata.normalize("NFC", text)
    text = _TONE.sub(lambda m: _TONES[m.group(0)], text)
    text = re.sub(r"\s*&\s*", " & ", text)
    text = re.sub(r"\s*[-–—]\s*", " - ", text)
    key = _SPACE.sub(" ", text).strip()
    if len(key) <= KEY_LENGTH:
        return key
    return f"{key[:KEY_LENGTH - 17]}~{hashlib.sha1(key.encode()).hexdigest()[:16]}"


def casefold_key(name: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFC", name)).strip().casefold()


def _suffixed(key: str, ident: int, taken: set) -> str:
    n = 0
    while True:
        suffix = f" #{ident}" + (f".{n}" if n else "")
        candidate = key[:KEY_LENGTH - len(suffix)] + suffix
        if candidate not in taken:
            return candidate
        n += 1


def rekey(conn, table_name: str, key_of) -> list[tuple]:
    """Sets name_key = key_of(name) on every row of a table, unique; returns the rows that got a suffixed key
    as (id, name, key, id of the row holding the plain key)."""
    table = sa.table(table_name, sa.column('id', sa.Integer), sa.column('name', sa.String),
                     sa.column('name_key', sa.String))
    rows = conn.execute(sa.select(table.c.id, table.c.name, table.c.name_key).order_by(table.c.id)).all()
    wanted = {ident: key_of(name) for ident, name, _ in rows}
    # A suffixed key must not take the plain key of any row, nor one given already.
    taken, holder, final, clashes = set(wanted.values()), {}, {}, []
    for ident, name, _ in rows:
        key = wanted[ident]
        if key not in holder:
            holder[key] = ident
            final[ident] = key
        else:
            final[ident] = _suffixed(key, ident, taken)
            taken.add(final[ident])
            clashes.append((ident, name, final[ident], holder[key]))
    changed = [{'ident': ident, 'key': final[ident]} for ident, _, old in rows if final[ident] != old]
    if changed:
        # Two passes: a row's new key may still be another row's old key, and the unique constraint is
        # checked row by row (SQLite) or per statement (PostgreSQL). A name_key never starts with a space
        # (both key functions strip), so ' <id>' cannot meet any key.
        update = table.update().where(table.c.id == sa.bindparam('ident')).values(name_key=sa.bindparam('key'))
        conn.execute(update, [{'ident': c['ident'], 'key': f" {c['ident']}"} for c in changed])
        conn.execute(update, changed)
    return clashes


def _warn(table_name: str, clashes: list[tuple]) -> None:
    for ident, name, key, first in clashes:
        print(f"Cảnh báo (migration 0007): {table_name} id {ident} '{name}' trùng tên với id {first} (không kể "
              f"chữ hoa, cách đặt dấu, khoảng trắng); giữ cả hai, id {ident} nhận khóa '{key}'. "
              "Hãy gộp hoặc đổi tên.", file=sys.stderr)


def upgrade():
    conn = op.get_bind()
    for table_name in TABLES:
        _warn(table_name, rekey(conn, table_name, fold_key))


def downgrade():
    # The old key is finer than the fold, so rows unique under the fold stay unique; rekey copes anyway.
    conn = op.get_bind()
    for table_name in TABLES:
        _warn(table_name, rekey(conn, table_name, casefold_key))
