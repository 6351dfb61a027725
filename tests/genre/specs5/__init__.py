"""The fifth held-out set (genre5): a commune's election week in leader lines with several events a line, a
province Party committee's month in parts with a "dự kiến" section, a provincial department's week written
field by field under slot headings, a ward's Tết month hard-wrapped with "I -" / "1/" numbering, and a
provincial HĐND standing committee's month whose monthly sitting is a numbered section. Every office, person
and unit is invented; the forms are the ones offices use."""
from tests.genre.specs5 import (hdnd_tinh_thang_2026_06, so_xay_dung_tuan_2026_04, tinh_uy_thang_2026_01,
                                ubnd_phuong_thang_2026_02, ubnd_xa_tuan_2026_03)

DOCS = [m.DOC for m in (ubnd_xa_tuan_2026_03, tinh_uy_thang_2026_01, so_xay_dung_tuan_2026_04,
                        ubnd_phuong_thang_2026_02, hdnd_tinh_thang_2026_06)]
BY_KEY = {d.key: d for d in DOCS}
