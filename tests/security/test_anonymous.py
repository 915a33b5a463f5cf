"""Every URL of the product sends an anonymous visitor to the login page: the URL resolver
is walked, so a page added later is covered without editing this test."""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern

from tests import factories as f

LOGIN = "/admin/login/"
# the only pages an anonymous visitor may open
PUBLIC = {"admin/login/", "admin/logout/"}
# a sample value for each captured part of a URL (records exist: see the fixture)
SAMPLES = {"app_label": "reports", "url": "khong-co/"}


def _sample(name: str) -> str:
    return SAMPLES.get(name, "1")


def _part(pattern) -> str:
    if isinstance(pattern, RoutePattern):
        return re.sub(r"<(?:\w+:)?(\w+)>", lambda m: _sample(m[1]), str(pattern))
    regex = str(pattern).lstrip("^").rstrip("$")
    # a named group: its sample, or the first alternative it lists (app_label: auth|reports)
    regex = re.sub(
        r"\(\?P<(\w+)>([^()]*)\)",
        lambda m: _sample(m[1]) if m[1] in SAMPLES else m[2].split("|")[0],
        regex,
    )
    return regex.replace("\\", "")


def product_urls(patterns=None, prefix: str = "") -> list[str]:
    patterns = get_resolver().url_patterns if patterns is None else patterns
    found = []
    for entry in patterns:
        here = prefix + _part(entry.pattern)
        if isinstance(entry, URLResolver):
            found += product_urls(entry.url_patterns, here)
        elif isinstance(entry, URLPattern):
            found.append(here)
    return sorted(set(found))


URLS = product_urls()


def test_the_walk_finds_every_part_of_the_product():
    for expected in (
        "reports/",
        "reports/don-vi/1/",
        "reports/van-ban/1/",
        "admin/nhap-van-ban/",
        "admin/reports/task/xuat/",
        "admin/reports/task/import/",
        "admin/reports/task/1/change/",
        "admin/reports/task/1/history/",
        "admin/reports/meeting/",
        "admin/reports/staffprofile/",
        "admin/autocomplete/",
    ):
        assert expected in URLS, expected
    assert len(URLS) > 80


# the JSON API is for other systems: no login page, a token or 401 (tests/api/)
API = "api/"
# its schema and docs describe the API and hold no data
API_PUBLIC = {"api/v1/openapi.json", "api/v1/docs"}


@pytest.mark.parametrize("url", [u for u in URLS if u not in PUBLIC and not u.startswith(API)])
def test_anonymous_is_sent_to_login(client, db, url):
    f.make_everything()
    for method in (client.get, client.post):
        response = method(f"/{url}")
        assert response.status_code == 302, (method.__name__, url, response.status_code)
        assert response["Location"].startswith(f"{LOGIN}?next="), (url, response["Location"])


@pytest.mark.parametrize("url", [u for u in URLS if u.startswith(API)])
def test_anonymous_gets_nothing_from_the_api(client, db, url):
    made = f.make_everything()
    if url in API_PUBLIC:
        assert client.get(f"/{url}").status_code == 200
        return
    get, post = client.get(f"/{url}"), client.post(f"/{url}")
    assert get.status_code in (401, 404), (url, get.status_code)
    assert post.status_code in (401, 404, 405), (url, post.status_code)
    for response in (get, post):
        assert made["task"].text not in response.content.decode()


def test_the_api_is_found_by_the_walk():
    assert {"api/v1/tasks", "api/v1/meetings", "api/v1/directives", "api/v1/units"} <= set(URLS)


def test_csv_downloads_of_reports_need_login_too(client, db):
    for url in ("/reports/?tai=qua-han", "/admin/reports/task/xuat/?_dinh_dang=csv"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(f"{LOGIN}?next=")
