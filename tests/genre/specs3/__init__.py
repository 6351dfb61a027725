"""The third held-out set (genre3): forms and levels the first thirteen documents cover less — a department's
monthly program, a ward Party committee's week, a commune's revised week, a provincial HĐND's session month,
a provincial office's week written activity-first and one written field by field. Every office, person and
unit is invented; the forms are the ones offices use."""
from tests.genre.specs3 import (dang_uy_phuong_tuan_2025_10, hdnd_tinh_2025_12, so_nnmt_2025_10,
                                ubnd_tinh_tuan_2024_12, ubnd_xa_tuan_2025_09, vp_ubnd_tinh_tuan_2025_11)

DOCS = [m.DOC for m in (so_nnmt_2025_10, dang_uy_phuong_tuan_2025_10, ubnd_xa_tuan_2025_09, hdnd_tinh_2025_12,
                        vp_ubnd_tinh_tuan_2025_11, ubnd_tinh_tuan_2024_12)]
BY_KEY = {d.key: d for d in DOCS}
