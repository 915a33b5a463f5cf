"""Write fixtures/reference.json: the central bodies and well-known directives staff start with.

    python tools/build_reference_fixture.py

The source of truth is the tables below (from shared/domain-vi.md §2.7 and §3); the JSON is
generated so that the folded search keys always match ``fold`` (a test checks the file is
up to date). Bodies replaced in the 2025 restructuring carry ``valid_to`` and a successor.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reports.extraction.normalize import fold  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "fixtures" / "reference.json"
CUTOVER_END, CUTOVER_START = "2025-02-02", "2025-02-03"

# pk, name, short name, kind, parent pk, valid_from, valid_to, successor pk, aliases
UNITS = [
    (
        1,
        "Ban Chấp hành Trung ương",
        "BCH TW",
        "cap_uy",
        None,
        None,
        None,
        None,
        ["Ban Chấp hành Trung ương Đảng", "Trung ương"],
    ),
    (2, "Bộ Chính trị", "BCT", "cap_uy", 1, None, None, None, []),
    (3, "Ban Bí thư", "BBT", "cap_uy", 1, None, None, None, ["Ban Bí thư Trung ương Đảng"]),
    (4, "Ban Tuyên giáo Trung ương", "BTGTW", "ban", 1, None, CUTOVER_END, 6, []),
    (5, "Ban Dân vận Trung ương", "BDVTW", "ban", 1, None, CUTOVER_END, 6, []),
    (6, "Ban Tuyên giáo và Dân vận Trung ương", "BTGDVTW", "ban", 1, CUTOVER_START, None, None, []),
    (7, "Văn phòng Trung ương Đảng", "VPTW", "ban", 1, None, None, None, []),
    (8, "Ban Tổ chức Trung ương", "BTCTW", "ban", 1, None, None, None, []),
    (
        9,
        "Đảng ủy Khối các cơ quan Trung ương",
        "ĐUK",
        "cap_uy",
        1,
        None,
        CUTOVER_END,
        11,
        ["Đảng ủy Khối cơ quan Trung ương", "Đảng bộ Khối các cơ quan Trung ương"],
    ),
    (
        10,
        "Đảng ủy Khối Doanh nghiệp Trung ương",
        "ĐUK",
        "cap_uy",
        1,
        None,
        CUTOVER_END,
        12,
        ["Đảng bộ Khối Doanh nghiệp Trung ương"],
    ),
    (
        11,
        "Đảng ủy các cơ quan Đảng Trung ương",
        "",
        "cap_uy",
        1,
        CUTOVER_START,
        None,
        None,
        ["Đảng bộ các cơ quan Đảng Trung ương"],
    ),
    (12, "Đảng ủy Chính phủ", "", "cap_uy", 1, CUTOVER_START, None, None, ["Đảng bộ Chính phủ"]),
    (13, "Đảng ủy Quốc hội", "", "cap_uy", 1, CUTOVER_START, None, None, ["Đảng bộ Quốc hội"]),
    (
        14,
        "Đảng ủy Mặt trận Tổ quốc Việt Nam, các đoàn thể Trung ương",
        "",
        "cap_uy",
        1,
        CUTOVER_START,
        None,
        None,
        ["Đảng bộ Mặt trận Tổ quốc Việt Nam, các đoàn thể Trung ương"],
    ),
    (
        15,
        "Ban Tuyên giáo Đảng ủy Khối các cơ quan Trung ương",
        "",
        "ban",
        9,
        None,
        CUTOVER_END,
        None,
        [],
    ),
    (
        16,
        "Ban Tuyên giáo Đảng ủy Khối Doanh nghiệp Trung ương",
        "",
        "ban",
        10,
        None,
        CUTOVER_END,
        None,
        [],
    ),
    (
        17,
        "Ban Chỉ đạo 35 Trung ương",
        "BCĐ 35",
        "ban_chi_dao",
        2,
        "2019-01-01",
        None,
        None,
        [
            "Ban Chỉ đạo Trung ương về bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các "
            "quan điểm sai trái, thù địch"
        ],
    ),
]

# pk, type, number, issuer, issued, issuing body pk, term, subject
DIRECTIVES = [
    (
        1,
        "chi_thi",
        "05",
        "TW",
        "2016-05-15",
        2,
        "XII",
        "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    ),
    (
        2,
        "chi_thi",
        "05",
        "TW",
        "2021-06-23",
        3,
        "XIII",
        "về tăng cường sự lãnh đạo của Đảng đối với công tác giảm nghèo bền vững đến năm 2030",
    ),
    (
        3,
        "ket_luan",
        "01",
        "TW",
        "2021-05-18",
        2,
        "XIII",
        "về tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm "
        "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    ),
    (
        4,
        "ket_luan",
        "21",
        "TW",
        "2021-10-25",
        1,
        "XIII",
        "về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị (Hội nghị Trung ương 4)",
    ),
    (
        5,
        "nghi_quyet",
        "35",
        "TW",
        "2018-10-22",
        2,
        "XII",
        "về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai "
        "trái, thù địch trong tình hình mới",
    ),
    (
        6,
        "nghi_quyet",
        "04",
        "TW",
        "2016-10-30",
        1,
        "XII",
        "về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái (Hội nghị "
        "Trung ương 4)",
    ),
    (
        7,
        "quy_dinh",
        "08",
        "TW",
        "2018-10-25",
        1,
        "XII",
        "về trách nhiệm nêu gương của cán bộ, đảng viên (Hội nghị Trung ương 8)",
    ),
    (
        8,
        "quy_dinh",
        "101",
        "TW",
        "2012-06-07",
        3,
        "XI",
        "về trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo chủ chốt",
    ),
    (
        9,
        "quy_dinh",
        "205",
        "TW",
        "2019-09-23",
        2,
        "XII",
        "về việc kiểm soát quyền lực trong công tác cán bộ",
    ),
    (
        10,
        "quy_dinh",
        "144",
        "TW",
        "2024-05-09",
        2,
        "XIII",
        "về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên",
    ),
    (11, "ket_luan", "100", "TW", "2014-08-18", 3, "XI", "về công tác dư luận xã hội"),
    (12, "nghi_quyet", "39", "TW", "2019-01-15", 2, "XII", "về các nguồn lực của nền kinh tế"),
    (13, "chi_thi", "32", "TW", "2019-02-18", 2, "XII", "về công tác đối ngoại Đảng"),
    (14, "chi_thi", "25", "TW", "2018-08-08", 3, "XII", "về đối ngoại đa phương"),
    (
        15,
        "nghi_quyet",
        "18",
        "TW",
        "2017-10-25",
        1,
        "XII",
        "về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động "
        "hiệu lực, hiệu quả",
    ),
    (16, "ket_luan", "121", "TW", "2025-01-24", 1, "XIII", "về tổng kết Nghị quyết số 18-NQ/TW"),
    (
        17,
        "ket_luan",
        "126",
        "TW",
        "2025-02-14",
        2,
        "XIII",
        "về tiếp tục sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị",
    ),
    (
        18,
        "ket_luan",
        "127",
        "TW",
        "2025-02-28",
        2,
        "XIII",
        "về sắp xếp đơn vị hành chính cấp tỉnh, không tổ chức cấp huyện",
    ),
    (
        19,
        "nghi_quyet",
        "60",
        "TW",
        "2025-04-12",
        1,
        "XIII",
        "Hội nghị Trung ương 11: 34 tỉnh, thành phố; chính quyền địa phương hai cấp",
    ),
    (20, "chi_thi", "45", "TW", "2010-07-22", 3, "X", "về các ngày kỷ niệm"),
    (
        21,
        "chi_thi",
        "45",
        "TW",
        "2020-06-20",
        2,
        "XII",
        "về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp",
    ),
    (
        22,
        "chi_thi",
        "45",
        "TW",
        "2025-04-14",
        2,
        "XIII",
        "về đại hội đảng bộ các cấp tiến tới Đại hội toàn quốc lần thứ XIV của Đảng",
    ),
    (
        23,
        "chi_thi",
        "35",
        "TW",
        "2019-05-30",
        2,
        "XII",
        "về đại hội đảng bộ các cấp tiến tới Đại hội toàn quốc lần thứ XIII của Đảng",
    ),
    (
        24,
        "chi_thi",
        "35",
        "TW",
        "2024-06-14",
        2,
        "XIII",
        "về đại hội đảng bộ các cấp tiến tới Đại hội toàn quốc lần thứ XIV của Đảng",
    ),
    (
        25,
        "chi_thi",
        "01",
        "TW",
        "2016-03-22",
        2,
        "XII",
        "về học tập, quán triệt Nghị quyết Đại hội XII của Đảng",
    ),
    (
        26,
        "chi_thi",
        "01",
        "TW",
        "2021-03-09",
        2,
        "XIII",
        "về học tập, quán triệt Nghị quyết Đại hội XIII của Đảng",
    ),
    (
        27,
        "chi_thi",
        "01",
        "TW",
        "2026-01-23",
        2,
        "XIV",
        "về học tập, quán triệt Nghị quyết Đại hội XIV của Đảng",
    ),
    (
        28,
        "quy_dinh",
        "66",
        "TW",
        "2017-02-06",
        3,
        "XII",
        "về thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng",
    ),
    (
        29,
        "quy_dinh",
        "399",
        "TW",
        "2026-01-09",
        3,
        "XIII",
        "về thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng",
    ),
]
# source pk, target pk, kind
RELATIONS = [
    (3, 1, "continues"),
    (22, 24, "replaces"),
    (29, 28, "replaces"),
    (16, 15, "implements"),
]

TYPE_ABBR = {"chi_thi": "CT", "nghi_quyet": "NQ", "ket_luan": "KL", "quy_dinh": "QĐ"}
TYPE_LABEL = {
    "chi_thi": "Chỉ thị",
    "nghi_quyet": "Nghị quyết",
    "ket_luan": "Kết luận",
    "quy_dinh": "Quy định",
}
UNIT_NAMES = {pk: name for pk, name, *_ in UNITS}
STAMP = "2025-01-01T00:00:00Z"


def code_of(doc_type, number, issuer, pk):
    abbr = "QĐi" if pk == 7 else TYPE_ABBR[doc_type]  # Central Committee regulations: QĐi
    return f"{number}-{abbr}/{issuer}"


def build():
    rows = []
    alias_pk = 1
    for pk, name, short, kind, parent, vfrom, vto, successor, aliases in UNITS:
        rows.append(
            {
                "model": "reports.unit",
                "pk": pk,
                "fields": {
                    "name": name,
                    "short_name": short,
                    "kind": kind,
                    "level": "trung_uong",
                    "parent": parent,
                    "valid_from": vfrom,
                    "valid_to": vto,
                    "successor": successor,
                    "search_key": fold(f"{name} {short}"),
                    "created_at": STAMP,
                    "updated_at": STAMP,
                },
            }
        )
        for alias in [name, *aliases]:
            rows.append(
                {
                    "model": "reports.unitalias",
                    "pk": alias_pk,
                    "fields": {"unit": pk, "name": alias, "search_key": fold(alias)},
                }
            )
            alias_pk += 1
    for pk, doc_type, number, issuer, issued, body, term, subject in DIRECTIVES:
        code = code_of(doc_type, number, issuer, pk)
        label = f"{TYPE_LABEL[doc_type]} số {code}"
        rows.append(
            {
                "model": "reports.directive",
                "pk": pk,
                "fields": {
                    "doc_type": doc_type,
                    "number": number,
                    "issuer_code": issuer,
                    "code": code,
                    "label": label,
                    "issuing_body": body,
                    "issuing_body_name": UNIT_NAMES[body],
                    "issued": issued,
                    "subject": subject,
                    "term": term,
                    "review_state": "verified",
                    "search_key": fold(
                        " ".join([code, label, TYPE_LABEL[doc_type], number, subject])
                    ),
                    "created_at": STAMP,
                    "updated_at": STAMP,
                },
            }
        )
    for pk, (source, target, kind) in enumerate(RELATIONS, 1):
        rows.append(
            {
                "model": "reports.directiverelation",
                "pk": pk,
                "fields": {"source": source, "target": target, "kind": kind},
            }
        )
    return rows


if __name__ == "__main__":
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
