"""Peak memory of ``credlint check`` over a whole corpus: the process tree and each process.

    python bench/memory.py                          # ../shared/corpus, text and JSON reports
    python bench/memory.py --jobs 1,2 --formats json --folder ../shared/corpus/dev

Each run is one ``credlint check FOLDER --no-cache`` (all the files of the folder, so the
corpus is distinct articles, never a replica), with the report written to ``/dev/null``. While
it runs, the memory of the process and of every worker is read every 10 ms from ``/proc``:

* **PSS, process tree**: the peak of the summed proportional set size (``Pss`` of
  ``/proc/<pid>/smaps_rollup``). A page that *n* processes share counts 1/*n* in each, so the
  sum is the memory the run really occupies; this is the figure the 150 MB target of issue 15
  is judged on (README, Performance).
* **RSS, process tree**: the peak of the summed resident set size (``VmRSS``), the figure
  ``bench/speed.py`` reports. It counts a page that a forked worker still shares with its
  parent once per process, so it overstates a pool's memory, the more the more the parent
  loaded before forking.
* **RSS, largest process**: the peak of the largest single process (what one process needs).

with the wall and CPU time of the run. Linux only (``/proc``; ``smaps_rollup`` since 4.14).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import speed  # noqa: E402


def _tree(root_pid: int) -> list[int]:
    """A process and all its descendants (workers are its children)."""
    pids, stack = [], [root_pid]
    while stack:
        pid = stack.pop()
        pids.append(pid)
        try:
            for task in os.scandir(f"/proc/{pid}/task"):
                with open(f"{task.path}/children", encoding="ascii") as fh:
                    stack += [int(p) for p in fh.read().split()]
        except OSError:  # the process ended meanwhile
            continue
    return pids


def _field_kb(path: str, field: str) -> int:
    """One ``Name:  N kB`` line of a /proc file (0 when the process has ended)."""
    try:
        with open(path, encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith(field):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def sample_kb(root_pid: int) -> tuple[int, int]:
    """The summed PSS and the largest VmRSS (kB) of a process tree, at this moment."""
    pss = largest = 0
    for pid in _tree(root_pid):
        pss += _field_kb(f"/proc/{pid}/smaps_rollup", "Pss:")
        largest = max(largest, _field_kb(f"/proc/{pid}/status", "VmRSS:"))
    return pss, largest


def measure(cmd: list[str], code: Path = ROOT) -> tuple[float, float, float, float, float]:
    """Peak summed PSS (MB), peak summed RSS (MB), peak single-process RSS (MB), wall s and
    CPU s of one command (credlint's code from ``code``)."""
    # PYTHONSAFEPATH: ``python -m`` would put the working directory (this checkout) first on
    # sys.path, ahead of PYTHONPATH, and a --baseline run would measure this checkout's code
    env = {**os.environ, "PYTHONPATH": str(code), "PYTHONSAFEPATH": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    peak_pss = peak_largest = 0

    def sample(pid: int) -> int:
        nonlocal peak_pss, peak_largest
        pss, largest = sample_kb(pid)
        peak_pss, peak_largest = max(peak_pss, pss), max(peak_largest, largest)
        return peak_largest

    wall, cpu, tree = speed.measure(cmd, env, largest=sample)
    return peak_pss / 1024, tree, peak_largest / 1024, wall, cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folder", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--jobs", default="auto,1", help="comma-separated: auto (credlint decides) or a number")
    ap.add_argument("--formats", default="text,json")
    ap.add_argument("--baseline", type=Path, help="another copy of credlint's code (e.g. main, exported): measured after each run")
    args = ap.parse_args()
    if not args.folder.is_dir():
        print(f"memory.py: no folder {args.folder} (the shared corpus is not here)", file=sys.stderr)
        return 2
    files = sum(1 for p in args.folder.rglob("*") if p.is_file())
    print(f"{args.folder} ({files} files), load average {os.getloadavg()[0]:.1f}\n")
    print("| format | jobs | peak MB, PSS of the tree | peak MB, RSS of the tree | peak MB, RSS of the largest process | wall s | CPU s |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for fmt in args.formats.split(","):
        for jobs in args.jobs.split(","):
            cmd = [sys.executable, "-m", "lint", "check", str(args.folder), "--no-cache", "--exit-zero", "-q", "--format", fmt, "-o", os.devnull]
            if jobs != "auto":
                cmd += ["--jobs", jobs]
            for label, code in [("", ROOT), *([(" (baseline)", args.baseline.resolve())] if args.baseline else [])]:
                pss, tree, largest, wall, cpu = measure(cmd, code)
                print(f"| {fmt}{label} | {jobs} | {pss:.0f} | {tree:.0f} | {largest:.0f} | {wall:.0f} | {cpu:.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
