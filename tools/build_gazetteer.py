"""Write fixtures/gazetteer/: the political system's units as data (issue #14 item 3).

    python3 -m venv /tmp/vpvenv
    /tmp/vpvenv/bin/pip install vietnam-provinces==2026.9.0   # needs Python >= 3.12
    /tmp/vpvenv/bin/python tools/build_gazetteer.py

Administrative divisions come from the ``vietnam-provinces`` package (data of the
National Statistics Office, after the July 2025 reorganisation: 34 provinces and their
wards, communes and special zones; ``legacy`` holds the 63 former provinces). The package
is read, not imported: its data files are located with ``importlib.util.find_spec``, so
the script also runs with the wheel unpacked under an older Python (``--package-dir``).
It is a build-time dependency only; the runtime reads the files written here.

Bodies of the political system are typed in below, from the Party Charter and the
Central Committee's 2025 restructuring (Kết luận 121-KL/TW, Nghị quyết 18-NQ/TW), the
2025 Law on Government Organisation and Resolution 176/2025/QH15 (ministries), and
shared/domain-vi.md §3 (provincial and commune bodies).
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "fixtures" / "gazetteer"
SOURCE_DIVISIONS = "vietnam-provinces 2026.9.0 (National Statistics Office of Viet Nam)"
SOURCE_BODIES = (
    "typed in: Party Charter; Kết luận 121-KL/TW and Nghị quyết 18-NQ/TW (2025 restructuring); "
    "Law on Government Organisation 2025, Resolution 176/2025/QH15; shared/domain-vi.md §3"
)

PARTY_CENTRAL = [
    "Ban Chấp hành Trung ương",
    "Bộ Chính trị",
    "Ban Bí thư",
    "Ủy ban Kiểm tra Trung ương",
    "Ban Tổ chức Trung ương",
    "Ban Tuyên giáo và Dân vận Trung ương",
    "Ban Nội chính Trung ương",
    "Ban Chính sách, chiến lược Trung ương",
    "Văn phòng Trung ương Đảng",
    "Đảng ủy các cơ quan Đảng Trung ương",
    "Đảng ủy Chính phủ",
    "Đảng ủy Quốc hội",
    "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương",
    "Quân ủy Trung ương",
    "Đảng ủy Công an Trung ương",
    "Học viện Chính trị quốc gia Hồ Chí Minh",
    "Báo Nhân Dân",
    "Tạp chí Cộng sản",
    "Hội đồng Lý luận Trung ương",
]
# bodies merged or dissolved in 2025: still named by documents written before
PARTY_CENTRAL_FORMER = [
    "Ban Tuyên giáo Trung ương",
    "Ban Dân vận Trung ương",
    "Ban Kinh tế Trung ương",
    "Ban Đối ngoại Trung ương",
    "Đảng ủy Khối các cơ quan Trung ương",
    "Đảng ủy Khối Doanh nghiệp Trung ương",
]
STATE_CENTRAL = [
    "Quốc hội",
    "Ủy ban Thường vụ Quốc hội",
    "Chính phủ",
    "Văn phòng Chính phủ",
    "Bộ Quốc phòng",
    "Bộ Công an",
    "Bộ Ngoại giao",
    "Bộ Nội vụ",
    "Bộ Tư pháp",
    "Bộ Tài chính",
    "Bộ Công Thương",
    "Bộ Nông nghiệp và Môi trường",
    "Bộ Xây dựng",
    "Bộ Văn hóa, Thể thao và Du lịch",
    "Bộ Khoa học và Công nghệ",
    "Bộ Giáo dục và Đào tạo",
    "Bộ Y tế",
    "Bộ Dân tộc và Tôn giáo",
    "Ngân hàng Nhà nước Việt Nam",
    "Thanh tra Chính phủ",
    "Thông tấn xã Việt Nam",
    "Đài Tiếng nói Việt Nam",
    "Đài Truyền hình Việt Nam",
    "Viện Hàn lâm Khoa học xã hội Việt Nam",
    "Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
    "Báo Quân đội nhân dân",
]
STATE_CENTRAL_FORMER = [
    "Bộ Kế hoạch và Đầu tư",
    "Bộ Thông tin và Truyền thông",
    "Bộ Giao thông vận tải",
    "Bộ Lao động - Thương binh và Xã hội",
    "Bộ Tài nguyên và Môi trường",
    "Bộ Nông nghiệp và Phát triển nông thôn",
    "Ủy ban Dân tộc",
]
MASS_ORGANISATIONS = [
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "Tổng Liên đoàn Lao động Việt Nam",
    "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
    "Trung ương Hội Nông dân Việt Nam",
    "Trung ương Hội Cựu chiến binh Việt Nam",
    "Hội Nhà báo Việt Nam",
    "Liên hiệp các Hội Văn học nghệ thuật Việt Nam",
    "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam",
    "Hội Chữ thập đỏ Việt Nam",
    "Hội Luật gia Việt Nam",
    "Hội Người cao tuổi Việt Nam",
]
# the standard bodies of a province (owner "tỉnh" / "Tỉnh ủy"); a document adds the place
PROVINCE_BODIES = [
    "Tỉnh ủy",
    "Ban Thường vụ Tỉnh ủy",
    "Ban Tổ chức Tỉnh ủy",
    "Ban Tuyên giáo và Dân vận Tỉnh ủy",
    "Ban Nội chính Tỉnh ủy",
    "Ủy ban Kiểm tra Tỉnh ủy",
    "Văn phòng Tỉnh ủy",
    "Đảng ủy các cơ quan Đảng tỉnh",
    "Đảng ủy Ủy ban nhân dân tỉnh",
    "Hội đồng nhân dân tỉnh",
    "Ủy ban nhân dân tỉnh",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    "Văn phòng Ủy ban nhân dân tỉnh",
    "Sở Nội vụ",
    "Sở Tài chính",
    "Sở Tư pháp",
    "Sở Công Thương",
    "Sở Nông nghiệp và Môi trường",
    "Sở Xây dựng",
    "Sở Khoa học và Công nghệ",
    "Sở Giáo dục và Đào tạo",
    "Sở Y tế",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Văn hóa và Thể thao",
    "Sở Du lịch",
    "Sở Ngoại vụ",
    "Sở Dân tộc và Tôn giáo",
    "Thanh tra tỉnh",
    "Công an tỉnh",
    "Bộ Chỉ huy Quân sự tỉnh",
    "Báo và Phát thanh, Truyền hình tỉnh",
    "Trường Chính trị tỉnh",
    "Liên đoàn Lao động tỉnh",
    "Tỉnh đoàn",
    "Hội Liên hiệp Phụ nữ tỉnh",
    "Hội Nông dân tỉnh",
    "Hội Cựu chiến binh tỉnh",
]
# the standard bodies of a commune or ward after 2025 (owner "xã" / "phường")
COMMUNE_BODIES = [
    "Đảng ủy xã",
    "Ban Thường vụ Đảng ủy xã",
    "Ban Xây dựng Đảng Đảng ủy xã",
    "Ủy ban Kiểm tra Đảng ủy xã",
    "Văn phòng Đảng ủy xã",
    "Hội đồng nhân dân xã",
    "Ủy ban nhân dân xã",
    "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
    "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã",
    "Phòng Văn hóa - Xã hội",
    "Phòng Kinh tế",
    "Phòng Kinh tế, Hạ tầng và Đô thị",
    "Trung tâm Phục vụ hành chính công xã",
    "Công an xã",
    "Ban Chỉ huy Quân sự xã",
]
# foreign countries a report names (visits, cooperation): never units of ours
COUNTRIES = [
    "Lào",
    "Campuchia",
    "Trung Quốc",
    "Thái Lan",
    "Hàn Quốc",
    "Nhật Bản",
    "Hoa Kỳ",
    "Mỹ",
    "Nga",
    "Liên bang Nga",
    "Pháp",
    "Đức",
    "Anh",
    "Cuba",
    "Ấn Độ",
    "Singapore",
    "Malaysia",
    "Indonesia",
    "Philippines",
    "Myanmar",
    "Brunei",
    "Úc",
    "Australia",
    "Canada",
    "Italy",
    "Triều Tiên",
    "Mông Cổ",
    "Belarus",
    "Kazakhstan",
    "Venezuela",
    "Brazil",
    "Argentina",
]


def package_dir(explicit: str | None) -> Path:
    if explicit:
        return Path(explicit)
    spec = importlib.util.find_spec("vietnam_provinces")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("vietnam-provinces is not installed (see this script's docstring)")
    return Path(next(iter(spec.submodule_search_locations)))


def legacy_provinces(pkg: Path) -> list[tuple[int, str]]:
    """The 63 former provinces: ``ProvinceCode`` members and the name string after each."""
    tree = ast.parse((pkg / "legacy" / "codes.py").read_text(encoding="utf-8"))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "ProvinceCode")
    out, body = [], cls.body
    for node, nxt in zip(body, body[1:], strict=False):
        if isinstance(node, ast.Assign) and isinstance(nxt, ast.Expr):
            out.append((node.value.value, nxt.value.value))
    return out


def nfc(name: str) -> str:
    return unicodedata.normalize("NFC", " ".join(name.split()))


def write_tsv(path: Path, header: str, rows: list[tuple]) -> None:
    lines = [header] + ["\t".join(str(c) for c in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package-dir", help="an unpacked vietnam_provinces package")
    pkg = package_dir(parser.parse_args().package_dir)
    nested = json.loads((pkg / "data" / "nested-divisions.json").read_text(encoding="utf-8"))
    OUT.mkdir(parents=True, exist_ok=True)
    write_tsv(
        OUT / "provinces.tsv",
        "# code\tname\tdivision_type\t" + SOURCE_DIVISIONS,
        [(p["code"], nfc(p["name"]), p["division_type"]) for p in nested],
    )
    write_tsv(
        OUT / "wards.tsv",
        "# province_code\tname\tdivision_type\t" + SOURCE_DIVISIONS,
        [(p["code"], nfc(w["name"]), w["division_type"]) for p in nested for w in p["wards"]],
    )
    write_tsv(
        OUT / "provinces_former.tsv",
        "# code\tname (before 1 July 2025)\t" + SOURCE_DIVISIONS,
        [(code, nfc(name)) for code, name in legacy_provinces(pkg)],
    )
    bodies = {
        "source": SOURCE_BODIES,
        "party_central": PARTY_CENTRAL,
        "party_central_former": PARTY_CENTRAL_FORMER,
        "state_central": STATE_CENTRAL,
        "state_central_former": STATE_CENTRAL_FORMER,
        "mass_organisations": MASS_ORGANISATIONS,
        "province_bodies": PROVINCE_BODIES,
        "commune_bodies": COMMUNE_BODIES,
        "countries": COUNTRIES,
    }
    bodies = {k: v if k == "source" else [nfc(n) for n in v] for k, v in bodies.items()}
    text = json.dumps(bodies, ensure_ascii=False, indent=1)
    (OUT / "bodies.json").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
