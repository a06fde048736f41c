"""Time and peak memory of one credlint run against the size of one file, 10 KB to the limit.

    python bench/robustness.py                  # 10 KB, 100 KB, 1 MB, 2 MB (the default limit)
    python bench/robustness.py --sizes 10K,1M   # fewer sizes
    python bench/robustness.py --startup        # also the cold start with and without a cache

Every file is generated in a temporary folder (never in the repository) in one of
these shapes, from sentences written for this script:

* ``article``: paragraphs of ordinary news sentences (a very long article);
* ``one-line``: the same sentences on a single line (a scraped page without breaks);
* ``white-space``: a headline, then nothing but spaces and tabs, then one sentence;
* ``blank-lines``: lines of spaces, one after another;
* ``page``: a saved HTML page: a large inline script, a JSON blob and 5,000 nested
  divs around a short article (the ``html`` extra must be installed);
* ``jsonl``: one-line JSON articles, one per line.

Each run is a whole ``credlint check FILE --no-cache`` process; the time is the wall
clock, the memory the peak resident set of that process (``getrusage`` of a
one-child wrapper); the CPU time (user + system) is given too, because the wall clock
of a shared machine also measures the other processes on it. Results print as a Markdown table; a run that needs longer than
``--timeout`` seconds is shown as such (a hang is a bug). ``--startup`` times a
one-file run with the cache off, with the file unchanged (a result from the cache)
and with the file edited before each run, the median of 11.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = [
    "The harbour authority said on Monday that the north pier would stay closed until engineers finish their survey.",
    "Ferry services to the islands will run from the south quay, a spokeswoman for the operator said.",
    "Councillors voted 14 to 9 to release emergency funds for the repairs, according to the minutes of the meeting.",
    "Fishing crews said the closure had cost them two days of landings in the busiest week of the season.",
    "The survey is expected to take three weeks, the authority said in a statement.",
    "Storm damage along the coast was the worst since 2014, when the sea wall at the old town was breached.",
]
_CHILD = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "try:\n"
    "    code = subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=float(sys.argv[1])).returncode\n"
    "except subprocess.TimeoutExpired:\n"
    "    code = 'timeout'\n"
    "r = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(time.perf_counter() - t, r.ru_utime + r.ru_stime, r.ru_maxrss, code)\n"
)


def parse_size(text: str) -> int:
    units = {"K": 1024, "M": 1024**2, "G": 1024**3}
    return int(float(text[:-1]) * units[text[-1].upper()]) if text[-1].upper() in units else int(text)


def human(n: int) -> str:
    return f"{n // 1024**2} MB" if n >= 1024**2 else f"{n // 1024} KB"


def _prose(size: int, sep: str) -> str:
    out, n, i = [], 0, 0
    while n < size:
        s = SENTENCES[i % len(SENTENCES)].replace("Monday", f"day {i}")
        out.append(s)
        n += len(s) + 1
        i += 1
        if sep == "\n\n" and i % 4 == 0:
            out.append("\n\n")
    return "".join(x if x == "\n\n" else x + " " for x in out)


def make(shape: str, size: int) -> tuple[str, str]:
    """(file name, content) of at most ``size`` bytes (a JSON Lines corpus ends on a whole line)."""
    name, content = _make(shape, size)
    content = content.encode("utf-8")[:size].decode("utf-8", "ignore")
    if name.endswith(".jsonl"):
        content = content[: content.rfind("\n") + 1]
    return name, content


def _make(shape: str, size: int) -> tuple[str, str]:
    if shape == "article":
        return "article.txt", "Harbour pier closed after storm\n\n" + _prose(size, "\n\n")
    if shape == "one-line":
        return "one-line.txt", "Harbour pier closed after storm\n\n" + _prose(size, " ")
    if shape == "white-space":
        return "white-space.txt", "Title\n\n" + " \t" * (size // 2) + "x said."
    if shape == "blank-lines":
        return "blank-lines.txt", "Title\n\n" + " \n" * (size // 2) + "x said."
    if shape == "page":
        blob = json.dumps({"props": {"items": [{"id": i, "text": "word " * 8} for i in range(size // 80)]}})
        script = "var x = 1;" * (size // 30)
        body = "<div>" * 5000 + "<h1>Harbour pier closed</h1><p>" + SENTENCES[0] + "</p><p>" + SENTENCES[1] + "</p>" + "</div>" * 5000
        page = f"<!doctype html><html><head><script>{script}</script></head><body><article>{body}</article>"
        page += f'<script id="__NEXT_DATA__" type="application/json">{blob}</script></body></html>'
        return "page.html", page
    if shape == "jsonl":
        article = json.dumps({"text": "Harbour pier closed\n\n" + " ".join(SENTENCES)}) + "\n"
        return "corpus.jsonl", article * max(1, size // len(article))
    raise SystemExit(f"unknown shape {shape}")


def measure(cmd: list[str], timeout: float) -> tuple[float, float, float, str]:
    """Wall-clock seconds, CPU seconds, peak memory (MB) and exit code of one process."""
    out = subprocess.run([sys.executable, "-c", _CHILD, str(timeout), *cmd], capture_output=True, text=True, check=True)
    seconds, cpu, kb, code = out.stdout.split()
    return float(seconds), float(cpu), int(kb) / 1024, code


def credlint(*args: str) -> list[str]:
    return [sys.executable, "-m", "lint", *args]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10K,100K,1M,2M")
    ap.add_argument("--shapes", default="article,one-line,white-space,blank-lines,page,jsonl")
    ap.add_argument("--timeout", type=float, default=900)
    ap.add_argument("--startup", action="store_true")
    args = ap.parse_args()
    env_path = os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    os.environ["PYTHONPATH"] = env_path
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    print("| shape | size | wall-clock s | CPU s | peak memory (MB) | exit |")
    print("|---|---:|---:|---:|---:|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for shape in args.shapes.split(","):
            for size in sizes:
                name, content = make(shape, size)
                path = Path(tmp) / name
                path.write_text(content, encoding="utf-8")
                seconds, cpu, mb, code = measure(credlint("check", str(path), "--no-cache", "-q", "-j", "1"), args.timeout)
                print(f"| {shape} | {human(size)} | {seconds:.2f} | {cpu:.2f} | {mb:.0f} | {code} |", flush=True)
                path.unlink()
        if args.startup:
            startup(Path(tmp))


def startup(tmp: Path) -> None:
    """Cold start of a one-file run (median of 11): cache off, unchanged file, edited file."""
    story = tmp / "story.txt"
    story.write_text("Harbour pier closed after storm\n\n" + " ".join(SENTENCES) + "\n", encoding="utf-8")
    cache = tmp / "cache"
    rows = []
    for label, before, extra in (
        ("cache off", None, ["--no-cache"]),
        ("file unchanged (result from the cache)", None, ["--cache-dir", str(cache)]),
        ("file edited before each run, cache on", "edit", ["--cache-dir", str(cache)]),
    ):
        times, cpus = [], []
        for i in range(12):
            if before == "edit":
                story.write_text(story.read_text(encoding="utf-8") + f"Line {i}.\n", encoding="utf-8")
            seconds, cpu, _, _ = measure(credlint("check", str(story), "-q", *extra), 120)
            if i:  # the first run fills the cache
                times.append(seconds)
                cpus.append(cpu)
        rows.append((label, statistics.median(times) * 1000, statistics.median(cpus) * 1000))
    print("\n| single-file cold start (median of 11) | wall-clock ms | CPU ms |\n|---|---:|---:|")
    for label, ms, cpu_ms in rows:
        print(f"| {label} | {ms:.0f} | {cpu_ms:.0f} |")


if __name__ == "__main__":
    main()
