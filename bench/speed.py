"""Speed and memory of credlint against the linters a user would pick instead.

    python bench/speed.py            # full run: seeds x1,000 files, dev corpus x10,000 files
    python bench/speed.py --quick    # a few minutes less: 200 and 1,000 files, fewer repeats
    python bench/speed.py --no-peers # credlint only (no network needed)

The corpora are replicated into a temporary folder at run time (never into the
repository) from ``../shared`` beside the checkout. For every corpus the script
times whole processes, as a user's shell or CI would, and samples the summed
resident memory of the whole process tree (workers included) every 10 ms:

* credlint with 1 job and with all cores, cache off (``--no-cache``), with the
  full current rule set; and once more with a warm cache (every file unchanged);
* proselint, one process over the folder;
* defluff (a deterministic prose linter), whose command line takes one file per
  process (timed on a sample of files, sequentially and with one process per
  core), and its Python API (``defluff.detect``) over every file in one process.

Peers are installed from PyPI with pip into a throwaway virtual environment in
the temporary folder. Single-file cold start is the median of several runs of
each tool on one seed article; for credlint with the cache off, with the file
unchanged since the last run (warm cache), and with the file edited before each
run while the cache holds earlier runs (the pre-commit case). Results print as a Markdown table (paste it into
the README) and, with ``--json FILE``, as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import venv
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PEERS = ("proselint", "defluff")
DEFLUFF_API = """
import sys, defluff
lexicon = defluff.load_lexicon()
for line in open(sys.argv[1], encoding="utf-8"):
    with open(line.rstrip("\\n"), encoding="utf-8", errors="replace") as fh:
        defluff.detect(fh.read(), lexicon=lexicon)
"""


@dataclass
class Row:
    tool: str
    corpus: str
    files: int
    mb: float
    seconds: float
    peak_mb: float
    note: str = ""

    @property
    def files_per_s(self) -> float:
        return self.files / self.seconds if self.seconds else 0.0

    @property
    def mb_per_s(self) -> float:
        return self.mb / self.seconds if self.seconds else 0.0


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
    total, stack = 0, [root_pid]
    children: dict[int, list[int]] = {}
    for pid, ppid in parents.items():
        children.setdefault(ppid, []).append(pid)
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack += children.get(pid, [])
    return total


def measure(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak summed RSS (MB) of one command and its children."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss_kb(proc.pid))
        time.sleep(0.01)
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd[:4])}… exited with {proc.returncode}")
    return seconds, peak / 1024


def measure_parallel(cmds: list[list[str]], cwd: Path, jobs: int) -> tuple[float, float]:
    """Run many one-file commands with ``jobs`` at a time; wall seconds and the peak of any one."""
    queue = list(reversed(cmds))
    lock = threading.Lock()
    peaks: list[float] = []

    def worker() -> None:
        while True:
            with lock:
                if not queue:
                    return
                cmd = queue.pop()
            peaks.append(measure(cmd, cwd)[1])

    start = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start, max(peaks) * jobs


def cold_start(
    cmd: list[str], cwd: Path, repeats: int, env: dict[str, str] | None = None, before: Callable[[int], None] | None = None
) -> float:
    """Median wall milliseconds of a whole-process run (after one warm-up for the OS cache).

    ``before`` runs, untimed, ahead of the warm-up and of every timed run (to edit the file)."""
    if before is not None:
        before(-1)
    measure(cmd, cwd, env)
    times = []
    for i in range(repeats):
        if before is not None:
            before(i)
        t = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


# -- corpora ----------------------------------------------------------------------------
def replicate(sources: list[Path], n: int, dest: Path) -> tuple[int, float]:
    """Copy ``sources`` round-robin into ``n`` files (1,000 per sub-folder)."""
    total = 0
    for i in range(n):
        src = sources[i % len(sources)]
        folder = dest / f"part{i // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{i:05d}_{src.name}"
        shutil.copyfile(src, target)
        total += target.stat().st_size
    return n, total / 1_000_000


def dev_articles() -> list[Path]:
    dev = SHARED / "corpus" / "dev"
    return sorted(p for sub in ("credible", "lowcred") for p in (dev / sub).glob("*") if p.is_file())


# -- tools ------------------------------------------------------------------------------
def credlint_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "lint", "check", *args, "--exit-zero"]


def credlint_env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("CREDLINT_CACHE_DIR", None)
    # As installed (pip compiles the bytecode), not as a checkout that may never write it:
    # without bytecode every process would compile credlint's modules from source.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def install_peers(where: Path) -> Path:
    """A throwaway venv with the peers from PyPI; returns its bin folder."""
    print(f"installing {', '.join(PEERS)} into a throwaway venv…", file=sys.stderr)
    venv.create(where, with_pip=True)
    bin_dir = where / "bin"
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check", *PEERS],
        check=True, stdout=subprocess.DEVNULL,
    )
    return bin_dir


def bench_corpus(
    name: str, folder: Path, files: list[Path], mb: float, tmp: Path, jobs: int, peers: Path | None, sample: int
) -> list[Row]:
    env = credlint_env()
    n = len(files)
    rows = []
    for j in (1, jobs):
        s, peak = measure(credlint_cmd(str(folder), "-q", "--no-cache", "--jobs", str(j)), tmp, env)
        rows.append(Row(f"credlint --jobs {j}", name, n, mb, s, peak, "cache off"))
    cache = tmp / f"cache-{folder.name}"
    measure(credlint_cmd(str(folder), "-q", "--cache-dir", str(cache), "--jobs", str(jobs)), tmp, env)
    s, peak = measure(credlint_cmd(str(folder), "-q", "--cache-dir", str(cache), "--jobs", str(jobs)), tmp, env)
    rows.append(Row(f"credlint --jobs {jobs}, warm cache", name, n, mb, s, peak, "nothing changed"))
    shutil.rmtree(cache, ignore_errors=True)
    if peers is None:
        return rows
    s, peak = measure([str(peers / "proselint"), "check", str(folder)], tmp)
    rows.append(Row("proselint", name, n, mb, s, peak, "one process"))
    listing = tmp / f"files-{folder.name}.txt"
    listing.write_text("\n".join(map(str, files)) + "\n", encoding="utf-8")
    s, peak = measure([str(peers / "python"), "-c", DEFLUFF_API, str(listing)], tmp)
    rows.append(Row("defluff API", name, n, mb, s, peak, "one process"))
    picked = files[:: max(1, n // sample)][:sample]
    picked_mb = sum(p.stat().st_size for p in picked) / 1_000_000
    cmds = [[str(peers / "defluff"), "lint", str(p)] for p in picked]
    for j in (1, jobs):
        s, peak = measure_parallel(cmds, tmp, j)
        rows.append(Row(f"defluff CLI ×{j}", name, len(picked), picked_mb, s, peak, f"one process per file, {len(picked)}-file sample"))
    return rows


def table(rows: list[Row], base: dict[str, float]) -> str:
    out = [
        "| corpus | tool | files | files/s | MB/s | peak memory (MB) | credlint --jobs all is × faster | note |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        ratio = base[r.corpus] / r.files_per_s if r.files_per_s else float("nan")
        out.append(
            f"| {r.corpus} | {r.tool} | {r.files:,} | {r.files_per_s:,.0f} | {r.mb_per_s:.2f} | {r.peak_mb:.0f} | {ratio:.1f} | {r.note} |"
        )
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="smaller corpora and fewer repeats")
    ap.add_argument("--no-peers", action="store_true", help="benchmark credlint only (no PyPI install)")
    ap.add_argument("--seed-files", type=int, help="seed replicas (default 1000; 200 with --quick)")
    ap.add_argument("--dev-files", type=int, help="dev-corpus replicas (default 10000; 1000 with --quick)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="the 'all jobs' setting (default: all cores)")
    ap.add_argument("--sample", type=int, help="files for one-process-per-file tools (default 100; 30 with --quick)")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = ap.parse_args()
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    dev = dev_articles()
    if not seeds or not dev:
        print(f"error: {SHARED} (seeds and corpus/dev) is needed beside the repository", file=sys.stderr)
        return 2
    n_seed = args.seed_files or (200 if args.quick else 1000)
    n_dev = args.dev_files or (1000 if args.quick else 10000)
    sample = args.sample or (30 if args.quick else 100)
    repeats = 5 if args.quick else 11

    with tempfile.TemporaryDirectory(prefix="credlint-bench-") as tmp_name:
        tmp = Path(tmp_name)
        peers = None if args.no_peers else install_peers(tmp / "peers")
        rows: list[Row] = []
        for name, sources, n in (("seeds", seeds, n_seed), ("dev", dev, n_dev)):
            label = f"{name} ×{n:,}"
            folder = tmp / name
            count, mb = replicate(sources, n, folder)
            files = sorted(folder.rglob("*.txt")) + sorted(folder.rglob("*.md"))
            print(f"{label}: {count} files, {mb:.1f} MB", file=sys.stderr)
            rows += bench_corpus(label, folder, files, mb, tmp, args.jobs, peers, sample)
            shutil.rmtree(folder)
        one = seeds[0]
        env = credlint_env()
        cold = {"credlint (cache off)": cold_start(credlint_cmd(str(one), "--no-cache"), tmp, repeats, env)}
        warm_dir = tmp / "cache-one"
        cold["credlint (warm cache)"] = cold_start(credlint_cmd(str(one), "--cache-dir", str(warm_dir)), tmp, repeats, env)
        # the pre-commit case: the article was just edited, the cache holds the earlier runs
        edited, text = tmp / f"edited{one.suffix}", one.read_text(encoding="utf-8")

        def edit(i: int) -> None:
            edited.write_text(f"{text}\nEdit number {i + 2}.\n", encoding="utf-8")

        edit_cmd = credlint_cmd(str(edited), "--cache-dir", str(tmp / "cache-edit"))
        cold["credlint (edited file, cache on)"] = cold_start(edit_cmd, tmp, repeats, env, before=edit)
        if peers is not None:
            cold["proselint"] = cold_start([str(peers / "proselint"), "check", str(one)], tmp, repeats)
            cold["defluff CLI"] = cold_start([str(peers / "defluff"), "lint", str(one)], tmp, repeats)

    base = {r.corpus: r.files_per_s for r in rows if r.tool == f"credlint --jobs {args.jobs}"}
    print(f"\nMachine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; all jobs = {args.jobs}.\n")
    print(table(rows, base))
    print("\n| single-file cold start | median ms |\n|---|---:|")
    for tool, ms in cold.items():
        print(f"| {tool} | {ms:.0f} |")
    if args.json:
        payload = {
            "rows": [{**asdict(r), "files_per_s": r.files_per_s, "mb_per_s": r.mb_per_s} for r in rows],
            "cold_start_ms": cold,
        }
        args.json.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
