"""The eighth held-out set (genre8): a district Party committee's month grouped by kind of work with its dates in
words ("Ngày 05 tháng 11 (thứ Ba), 8 giờ 00: …; đồng chí … chủ trì; tại …"); a provincial department's leaders'
week with the hour then the leader's short title ("1- 08h00: PGĐ … chủ trì … - Thành phần: … - Địa điểm: …"); a
commune HĐND standing committee's month with its time in square brackets ("[Ngày 05/6, thứ Hai; 14 giờ] ….
Chủ tọa: …"); a provincial Party committee office's week ("- 7 giờ 30, đồng chí Bí thư Tỉnh ủy chủ trì …. Mời ….
Điểm tại … (giao … chuẩn bị); (LĐVP)."); and a ward's reception schedule of several leaders with hour ranges
("Ngày 06/3/2025 (thứ Năm), sáng từ 7 giờ 30 đến 11 giờ 00: Tiếp công dân định kỳ của …"). Every office, person and
unit is invented; the forms are the ones offices use."""
from tests.genre.specs8 import (hdnd_xa_thang_2023_06, huyen_uy_thang_2024_11, so_tuan_2023_09,
                                ubnd_phuong_tiep_dan_2025_03, van_phong_tinh_uy_tuan_2024_04)

DOCS = [m.DOC for m in (huyen_uy_thang_2024_11, so_tuan_2023_09, hdnd_xa_thang_2023_06,
                        van_phong_tinh_uy_tuan_2024_04, ubnd_phuong_tiep_dan_2025_03)]
BY_KEY = {d.key: d for d in DOCS}
