"""Search ignores diacritics, tone-mark placement (uỷ/ủy), đ/Đ, Unicode form (NFC/NFD) and
case, with the same results on SQLite and PostgreSQL: this table runs on whichever database
is configured, and CI runs the suite on both."""

import unicodedata

import pytest
from django.db import connection
from django.urls import reverse

from reports.models import Directive, Meeting, Person, Unit
from reports.selectors.search import folded_search
from tests import factories as f

pytestmark = pytest.mark.django_db

UNITS = {
    "btgtw": "Ban Tuyên giáo Trung ương",
    "dukcq": "Đảng ủy Khối các cơ quan tỉnh",
    "dukdn": "Đảng uỷ Khối Doanh nghiệp",
    "qn": "Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ninh",
    "stc": "Sở Tài chính",
    "dakha": "Huyện ủy Đắk Hà",
}
MEETINGS = {
    "m05": "Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW",
    "mgb": "Hội nghị giao ban công tác tuyên giáo quý I",
    "mbcv": "Tổng kết công tác báo cáo viên năm 2024",
}
DIRECTIVES = {
    "ct05": (
        "05-CT/TW",
        "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    ),
    "nq35": ("35-NQ/TW", "về tăng cường bảo vệ nền tảng tư tưởng của Đảng"),
}
PEOPLE = {"ha": "Nguyễn Thị Thu Hà", "duc": "Đỗ Văn Đức", "huy": "Lê Quang Huy"}


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


CASES = [
    # (model, what is typed, the keys of the records found)
    (Unit, "tuyen giao", {"btgtw", "qn"}),
    (Unit, "Tuyên giáo", {"btgtw", "qn"}),
    (Unit, "TUYÊN GIÁO", {"btgtw", "qn"}),
    (Unit, nfd("Tuyên giáo"), {"btgtw", "qn"}),
    (Unit, "Dang uy khoi", {"dukcq", "dukdn"}),
    (Unit, "Đảng ủy Khối", {"dukcq", "dukdn"}),
    (Unit, "Đảng uỷ khối", {"dukcq", "dukdn"}),
    (Unit, nfd("ĐẢNG UỶ KHỐI"), {"dukcq", "dukdn"}),
    (Unit, "đảng ủy khối doanh nghiệp", {"dukdn"}),
    (Unit, "dak ha", {"dakha"}),
    (Unit, "ĐẮK HÀ", {"dakha"}),
    (Unit, "huyện uỷ", {"dakha"}),
    (Unit, "uy", {"btgtw", "dukcq", "dukdn", "qn", "dakha"}),
    (Unit, "tai chinh", {"stc"}),
    (Unit, "khong co don vi nay", set()),
    (Meeting, "chi thi 05", {"m05"}),
    (Meeting, "Chỉ thị 05-CT/TW", {"m05"}),
    (Meeting, "so ket", {"m05"}),
    (Meeting, "giao ban tuyen giao", {"mgb"}),
    (Meeting, "BÁO CÁO VIÊN", {"mbcv"}),
    (Meeting, "bao cao vien 2024", {"mbcv"}),
    (Meeting, nfd("Hội nghị"), {"m05", "mgb"}),
    (Meeting, "hoi nghi", {"m05", "mgb"}),
    (Directive, "05-ct/tw", {"ct05"}),
    (Directive, "tu tuong", {"ct05", "nq35"}),
    (Directive, "nghi quyet 35", {"nq35"}),
    (Directive, "Hồ Chí Minh", {"ct05"}),
    (Directive, "ĐẢNG", {"nq35"}),
    (Person, "nguyen thi thu ha", {"ha"}),
    (Person, "do van duc", {"duc"}),
    (Person, "ĐỖ VĂN ĐỨC", {"duc"}),
    (Person, nfd("Đức"), {"duc"}),
    (Person, "huy", {"huy"}),
    (Person, "50%", set()),  # LIKE wildcards typed are plain characters
    (Person, "_", set()),
]


@pytest.fixture
def records():
    found = {}
    for key, name in UNITS.items():
        found[key] = f.make_unit(name)
    for key, title in MEETINGS.items():
        found[key] = f.make_meeting(title=title)
    for key, (code, subject) in DIRECTIVES.items():
        kind = Directive.Type.CHI_THI if "CT" in code else Directive.Type.NGHI_QUYET
        found[key] = f.make_directive(code=code, doc_type=kind, label=code, subject=subject)
    for key, name in PEOPLE.items():
        found[key] = f.make_person(name)
    return found


@pytest.mark.parametrize(("model", "typed", "expected"), CASES, ids=[c[1] for c in CASES])
def test_search_finds_the_same_rows_on_every_database(records, model, typed, expected):
    keys = {pk: key for key, pk in ((k, r.pk) for k, r in records.items() if type(r) is model)}
    found = {
        keys[pk]
        for pk in folded_search(model.objects.all(), term=typed).values_list("pk", flat=True)
    }
    assert found == expected, (connection.vendor, typed)


def test_the_table_is_large_enough():
    assert len(CASES) >= 20


@pytest.mark.parametrize(
    ("model", "typed", "expected"),
    [c for c in CASES if c[0] in (Unit, Meeting)][::3],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_admin_search_box_gives_the_same_rows(admin_client, records, model, typed, expected):
    url = reverse(f"admin:reports_{model._meta.model_name}_changelist")
    shown = admin_client.get(url, {"q": typed}).context["cl"].result_list
    assert {r.pk for r in shown} == {records[k].pk for k in expected}
