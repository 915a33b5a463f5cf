"""The reports dashboard in a real browser: open it from the admin, change a filter, see the
figures change, save screenshots (the README's picture only through `make screenshots`)."""

import pytest
from django.utils import timezone

from reports.models import Meeting, Unit
from reports.services.demo_data import demo_data_generate
from tests.browser.conftest import PASSWORD, SCREENSHOTS, login, shot, update_docs_picture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser("baocao", "bc@example.vn", PASSWORD)


@pytest.fixture
def generated():
    demo_data_generate(meetings=120, tasks=2000, seed=5, today=timezone.localdate())


def _figure(page, label: str) -> int:
    card = page.locator("#headline li", has_text=label).first
    return int(card.locator(".figure").inner_text())


def test_open_the_reports_change_a_filter_and_save_a_screenshot(page, staff, generated):
    login(page, "baocao")
    page.click("#reports-link a")
    page.wait_for_url(f"{page.base_url}/reports/")
    assert page.locator("h1").first.inner_text() == "Báo cáo tổng hợp"
    assert _figure(page, "Hội nghị") == Meeting.objects.count() == 120
    assert page.locator("svg.chart").count() >= 2
    shot(page, "10-bao-cao")
    # the README shows the top of the page as a staff member first sees it
    top = SCREENSHOTS / "10-bao-cao-dau-trang.png"
    page.screenshot(path=str(top))
    update_docs_picture(top, "reports.png")

    # a unit with its sub-units: fewer meetings than the whole database
    province = Unit.objects.filter(level="tinh", parent__level="trung_uong").order_by("pk")[0]
    page.select_option("#id_don_vi", str(province.pk))
    page.click("#report-filters input[type=submit]")
    page.wait_for_url(f"**/reports/?*don_vi={province.pk}*")
    below = {province.pk}
    frontier = {province.pk}
    while frontier:
        frontier = set(Unit.objects.filter(parent__in=frontier).values_list("pk", flat=True))
        below |= frontier
    hosted = Meeting.objects.filter(host_unit__in=below).count()
    assert 0 < _figure(page, "Hội nghị") == hosted < 120
    assert page.locator("#id_don_vi").input_value() == str(province.pk)

    # then a period: this year only (the year field shows once the kind is chosen)
    year = timezone.localdate().year
    assert page.locator("#id_nam").is_hidden()
    page.select_option("#id_ky", "nam")
    assert page.locator("#id_nam").is_visible() and page.locator("#id_quy").is_hidden()
    page.fill("#id_nam", str(year))
    page.click("#report-filters input[type=submit]")
    page.wait_for_url("**/reports/?*ky=nam*")
    in_year = Meeting.objects.filter(host_unit__in=below, start_date__year=year).count()
    assert _figure(page, "Hội nghị") == in_year
    shot(page, "11-bao-cao-loc-don-vi-nam")

    # on paper: no filters, no header, the charts and tables stay
    page.emulate_media(media="print")
    assert page.locator("#report-filters").is_hidden()
    assert page.locator("#header").is_hidden()
    assert page.locator("svg.chart").first.is_visible()
    page.emulate_media(media="screen")

    # a lead unit's name opens its own page
    link = page.locator("#table-don-vi-chu-tri tbody tr td:first-child a").first
    href = link.get_attribute("href")
    assert href.startswith("/reports/don-vi/"), href
    link.click()
    page.wait_for_url(lambda url: url.endswith(href))
    # the unit's page keeps the period chosen
    assert page.locator("#id_ky").input_value() == "nam"
    assert page.locator("#section-hosted").is_visible()
    shot(page, "12-bao-cao-don-vi")
