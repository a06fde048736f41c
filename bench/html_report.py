"""How the HTML report copes with a large run: its size, the cost of writing it, and how
quickly headless Chromium opens it and moves around in it.

    python bench/html_report.py               # 2,000 articles (the dev corpus x10)
    python bench/html_report.py --files 500   # another size

The development corpus (``../shared/corpus/dev``) is replicated into a temporary folder.
credlint lints it once with ``--format json`` and once with ``--format html`` (cache off,
all cores), and the script reports both wall times and the report sizes. The HTML report
is then opened in Chromium (``/usr/bin/chromium`` driven by Playwright, every request
outside the file refused) and the script times, as medians of a few runs measured inside
the page: the load until the page is interactive, opening an article, going back to the
index (the first time, and again after another article), sorting the file list and
filtering it by category; it also counts the DOM elements of the index. Prints a Markdown table for the README.
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
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
# Time from a navigation until the script marked the page ready, and in-page timings of
# one action each, measured after the next two animation frames (the page is painted).
PAINTED = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))))"
# a hash change is handled by the page's listener first, then by this one
NAVIGATE = """() => new Promise(r => { const t0 = performance.now();
  addEventListener('hashchange', () => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now() - t0))), {once: true});
  location.hash = '%s'; })"""
SYNC = """() => new Promise(r => { const t0 = performance.now(); %s;
  requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now() - t0))); })"""


KEYS = ("load", "open article", "back to index", "open another article", "back to index again", "sort", "filter")


def replicate(dest: Path, n: int) -> None:
    sources = sorted(CORPUS.rglob("*.txt"))
    for k in range(n):
        src = sources[k % len(sources)]
        folder = dest / f"copy{k // len(sources):02d}"
        folder.mkdir(exist_ok=True)
        shutil.copy(src, folder / src.name)


def lint(folder: Path, fmt: str, out: Path) -> float:
    credlint = Path(sys.executable).with_name("credlint")
    start = time.perf_counter()
    subprocess.run([str(credlint), "check", str(folder), "--format", fmt, "-o", str(out), "--no-cache", "--exit-zero"], check=True)
    return time.perf_counter() - start


def browse(report: Path, repeats: int) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    url = report.resolve().as_uri()
    timings: dict[str, list[float]] = {k: [] for k in KEYS}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
        for _ in range(repeats):
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.route("**/*", lambda route: route.continue_() if route.request.url.split("#")[0] == url else route.abort())
            page.goto(url)
            page.wait_for_selector("html[data-ready]")
            timings["load"].append(page.evaluate(PAINTED))

            def action(name: str, js: str) -> None:
                timings[name].append(page.evaluate(js))

            action("open article", NAVIGATE % "#f/7")
            action("back to index", NAVIGATE % "")
            action("open another article", NAVIGATE % "#f/8")
            action("back to index again", NAVIGATE % "")
            action("sort", SYNC % "document.querySelector('th button[data-sort=errors]').click()")
            action("filter", SYNC % "const s = document.getElementById('f-cat'); s.value = s.options[1].value; "
                   "s.dispatchEvent(new Event('change', {bubbles: true}))")
            elements = page.evaluate("document.getElementsByTagName('*').length")
            page.close()
        browser.close()
    out = {k: statistics.median(v) for k, v in timings.items()}
    out["elements"] = elements
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"{CORPUS} is missing (the shared/ folder sits beside the checkout)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        replicate(folder, args.files)
        t_json = lint(folder, "json", Path(tmp) / "r.json")
        t_html = lint(folder, "html", Path(tmp) / "r.html")
        size_json = os.path.getsize(Path(tmp) / "r.json")
        size_html = os.path.getsize(Path(tmp) / "r.html")
        page = browse(Path(tmp) / "r.html", args.repeats)
    print(f"| {args.files:,} articles | value |\n|---|---:|")
    print(f"| `credlint check --format json`, wall time | {t_json:.1f} s |")
    print(f"| `credlint check --format html`, wall time | {t_html:.1f} s |")
    print(f"| report size, JSON / HTML | {size_json / 1e6:.1f} / {size_html / 1e6:.1f} MB |")
    print(f"| elements in the index page | {page['elements']:,} |")
    for key in KEYS:
        print(f"| Chromium: {key} (median of {args.repeats}) | {page[key]:.0f} ms |")


if __name__ == "__main__":
    main()
