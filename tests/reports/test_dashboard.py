"""The dashboard's figures against counts computed independently (plain Python over rows read
with the ORM), its links, its query count, its access rules and its downloads."""

import csv
import datetime as dt
import io
import re
from collections import Counter, defaultdict
from html.parser import HTMLParser

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from reports.models import Citation, Meeting, Task, TaskUnit, Unit
from reports.selectors.reports import OVERDUE_LIST_LIMIT
from reports.services.demo_data import demo_data_generate
from tests.factories import make_directive, make_meeting, make_task, make_unit

URL = "/reports/"


def _state(status, due, completed, today):
    """The deadline categories, written out again for the test."""
    if status == "huy":
        return "huy"
    if status == "hoan_thanh":
        if due is None or completed is None:
            return "hoan_thanh"
        return "dung_han" if completed <= due else "tre_han"
    if due is None:
        return "khong_han"
    return "qua_han" if due < today else "trong_han"


def _value(cell):
    return getattr(cell, "value", cell)


def _table(response, name):
    table = response.context[name]
    return [[_value(c) for c in row] for row in table.rows]


@pytest.fixture
def generated(db):
    demo_data_generate(meetings=60, tasks=1500, seed=11, today=timezone.localdate())


def test_figures_equal_independent_counts(admin_client, generated):
    today = timezone.localdate()
    response = admin_client.get(URL)
    assert response.status_code == 200
    rows = list(
        Task.objects.values_list("pk", "status", "due_date", "completed_on", "review_state")
    )
    state = {pk: _state(s, due, done, today) for pk, s, due, done, _ in rows}
    expected = Counter(state.values())

    cards = {label: value for label, value, _url, _cls in response.context["cards"]}
    assert cards["Hội nghị"] == Meeting.objects.count() == 60
    assert cards["Nhiệm vụ"] == len(rows) == 1500
    assert cards["Hoàn thành đúng hạn"] == expected["dung_han"] > 0
    assert cards["Hoàn thành quá hạn"] == expected["tre_han"] > 0
    assert cards["Đang thực hiện trong hạn"] == expected["trong_han"] > 0
    assert cards["Quá hạn"] == expected["qua_han"] > 0
    assert cards["Cần xem xét"] == sum(1 for r in rows if r[4] == "needs_review") > 0
    html = response.content.decode()
    assert f'<span class="figure">{expected["qua_han"]}</span>' in html

    # tasks by lead unit and state
    per_unit = defaultdict(Counter)
    names = dict(Unit.objects.values_list("pk", "name"))
    led = set()
    for task_id, unit_id in TaskUnit.objects.filter(role="chu_tri").values_list("task", "unit"):
        per_unit[names[unit_id]][state[task_id]] += 1
        led.add(task_id)
    table = _table(response, "lead_table")
    headers = response.context["lead_table"].headers
    states = ["dung_han", "tre_han", "hoan_thanh", "trong_han", "khong_han", "qua_han", "huy"]
    assert len(headers) == len(states) + 2
    unled = Counter(s for pk, s in state.items() if pk not in led)
    for row in table:
        counts = per_unit[row[0]] if row[0] != "(chưa rõ đơn vị chủ trì)" else unled
        assert row[1:-1] == [counts[s] for s in states], row[0]
        assert row[-1] == sum(counts.values())
    assert {r[0] for r in table} >= set(
        sorted(per_unit, key=lambda n: -sum(per_unit[n].values()))[:5]
    )

    # overdue by age, oldest first
    ages = sorted((today - due).days for pk, s, due, done, _ in rows if state[pk] == "qua_han")
    brackets = [r[1] for r in _table(response, "overdue_brackets")]
    assert brackets == [
        sum(a > 180 for a in ages),
        sum(90 < a <= 180 for a in ages),
        sum(30 < a <= 90 for a in ages),
        sum(0 < a <= 30 for a in ages),
        len(ages),
    ]
    listed = [r[4] for r in _table(response, "overdue_table")]
    assert listed == sorted(ages, reverse=True)[:OVERDUE_LIST_LIMIT]

    # directives: meetings citing, tasks implementing, done
    cited_by_meetings, cited_by_tasks = defaultdict(set), defaultdict(set)
    for directive, meeting, task in Citation.objects.values_list("directive", "meeting", "task"):
        if meeting:
            cited_by_meetings[directive].add(meeting)
        if task:
            cited_by_tasks[directive].add(task)
    done = {pk for pk, s, *_ in rows if s == "hoan_thanh"}
    directive_rows = response.context["directive_table"].rows
    assert directive_rows
    for row in directive_rows:
        directive_id = int(row[0].url.rstrip("/").rsplit("/", 1)[1])
        meetings, tasks = cited_by_meetings[directive_id], cited_by_tasks[directive_id]
        assert [_value(c) for c in row[3:6]] == [len(meetings), len(tasks), len(tasks & done)]
    activity = [_value(r[3]) + _value(r[4]) for r in directive_rows]
    assert activity == sorted(activity, reverse=True)

    # meetings per month
    months = Counter(f"{d:%m/%Y}" for d in Meeting.objects.values_list("start_date", flat=True))
    assert {r[0]: r[-1] for r in _table(response, "months_table")} == months


def test_filters_period_unit_and_directive(admin_client, db):
    today = timezone.localdate()
    province = make_unit("Tỉnh ủy Thử")
    board = make_unit("Ban Tuyên giáo Tỉnh ủy Thử", parent=province)
    district_board = make_unit("Ban Tuyên giáo Huyện ủy Con", parent=board)
    other = make_unit("Tỉnh ủy Khác")
    directive = make_directive()
    m1 = make_meeting(host_unit=board, start_date=dt.date(2025, 3, 10))
    make_meeting(host_unit=district_board, start_date=dt.date(2025, 8, 1))
    make_meeting(host_unit=other, start_date=dt.date(2025, 5, 1))
    Citation.objects.create(directive=directive, meeting=m1)

    def task(unit, due, status="dang_thuc_hien", cite=False):
        t = make_task(due_date=due, status=status)
        TaskUnit.objects.create(task=t, unit=unit, role="chu_tri")
        if cite:
            Citation.objects.create(directive=directive, task=t)
        return t

    task(board, dt.date(2025, 2, 1), cite=True)
    task(district_board, dt.date(2025, 11, 1))
    task(other, dt.date(2025, 5, 5))
    task(other, dt.date(2024, 5, 5))

    def figures(**params):
        response = admin_client.get(URL, params)
        assert response.status_code == 200
        cards = {label: value for label, value, _u, _c in response.context["cards"]}
        return cards["Hội nghị"], cards["Nhiệm vụ"]

    assert figures() == (3, 4)
    assert figures(ky="nam", nam=2025) == (3, 3)
    assert figures(ky="6thang", nam=2025, nua=1) == (2, 2)
    assert figures(ky="quy", nam=2025, quy=3) == (1, 0)
    assert figures(ky="quy", nam=2025, quy=4) == (0, 1)
    assert figures(ky="tuychon", tu="2025-05-01", den="2025-05-31") == (1, 1)
    # a unit includes its sub-units, at every depth
    assert figures(don_vi=province.pk) == (2, 2)
    assert figures(don_vi=board.pk) == (2, 2)
    assert figures(don_vi=district_board.pk) == (1, 1)
    assert figures(van_ban=directive.pk) == (1, 1)
    assert figures(don_vi=other.pk, ky="nam", nam=2024) == (0, 1)
    # an inverted range is an error in Vietnamese, and the page still shows everything
    response = admin_client.get(URL, {"ky": "tuychon", "tu": "2025-06-01", "den": "2025-05-01"})
    assert "Ngày kết thúc phải sau ngày bắt đầu" in response.content.decode()
    assert today  # the page states the date it counts up to
    assert f"{today:%d/%m/%Y}" in response.content.decode()


def test_figure_links_open_changelists_with_the_same_count(admin_client, generated):
    unit = Unit.objects.filter(level="tinh", parent__isnull=False).first()
    response = admin_client.get(URL, {"ky": "nam", "nam": timezone.localdate().year,
                                      "don_vi": unit.pk})  # fmt: skip
    cells = [c for _l, value, url, _c in response.context["cards"] for c in [(value, url)]]
    for row in response.context["lead_table"].rows[:4]:
        cells += [(c.value, c.url) for c in row[1:] if getattr(c, "url", "")]
    checked = 0
    for value, url in cells:
        page = admin_client.get(url)
        assert page.status_code == 200, url
        assert page.context["cl"].result_count == value, url
        checked += 1
    assert checked > 10


def test_query_count_does_not_depend_on_the_number_of_tasks(
    admin_client, django_capture_on_commit_callbacks
):
    today = timezone.localdate()
    with django_capture_on_commit_callbacks(execute=True):
        demo_data_generate(meetings=5, tasks=10, seed=1, today=today)
    pages = [URL, f"{URL}?ky=nam&nam={today.year}&don_vi={Unit.objects.order_by('pk')[1].pk}"]

    def counts():
        directive = Citation.objects.values_list("directive", flat=True).first()
        unit = Unit.objects.order_by("pk")[1].pk
        urls = [*pages, reverse("reports:directive", args=[directive]),
                reverse("reports:unit", args=[unit])]  # fmt: skip
        result = []
        for url in urls:
            with CaptureQueriesContext(connection) as ctx:
                assert admin_client.get(url).status_code == 200
            result.append(len(ctx.captured_queries))
        return result

    small = counts()
    with django_capture_on_commit_callbacks(
        execute=True
    ):  # a new data version: every page computes its figures again
        demo_data_generate(meetings=300, tasks=9990, seed=2, today=today)
    assert Task.objects.count() == 10_000
    assert counts() == small


def test_staff_only(client, db, django_user_model):
    response = client.get(URL)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    user = django_user_model.objects.create_user("thuong", password="mat-khau-9")
    client.force_login(user)
    assert client.get(URL).status_code == 302
    unit = make_unit()
    assert client.get(reverse("reports:unit", args=[unit.pk])).status_code == 302
    assert client.get(f"{URL}?tai=qua-han").status_code == 302


def _csv(response):
    body = b"".join(response.streaming_content)
    assert body.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_every_table_downloads_as_safe_csv(admin_client, db):
    today = timezone.localdate()
    evil = make_unit('=HYPERLINK("http://x")')
    directive = make_directive(label="+Chỉ thị độc")
    meeting = make_meeting(title="@SUM(A1)", host_unit=evil, start_date=today)
    Citation.objects.create(directive=directive, meeting=meeting)
    task = make_task(text="-2+3 việc", due_date=today - dt.timedelta(days=40), meeting=meeting)
    TaskUnit.objects.create(task=task, unit=evil, role="chu_tri")
    Citation.objects.create(directive=directive, task=task)

    pages = {
        URL: ["tong-quan", "don-vi-chu-tri", "qua-han-theo-tuoi", "qua-han", "van-ban",
              "hoi-nghi-theo-thang"],
        reverse("reports:directive", args=[directive.pk]): ["dong-thoi-gian", "hoi-nghi",
                                                             "tien-do"],
        reverse("reports:unit", args=[evil.pk]): ["hoi-nghi-theo-loai", "hoi-nghi", "chu-tri",
                                                  "don-vi-chu-tri"],
    }  # fmt: skip
    for page, slugs in pages.items():
        html = admin_client.get(page).content.decode()
        for slug in slugs:
            assert f"tai={slug}" in html, (page, slug)
            response = admin_client.get(page, {"tai": slug})
            assert response.status_code == 200
            assert response["Content-Type"].startswith("text/csv")
            rows = _csv(response)
            assert rows[0], slug
            for cell in (c for row in rows for c in row):
                assert not cell or cell[0] not in "=+-@\t\r", (slug, cell)
    lead = _csv(admin_client.get(URL, {"tai": "don-vi-chu-tri"}))
    assert lead[1][0] == '\'=HYPERLINK("http://x")'
    overdue = _csv(admin_client.get(URL, {"tai": "qua-han"}))
    assert overdue[1][4] == "40" and overdue[1][6] == "'@SUM(A1)"
    assert _csv(admin_client.get(URL, {"tai": "van-ban"}))[1][1] == "'+Chỉ thị độc"
    assert admin_client.get(URL, {"tai": "khong-co"}).status_code == 404


_URL_ATTRIBUTES = {"src", "href", "action", "srcset", "xlink:href", "data", "poster", "formaction"}
_CSS_URL_RX = re.compile(r"url\(\s*['\"]?([^'\")]+)|@import\s+['\"]([^'\"]+)")


def _page_addresses(html: str) -> list[str]:
    """The addresses in the page's URL attributes and style rules (SVG namespaces aside)."""
    found: list[str] = []

    class Reader(HTMLParser):
        def handle_starttag(self, tag, attrs):
            for name, value in attrs:
                if value and name in _URL_ATTRIBUTES:
                    found.extend(v.split()[0] for v in value.split(",") if v.strip())
                if value and name == "style":
                    found.extend(a or b for a, b in _CSS_URL_RX.findall(value))

        def handle_data(self, data):
            found.extend(a or b for a, b in _CSS_URL_RX.findall(data))

    Reader().feed(html)
    return found


def test_page_addresses_are_read_from_attributes_not_text():
    page = (
        '<input name="csrfmiddlewaretoken" value="abcdnXYZ"><a href="/bao-cao/">x</a>'
        '<img src="https://cdn.example/x.png"><style>b{background:url(//cdn.x/y)}</style>'
    )
    assert _page_addresses(page) == ["/bao-cao/", "https://cdn.example/x.png", "//cdn.x/y"]


def test_charts_are_inline_svg_and_nothing_loads_from_elsewhere(admin_client, generated):
    html = admin_client.get(URL).content.decode()
    assert html.count("<svg") >= 2
    assert "<rect" in html and "@media print" in html
    # every address the page would fetch or link to is on this site: read from the
    # attributes and style rules that hold addresses, not from the whole page (a random
    # CSRF token may well contain "cdn")
    addresses = _page_addresses(html)
    assert addresses  # the check reads something
    for address in addresses:
        lowered = address.strip().lower()
        assert not lowered.startswith(("http:", "https:", "//")), address
        assert "cdn" not in lowered, address


def test_directive_and_unit_pages(admin_client, generated):
    directive_id = (
        Citation.objects.filter(meeting__isnull=False).values_list("directive", flat=True).first()
    )
    response = admin_client.get(reverse("reports:directive", args=[directive_id]))
    assert response.status_code == 200
    citing = Meeting.objects.filter(citations__directive=directive_id).distinct()
    assert response.context["data"]["meeting_count"] == citing.count()
    months = Counter(f"{d:%m/%Y}" for d in citing.values_list("start_date", flat=True))
    assert {r[0]: r[1] for r in _table(response, "timeline_table") if r[1]} == months

    province = Unit.objects.filter(level="tinh", parent__level="trung_uong").first()
    response = admin_client.get(reverse("reports:unit", args=[province.pk]))
    assert response.status_code == 200
    below = {province.pk}
    frontier = {province.pk}
    while frontier:
        frontier = set(Unit.objects.filter(parent__in=frontier).values_list("pk", flat=True))
        below |= frontier
    hosted = Meeting.objects.filter(host_unit__in=below).count()
    assert response.context["data"]["meeting_count"] == hosted
    led = TaskUnit.objects.filter(role="chu_tri", unit__in=below)
    assert sum(r[-1] for r in _table(response, "lead_table")) == led.count()


def test_linked_from_the_admin_index_and_header(admin_client):
    index = admin_client.get("/admin/").content.decode()
    assert 'id="reports-link"' in index and 'href="/reports/"' in index
    changelist = admin_client.get(reverse("admin:reports_task_changelist")).content.decode()
    assert '<div id="user-tools">' in changelist
    assert 'href="/reports/"' in changelist


def test_downloads_hold_every_row_where_the_page_shows_the_latest(admin_client, db):
    host = make_unit()
    directive = make_directive()
    meetings = Meeting.objects.bulk_create(
        Meeting(
            title=f"Hội nghị {i}",
            host_unit=host,
            start_date=dt.date(2024, 1, 1) + dt.timedelta(days=i),
        )  # fmt: skip
        for i in range(105)
    )
    Citation.objects.bulk_create(Citation(directive=directive, meeting=m) for m in meetings)
    page = reverse("reports:directive", args=[directive.pk])
    assert len(admin_client.get(page).context["meetings_table"].rows) == 100
    assert len(_csv(admin_client.get(page, {"tai": "hoi-nghi"}))) == 1 + 105
    unit_page = reverse("reports:unit", args=[host.pk])
    assert len(admin_client.get(unit_page).context["meetings_table"].rows) == 100
    assert len(_csv(admin_client.get(unit_page, {"tai": "hoi-nghi"}))) == 1 + 105


def test_links_to_unit_and_directive_pages_keep_the_period(admin_client, generated):
    year = timezone.localdate().year
    response = admin_client.get(URL, {"ky": "nam", "nam": year})
    unit_url = response.context["lead_table"].rows[0][0].url
    directive_url = response.context["directive_table"].rows[0][0].url
    for url in (unit_url, directive_url):
        assert url.endswith(f"?ky=nam&nam={year}"), url
        page = admin_client.get(url)
        assert page.status_code == 200
        assert page.context["period_label"] == f"01/01/{year} – 31/12/{year}"
    html = admin_client.get(directive_url).content.decode()
    assert 'name="van_ban"' not in html and 'name="ky"' in html
    html = admin_client.get(unit_url).content.decode()
    assert 'name="don_vi"' not in html and 'name="van_ban"' in html
