"""The gazetteer (fixtures/gazetteer/) as a table: known entries present, the counts of
the 2025 reorganisation, no duplicates, every name NFC."""

from __future__ import annotations

import unicodedata

import pytest

from reports.extraction.gazetteer import (
    bare_place,
    body_keys,
    branch_names,
    country_keys,
    gazetteer,
)


def test_province_counts():
    g = gazetteer()
    assert len(g.provinces) == 34
    assert len(g.provinces_former) == 63


@pytest.mark.parametrize(
    ("field", "name"),
    [
        ("provinces", "Thành phố Hà Nội"),
        ("provinces", "Tỉnh Lai Châu"),
        ("provinces", "Thành phố Hồ Chí Minh"),
        ("provinces_former", "Tỉnh Hà Giang"),
        ("provinces_former", "Tỉnh Bình Dương"),
    ],
)
def test_known_divisions(field, name):
    assert name in getattr(gazetteer(), field)


def test_former_provinces_merged_away_are_not_current():
    g = gazetteer()
    assert "Tỉnh Hà Giang" not in g.provinces
    assert set(g.provinces) - set(g.provinces_former) == set()  # every new one kept a name


def test_wards_belong_to_current_provinces():
    g = gazetteer()
    assert len(g.wards) > 3000
    assert len({w[0] for w in g.wards}) == 34  # every current province has its wards
    assert {w[2] for w in g.wards} == {"phường", "xã", "đặc khu"}
    assert (1, "Phường Ba Đình", "phường") in g.wards


@pytest.mark.parametrize(
    ("group", "name"),
    [
        ("party_central", "Ban Tuyên giáo và Dân vận Trung ương"),
        ("party_central", "Ủy ban Kiểm tra Trung ương"),
        ("party_central_former", "Ban Tuyên giáo Trung ương"),
        ("state_central", "Bộ Ngoại giao"),
        ("state_central", "Bộ Văn hóa, Thể thao và Du lịch"),
        ("state_central_former", "Bộ Thông tin và Truyền thông"),
        ("mass_organisations", "Tổng Liên đoàn Lao động Việt Nam"),
        ("province_bodies", "Sở Nội vụ"),
        ("province_bodies", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        ("commune_bodies", "Phòng Văn hóa - Xã hội"),
        ("commune_bodies", "Đảng ủy xã"),
        ("countries", "Lào"),
    ],
)
def test_known_bodies(group, name):
    assert name in gazetteer().bodies[group]


def _all_names():
    g = gazetteer()
    yield from g.provinces
    yield from g.provinces_former
    yield from (w[1] for w in g.wards)
    for names in g.bodies.values():
        yield from names


def test_every_name_is_nfc_and_trimmed():
    bad = [n for n in _all_names() if unicodedata.normalize("NFC", n) != n or n != n.strip()]
    assert bad == []


@pytest.mark.parametrize("field", ["provinces", "provinces_former"])
def test_no_duplicate_provinces(field):
    names = getattr(gazetteer(), field)
    assert len(names) == len(set(names))


def test_no_duplicate_wards_within_a_province():
    pairs = [(w[0], w[1]) for w in gazetteer().wards]
    assert len(pairs) == len(set(pairs))


def test_no_duplicate_bodies():
    names = list(gazetteer().unit_names()) + list(gazetteer().countries)
    assert len(names) == len(set(names))


def test_loaded_once():
    assert gazetteer() is gazetteer()


@pytest.mark.parametrize(
    ("name", "bare"),
    [("Tỉnh Lai Châu", "Lai Châu"), ("Thành phố Huế", "Huế"), ("Đặc khu Phú Quốc", "Phú Quốc")],
)
def test_bare_place(name, bare):
    assert bare_place(name) == bare


def test_keys_carry_acronym_spellings():
    keys = set(body_keys())
    assert "van phong hdnd va ubnd" in keys
    assert "uy ban mttq viet nam" in keys
    assert "lao" in country_keys()


@pytest.mark.parametrize(
    ("name", "branch"),
    [
        ("Hội Nhà báo Việt Nam", True),
        ("Liên hiệp các Hội Văn học nghệ thuật Việt Nam", True),
        # central words: the branches are named otherwise (Liên đoàn Lao động tỉnh)
        ("Tổng Liên đoàn Lao động Việt Nam", False),
        ("Trung ương Hội Nông dân Việt Nam", False),
        ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", False),
    ],
)
def test_national_mass_organisations_have_local_branches(name, branch):
    stem = name.removesuffix(" Việt Nam")
    assert (f"{stem} tỉnh" in branch_names()) is branch
    if branch:
        assert f"{stem} xã" in branch_names()
