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
files' total size. The break-even is the smallest size at which two workers are
faster than one in both cache states; ``lint/workers.py`` turns it into
``BYTES_PER_WORKER``. Prints a Markdown table for the README.
"""

from __future__ import annotations

import argparse
import os
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


def timed(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


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
        print("| files | KB | cache | `-j 1` (s) | `-j 2` (s) | `-j 2` / `-j 1` |")
        print("|---:|---:|---|---:|---:|---:|")
        for n in counts:
            chosen = files[:n]
            kb = sum(os.path.getsize(p) for p in chosen) / 1024
            for state in ("off", "patterns"):
                times: dict[int, list[float]] = {1: [], 2: []}
                for _ in range(args.repeats):
                    for jobs in (1, 2):
                        if state == "off":
                            extra = ["--no-cache"]
                        else:
                            cache = work / "cache"
                            shutil.rmtree(cache, ignore_errors=True)
                            shutil.copytree(template, cache)
                            extra = ["--cache-dir", str(cache)]
                        times[jobs].append(timed([*credlint, *chosen, "-j", str(jobs), *extra], work))
                one, two = statistics.median(times[1]), statistics.median(times[2])
                print(f"| {n} | {kb:.0f} | {state} | {one:.2f} | {two:.2f} | {two / one:.2f} |", flush=True)


if __name__ == "__main__":
    main()
