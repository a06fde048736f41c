"""CPU milliseconds per file in a warm process: the cost of the rules themselves.

    python bench/per_file.py                    # the seeds and ../shared/corpus/dev
    python bench/per_file.py --rounds 5 DIR...  # other folders, more rounds
    python bench/per_file.py --profile FILE     # cProfile one file (warm) and count regex calls

Every file is read and turned into a fresh :class:`~lint.document.Document` in each round, and
textstat's per-text caches are emptied before each file, so no round reuses another's work
(``bench/speed.py``'s replicated corpus lets textstat skip readability for every copy but the
first). One warm-up round runs first, so compiling the patterns and loading the rule packs are
not counted; start-up is ``bench/speed.py``'s measure. The figure is the median over rounds of
the process CPU time (``time.process_time``) of linting every file once, divided by the files.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".text"}


def _settings():  # noqa: ANN202 - lint types are imported late, after sys.path is set
    from lint.config import Config
    from lint.context import Context
    from lint.engine import LintSettings
    from lint.rulepack import load_packs
    from lint.selection import resolve

    cfg = Config()  # the defaults a run without a config file uses
    rules = resolve(load_packs([]), select=cfg.select, ignore=cfg.ignore, extend_select=cfg.extend_select)
    return LintSettings(rules=tuple(rules), context=Context(as_of=date(2026, 11, 27)), with_metrics=True)


def _clear_textstat() -> None:
    """Empty every functools cache in textstat's modules (they are keyed by the text)."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("textstat"):
            continue
        for value in vars(module).values():
            clear = getattr(value, "cache_clear", None)
            if callable(clear):
                clear()


def _files(folders: list[Path]) -> list[tuple[str, bytes]]:
    out = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix.lower() in SUFFIXES and path.name != "README.md":
                out.append((str(path), path.read_bytes()))
    return out


def _lint_all(files: list[tuple[str, bytes]], settings) -> float:  # noqa: ANN001
    from lint.engine import lint_document
    from lint.loader import make_document

    spent = 0.0
    for path, data in files:
        _clear_textstat()
        t0 = time.process_time()
        lint_document(make_document(path, data), settings)
        spent += time.process_time() - t0
    return spent


def measure(folder: Path, rounds: int) -> tuple[int, float]:
    settings = _settings()
    files = _files([folder])
    _lint_all(files, settings)  # warm-up: packs, patterns, gazetteers
    times = [_lint_all(files, settings) for _ in range(rounds)]
    return len(files), statistics.median(times) * 1000 / max(len(files), 1)


def profile(path: Path) -> None:
    import regex

    from lint.engine import lint_document
    from lint.loader import make_document

    settings = _settings()
    data = path.read_bytes()
    lint_document(make_document(str(path), data), settings)
    _clear_textstat()
    profiler = cProfile.Profile()
    profiler.enable()
    lint_document(make_document(str(path), data), settings)
    profiler.disable()
    stats = pstats.Stats(profiler)
    calls = 0
    for (filename, _, func), (_, ncalls, *_rest) in stats.stats.items():  # type: ignore[attr-defined]
        if filename == "~" and any(f"'{m}' of '_regex.Pattern'" in func or f"'{m}' of 're.Pattern'" in func
                                   for m in ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")):
            calls += ncalls
    print(f"regex calls on {path.name}: {calls} (regex {regex.__version__})")
    stats.sort_stats("cumulative").print_stats(40)


def main() -> None:
    sys.path.insert(0, str(ROOT))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    if args.profile:
        profile(args.profile)
        return
    folders = args.folders or [SHARED / "seeds", SHARED / "corpus" / "dev"]
    missing = [f for f in folders if not f.is_dir()]
    if missing:
        sys.exit(f"per_file: no such folder: {', '.join(map(str, missing))}")
    print("| corpus | files | CPU ms per file |\n|---|---:|---:|")
    for folder in folders:
        n, ms = measure(folder, args.rounds)
        print(f"| {folder.name} | {n} | {ms:.2f} |")


if __name__ == "__main__":
    main()
