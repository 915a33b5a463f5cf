"""Staff's daily work in Chromium: a search typed without diacritics, a code written another
way, the lead-unit drop-down filter, and the report as printed. Screenshots go to a temporary
directory (never over the tracked ones in docs/)."""

import datetime as dt

import pytest
from django.utils import timezone

from reports.models import Directive, Participation, TaskUnit
from reports.services.meeting_search import meeting_search_key_refresh
from tests import factories as f
from tests.browser.conftest import PASSWORD, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser("timkiem", "tk@example.vn", PASSWORD)


def _search(page, model: str, typed: str) -> list[str]:
    page.goto(f"{page.base_url}/admin/reports/{model}/")
    page.fill("#searchbar", typed)
    page.press("#searchbar", "Enter")
    page.wait_for_url("**q=*")
    return page.locator("#result_list tbody tr").all_inner_texts()


def test_search_without_diacritics_finds_meetings_and_codes(page, staff, tmp_path):
    lai_chau = f.make_unit("Ban Tuyên giáo và Dân vận Tỉnh ủy Lai Châu")
    f.make_meeting(title="Hội nghị sơ kết công tác 6 tháng", host_unit=lai_chau)
    other = f.make_meeting(title="Hội nghị giao ban quý III", location="Hội trường Thành ủy Huế")
    Participation.objects.create(
        meeting=other, person=f.make_person("Đỗ Văn Đức"), role=Participation.Role.CHAIR
    )
    meeting_search_key_refresh(meetings=[other.pk])  # as the loader and the admin do
    for code, year in (("05-CT/TW", 2016), ("05-CT/TW", 2021), ("25-CT/TW", 2018)):
        number = code.split("-")[0]
        f.make_directive(
            code=code, number=number, issued=dt.date(year, 5, 1), label=f"Chỉ thị số {code}"
        )

    login(page, "timkiem")
    rows = _search(page, "meeting", "lai chau")
    assert len(rows) == 1 and "sơ kết công tác 6 tháng" in rows[0]
    rows = _search(page, "meeting", "do van duc")
    assert len(rows) == 1 and "giao ban quý III" in rows[0]

    rows = _search(page, "directive", "chi thi 5")
    assert len(rows) == 2
    assert any("05-CT/TW (01/05/2016)" in r for r in rows)
    assert any("05-CT/TW (01/05/2021)" in r for r in rows)
    assert not any("25-CT/TW" in r for r in rows)
    assert len(_search(page, "directive", "05/CT-TW")) == 2
    page.screenshot(path=str(tmp_path / "search.png"), full_page=True)


def test_lead_unit_drop_down_applies_at_once(page, staff):
    hue, lai_chau = f.make_unit("Thành ủy Huế"), f.make_unit("Tỉnh ủy Lai Châu")
    for unit, text in ((hue, "Tuyên truyền lễ hội Huế"), (lai_chau, "Tuyên truyền ngày tỉnh")):
        task = f.make_task(text=text)
        TaskUnit.objects.create(task=task, unit=unit, role=TaskUnit.Role.LEAD)

    login(page, "timkiem")
    page.goto(f"{page.base_url}/admin/reports/task/?q=tuyen+truyen")
    page.select_option("select.filter-select", str(lai_chau.pk))  # the script submits it
    page.wait_for_url(f"**lead_unit={lai_chau.pk}*")
    assert "q=tuyen" in page.url  # the search stays
    rows = page.locator("#result_list tbody tr").all_inner_texts()
    assert len(rows) == 1 and "ngày tỉnh" in rows[0]


def test_printed_report_carries_unit_period_date_and_signatures(page, staff, tmp_path):
    unit = f.make_unit("Ban Tuyên giáo và Dân vận Tỉnh ủy Lai Châu")
    year = timezone.localdate().year
    f.make_meeting(host_unit=unit, start_date=dt.date(year, 1, 15))
    login(page, "timkiem")
    page.goto(f"{page.base_url}/reports/?don_vi={unit.pk}&ky=nam&nam={year}")
    # on screen: the filters, no signature block
    assert page.locator("#report-filters").is_visible()
    assert page.locator("#report-signatures").is_hidden()

    page.emulate_media(media="print")
    header = page.locator("#report-print-header")
    assert header.is_visible()
    text = header.inner_text()
    assert "Ban Tuyên giáo và Dân vận Tỉnh ủy Lai Châu" in text
    assert f"01/01/{year} – 31/12/{year}" in text
    assert timezone.localdate().strftime("%d/%m/%Y") in text
    signatures = page.locator("#report-signatures")
    assert signatures.is_visible()
    assert "NGƯỜI LẬP BIỂU" in signatures.inner_text().upper()
    assert "LÃNH ĐẠO ĐƠN VỊ" in signatures.inner_text().upper()
    assert page.locator("#report-filters").is_hidden()
    assert page.locator("#header").is_hidden()
    page.screenshot(path=str(tmp_path / "printed-report.png"), full_page=True)
    assert Directive.objects.count() == 0  # nothing else was needed for the page
