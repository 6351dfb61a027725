"""The fourth held-out set (genre4): a commune Party committee's month with week headings and a task list of
deadlines, a province's leaders' revised week written per leader, a ward's week written clock first with
all-day items and a Sunday, and a commune HĐND's session month issued by its office with undated and
tentative items. Every office, person and unit is invented; the forms are the ones offices use."""
from tests.genre.specs4 import (dang_uy_xa_2025_12, hdnd_xa_2025_12, ubnd_phuong_tuan_2025_10,
                                ubnd_tinh_lanh_dao_tuan_2025_11)

DOCS = [m.DOC for m in (dang_uy_xa_2025_12, ubnd_tinh_lanh_dao_tuan_2025_11, ubnd_phuong_tuan_2025_10,
                        hdnd_xa_2025_12)]
BY_KEY = {d.key: d for d in DOCS}
