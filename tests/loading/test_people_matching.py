"""People are matched by their canonical name with its tone marks: old and new tone
placement and case agree, other marks are other people; the folded key is for search."""

import pytest

from reports.loading.counts import Counts
from reports.loading.resolve import PersonResolver, person_name_key
from reports.models import Person
from reports.services.uploads import preview_findings
from tests.loading import extracted as x

SAME = [
    ("Nguyễn Văn Hòa", "Nguyễn Văn Hoà"),
    ("Trần Thị Thúy", "Trần Thị Thuý"),
    ("Lê Văn Hùng", "LÊ VĂN HÙNG"),
    ("Lê  Văn Hùng", "Lê Văn Hùng"),
]
OTHER = [
    ("Lê Văn Hùng", "Lê Văn Hưng"),
    ("Nguyễn Thị Lan", "Nguyễn Thị Lân"),
    ("Phạm Văn Đức", "Phạm Văn Dục"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same_person(a, b):
    assert person_name_key(a) == person_name_key(b)


@pytest.mark.parametrize(("a", "b"), OTHER)
def test_other_person(a, b):
    assert person_name_key(a) != person_name_key(b)


@pytest.mark.django_db
@pytest.mark.parametrize(("a", "b", "people"), [(*p, 1) for p in SAME] + [(*p, 2) for p in OTHER])
def test_the_loader_matches_people_by_canonical_name(a, b, people):
    PersonResolver(Counts()).resolve(a)
    PersonResolver(Counts()).resolve(b)
    assert Person.objects.count() == people


@pytest.mark.django_db
def test_the_preview_tells_hung_from_hung():
    PersonResolver(Counts()).resolve("Lê Văn Hùng")
    meeting = x.meeting(participants=(x.Participant("Lê Văn Hưng", None, ("chair",), ()),))
    found = [(f.label, f.outcome) for f in preview_findings(x.document(meetings=(meeting,)))]
    assert ("Lê Văn Hưng", "new") in found
