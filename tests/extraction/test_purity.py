"""No module of the extraction package imports Django (style rule 1)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import reports.extraction

PACKAGE = Path(reports.extraction.__file__).parent
MODULES = sorted(PACKAGE.rglob("*.py"))


def _imported_roots(tree: ast.AST) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "__import__":
            if node.args and isinstance(node.args[0], ast.Constant):
                roots.add(str(node.args[0].value).split(".")[0])
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            roots.add(str(node.args[0].value).split(".")[0])
    return roots


def test_package_has_modules():
    names = {path.stem for path in MODULES}
    assert {"intake", "segment", "dates", "assemble"} <= names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_module_does_not_import_django(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    assert "django" not in _imported_roots(tree)


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ("import django", True),
        ("from django.db import models", True),
        ("import django.conf as c", True),
        ("__import__('django')", True),
        ("importlib.import_module('django.conf')", True),
        ("from . import django", False),
        ("import re", False),
    ],
)
def test_detector(source, found):
    assert ("django" in _imported_roots(ast.parse(source))) is found
