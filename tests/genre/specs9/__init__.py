"""The ninth held-out set (genre9): a provincial city's People's Committee week copied from its portal as " | " rows
("T. Hai 09/12 | 7:30 | … | Đ/c Khải CT | PH2 |", the day cell on a day's first row only); a two-tier commune's
week by session with its leaders numbered within each session and each activity's fields on lines of their own
("1. Chủ tịch UBND xã …:" / "09 giờ 00’: …. (Giao … chuẩn bị nội dung)" / "Thành phần tham dự: …" / "Thời gian,
địa điểm: 08 giờ 00’ tại …"); a provincial People's Council's month by body with the date and an abbreviated
weekday first ("01/11 (T4), 8h: …; chủ trì: …; tại …"); a provincial education department's month whose day
headings give the day only ("Ngày 04 (Thứ Hai):", units by abbreviation); and a district Party committee's week
written actor first ("- Đồng chí Bí thư Huyện ủy, lúc 7 giờ 30: chủ trì …"). Every office, person and unit is
invented; the forms are the ones offices use."""
from tests.genre.specs9 import (hdnd_tinh_thang_2023_11, huyen_uy_tuan_2023_05, so_gddt_thang_2024_03,
                                ubnd_thanh_pho_tuan_2024_12, ubnd_xa_tuan_2025_09)

DOCS = [m.DOC for m in (ubnd_thanh_pho_tuan_2024_12, ubnd_xa_tuan_2025_09, hdnd_tinh_thang_2023_11,
                        so_gddt_thang_2024_03, huyen_uy_tuan_2023_05)]
BY_KEY = {d.key: d for d in DOCS}
