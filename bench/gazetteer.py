"""Load time, memory and lookup speed of the gazetteers (lint/gazetteer.py).

    python bench/gazetteer.py              # 7 cold processes per gazetteer, median
    python bench/gazetteer.py --runs 15

Each gazetteer is loaded in a fresh Python process (so nothing is warm but the OS file
cache), after ``lint.rulepack`` is imported (a lint run has always imported it by then); the
script reports the median wall-clock and CPU time of the runs (CPU time is the steadier
figure on a shared machine), the resident memory the loaded lists add, the size of each data file, and the cost of a lookup once everything is loaded (hits and
misses). Run it on a quiet machine: on a loaded one every figure grows.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: (label, loader function of lint.gazetteer, data files it reads)
LOADERS = [
    ("institutions", "_institutions", "institutions.txt, universities.txt"),
    ("places", "_places", "pycountry, cities.txt, places.txt, subdivision-words.txt"),
    ("given names", "_given_names", "given-names.txt, given-names-exclude.txt"),
    ("demonyms", "_demonyms", "demonyms.txt"),
    ("patterns", "_government", "government-patterns.txt"),
    ("all", "load_all", "every file"),
]

_CHILD = """
import json, resource, sys, time
import lint.rulepack
from lint import gazetteer
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t, cpu = time.perf_counter(), time.process_time()
getattr(gazetteer, sys.argv[1])()
elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": elapsed, "cpu": cpu, "rss_kb": after - before}))
"""


def cold_load(function: str, runs: int) -> tuple[list[float], list[float], int]:
    """Wall-clock and CPU seconds of each cold run, and the most memory one added."""
    wall, cpu, rss = [], [], 0
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, function], capture_output=True, text=True, check=True, cwd=ROOT
        ).stdout
        data = json.loads(out)
        wall.append(data["seconds"])
        cpu.append(data["cpu"])
        rss = max(rss, data["rss_kb"])
    return wall, cpu, rss


def lookups() -> list[tuple[str, float]]:
    from lint import gazetteer as g

    g.load_all()
    uncached = g.institution_kind.__wrapped__
    cases = [
        # institution_kind keeps the answers for recent names: time the first look-up of a name
        ("institution, first look-up, hit", lambda: uncached("the nonpartisan Tax Policy Center think tank")),
        ("institution, first look-up, miss", lambda: uncached("Global Institute for Strategic Studies")),
        ("institution, repeated look-up", lambda: g.known_institution("Tax Policy Center")),
        ("is_place, hit", lambda: g.is_place("Tallinn")),
        ("is_place, miss", lambda: g.is_place("Aides")),
        ("is_given_name", lambda: g.is_given_name("Maria")),
    ]
    out = []
    for label, fn in cases:
        n = 2000
        best = min(timeit.repeat(fn, number=n, repeat=5)) / n
        out.append((label, best * 1e6))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="cold processes per gazetteer (default 7)")
    args = parser.parse_args()

    data = ROOT / "rules" / "data" / "gazetteers"
    print("| data file | entries | size |\n|---|---:|---:|")
    for path in sorted(data.glob("*.txt")):
        entries = sum(1 for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#"))
        print(f"| `{path.name}` | {entries:,} | {path.stat().st_size / 1024:.0f} KB |")

    print(
        f"\n| gazetteer (reads) | cold load, wall, median of {args.runs} | CPU, median | memory added |"
        "\n|---|---:|---:|---:|"
    )
    for label, function, reads in LOADERS:
        wall, cpu, rss = cold_load(function, args.runs)
        print(
            f"| {label} ({reads}) | {statistics.median(wall) * 1000:.0f} ms | {statistics.median(cpu) * 1000:.0f} ms "
            f"| {rss / 1024:.1f} MB |"
        )

    print("\n| lookup (lists loaded) | time |\n|---|---:|")
    for label, micros in lookups():
        print(f"| {label} | {micros:.1f} µs |")


if __name__ == "__main__":
    main()
