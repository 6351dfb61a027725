"""The sixth held-out set (genre6): a two-tier commune's Party committee month with hours written "8h00",
"14h", "14g00"; a commune's week copied out of a table ("Thời gian | Nội dung | Chủ trì | Thành phần | Địa
điểm") with the weekday and the date on separate lines; a province's December program across the year's turn;
a city ward's week per leader after the National Day holiday; and a provincial HĐND's January program written
content first ("…. Thời gian: …"). Every office, person and unit is invented; the forms are the ones offices
use."""
from tests.genre.specs6 import (dang_uy_xa_thang_2025_10, hdnd_tinh_thang_2025_01, ubnd_phuong_tuan_2023_09,
                                ubnd_tinh_thang_2024_12, ubnd_xa_tuan_2025_08)

DOCS = [m.DOC for m in (dang_uy_xa_thang_2025_10, ubnd_xa_tuan_2025_08, ubnd_tinh_thang_2024_12,
                        ubnd_phuong_tuan_2023_09, hdnd_tinh_thang_2025_01)]
BY_KEY = {d.key: d for d in DOCS}
