"""The political system's units as data: fixtures/gazetteer/ (built by
tools/build_gazetteer.py from the ``vietnam-provinces`` package and typed-in lists).

Read lazily, once per process. Names are NFC, as the package and the typed lists spell
them; matching goes through ``fold``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reports.extraction.normalize import fold

GAZETTEER_DIR = Path(__file__).resolve().parents[2] / "fixtures" / "gazetteer"
# acronyms a document writes for the long words of a body's name
ACRONYMS = (
    ("Hội đồng nhân dân và Ủy ban nhân dân", "HĐND và UBND"),
    ("Ủy ban nhân dân", "UBND"),
    ("Hội đồng nhân dân", "HĐND"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban MTTQ Việt Nam"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban MTTQ"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban Mặt trận Tổ quốc"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam", "UBMTTQ"),
)
# the owner word a standard local body ends with; a document writes another level or
# leaves it out and adds a place
LEVEL_WORDS = ("tỉnh", "xã")
_DIVISION_PREFIXES = ("thành phố", "tỉnh", "phường", "xã", "đặc khu")


@dataclass(frozen=True)
class Gazetteer:
    provinces: tuple[str, ...]
    provinces_former: tuple[str, ...]
    wards: tuple[tuple[int, str, str], ...]
    bodies: dict[str, tuple[str, ...]]
    source: str

    @property
    def countries(self) -> tuple[str, ...]:
        return self.bodies["countries"]

    def unit_names(self) -> tuple[str, ...]:
        """Every body name (central, mass organisations, standard local bodies)."""
        return tuple(n for k, names in self.bodies.items() if k != "countries" for n in names)


def _read_tsv(name: str) -> list[list[str]]:
    lines = (GAZETTEER_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, read from the fixture files on first use."""
    raw = json.loads((GAZETTEER_DIR / "bodies.json").read_text(encoding="utf-8"))
    source = raw.pop("source")
    return Gazetteer(
        provinces=tuple(row[1] for row in _read_tsv("provinces.tsv")),
        provinces_former=tuple(row[1] for row in _read_tsv("provinces_former.tsv")),
        wards=tuple((int(r[0]), r[1], r[2]) for r in _read_tsv("wards.tsv")),
        bodies={k: tuple(v) for k, v in raw.items()},
        source=source,
    )


def bare_place(name: str) -> str:
    """``Tỉnh Lai Châu`` -> ``Lai Châu``: a division's name without its kind."""
    low = name.lower()
    for prefix in _DIVISION_PREFIXES:
        if low.startswith(prefix + " "):
            return name[len(prefix) + 1 :]
    return name


@lru_cache(maxsize=1)
def country_keys() -> frozenset[str]:
    """Folded names of foreign countries: a name ending in one is not a unit of ours."""
    return frozenset(fold(c) for c in gazetteer().countries)


# a national mass organisation ("... Việt Nam") has branches at the local levels
# (Hội Nhà báo tỉnh, Liên hiệp các Hội Văn học nghệ thuật tỉnh); one whose name holds a
# central word (Trung ương Hội Nông dân, Tổng Liên đoàn) names its branches otherwise
_NATIONAL = " Việt Nam"
_CENTRAL_WORDS = ("Trung ương", "Tổng ")


def branch_names() -> tuple[str, ...]:
    """The local branches of the national mass organisations, one per level word."""
    out = []
    for name in gazetteer().bodies.get("mass_organisations", ()):
        if name.endswith(_NATIONAL) and not any(w in name for w in _CENTRAL_WORDS):
            stem = name[: -len(_NATIONAL)]
            out.extend(f"{stem} {level}" for level in LEVEL_WORDS)
    return tuple(out)


def _spellings(name: str) -> set[str]:
    """A body's name and its spellings with acronyms and without its level word."""
    out = {name}
    for long, short in ACRONYMS:
        out |= {n.replace(long, short) for n in out if long in n}
    for level in LEVEL_WORDS:
        out |= {n[: -len(level) - 1] for n in out if n.endswith(" " + level)}
    return out


@lru_cache(maxsize=1)
def body_keys() -> tuple[str, ...]:
    """Folded spellings of every body name of two words or more, longest first: the
    names a unit mention is completed to."""
    names = (*gazetteer().unit_names(), *branch_names())
    keys = {fold(s) for n in names for s in _spellings(n)}
    return tuple(sorted((k for k in keys if " " in k), key=len, reverse=True))
