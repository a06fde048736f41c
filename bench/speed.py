"""Speed and memory of credlint against proselint and defluff, on distinct articles.

    python bench/speed.py             # every corpus, all measurements (about 15 minutes on 2 cores)
    python bench/speed.py --quick     # seeds, dev and 500 articles; fewer repeats
    python bench/speed.py --no-peers  # credlint only

What it measures, all in one run on one machine:

* **Throughput on distinct articles.** Every article under ``../shared/corpus/`` (each corpus,
  then all of them together, about 2,400 files) and ``../shared/seeds``, read from where they
  are: no file is repeated, so no per-text cache (textstat keeps one) flatters a figure. Each
  tool runs as one whole process over the folder, as a user's shell or CI would; the CPU time
  (user + system) of the whole process tree and its wall time give **CPU ms per file** and
  **files/s**, and every row has the ratio of its CPU per file to proselint's on the same
  corpus. credlint runs with 1 job and with all cores, cache off; proselint with a fresh cache
  folder (it keeps results between runs); defluff through its Python API in one process (its
  command line takes one file per process: that is the one-file row).
* **Per article in a warm process.** Each article linted once through ``lint.check_text`` in a
  process that has already linted 100 other corpus articles (rules loaded, patterns compiled,
  lazily built indexes filled): the median CPU ms of the seeds and of 200 corpus articles picked
  evenly, median of the repeats.
* **One-file runs.** The wall time (median of the repeats) of a whole ``credlint check`` of one
  seed article that is edited before each run (the pre-commit case), with the cache on and with
  ``--no-cache``, and of an unchanged file with a warm cache, against ``proselint check`` and
  ``defluff lint`` of the same file.
* **Peak memory** (summed resident memory of the process tree, sampled every 10 ms) at several
  corpus sizes, 1 job and all jobs.
* **The result cache.** The seeds replicated 1,000 times into a temporary folder (the only
  replicated corpus): a cold run, then a run with every file unchanged.

The peers come from the ``peers`` extra (``pip install -e '.[peers]'``, also in ``test``); one
that is not installed is left out with a note. Nothing is downloaded. Results print as a
Markdown table for the README and, with ``--json FILE``, as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BIN = Path(sys.executable).parent
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
DEFLUFF_API = """
import sys, defluff
lexicon = defluff.load_lexicon()
for line in open(sys.argv[1], encoding="utf-8"):
    with open(line.rstrip("\\n"), encoding="utf-8", errors="replace") as fh:
        defluff.detect(fh.read(), lexicon=lexicon)
"""
#: Per-article CPU in a warm process: argv = a file listing warm-up articles, then one of timed ones.
WARM = """
import json, sys, time
import lint
def read(p):
    with open(p, encoding="utf-8") as fh:
        return fh.read()
warm, timed = ([l.rstrip("\\n") for l in open(a, encoding="utf-8") if l.strip()] for a in sys.argv[1:3])
for p in warm:
    lint.check_text(read(p), path=p, config=None)
out = {}
for p in timed:
    text = read(p)
    t = time.process_time()
    lint.check_text(text, path=p, config=None)
    out[p] = (time.process_time() - t) * 1000
print(json.dumps(out))
"""


@dataclass
class Row:
    corpus: str
    tool: str
    files: int
    wall_s: float
    cpu_s: float
    peak_mb: float
    note: str = ""

    @property
    def cpu_ms_per_file(self) -> float:
        return self.cpu_s * 1000 / self.files if self.files else 0.0

    @property
    def files_per_s(self) -> float:
        return self.files / self.wall_s if self.wall_s else 0.0


# -- measuring a process tree -----------------------------------------------------------
def _tree_rss_kb(root_pid: int) -> int:
    """Summed VmRSS of a process and all its descendants (Linux /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/status", encoding="ascii", errors="replace") as fh:
                ppid = vm = 0
                for line in fh:
                    if line.startswith("PPid:"):
                        ppid = int(line.split()[1])
                    elif line.startswith("VmRSS:"):
                        vm = int(line.split()[1])
        except OSError:
            continue
        parents[int(entry.name)] = ppid
        rss[int(entry.name)] = vm
    children: dict[int, list[int]] = {}
    for pid, ppid in parents.items():
        children.setdefault(ppid, []).append(pid)
    total, stack = 0, [root_pid]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack += children.get(pid, [])
    return total


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(
    cmd: list[str], env: dict[str, str] | None = None, sample: bool = True, largest: Callable[[int], int] | None = None
) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (the whole tree, waited-for workers included) and peak summed
    RSS in MB of one command. ``sample=False`` skips the memory sampling (it costs CPU);
    ``largest``, called with the process id at each sample, also samples a figure of the caller's."""
    cpu0, start = _children_cpu(), time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while sample and proc.poll() is None:
        peak = max(peak, _tree_rss_kb(proc.pid))
        if largest is not None:
            largest(proc.pid)
        time.sleep(0.01)
    err = proc.communicate()[1]
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd[:4])}… exited with {proc.returncode}: {err.decode(errors='replace')[-500:]}")
    return seconds, _children_cpu() - cpu0, peak / 1024


def median_run(cmd: list[str], repeats: int, env: dict[str, str] | None = None, before: Callable[[int], None] | None = None) -> tuple[float, float]:
    """Median wall and CPU milliseconds of a whole-process run, after one untimed warm-up
    (the OS file cache). ``before`` runs untimed ahead of every run (to edit the file)."""
    walls, cpus = [], []
    for i in range(-1, repeats):
        if before is not None:
            before(i)
        wall, cpu, _ = measure(cmd, env, sample=False)
        if i >= 0:
            walls.append(wall * 1000)
            cpus.append(cpu * 1000)
    return statistics.median(walls), statistics.median(cpus)


# -- corpora ----------------------------------------------------------------------------
def articles(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)


def corpora(quick: bool) -> list[tuple[str, list[Path]]]:
    """(name, files): the seeds, each corpus, then every corpus article together."""
    out = [("seeds", articles(SHARED / "seeds"))]
    for sub in sorted(p for p in (SHARED / "corpus").iterdir() if p.is_dir()):
        if not quick or sub.name == "dev":
            out.append((sub.name, articles(sub)))
    everything = articles(SHARED / "corpus")
    if quick:
        everything = evenly(everything, 500)
    out.append((f"all corpora ({len(everything):,})", everything))
    return out


def evenly(files: list[Path], n: int) -> list[Path]:
    """``n`` files picked evenly through a sorted list (every corpus represented)."""
    if n >= len(files):
        return files
    step = len(files) / n
    return [files[int(i * step)] for i in range(n)]


def copy_tree(files: list[Path], dest: Path) -> Path:
    """A folder holding a copy of each of ``files`` (distinct articles, one folder per run)."""
    dest.mkdir(parents=True)
    for i, f in enumerate(files):
        shutil.copyfile(f, dest / f"{i:05d}_{f.name}")
    return dest


def replicate(sources: list[Path], n: int, dest: Path) -> None:
    """Copy ``sources`` round-robin into ``n`` files (the cache test only)."""
    for i in range(n):
        src = sources[i % len(sources)]
        folder = dest / f"part{i // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, folder / f"{i:05d}_{src.name}")


# -- tools ------------------------------------------------------------------------------
def credlint_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "lint", "check", *args, "-q", "--exit-zero"]


def credlint_env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("CREDLINT_CACHE_DIR", None)
    # As installed (pip compiles the bytecode), not as a checkout that may never write it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def peer(name: str) -> Path | None:
    exe = BIN / name
    return exe if exe.exists() else shutil.which(name) and Path(shutil.which(name))  # type: ignore[arg-type]


def fresh_home(tmp: Path, tag: str) -> dict[str, str]:
    """An environment whose cache folders are new and empty (proselint caches results)."""
    home = tmp / f"home-{tag}"
    (home / ".cache").mkdir(parents=True, exist_ok=True)
    return {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache")}


def bench_corpus(name: str, files: list[Path], tmp: Path, jobs: int, peers: bool) -> list[Row]:
    folder = copy_tree(files, tmp / f"corpus-{len(list(tmp.iterdir()))}")
    n, rows = len(files), []
    env = credlint_env()
    for j in sorted({1, jobs}):
        wall, cpu, peak = measure(credlint_cmd(str(folder), "--no-cache", "--jobs", str(j)), env)
        rows.append(Row(name, f"credlint, {j} job{'s' if j > 1 else ''}", n, wall, cpu, peak, "cache off"))
    if peers:
        proselint = peer("proselint")
        if proselint is not None:
            wall, cpu, peak = measure([str(proselint), "check", str(folder)], fresh_home(tmp, f"p{len(rows)}{name}"))
            rows.append(Row(name, "proselint", n, wall, cpu, peak, "one process, empty cache"))
        if peer("defluff") is not None:
            listing = tmp / f"files-{folder.name}.txt"
            listing.write_text("\n".join(map(str, files)) + "\n", encoding="utf-8")
            wall, cpu, peak = measure([sys.executable, "-c", DEFLUFF_API, str(listing)])
            rows.append(Row(name, "defluff (Python API)", n, wall, cpu, peak, "one process"))
    shutil.rmtree(folder)
    return rows


def warm_per_article(groups: dict[str, list[Path]], warmup: list[Path], tmp: Path, repeats: int) -> dict[str, float]:
    """Median CPU ms per article, each linted once in a warm process, per group."""
    lists = tmp / "warm"
    lists.mkdir()
    (lists / "warm.txt").write_text("\n".join(map(str, warmup)) + "\n", encoding="utf-8")
    out = {}
    for name, files in groups.items():
        (lists / "timed.txt").write_text("\n".join(map(str, files)) + "\n", encoding="utf-8")
        per_file: dict[str, list[float]] = {}
        for _ in range(repeats):
            proc = subprocess.run(
                [sys.executable, "-c", WARM, str(lists / "warm.txt"), str(lists / "timed.txt")],
                cwd=ROOT, env=credlint_env(), capture_output=True, text=True, check=True,
            )
            for path, ms in json.loads(proc.stdout).items():
                per_file.setdefault(path, []).append(ms)
        out[name] = statistics.median(statistics.median(v) for v in per_file.values())
    return out


def one_file(seed: Path, tmp: Path, repeats: int, peers: bool) -> dict[str, tuple[float, float]]:
    """Median wall and CPU ms of whole-process runs on one article."""
    env = credlint_env()
    edited, text = tmp / f"edited{seed.suffix}", seed.read_text(encoding="utf-8")

    def edit(i: int) -> None:
        edited.write_text(f"{text}\nEdit number {i + 2}.\n", encoding="utf-8")

    out = {
        "credlint, edited file, cache on (pre-commit)": median_run(credlint_cmd(str(edited), "--cache-dir", str(tmp / "c-edit")), repeats, env, edit),
        "credlint, edited file, --no-cache": median_run(credlint_cmd(str(edited), "--no-cache"), repeats, env, edit),
        "credlint, unchanged file, warm cache": median_run(credlint_cmd(str(seed), "--cache-dir", str(tmp / "c-warm")), repeats, env),
        "credlint --version": median_run([sys.executable, "-m", "lint", "--version"], repeats, env),
    }
    if peers and peer("proselint") is not None:
        out["proselint check (edited file)"] = median_run(
            [str(peer("proselint")), "check", str(edited)], repeats, fresh_home(tmp, "one"), edit
        )
    if peers and peer("defluff") is not None:
        out["defluff lint (edited file)"] = median_run([str(peer("defluff")), "lint", str(edited)], repeats, None, edit)
    return out


def cache_test(seeds: list[Path], n: int, tmp: Path, jobs: int) -> list[Row]:
    folder = tmp / "replica"
    replicate(seeds, n, folder)
    cache, env, rows = tmp / "c-replica", credlint_env(), []
    for label, note in (("credlint, cold cache", "every file linted and stored"), ("credlint, warm cache", "nothing changed")):
        wall, cpu, peak = measure(credlint_cmd(str(folder), "--cache-dir", str(cache), "--jobs", str(jobs)), env)
        rows.append(Row(f"seeds ×{n:,} (replica)", f"{label}, {jobs} jobs", n, wall, cpu, peak, note))
    shutil.rmtree(folder)
    return rows


# -- report ---------------------------------------------------------------------------
def table(rows: list[Row]) -> str:
    base = {r.corpus: r.cpu_ms_per_file for r in rows if r.tool == "proselint"}
    out = [
        "| corpus | tool | files | CPU ms/file | × proselint's CPU | files/s | peak MB | note |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        ratio = f"{r.cpu_ms_per_file / base[r.corpus]:.2f}" if base.get(r.corpus) else ""
        out.append(
            f"| {r.corpus} | {r.tool} | {r.files:,} | {r.cpu_ms_per_file:.1f} | {ratio} | {r.files_per_s:,.0f} | {r.peak_mb:.0f} | {r.note} |"
        )
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="seeds, dev and 500 articles; fewer repeats")
    ap.add_argument("--no-peers", action="store_true", help="credlint only")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="the 'all jobs' setting (default: all cores)")
    ap.add_argument("--repeats", type=int, help="runs per one-file figure (default 11; 5 with --quick)")
    ap.add_argument("--replica", type=int, default=1000, help="seed copies for the cache test (default 1000)")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = ap.parse_args()
    seeds = articles(SHARED / "seeds")
    if not seeds or not (SHARED / "corpus").is_dir():
        print(f"error: {SHARED} (seeds and corpus) is needed beside the repository", file=sys.stderr)
        return 2
    repeats = args.repeats or (5 if args.quick else 11)
    peers = not args.no_peers
    started = time.time()
    with tempfile.TemporaryDirectory(prefix="credlint-bench-") as tmp_name:
        tmp = Path(tmp_name)
        rows: list[Row] = []
        groups = corpora(args.quick)
        for name, files in groups:
            print(f"{name}: {len(files)} files", file=sys.stderr)
            rows += bench_corpus(name, files, tmp, args.jobs, peers)
        everything = groups[-1][1]
        memory: list[Row] = []
        for size in (100, 1000):
            if size < len(everything):
                print(f"memory at {size} files", file=sys.stderr)
                memory += [r for r in bench_corpus(f"{size:,} articles", evenly(everything, size), tmp, args.jobs, False)]
        print("warm per-article CPU", file=sys.stderr)
        corpus_sample = evenly(everything, 200)
        # warmed on 100 other articles: lazily built indexes (hyphenation patterns, gazetteers) filled
        others = [p for p in articles(SHARED / "corpus") if p not in set(corpus_sample)]
        warm = warm_per_article(
            {"seed articles": seeds, "corpus articles (200)": corpus_sample},
            evenly(others, 100), tmp, 3 if args.quick else 5,
        )
        print("one-file runs", file=sys.stderr)
        single = one_file(seeds[0], tmp, repeats, peers)
        print("cache test", file=sys.stderr)
        cache_rows = cache_test(seeds, args.replica, tmp, args.jobs)

    print(f"\nMachine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, all jobs = {args.jobs}; "
          f"load average at the end {os.getloadavg()[0]:.1f}; {time.time() - started:.0f} s.\n")
    print(table(rows))
    print("\n| peak memory (whole process tree) | files | 1 job (MB) | all jobs (MB) |\n|---|---:|---:|---:|")
    sizes: dict[int, dict[str, float]] = {}
    for r in memory + [r for r in rows if r.corpus == groups[-1][0] and r.tool.startswith("credlint")]:
        sizes.setdefault(r.files, {})["1" if r.tool.endswith(" 1 job") else "all"] = r.peak_mb
    for n, peak in sorted(sizes.items()):
        print(f"| credlint, cache off | {n:,} | {peak.get('1', 0):.0f} | {peak.get('all', 0):.0f} |")
    print("\n| warm process, one article linted once | median CPU ms |\n|---|---:|")
    for name, ms in warm.items():
        print(f"| {name} | {ms:.1f} |")
    print("\n| one-file run (a seed article) | wall ms | CPU ms |\n|---|---:|---:|")
    for name, (wall, cpu) in single.items():
        print(f"| {name} | {wall:.0f} | {cpu:.0f} |")
    print("\n" + table(cache_rows))
    if args.json:
        payload = {
            "rows": [{**asdict(r), "cpu_ms_per_file": r.cpu_ms_per_file, "files_per_s": r.files_per_s} for r in rows + memory + cache_rows],
            "warm_cpu_ms": warm,
            "one_file_ms": {k: {"wall": w, "cpu": c} for k, (w, c) in single.items()},
        }
        args.json.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
