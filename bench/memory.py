"""Peak memory of ``credlint check`` over a whole corpus: the process tree and each process.

    python bench/memory.py                          # ../shared/corpus, text and JSON reports
    python bench/memory.py --jobs 1,2 --formats json --folder ../shared/corpus/dev

Each run is one ``credlint check FOLDER --no-cache`` (all the files of the folder, so the
corpus is distinct articles, never a replica), with the report written to ``/dev/null``. While
it runs, the resident memory (VmRSS) of the process and of every worker is read every 10 ms
from ``/proc``: the table gives the peak of their sum (the figure ``bench/speed.py`` reports
and the issue's target of 150 MB is about) and the peak of the largest single process, with
the wall and CPU time of the run. Linux only (``/proc``).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import speed  # noqa: E402


def _largest_kb(root_pid: int) -> int:
    """The largest VmRSS among a process and its children (workers are its children)."""
    largest = 0
    pids = [root_pid]
    try:
        with open(f"/proc/{root_pid}/task/{root_pid}/children", encoding="ascii") as fh:
            pids += [int(p) for p in fh.read().split()]
    except OSError:
        pass
    for pid in pids:
        try:
            with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        largest = max(largest, int(line.split()[1]))
        except OSError:
            continue
    return largest


def measure(cmd: list[str], code: Path = ROOT) -> tuple[float, float, float, float]:
    """Peak summed RSS (MB), peak single-process RSS (MB), wall s and CPU s of one command
    (credlint's code from ``code``)."""
    # PYTHONSAFEPATH: ``python -m`` would put the working directory (this checkout) first on
    # sys.path, ahead of PYTHONPATH, and a --baseline run would measure this checkout's code
    env = {**os.environ, "PYTHONPATH": str(code), "PYTHONSAFEPATH": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    peak = [0]

    def sample(pid: int) -> int:
        peak[0] = max(peak[0], _largest_kb(pid))
        return peak[0]

    wall, cpu, tree = speed.measure(cmd, env, largest=sample)
    return tree, peak[0] / 1024, wall, cpu


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
    print("| format | jobs | peak MB, process tree | peak MB, largest process | wall s | CPU s |\n|---|---|---:|---:|---:|---:|")
    for fmt in args.formats.split(","):
        for jobs in args.jobs.split(","):
            cmd = [sys.executable, "-m", "lint", "check", str(args.folder), "--no-cache", "--exit-zero", "-q", "--format", fmt, "-o", os.devnull]
            if jobs != "auto":
                cmd += ["--jobs", jobs]
            for label, code in [("", ROOT), *([(" (baseline)", args.baseline.resolve())] if args.baseline else [])]:
                tree, largest, wall, cpu = measure(cmd, code)
                print(f"| {fmt}{label} | {jobs} | {tree:.0f} | {largest:.0f} | {wall:.0f} | {cpu:.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
