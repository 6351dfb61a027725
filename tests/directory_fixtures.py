"""A small directory (the people and units of the two sample programs), created through the API."""

SAMPLE_UNITS = {
    # key: (name, short name, aliases)
    "vp": ("Văn phòng HĐND và UBND huyện", "VP HĐND-UBND", ["Văn phòng HĐND& UBND huyện"]),
    "nn": ("Phòng Nông nghiệp và Phát triển nông thôn", "Phòng NN&PTNT", ["phòng NN&PTNT"]),
    "nv": ("Phòng Nội vụ", None, []),
    "dt": ("Phòng Dân tộc", None, []),
    "khdt": ("Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", []),
    "tc": ("Sở Tài chính", None, []),
    "snv": ("Sở Nội vụ", None, []),
    "sd": ("UBND huyện Sơn Động", None, []),
    "tnmt": ("Sở Tài nguyên và Môi trường", "Sở TN&MT", []),
    "ct": ("Sở Công Thương", None, []),
    "nnpt": ("Sở Nông nghiệp và PTNT", "Sở NN&PTNT", []),
    "ttr": ("Thanh tra tỉnh", None, ["Thanh Tra tỉnh"]),
    "ca": ("Công an tỉnh", None, []),
    "qs": ("Bộ Chỉ huy Quân sự tỉnh", None, []),
    "tp": ("Sở Tư pháp", None, []),
    "tttt": ("Sở Thông tin và Truyền thông", None, []),
    "xd": ("Sở Xây dựng", None, []),
    "ld": ("Sở Lao động - Thương binh và Xã hội", None, ["Sở Lao động- TB&XH"]),
    "kb": ("Kho bạc Nhà nước tỉnh", None, []),
    "vpt": ("Văn phòng UBND tỉnh", None, []),
    "gd": ("Sở Giáo dục và Đào tạo", None, []),
}


def make_directory(api) -> dict:
    """Units, leaders and groups; returns ids by key."""
    ids = {}
    for key, (name, short, aliases) in SAMPLE_UNITS.items():
        ids[key] = api.created("/api/units", {"name": name, "short_name": short, "aliases": aliases,
                                              "emails": [f"{key}@example.gov.vn"]})["id"]
    ids["binh"] = api.created("/api/persons", {"name": "Nguyễn Văn Bình",
                                               "title": "Phó BT Huyện ủy - Chủ tịch UBND huyện"})["id"]
    ids["dung"] = api.created("/api/persons", {"name": "Hoàng Văn Dũng", "title": "UV BTVHU - PCT UBND huyện"})["id"]
    ids["lan"] = api.created("/api/persons", {"name": "Phạm Thị Lan", "title": "Phó Chủ tịch UBND huyện"})["id"]
    ids["thang"] = api.created("/api/persons", {"name": "Lê Văn Thắng", "title": "Bí thư Huyện ủy"})["id"]
    ids["leaders"] = api.created("/api/groups", {"name": "Lãnh đạo UBND huyện",
                                                 "member_ids": [ids["binh"], ids["dung"], ids["lan"]]})["id"]
    ids["tthu"] = api.created("/api/groups", {"name": "Thường trực Huyện ủy", "member_ids": [ids["thang"], ids["binh"]]})["id"]
    ids["district_leaders"] = api.created("/api/groups", {
        "name": "Các đồng chí lãnh đạo huyện", "member_ids": [ids["thang"], ids["binh"], ids["dung"], ids["lan"]]})["id"]
    return ids
