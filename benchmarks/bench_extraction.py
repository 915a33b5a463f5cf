"""Extraction speed and scaling: is every step linear in its input? (no Django needed)

Run: ``.venv/bin/python -m benchmarks.bench_extraction``

Prints the throughput (characters per second) of ``extract_text`` on each seed, then
for each adversarial kind and for the concatenated seeds the time of 1x, 10x and 100x
inputs, with the ratios 10x/1x and 100x/10x. A linear pipeline gives ratios near 10;
the target is at most 12. The slowest step of each kind is named, with its own ratio,
so a superlinear step can be found. Exits 1 when a ratio exceeds the target. Times are
CPU times of this process (``time.process_time``), which other work on the machine
disturbs less than wall-clock time.

A 100x run whose projected time (10x time times the 10x/1x ratio) exceeds
``RUN_BUDGET`` seconds is skipped and counted as a failure, so the whole run stays
within about two minutes (each size runs five times; the fastest counts).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from reports.extraction import extract_text
from reports.extraction.directives import find_directives
from reports.extraction.intake import tidy
from reports.extraction.meetings import find_meetings
from reports.extraction.people import find_participants
from reports.extraction.segment import segment
from reports.extraction.tasks import find_tasks
from reports.extraction.units import find_units

SEEDS_DIR = Path(__file__).resolve().parents[1] / "seeds"
TARGET_RATIO = 12.0
RUN_BUDGET = 30.0
# Throughput: repeat each seed until this much time has passed.
MIN_SAMPLE_SECONDS = 0.5
# Scaling: the fastest of this many runs at every size. The same number at each size: the
# fastest of many short runs against one long run biased the ratios upwards (a 100x input
# that scales at 10.1 measured 12.3 on a busy machine).
REPEATS = 5


def _repeat(unit: str, chars: int) -> str:
    return unit * max(1, chars // len(unit))


def _adversarial() -> dict[str, Callable[[int], str]]:
    """Kind -> (scale -> text). Scale 100 gives the sizes named in the brief:
    100,000 enumeration markers, 1 MB without a full stop, 10,000 ``Thứ nhất,``."""
    return {
        "enumeration markers `1) `": lambda k: (
            "Hội nghị\n\nđề nghị các nhiệm vụ sau:\n" + _repeat("1) ", 3_000 * k)
        ),
        "enumeration lines `1) x`": lambda k: (
            "Hội nghị\n\nnhiệm vụ sau:\n" + _repeat("1) tăng cường công tác\n", 3_000 * k)
        ),
        "no full stop": lambda k: _repeat(
            "đồng chí Nguyễn Văn An Ban Tuyên giáo Tỉnh ủy chủ trì hội nghị ", 10_000 * k
        ),
        "digits and slashes": lambda k: _repeat("1/2/3/4/5-6-7/", 10_000 * k),
        "digits": lambda k: _repeat("0123456789", 10_000 * k),
        "`Thứ nhất,`": lambda k: "Hội nghị\n\nđề nghị:\n" + _repeat("Thứ nhất, ", 1_000 * k),
    }


def _steps(text: str) -> dict[str, float]:
    """Seconds spent in each step for one run of the pipeline."""
    times: dict[str, float] = {}

    def timed(name, fn, *args, **kwargs):
        started = time.process_time()
        out = fn(*args, **kwargs)
        times[name] = times.get(name, 0.0) + time.process_time() - started
        return out

    text = timed("tidy", tidy, text)
    seg = timed("segment", segment, text)
    directives = timed("directives", find_directives, seg)
    units = timed("units", find_units, seg)
    participants = timed("people", find_participants, seg)
    meetings = timed("meetings", find_meetings, seg, participants=participants, units=units)
    timed(
        "tasks",
        find_tasks,
        seg,
        directives=directives,
        units=units,
        participants=participants,
        meetings=meetings,
    )
    return times


def _measure(text: str) -> dict[str, float]:
    """The step times of the fastest of ``REPEATS`` runs (timer and machine noise)."""
    runs = [_steps(text) for _ in range(REPEATS)]
    return min(runs, key=lambda times: sum(times.values()))


def _ratio(a: float, b: float) -> float:
    return a / b if b > 1e-9 else 0.0


def throughput() -> None:
    print("Throughput on the seeds (extract_text):")
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        runs = 0
        started = time.process_time()
        while runs < 3 or time.process_time() - started < MIN_SAMPLE_SECONDS:
            extract_text(text)
            runs += 1
        took = (time.process_time() - started) / runs
        print(f"  {path.name:32} {len(text):>8,} chars {len(text) / took:>14,.0f} chars/s")


def scaling(kinds: dict[str, Callable[[int], str]]) -> list[str]:
    failures: list[str] = []
    print(
        f"\n{'input':30}{'1x chars':>11}{'1x s':>9}{'10x s':>9}{'100x s':>9}"
        f"{'10x/1x':>8}{'100x/10x':>9}  slowest step (its ratios)"
    )
    for name, make in kinds.items():
        t1 = _measure(make(1))
        t10 = _measure(make(10))
        r1 = _ratio(sum(t10.values()), sum(t1.values()))
        projected = sum(t10.values()) * max(r1, 10.0)
        t100: dict[str, float] | None = None
        if projected <= RUN_BUDGET:
            t100 = _measure(make(100))
        r2 = _ratio(sum(t100.values()), sum(t10.values())) if t100 else float("inf")
        big = t100 or t10
        step = max(big, key=big.get)
        step_r1 = _ratio(t10[step], t1[step])
        step_r2 = _ratio(t100[step], t10[step]) if t100 else float("inf")
        shown_100 = f"{sum(t100.values()):9.3f}" if t100 else f"{'skipped':>9}"
        print(
            f"{name:30}{len(make(1)):>11,}{sum(t1.values()):9.3f}{sum(t10.values()):9.3f}"
            f"{shown_100}{r1:8.1f}{r2:9.1f}  {step} ({step_r1:.1f}, {step_r2:.1f})"
        )
        if r1 > TARGET_RATIO or r2 > TARGET_RATIO:
            worst = _superlinear_steps(t1, t10, t100)
            if t100 is None:
                worst += f"; 100x not run: projected {projected:.0f} s > {RUN_BUDGET:.0f} s"
            failures.append(f"{name}: ratios {r1:.1f} / {r2:.1f}; superlinear: {worst}")
    return failures


def _superlinear_steps(t1, t10, t100) -> str:
    names = []
    for step in t10:
        r1 = _ratio(t10[step], t1[step])
        r2 = _ratio(t100[step], t10[step]) if t100 else 0.0
        # ignore steps too fast to time reliably
        if max(t10[step], (t100 or {}).get(step, 0.0)) > 0.05 and max(r1, r2) > TARGET_RATIO:
            names.append(f"{step} ({r1:.1f}, {r2:.1f})")
    if names:
        return ", ".join(names)
    slowest = max(t10, key=t10.get)
    return f"none measured (slowest step at 10x: {slowest}, {t10[slowest]:.2f} s)"


def main() -> int:
    started = time.perf_counter()
    throughput()
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt")))
    kinds = _adversarial()
    kinds["concatenated seeds"] = lambda k: "\n\n".join([seeds] * k)
    failures = scaling(kinds)
    print(f"\nTotal {time.perf_counter() - started:.0f} s; target ratio <= {TARGET_RATIO:g}.")
    if failures:
        print("FAIL:")
        for line in failures:
            print(f"  {line}")
        return 1
    print("PASS: every input scales linearly.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
