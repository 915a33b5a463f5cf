"""The examples in the docstrings of ``reports.extraction`` hold (style.md §17: public
functions get a docstring with an example, and an example that no longer runs misleads)."""

import doctest
import importlib
import pkgutil

import pytest

import reports.extraction

MODULES = ["reports.extraction"] + [
    f"reports.extraction.{m.name}" for m in pkgutil.iter_modules(reports.extraction.__path__)
]


def test_every_module_is_listed():
    # a new module joins without editing this file; a few modules must be there
    assert {"reports.extraction.segment", "reports.extraction.normalize"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(verbose=False)
    failures = []
    for test in finder.find(module, name):
        result = runner.run(test, out=failures.append)
        assert result.failed == 0, "".join(failures)
