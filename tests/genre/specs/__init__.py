"""The judging documents. Every office, person and unit is invented; the forms are the ones offices use."""
from tests.genre.specs import (dang_uy_xa_2025_09, hdnd_tinh_2024_11, huyen_uy_2024_08, ubnd_huyen_2023_10,
                               ubnd_huyen_tuan_2024_06, ubnd_tinh_tuan_2023_09, ubnd_xa_2025_12,
                               ubnd_xa_tuan_2025_07)

DOCS = [m.DOC for m in (huyen_uy_2024_08, ubnd_tinh_tuan_2023_09, dang_uy_xa_2025_09, hdnd_tinh_2024_11,
                        ubnd_xa_tuan_2025_07, ubnd_huyen_2023_10, ubnd_huyen_tuan_2024_06, ubnd_xa_2025_12)]
BY_KEY = {d.key: d for d in DOCS}
