"""The reports dashboard (/reports/), its pages and CSVs count only the user's units."""

import pytest
from django.urls import reverse

from tests.access.conftest import SECRET_B, login

URL = reverse("reports:dashboard")
SLUGS = {
    "dashboard": ["tong-quan", "don-vi-chu-tri", "qua-han-theo-tuoi", "qua-han", "van-ban",
                  "hoi-nghi-theo-thang"],
    "directive": ["dong-thoi-gian", "hoi-nghi", "tien-do"],
    "unit": ["hoi-nghi-theo-loai", "hoi-nghi", "chu-tri", "don-vi-chu-tri"],
}  # fmt: skip


def _cards(response) -> dict:
    return {label: value for label, value, _url, _cls in response.context["cards"]}


def _csv_text(response) -> str:
    assert response["Content-Type"].startswith("text/csv")
    return b"".join(response.streaming_content).decode("utf-8-sig")


def test_headline_figures_count_only_own_units(world, client_a, client_b):
    a = _cards(client_a.get(URL))
    # A's own task and the task A's meeting assigned to B (A follows it up)
    assert (a["Hội nghị"], a["Nhiệm vụ"]) == (1, 2)
    b = _cards(client_b.get(URL))
    # B's own task, the task B supports at A's meeting, the task without units at B's meeting
    assert (b["Hội nghị"], b["Nhiệm vụ"]) == (1, 3)


def test_user_without_units_sees_zero(world):
    cards = _cards(login(world["nobody"]).get(URL))
    assert all(value == 0 for value in cards.values()), cards


@pytest.mark.parametrize("page", list(SLUGS))
def test_pages_and_csvs_show_nothing_of_the_other_unit(world, client_a, page):
    url = {
        "dashboard": URL,
        "directive": reverse("reports:directive", args=[world["shared"].pk]),
        "unit": reverse("reports:unit", args=[world["b"]["unit"].pk]),
    }[page]
    response = client_a.get(url)
    assert response.status_code == 200
    assert SECRET_B not in response.content.decode()
    for slug in SLUGS[page]:
        assert SECRET_B not in _csv_text(client_a.get(url, {"tai": slug})), slug


def test_other_units_page_counts_nothing(world, client_a, admin_client):
    url = reverse("reports:unit", args=[world["b"]["unit"].pk])
    assert client_a.get(url).context["data"]["meeting_count"] == 0
    assert admin_client.get(url).context["data"]["meeting_count"] == 1


def test_shared_directive_page_counts_own_meetings_only(world, client_a, admin_client):
    url = reverse("reports:directive", args=[world["shared"].pk])
    assert client_a.get(url).context["data"]["meeting_count"] == 1
    assert admin_client.get(url).context["data"]["meeting_count"] == 2
