"""Search as staff type it: meetings by host unit, place and participants; directive codes in
the spellings people write; numbers matched as numbers; the meeting's key kept in step."""

import datetime as dt

import pytest
from django.db import connection
from django.urls import reverse

from reports.loading import document_load
from reports.models import Directive, Meeting, Participation
from reports.selectors.search import folded_search, word_pattern
from tests import factories as f
from tests.loading import extracted as x

pytestmark = pytest.mark.django_db

CODES = {
    "ct05_2016": ("05-CT/TW", dt.date(2016, 5, 15)),
    "ct05_2021": ("05-CT/TW", dt.date(2021, 5, 10)),
    "ct25": ("25-CT/TW", dt.date(2018, 1, 1)),
    "ct35": ("35-CT/TW", dt.date(2019, 5, 30)),
    "ct45": ("45-CT/TW", dt.date(2020, 1, 1)),
    "nq05": ("05-NQ/TW", dt.date(2016, 11, 1)),
    "ct50": ("50-CT/TW", dt.date(2015, 1, 1)),
}
BOTH_05 = {"ct05_2016", "ct05_2021"}

CODE_CASES = [
    ("05-CT/TW", BOTH_05),
    ("05/CT-TW", BOTH_05),
    ("05 CT TW", BOTH_05),
    ("CT 05", BOTH_05),
    ("5-CT/TW", BOTH_05),
    ("5 ct/tw", BOTH_05),
    ("chi thi 5", BOTH_05),
    ("Chỉ thị số 05", BOTH_05),
    ("chi thi 25", {"ct25"}),
    ("35", {"ct35"}),
    ("nghi quyet 5", {"nq05"}),
    ("5", BOTH_05 | {"nq05"}),
    ("50", {"ct50"}),
    ("05-CT", BOTH_05),
    ("CT/TW", {"ct05_2016", "ct05_2021", "ct25", "ct35", "ct45", "ct50"}),
    ("chi thi 6", set()),
]


@pytest.fixture
def directives():
    found = {}
    for key, (code, issued) in CODES.items():
        number, _, rest = code.partition("-")
        kind = Directive.Type.CHI_THI if "CT" in rest else Directive.Type.NGHI_QUYET
        word = "Chỉ thị" if kind == Directive.Type.CHI_THI else "Nghị quyết"
        found[key] = f.make_directive(
            code=code, issued=issued, doc_type=kind, number=number, label=f"{word} số {code}"
        )
    return found


@pytest.mark.parametrize(("typed", "expected"), CODE_CASES, ids=[c[0] for c in CODE_CASES])
def test_directive_codes_as_people_write_them(directives, typed, expected):
    keys = {d.pk: k for k, d in directives.items()}
    found = folded_search(Directive.objects.all(), term=typed).values_list("pk", flat=True)
    assert {keys[pk] for pk in found} == expected


@pytest.mark.parametrize(
    ("word", "pattern"),
    [
        ("tuyen", None),
        ("ct/tw", None),
        ("5", "(^|[^0-9])0*5([^0-9]|$)"),
        ("05-ct/tw", "(^|[^0-9])0*5[^a-z0-9]*ct[^a-z0-9]*tw"),
        ("ct05", "ct[^a-z0-9]*0*5([^0-9]|$)"),
        ("2024", "(^|[^0-9])0*2024([^0-9]|$)"),
        ("0", "(^|[^0-9])0*0([^0-9]|$)"),
    ],
)
def test_word_pattern(word, pattern):
    assert word_pattern(word) == pattern


def test_admin_search_box_finds_a_code_written_another_way(admin_client, directives):
    url = reverse("admin:reports_directive_changelist")
    shown = admin_client.get(url, {"q": "CT 05"}).context["cl"].result_list
    assert {d.pk for d in shown} == {directives[k].pk for k in BOTH_05}


def test_directives_sharing_a_code_show_their_year_in_lists(admin_client, directives):
    meeting = f.make_meeting(title="Hội nghị học tập chuyên đề")
    for key in BOTH_05:
        f.Citation.objects.create(directive=directives[key], meeting=meeting)
    for name in ("directive", "citation"):
        page = admin_client.get(reverse(f"admin:reports_{name}_changelist")).content.decode()
        assert "05-CT/TW (15/05/2016)" in page and "05-CT/TW (10/05/2021)" in page, name


# --- meetings --------------------------------------------------------------------------------


@pytest.fixture
def meetings():
    lai_chau = f.make_unit("Ban Tuyên giáo và Dân vận Tỉnh ủy Lai Châu", short_name="BTGDV LC")
    dak_lak = f.make_unit("Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk")
    found = {
        "lc": f.make_meeting(title="Hội nghị sơ kết 6 tháng", host_unit=lai_chau),
        "dl": f.make_meeting(title="Hội nghị sơ kết 6 tháng", host_unit=dak_lak),
        "hue": f.make_meeting(title="Hội nghị báo cáo viên", location="Hội trường Tỉnh ủy Huế"),
    }
    ha = f.make_person("Nguyễn Thị Thu Hà")
    Participation.objects.create(meeting=found["dl"], person=ha, role=Participation.Role.CHAIR)
    return found


MEETING_CASES = [
    ("Lai Chau", {"lc"}),
    ("lai châu sơ kết", {"lc"}),
    ("BTGDV LC", {"lc"}),
    ("dak lak", {"dl"}),
    ("hoi truong hue", {"hue"}),
    ("so ket", {"lc", "dl"}),
]


@pytest.mark.parametrize(("typed", "expected"), MEETING_CASES, ids=[c[0] for c in MEETING_CASES])
def test_meetings_by_host_unit_and_place(meetings, typed, expected):
    keys = {m.pk: k for k, m in meetings.items()}
    found = folded_search(Meeting.objects.all(), term=typed).values_list("pk", flat=True)
    assert {keys[pk] for pk in found} == expected


def _found(term):
    return set(folded_search(Meeting.objects.all(), term=term).values_list("pk", flat=True))


def test_meeting_found_by_participant_added_in_the_participation_admin(admin_client, meetings):
    person = f.make_person("Đỗ Văn Đức")
    assert _found("do van duc") == set()
    url = reverse("admin:reports_participation_add")
    data = {"meeting": meetings["hue"].pk, "person": person.pk, "role": "chair", "_save": "1"}
    assert admin_client.post(url, data).status_code == 302
    assert _found("do van duc") == {meetings["hue"].pk}

    row = Participation.objects.get(person=person)
    delete = reverse("admin:reports_participation_delete", args=[row.pk])
    admin_client.post(delete, {"post": "yes"})
    assert _found("do van duc") == set()


def test_meeting_found_by_participant_of_the_meeting_form_inline(admin_client, meetings):
    from tests.admin.forms import change_form_data

    person = f.make_person("Lê Quang Huy")
    meeting = meetings["lc"]
    url = reverse("admin:reports_meeting_change", args=[meeting.pk])
    data = change_form_data(admin_client.get(url))
    prefix = "participations"
    total = int(data[f"{prefix}-TOTAL_FORMS"])
    data.update(
        {
            f"{prefix}-TOTAL_FORMS": str(total + 1),
            f"{prefix}-{total}-person": str(person.pk),
            f"{prefix}-{total}-role": "speaking",
            f"{prefix}-{total}-meeting": str(meeting.pk),
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context and response.context["errors"]
    assert _found("le quang huy") == {meeting.pk}


def test_meeting_key_follows_a_renamed_host_unit_and_person(admin_client, meetings):
    unit = meetings["lc"].host_unit
    url = reverse("admin:reports_unit_change", args=[unit.pk])
    page = admin_client.get(url)
    from tests.admin.forms import change_form_data

    data = change_form_data(page, name="Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên")
    assert admin_client.post(url, data).status_code == 302
    assert _found("dien bien") == {meetings["lc"].pk}
    assert _found("lai chau") == set()

    person = Participation.objects.get(meeting=meetings["dl"]).person
    url = reverse("admin:reports_person_change", args=[person.pk])
    data = change_form_data(admin_client.get(url), full_name="Nguyễn Thị Thu Hằng")
    assert admin_client.post(url, data).status_code == 302
    assert _found("thu hang") == {meetings["dl"].pk}


def test_loaded_meeting_found_by_host_and_participant_and_reload_changes_nothing():
    document_load(x.document(), file_name="a.txt")
    meeting = Meeting.objects.get()
    assert _found("hoa lam") == {meeting.pk}
    assert _found("nguyen van an") == {meeting.pk}
    stamp = Meeting.objects.values_list("updated_at", "version", "search_key").get()
    document_load(x.document(), file_name="a.txt")
    assert Meeting.objects.values_list("updated_at", "version", "search_key").get() == stamp


@pytest.mark.skipif(connection.vendor != "postgresql", reason="EXPLAIN of PostgreSQL only")
@pytest.mark.parametrize("typed", ["chi thi 05-CT/TW", "nam 2024", "CT 05"])
def test_postgresql_keeps_the_trigram_index_for_numbers_and_codes(typed):
    from reports.models import Task

    with connection.cursor() as cursor:
        # an empty test table is cheapest to scan: make the planner show what it could use
        cursor.execute("SET LOCAL enable_seqscan = off")
    plan = folded_search(Task.objects.all(), term=typed).order_by().explain()
    assert "task_search_key_trgm" in plan, plan


def test_merging_people_or_units_keeps_meetings_findable(meetings):
    from reports.services.merging import people_merge, units_merge

    dup = f.make_person("Nguyen Thi Thu Ha (trùng)")
    meeting = meetings["hue"]
    Participation.objects.create(meeting=meeting, person=dup, role=Participation.Role.SPEAKING)
    target = Participation.objects.get(meeting=meetings["dl"]).person
    people_merge(target=target, others=[dup])
    assert _found("nguyen thi thu ha") == {meetings["dl"].pk, meeting.pk}
    assert _found("trung") == set()

    lai_chau = meetings["lc"].host_unit
    other = f.make_unit("Tỉnh ủy Sơn La")
    moved = f.make_meeting(title="Hội nghị giao ban", host_unit=other)
    units_merge(target=lai_chau, others=[other])
    assert moved.pk in _found("lai chau")
    assert _found("son la") == set()
