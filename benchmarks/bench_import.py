"""Import at scale: queries per document stay flat, and loading costs little beside extraction.

    python -m benchmarks.bench_import [--docs 1000]          # SQLite (a throw-away test DB)
    DATABASE_URL=postgres://... python -m benchmarks.bench_import

Generates variants of the seeds (other people, places, dates and directive numbers), then:
each is extracted (timed alone) and loaded into an empty test database (timed, its SQL
queries counted);
and prints queries/doc at the 1,000th vs the 10th (target ≤ 1.1x) and import time vs
extraction time (target ≤ 3x). Exit 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

from benchmarks.testdb import setup_django

ROOT = Path(__file__).resolve().parent.parent
QUERY_RATIO_TARGET = 1.1
TIME_RATIO_TARGET = 3.0

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLE = ["Văn", "Thị", "Minh", "Hữu", "Đức", "Thanh", "Quang", "Ngọc"]
GIVEN = ["An", "Bình", "Chung", "Dũng", "Giang", "Hà", "Hải", "Khánh", "Lâm", "Long", "Mai", "Nam"]
PLACES = ["Hòa Lâm", "Đông Lĩnh", "Văn Châu", "Thái Lâm", "Bắc Sơn", "Nam Hà", "Tây Nguyên Mới"]
_NAME_RX = re.compile(
    r"\b(Nguyễn|Trần|Lê|Phạm|Hoàng|Lại|Võ|Đinh|Hà|Vàng)( [A-ZĐÂĂÊÔƠƯ][\wà-ỹ]+){1,3}"
)
_PLACE_RX = re.compile(r"\b(Lai Châu|Hà Nam|Thanh Hóa)\b")
_CODE_RX = re.compile(r"\b(\d{1,3})(\s*-\s*(?:CT|NQ|KL|KH|QĐ)/)")
_YEAR_RX = re.compile(r"\b20(1\d|2[0-4])\b")


def variant(text: str, i: int) -> str:
    rnd = random.Random(i)

    def person(_m):
        return f"{rnd.choice(FAMILY)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)}"

    text = _NAME_RX.sub(person, text)
    text = _PLACE_RX.sub(lambda _m: f"{rnd.choice(PLACES)} {i % 40}", text)
    text = _CODE_RX.sub(lambda m: f"{(int(m.group(1)) + i) % 300 + 1:02d}{m.group(2)}", text)
    shift = i % 3
    text = _YEAR_RX.sub(lambda m: str(2000 + int(m.group(1)) + shift), text)
    return text + f"\n\nBản số {i}.\n"


def generate(n: int) -> list[tuple[str, bytes]]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return [(f"gen_{i:05d}.txt", variant(seeds[i % len(seeds)], i).encode()) for i in range(n)]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    args = parser.parse_args(argv)
    connection, db_name = setup_django()
    from django.db import reset_queries
    from django.test.utils import CaptureQueriesContext

    from reports.extraction import extract_bytes
    from reports.loading import document_load

    docs = generate(args.docs)
    extraction_s = load_s = 0.0
    queries = []
    try:
        # extraction and loading timed per document in the same loop, so a change in the
        # machine's load during the run affects both sides of the ratio alike
        for i, (name, data) in enumerate(docs, 1):
            t0 = time.perf_counter()
            extracted = extract_bytes(data, name)
            t1 = time.perf_counter()
            reset_queries()  # the query log keeps 9,000 entries at most
            with CaptureQueriesContext(connection) as ctx:
                document_load(extracted, file_name=name)
            load_s += time.perf_counter() - t1
            extraction_s += t1 - t0
            queries.append(len(ctx.captured_queries))
            if i % 100 == 0:
                print(f"  imported {i}/{len(docs)}", file=sys.stderr)
    finally:
        connection.creation.destroy_test_db(db_name, verbosity=0)
    import_s = extraction_s + load_s

    # five consecutive documents cover each seed family once, at both ends
    early = queries[9:14]
    late = queries[-5:]
    q_ratio = (sum(late) / len(late)) / (sum(early) / len(early))
    t_ratio = import_s / extraction_s
    vendor = connection.vendor
    print(f"\nImport benchmark ({vendor}, {len(docs)} generated documents)")
    print(f"{'measure':48}{'value':>12}{'target':>10}")
    print(f"{'queries/doc, docs 10-14 (mean)':48}{sum(early) / len(early):12.1f}")
    print(f"{'queries/doc, last 5 docs (mean)':48}{sum(late) / len(late):12.1f}")
    print(f"{'ratio late / early':48}{q_ratio:12.2f}{QUERY_RATIO_TARGET:>10}")
    print(f"{'extraction alone (s)':48}{extraction_s:12.2f}")
    print(f"{'extract + load (s)':48}{import_s:12.2f}")
    print(f"{'ratio import / extraction':48}{t_ratio:12.2f}{TIME_RATIO_TARGET:>10}")
    ok = q_ratio <= QUERY_RATIO_TARGET and t_ratio <= TIME_RATIO_TARGET
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
