"""Throughput of `credlint corpus` on a local Dask cluster, 1 and 2 workers, against `credlint check`.

Every article of ../shared/corpus (dev, reuters, disinfo, l2r: about 2,400) is written to one
JSONL file in a temporary folder (``--times K`` repeats the corpus K times under new ids, to see
how time and worker memory grow with the corpus). For each worker count a fresh LocalCluster (one
single-threaded worker process per worker) runs the command's code; the table gives the wall
time of the run (cluster start-up apart), articles per second, the CPU time the workers spent per
article, the cores the run really had (worker CPU time over wall time: on a shared machine, less
than the workers) and the peak resident memory of the largest worker. Partitions are 1 MiB of JSONL in
every run (``--blocksize``), so runs of different sizes differ in the number of partitions only. `credlint check corpus.jsonl` (one
process: JSONL input is read in one stream) is the single-machine reference, and every run's
Parquet results are compared with the 1-worker run's.

    python bench/corpus_scale.py              # 1 and 2 workers on the corpus, and check
    python bench/corpus_scale.py --times 4    # also the corpus four times over, 2 workers
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"


def write_corpus(path: Path, times: int) -> int:
    files = sorted(SHARED.glob("*/*/*.txt"))
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for k in range(times):
            for p in files:
                ident = f"{p.parent.parent.name}/{p.parent.name}/{p.stem}" + (f"#{k}" if k else "")
                fh.write(json.dumps({"id": ident, "text": p.read_text(encoding="utf-8")}) + "\n")
                n += 1
    return n


def _worker_stats() -> tuple[float, float]:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024  # CPU seconds, peak MB (Linux: KiB)


def run_corpus(corpus: Path, out: Path, workers: int, blocksize: int) -> dict[str, float]:
    import contextlib
    import io
    import logging

    from distributed import Client, LocalCluster

    from lint.corpus.command import Selection, run

    t0 = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        start_up = time.perf_counter() - t0
        cpu0 = sum(c for c, _ in client.run(_worker_stats).values())
        t1 = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()) as printed:
            status = run([str(corpus)], str(out), Selection(), scheduler=cluster.scheduler_address, id_field="id", blocksize=blocksize, exit_zero=True, progress=False)
        wall = time.perf_counter() - t1
        stats = client.run(_worker_stats).values()
    if status not in (0, 1):
        sys.exit(f"credlint corpus exited {status}:\n{printed.getvalue()}")
    print(printed.getvalue(), end="", flush=True)  # the command's own summary
    return {"start_up": start_up, "wall": wall, "cpu": sum(c for c, _ in stats) - cpu0, "peak_mb": max(m for _, m in stats)}


def run_check(corpus: Path) -> float:
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "lint", "check", str(corpus), "--jsonl-id-field", "id", "--no-cache", "-q", "--exit-zero"],
        check=True, stdout=subprocess.DEVNULL, cwd=corpus.parent,
    )
    return time.perf_counter() - t


def same_results(a: Path, b: Path) -> bool:
    import pyarrow.parquet as pq

    def rows(out: Path, name: str) -> list[dict]:
        return sorted(pq.read_table(out / name).to_pylist(), key=json.dumps)

    return all(rows(a, n) == rows(b, n) for n in ("articles", "findings"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--times", type=int, default=1, help="also run 2 workers on the corpus repeated this many times")
    ap.add_argument("--no-check", action="store_true", help="skip the credlint check reference")
    ap.add_argument("--blocksize", type=int, default=1 << 20, help="bytes of JSONL per partition, the same for every run (default 1 MiB)")
    args = ap.parse_args()
    if not SHARED.exists():
        sys.exit(f"{SHARED} is missing: this benchmark reads the team's shared corpus")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        n = write_corpus(corpus, 1)
        size = corpus.stat().st_size / 1e6
        print(f"{n} articles, {size:.1f} MB of JSONL; {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}", flush=True)
        if not args.no_check:
            wall = run_check(corpus)
            rows.append((f"{n:,}", "credlint check (one process)", wall, n / wall, None, None, None))
            print(rows[-1], flush=True)
        outs = {}
        for workers in (1, 2):
            outs[workers] = Path(tmp) / f"out-{workers}"
            r = run_corpus(corpus, outs[workers], workers, args.blocksize)
            rows.append((f"{n:,}", f"credlint corpus, {workers} worker{'s' if workers > 1 else ''}", r["wall"], n / r["wall"], 1000 * r["cpu"] / n, r["peak_mb"], r["start_up"]))
            print(rows[-1], flush=True)
        identical = same_results(outs[1], outs[2])
        if args.times > 1:
            big = Path(tmp) / "corpus-x.jsonl"
            m = write_corpus(big, args.times)
            r = run_corpus(big, Path(tmp) / "out-x", 2, args.blocksize)
            rows.append((f"{m:,} (×{args.times})", "credlint corpus, 2 workers", r["wall"], m / r["wall"], 1000 * r["cpu"] / m, r["peak_mb"], r["start_up"]))
            print(rows[-1], flush=True)
    print()
    # cores had: the workers' CPU time over the wall time, what the machine really gave the run
    print("| articles | run | wall (s) | articles/s | worker CPU ms/article | cores had | peak worker memory (MB) | cluster start-up (s) |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for arts, what, wall, rate, cpu, mem, start in rows:
        fmt = lambda v, spec: "" if v is None else format(v, spec)  # noqa: E731
        had = None if cpu is None else cpu * rate / 1000
        print(f"| {arts} | {what} | {wall:.1f} | {rate:.0f} | {fmt(cpu, '.1f')} | {fmt(had, '.2f')} | {fmt(mem, '.0f')} | {fmt(start, '.1f')} |")
    print(f"\n1-worker and 2-worker results identical: {identical}; load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
