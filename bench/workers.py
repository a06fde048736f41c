"""Where worker processes start to pay: one process against two, by number of files.

    python bench/workers.py                  # 1 to 64 articles, 7 runs each
    python bench/workers.py --counts 2,8,32 --repeats 5

Lints sets of *distinct* articles of the development corpus (``../shared/corpus/dev``,
credible and GPT-3.5 texts alternately; never replicated, so no file repeats
another's work) with ``-j 1`` and ``-j 2``, as whole processes, in two cache states:

* ``--no-cache``: every process compiles the regular expressions it needs;
* the pre-commit case: the cache holds the compiled patterns of earlier runs but no
  result for these files (a fresh copy of a pattern-only cache before every run).

Runs of the two job counts are interleaved and the median is reported, with the
files' total size: wall-clock time, and the CPU time of the whole process tree
(workers included), which a machine busy with other work disturbs much less.

The break-even comes from the CPU times, fitted by least squares over the counts:
``w``, the CPU one process spends per KB, and ``S0 + s × files``, what a pool costs on
the critical path (half the extra CPU two workers burn: both start and compile their
patterns at once, and every result is pickled and read back). Two workers on two free
cores win once ``w × KB / 2 > S0 + s × files``; ``lint/workers.py`` sets
``BYTES_PER_WORKER`` from it. The wall-clock columns show it directly when the
machine is otherwise idle. Prints a Markdown table for the README.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


def articles(count: int) -> list[Path]:
    credible = sorted((CORPUS / "credible").glob("*.txt"))
    lowcred = sorted((CORPUS / "lowcred").glob("*.txt"))
    mixed = [p for pair in zip(credible, lowcred) for p in pair]
    if count > len(mixed):
        raise SystemExit(f"the corpus has {len(mixed)} distinct articles, fewer than {count}")
    return mixed[:count]


def timed(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process and every descendant it waited for)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--counts", default="1,2,4,8,12,16,24,32,48,64")
    ap.add_argument("--repeats", type=int, default=7)
    args = ap.parse_args()
    if not CORPUS.is_dir():
        raise SystemExit(f"{CORPUS} is not available: this bench needs the team's shared corpus")
    counts = [int(x) for x in args.counts.split(",")]
    credlint = [sys.executable, "-m", "lint", "check", "--quiet", "--exit-zero"]
    env_root = str(ROOT)
    os.environ["PYTHONPATH"] = env_root + os.pathsep + os.environ.get("PYTHONPATH", "")
    with tempfile.TemporaryDirectory(prefix="credlint-workers-") as tmp:
        work = Path(tmp)
        files = [str(p) for p in articles(max(counts))]
        # a cache that holds the compiled patterns (shared/) and no result for the measured files
        template = work / "patterns-only"
        seed = work / "seed.txt"
        seed.write_text("Warm-up headline\n\nThe council met on Monday, the mayor said.\n", encoding="utf-8")
        subprocess.run([*credlint, str(seed), "--cache-dir", str(template), "-j", "1"], cwd=work, check=True,
                       stdout=subprocess.DEVNULL)
        for entry in template.glob("v*/*"):
            if entry.name != "shared":
                shutil.rmtree(entry)
        print("| files | KB | cache | wall `-j 1` (s) | wall `-j 2` (s) | CPU `-j 1` (s) | CPU `-j 2` (s) |")
        print("|---:|---:|---|---:|---:|---:|---:|")
        cpu: dict[tuple[str, int, int], float] = {}
        sizes: dict[int, float] = {}
        for n in counts:
            chosen = files[:n]
            sizes[n] = kb = sum(os.path.getsize(p) for p in chosen) / 1024
            for state in ("off", "patterns"):
                runs: dict[int, list[tuple[float, float]]] = {1: [], 2: []}
                for _ in range(args.repeats):
                    for jobs in (1, 2):
                        if state == "off":
                            extra = ["--no-cache"]
                        else:
                            cache = work / "cache"
                            shutil.rmtree(cache, ignore_errors=True)
                            shutil.copytree(template, cache)
                            extra = ["--cache-dir", str(cache)]
                        runs[jobs].append(timed([*credlint, *chosen, "-j", str(jobs), *extra], work))
                wall = {j: statistics.median(w for w, _ in runs[j]) for j in runs}
                for j in runs:
                    cpu[state, n, j] = statistics.median(c for _, c in runs[j])
                print(f"| {n} | {kb:.0f} | {state} | {wall[1]:.2f} | {wall[2]:.2f} | {cpu[state, n, 1]:.2f} | {cpu[state, n, 2]:.2f} |", flush=True)
        print()
        for state in ("off", "patterns"):
            summarise(state, counts, sizes, cpu)


def _line(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """Least-squares intercept and slope."""
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    return my - slope * mx, slope


def summarise(state: str, counts: list[int], sizes: dict[int, float], cpu: dict[tuple[str, int, int], float]) -> None:
    """Where two workers start to win, from the CPU times (see the module's docstring)."""
    kbs = [sizes[n] for n in counts]
    _, per_kb = _line(kbs, [cpu[state, n, 1] for n in counts])  # CPU seconds per KB, one process
    pool0, pool_per_file = _line([float(n) for n in counts], [(cpu[state, n, 2] - cpu[state, n, 1]) / 2 for n in counts])
    kb_per_file = sum(kbs) / sum(counts)
    gain_per_file = per_kb * kb_per_file / 2 - pool_per_file  # what each file saves in two workers
    files = pool0 / gain_per_file if gain_per_file > 0 else float("inf")
    print(
        f"cache {state}: {per_kb * 1000:.1f} ms of CPU per KB in one process; a pool of two costs "
        f"{pool0 * 1000:.0f} ms + {pool_per_file * 1000:.1f} ms per file on the critical path; "
        f"break-even at {files:.0f} files of {kb_per_file:.1f} KB = {files * kb_per_file:.0f} KB"
    )


if __name__ == "__main__":
    main()
