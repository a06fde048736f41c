"""Start-up of a one-file run: credlint against proselint, in the same run, best of N.

    python bench/startup.py                 # a seed article, 15 rounds
    python bench/startup.py --rounds 31 --file path/to/article.md
    python bench/startup.py --baseline /tmp/main-export  # the same runs of another copy of the code

Each round runs every command once, in turn (so a burst of load from other processes falls on
all of them alike), on a copy of the article that is edited before each run (the pre-commit
case): ``credlint check`` with the cache on and with ``--no-cache``, an unchanged file with a
warm cache, ``credlint --version`` and ``proselint check`` (with a fresh cache folder, as
``bench/speed.py`` runs it). It prints, per command, the **best** and the median wall-clock and
CPU milliseconds (user + system of the process) and the peak resident memory. The best of N is
the figure to compare on a shared machine: other sessions can only add time to a run.

Run ``python -m compileall -q lint`` and ``python -m lint.prebuild`` first, or the figures
include compiling credlint's modules and its prebuilt store (the first run after an install).
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
SEEDS = ROOT.parent / "shared" / "seeds"
BIN = Path(sys.executable).parent


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall ms, CPU ms and peak RSS (MB) of one process (``wait4``: its own usage only)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read() if proc.stderr else b""
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd[:4])}… exited with {proc.returncode}: {err.decode(errors='replace')[-500:]}")
    return wall, (usage.ru_utime + usage.ru_stime) * 1000, usage.ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--file", type=Path, help="the article (default: the first seed)")
    ap.add_argument("--no-peers", action="store_true", help="credlint only")
    ap.add_argument("--baseline", type=Path, help="another copy of credlint's code (e.g. main, exported) run in the same rounds")
    args = ap.parse_args()
    source = args.file or next(iter(sorted(SEEDS.glob("*.txt"))), None)
    if source is None or not source.is_file():
        print("startup.py: no article to run on (pass --file)", file=sys.stderr)
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="credlint-startup-"))
    try:
        text = source.read_text(encoding="utf-8")
        edited, unchanged = tmp / f"edited{source.suffix}", tmp / f"unchanged{source.suffix}"
        unchanged.write_text(text, encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp / "home"), "XDG_CACHE_HOME": str(tmp / "home" / ".cache")}
        env.pop("CREDLINT_CACHE_DIR", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: pip writes the bytecode
        credlint = [sys.executable, "-m", "lint"]
        envs: dict[str, dict[str, str]] = {}
        commands = {
            "credlint check, edited file, cache on": [*credlint, "check", str(edited), "--cache-dir", str(tmp / "c-edit"), "-q", "--exit-zero"],
            "credlint check, edited file, --no-cache": [*credlint, "check", str(edited), "--no-cache", "-q", "--exit-zero"],
            "credlint check, unchanged file, warm cache": [*credlint, "check", str(unchanged), "--cache-dir", str(tmp / "c-warm"), "-q", "--exit-zero"],
            "credlint --version": [*credlint, "--version"],
        }
        if args.baseline is not None:
            base_env = {**env, "PYTHONPATH": str(args.baseline.resolve())}
            for name, cmd in list(commands.items()):
                commands[f"{name} (baseline)"] = cmd
                envs[f"{name} (baseline)"] = base_env
        proselint = BIN / "proselint" if (BIN / "proselint").exists() else shutil.which("proselint")
        if proselint and not args.no_peers:
            commands["proselint check, edited file"] = [str(proselint), "check", str(edited)]
        figures: dict[str, list[tuple[float, float, float]]] = {name: [] for name in commands}
        for i in range(-1, args.rounds):  # round -1 warms the OS file cache and the result cache
            for name, cmd in commands.items():
                edited.write_text(f"{text}\nEdit number {i + 2} of {name}.\n", encoding="utf-8")
                figure = run_once(cmd, envs.get(name, env))
                if i >= 0:
                    figures[name].append(figure)
        load = os.getloadavg()
        print(f"{source.name}, {args.rounds} rounds, load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
        print("\n| one-file run | best wall ms | best CPU ms | median wall ms | median CPU ms | peak MB |\n|---|---:|---:|---:|---:|---:|")
        for name, runs in figures.items():
            walls, cpus, rss = zip(*runs)
            print(f"| {name} | {min(walls):.0f} | {min(cpus):.0f} | {statistics.median(walls):.0f} | {statistics.median(cpus):.0f} | {max(rss):.0f} |")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
