"""Where a warm process spends its CPU per article: per rule, per function.

    python bench/profile_warm.py                     # seeds and ../shared/corpus/dev: CPU ms per article
    python bench/profile_warm.py --rules             # ... and the CPU ms of each rule, per group
    python bench/profile_warm.py --profile --top 40  # ... and cProfile of the timed articles (tottime, cumulative)
    python bench/profile_warm.py --rounds 3 DIR...   # other folders; best of 3 rounds

It measures what ``bench/speed.py`` calls "warm process, CPU ms per article": one process
lints articles through the Python API (``lint.check_text``, the built-in defaults) after a
warm-up on other articles of ``../shared/corpus`` (patterns compiled, packs read, lazily
built word lists and gazetteers filled), and each timed article is linted once per round,
textstat's per-text caches emptied before it, so no article reuses another's work. The
figure per group is the median over its articles of the best of the rounds
(``time.process_time``).

``--rules`` times every rule's own call (the engine's ``run_kind`` and corpus ``collect``),
plus the metrics; the shared per-document structures (the text index, the people, the time
line) are charged to the first rule that asks for them, so the table also gives the time the
document's analyses took when built on their own (``document``). ``--profile`` runs the
timed articles once more under cProfile and prints the top functions by own time and by
cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

from per_file import ROOT, SHARED, SUFFIXES, _clear_textstat  # bench/per_file.py, beside this script


def _articles(folder: Path) -> list[Path]:
    return [
        p for p in sorted(folder.rglob("*"))
        if p.is_file() and p.suffix.lower() in SUFFIXES and p.name != "README.md"
    ]


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def _lint(path: Path, text: str) -> float:
    import lint

    _clear_textstat()
    t0 = time.process_time()
    lint.check_text(text, path=str(path), config=None)
    return (time.process_time() - t0) * 1000


class RuleTimer:
    """Wraps the engine's per-rule calls and the metrics to add up their CPU per rule."""

    def __init__(self) -> None:
        self.ms: dict[str, float] = defaultdict(float)

    def install(self) -> None:
        import lint.engine as engine
        import lint.metrics as metrics

        run_kind, get_analyzer, measure = engine.run_kind, engine.get_analyzer, metrics.measure
        ms = self.ms

        def timed_run_kind(doc, rule, ctx):  # noqa: ANN001, ANN202
            t0 = time.process_time()
            hits = list(run_kind(doc, rule, ctx))
            ms[rule.code] += (time.process_time() - t0) * 1000
            return hits

        class TimedCollector:
            def __init__(self, analyzer) -> None:  # noqa: ANN001
                self.analyzer = analyzer

            def __getattr__(self, name: str):  # noqa: ANN204 - the cross-file check and the rest
                return getattr(self.analyzer, name)

            def collect(self, doc, rule, ctx):  # noqa: ANN001, ANN202
                t0 = time.process_time()
                out = self.analyzer.collect(doc, rule, ctx)
                ms[rule.code] += (time.process_time() - t0) * 1000
                return out

        def timed_get_analyzer(name, corpus=False):  # noqa: ANN001, ANN202
            analyzer = get_analyzer(name, corpus=corpus)
            return TimedCollector(analyzer) if corpus else analyzer

        def timed_measure(doc):  # noqa: ANN001, ANN202
            t0 = time.process_time()
            out = measure(doc)
            ms["metrics"] += (time.process_time() - t0) * 1000
            return out

        self._originals = (run_kind, get_analyzer, measure)
        engine.run_kind, engine.get_analyzer, metrics.measure = timed_run_kind, timed_get_analyzer, timed_measure

    def uninstall(self) -> None:
        """Put the engine's own calls back (the profile must not time the timer)."""
        import lint.engine as engine
        import lint.metrics as metrics

        if getattr(self, "_originals", None):
            engine.run_kind, engine.get_analyzer, metrics.measure = self._originals


def _document_ms(path: Path, text: str) -> float:
    """CPU ms of the shared analyses alone: load, text index, people, time line."""
    from lint.loader import text_document
    from lint.people import extract_people
    from lint.timeline import extract_timeline

    t0 = time.process_time()
    doc = text_document(str(path), text, None)
    doc.index.lower_index()
    doc.index.letter_positions("")
    extract_people(doc)
    extract_timeline(doc)
    return (time.process_time() - t0) * 1000


def main() -> None:
    sys.path.insert(0, str(ROOT))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=3, help="rounds; each article's best is kept (default 3)")
    parser.add_argument("--limit", type=int, default=200, help="at most this many articles per folder (default 200)")
    parser.add_argument("--warmup", type=int, default=100, help="other corpus articles linted first (default 100)")
    parser.add_argument("--rules", action="store_true", help="time every rule")
    parser.add_argument("--profile", action="store_true", help="cProfile the timed articles")
    parser.add_argument("--top", type=int, default=30, help="functions shown by --profile (default 30)")
    args = parser.parse_args()
    folders = args.folders or [SHARED / "seeds", SHARED / "corpus" / "dev"]
    missing = [f for f in folders if not f.is_dir()]
    if missing:
        sys.exit(f"profile_warm: no such folder: {', '.join(map(str, missing))}")
    groups = {f.name: _articles(f)[: args.limit] for f in folders}
    timed = {p for files in groups.values() for p in files}
    corpus = SHARED / "corpus"
    others = [p for p in _articles(corpus) if p not in timed] if corpus.is_dir() else []
    step = max(len(others) // max(args.warmup, 1), 1)
    texts = {p: _read(p) for p in timed}

    for p in others[::step][: args.warmup]:
        _lint(p, _read(p))
    timer = RuleTimer()
    if args.rules:
        timer.install()

    best: dict[Path, float] = {}
    per_rule: dict[str, dict[str, float]] = {}
    for _ in range(args.rounds):
        for name, files in groups.items():
            timer.ms.clear()
            for p in files:
                ms = _lint(p, texts[p])
                best[p] = min(ms, best.get(p, ms))
            for code, ms in timer.ms.items():
                per_rule.setdefault(code, {}).setdefault(name, 0.0)
                per_rule[code][name] += ms / len(files) / args.rounds
    print("| articles | files | median CPU ms (best of %d) | mean |\n|---|---:|---:|---:|" % args.rounds)
    for name, files in groups.items():
        values = [best[p] for p in files]
        print(f"| {name} | {len(files)} | {statistics.median(values):.2f} | {statistics.fmean(values):.2f} |")

    if args.rules:
        names = list(groups)
        docs = {n: sum(_document_ms(p, texts[p]) for p in files) / len(files) for n, files in groups.items()}
        print("\nper rule, mean CPU ms per article (rounds averaged); the document's shared analyses are charged")
        print("to the first rule that asks for them, and shown alone in the last row")
        print("| rule | " + " | ".join(names) + " |\n|---|" + "---:|" * len(names))
        ranked = sorted(per_rule.items(), key=lambda kv: -kv[1].get(names[0], 0.0))
        for code, by_group in ranked[: args.top]:
            print(f"| {code} | " + " | ".join(f"{by_group.get(n, 0.0):.3f}" for n in names) + " |")
        print("| total of the rules | " + " | ".join(f"{sum(r.get(n, 0.0) for r in per_rule.values()):.2f}" for n in names) + " |")
        print("| (document analyses alone) | " + " | ".join(f"{docs[n]:.2f}" for n in names) + " |")

    if args.profile:
        timer.uninstall()
        profiler = cProfile.Profile()
        for files in groups.values():
            for p in files:
                _clear_textstat()
                profiler.enable()
                import lint

                lint.check_text(texts[p], path=str(p), config=None)
                profiler.disable()
        stats = pstats.Stats(profiler, stream=sys.stdout)
        stats.sort_stats("tottime").print_stats(args.top)
        stats.sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
