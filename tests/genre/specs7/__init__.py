"""The seventh held-out set (genre7): a provincial HĐND's week copied out of a table with the time and persons
in one bracket at the end ("(sáng; dự: đ/c …)", "(ngày)"); a province's leaders' week from its portal with the hour
in brackets first ("(8h30) …") and the leader last "(CT … chủ trì)" / "(PCT … dự)"; a commune Party committee's
month written time and place first ("Lúc 7 giờ 30 phút ngày 02/3 (thứ Năm), tại …: …"); a commune's month in
fields joined by long dashes ("Thứ Tư (02/10), 8 giờ — … — Chủ trì: … — Tại: …"); and a ward's week by sessions
("Buổi sáng:", "* 7g30: …. Đ/c Chủ tịch chủ trì. Mời: …. Tại: …."). Every office, person and unit is invented; the
forms are the ones offices use."""
from tests.genre.specs7 import (dang_uy_xa_thang_2023_03, hdnd_tinh_tuan_2024_05, ubnd_phuong_tuan_2025_04,
                                ubnd_tinh_tuan_2025_07, ubnd_xa_thang_2024_10)

DOCS = [m.DOC for m in (hdnd_tinh_tuan_2024_05, ubnd_tinh_tuan_2025_07, dang_uy_xa_thang_2023_03,
                        ubnd_xa_thang_2024_10, ubnd_phuong_tuan_2025_04)]
BY_KEY = {d.key: d for d in DOCS}
