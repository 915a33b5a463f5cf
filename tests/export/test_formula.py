"""Formula injection: trigger characters are neutralised on export and restored on import."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reports.services.exports import FORMULA_TRIGGERS, cell_neutralise, cell_restore

TABLE = [
    ("=1+1", "'=1+1"),
    ("+84 912", "'+84 912"),
    ("-quý II", "'-quý II"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tTAB", "'\tTAB"),
    ("\rCR", "'\rCR"),
    ("＝1+1", "'＝1+1"),
    ("＋1", "'＋1"),
    ("－1", "'－1"),
    ("＠x", "'＠x"),
    ("'=1", "''=1"),  # already quoted-looking: quoted again, so that import is exact
    ("''-x", "'''-x"),
    ("a=b", "a=b"),
    ("'trích dẫn'", "'trích dẫn'"),  # an apostrophe before ordinary text stays as it is
    ("", ""),
    ("Tiếp tục", "Tiếp tục"),
]


@pytest.mark.parametrize(("value", "written"), TABLE)
def test_neutralise_table(value, written):
    assert cell_neutralise(value) == written
    assert cell_restore(written) == value


def test_every_trigger_is_neutralised():
    for trigger in FORMULA_TRIGGERS:
        assert cell_neutralise(trigger + "x")[0] == "'"


_alphabet = st.sampled_from(sorted(FORMULA_TRIGGERS) + ["'", "a", "ư", " ", "1"])


@given(st.text(alphabet=_alphabet, max_size=6) | st.text(max_size=12))
def test_round_trip_is_exact(value):
    written = cell_neutralise(value)
    assert cell_restore(written) == value
    # what a spreadsheet sees never starts with a formula trigger
    assert written[:1] not in FORMULA_TRIGGERS
