"""The judging documents. Every office, person and unit is invented; the forms are the ones offices use."""
from tests.genre.specs import (dang_uy_xa_2025_09, hdnd_tinh_2024_11, hdnd_tinh_tuan_2024_07, huyen_uy_2024_08,
                               phuong_tuan_2025_11, tinh_uy_tuan_2024_03, ubnd_huyen_2023_10,
                               ubnd_huyen_tuan_2024_06, ubnd_tinh_2025_05, ubnd_tinh_tuan_2023_09,
                               ubnd_tinh_tuan_2025_08, ubnd_xa_2025_12, ubnd_xa_tuan_2025_07)

DOCS = [m.DOC for m in (huyen_uy_2024_08, ubnd_tinh_tuan_2023_09, dang_uy_xa_2025_09, hdnd_tinh_2024_11,
                        ubnd_xa_tuan_2025_07, ubnd_huyen_2023_10, ubnd_huyen_tuan_2024_06, ubnd_xa_2025_12)]
# The second, held-out set (genre2): forms and wordings the first eight do not use.
DOCS += [m.DOC for m in (tinh_uy_tuan_2024_03, ubnd_tinh_2025_05, phuong_tuan_2025_11, hdnd_tinh_tuan_2024_07,
                         ubnd_tinh_tuan_2025_08)]
BY_KEY = {d.key: d for d in DOCS}
