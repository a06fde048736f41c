"""Peer bench: credlint against the AI-prose linters slop-guard and defluff, on the same articles.

Usage::

    python bench/peers.py                      # dev, l2r and tests/blind/batch1/filler
    python bench/peers.py CORPUS ... [--top N] [--json FILE]

Each tool reads every article of the corpora, and the bench reports, per corpus and label:

* **verdict**: the share of articles the tool rejects with its own default: credlint a score
  under ``--fail-under`` (80), slop-guard a band other than ``clean`` (score under 80), defluff
  ``is_slop`` at its bundled threshold;
* **stock phrasing**: the share of articles in which the tool marks at least one stock word or
  phrase: credlint a hit of any of its phrase lists (rules of kind ``phrase`` or ``density`` in
  the ``ai-tells`` and ``style`` packs, outside quoted speech, whether or not the density rule
  fires), slop-guard a ``slop_word`` or ``slop_phrase`` violation, defluff any span;
* **the gap**: the words and phrases a peer marks on machine-written articles where no credlint
  list matches, counted per article on the machine-written and the credible side. That table is
  where a lexicon entry would add recall; an entry that is as common on the credible side would
  only add false positives.

A corpus is a folder with ``manifest.tsv`` (``path  label``), or a blind-batch family folder
(``flag-*`` articles count as machine-written, ``ok-*`` as credible). Labels ``lowcred`` and
``flagged`` are the machine-written side. HTML articles are given to the peers as the text that
credlint reads (the extracted article), so every tool sees the same words.

The peers are optional: ``pip install 'credlint[peers]'`` installs both (they are in the test
extra too). A peer that is not installed is left out with a note. Everything runs offline.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tabulate import tabulate  # noqa: E402

from lint.config import DEFAULT_FAIL_UNDER  # noqa: E402
from lint.engine import LintSettings, run  # noqa: E402
from lint.kinds import phrase_matches  # noqa: E402
from lint.loader import load  # noqa: E402
from lint.rulepack import Rule, load_packs  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = (ROOT.parent / "shared" / "corpus" / "dev", ROOT.parent / "shared" / "corpus" / "l2r",
                   ROOT / "tests" / "blind" / "batch1" / "filler")
MACHINE_LABELS = frozenset({"lowcred", "flagged"})
#: Categories whose phrase lists count as credlint's stock-phrasing lexicon.
LEXICON_CATEGORIES = frozenset({"ai-tells", "style"})


@dataclass
class Verdict:
    """What one tool said about one article."""

    rejected: bool
    #: (start, end, lower-cased text) of every stock word or phrase the tool marked.
    spans: list[tuple[int, int, str]] = field(default_factory=list)


def read_corpus(folder: Path) -> list[tuple[str, str]]:
    """(path, label) of every article of a corpus folder or blind-batch family folder."""
    manifest = folder / "manifest.tsv"
    if manifest.is_file():
        rows = [ln.split("\t") for ln in manifest.read_text(encoding="utf-8").splitlines()]
        return [(str(folder / r[0]), r[1]) for r in rows[1:] if len(r) >= 2 and r[0].strip()]
    out = []
    for p in sorted(folder.iterdir()):
        if p.name.startswith("flag-"):
            out.append((str(p), "flagged"))
        elif p.name.startswith("ok-"):
            out.append((str(p), "credible"))
    return out


def lexicon_rules(rules: Sequence[Rule]) -> list[Rule]:
    return [r for r in rules if r.category in LEXICON_CATEGORIES and r.kind in ("phrase", "density")]


def credlint_verdicts(paths: list[str], rules: list[Rule], fail_under: float, jobs: int) -> dict[str, Verdict]:
    """credlint's score verdict and its phrase-list hits (outside quotes) for every article."""
    results = {r.path: r for r in run(paths, LintSettings(rules=tuple(rules)), jobs=jobs)}
    lexicon = lexicon_rules(rules)
    out = {}
    for path in paths:
        res = results.get(path)
        if res is None or res.error:
            continue
        doc = load(path)
        spans = [
            (m.start(), m.end(), m.group().lower())
            for rule in lexicon
            for m in phrase_matches(doc, rule)
            if not doc.in_quote(m.start())
        ]
        out[path] = Verdict(res.score is not None and res.score < fail_under, spans)
    return out


def article_text(path: str) -> str:
    """The words every tool reads: the file itself, or the extracted article of a saved page."""
    doc = load(path)
    return doc.plain if doc.fmt == "html" else doc.text


def slop_guard_tool() -> Callable[[str], Verdict] | None:
    try:
        from slop_guard import analyze_text
    except ImportError:
        return None

    def check(text: str) -> Verdict:
        result = analyze_text(text)
        spans = [
            (v["start"], v["end"], str(v["match"]).lower())
            for v in result["violations"]
            if v.get("rule") in ("slop_word", "slop_phrase")
        ]
        return Verdict(result["band"] != "clean", spans)

    return check


def defluff_tool() -> Callable[[str], Verdict] | None:
    try:
        import defluff
    except ImportError:
        return None

    def check(text: str) -> Verdict:
        report = defluff.detect(text)
        spans = [(s.start, s.end, s.text.lower()) for s in report.spans]
        return Verdict(defluff.is_slop(text), spans)

    return check


def covered(span: tuple[int, int, str], ours: list[tuple[int, int, str]]) -> bool:
    """Whether a credlint phrase hit overlaps a peer's span (the same words, maybe a longer phrase)."""
    return any(s < span[1] and span[0] < e for s, e, _ in ours)


def share(flags: list[bool]) -> str:
    return f"{100 * sum(flags) / len(flags):.0f} %" if flags else "–"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, nargs="*", help="corpus or blind-batch family folders")
    parser.add_argument("--fail-under", type=float, default=DEFAULT_FAIL_UNDER)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--top", type=int, default=40, help="rows of the gap table")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    args = parser.parse_args(argv)
    corpora = [c for c in (args.corpus or DEFAULT_CORPORA) if c.is_dir()]
    if not corpora:
        print("peers: no corpus found (../shared/corpus beside the checkout, or name one)", file=sys.stderr)
        return 2
    peers = {name: tool for name, tool in (("slop-guard", slop_guard_tool()), ("defluff", defluff_tool())) if tool}
    for name in ("slop-guard", "defluff"):
        if name not in peers:
            print(f"note: {name} is not installed (pip install 'credlint[peers]'); left out", file=sys.stderr)
    rules = load_packs()
    tools = ["credlint", *peers]
    rows, report = [], {"corpora": {}, "gap": {}}
    gap_machine: dict[str, Counter[str]] = {name: Counter() for name in peers}
    gap_credible: dict[str, Counter[str]] = {name: Counter() for name in peers}
    for folder in corpora:
        articles = read_corpus(folder)
        verdicts: dict[str, dict[str, Verdict]] = {"credlint": credlint_verdicts([p for p, _ in articles], rules,
                                                                                  args.fail_under, args.jobs)}
        for name, tool in peers.items():
            verdicts[name] = {p: tool(article_text(p)) for p, _ in articles if p in verdicts["credlint"]}
        by_label: dict[str, list[str]] = defaultdict(list)
        for path, label in articles:
            if path in verdicts["credlint"]:
                by_label[label].append(path)
        for label, paths in sorted(by_label.items()):
            machine = label in MACHINE_LABELS
            entry = {}
            for name in tools:
                rejected = [verdicts[name][p].rejected for p in paths]
                phrased = [bool(verdicts[name][p].spans) for p in paths]
                entry[name] = {"verdict": sum(rejected) / len(paths), "stock_phrasing": sum(phrased) / len(paths)}
                rows.append([folder.name, label, len(paths), name, share(rejected), share(phrased)])
            report["corpora"].setdefault(folder.name, {})[label] = entry
            for name in peers:
                for p in paths:
                    ours = verdicts["credlint"][p].spans
                    missed = {text for span in verdicts[name][p].spans if not covered(span, ours) for text in [span[2]]}
                    (gap_machine if machine else gap_credible)[name].update(missed)
    print(f"corpora: {', '.join(c.name for c in corpora)}; credlint {len(rules)} rules, fail-under {args.fail_under:g}")
    print("\n== Share of articles each tool rejects (verdict) and marks stock phrasing in ==")
    print(tabulate(rows, headers=["corpus", "label", "files", "tool", "verdict", "stock phrasing"], tablefmt="github"))
    for name in peers:
        gap = sorted(gap_machine[name].items(), key=lambda kv: (-(kv[1] - gap_credible[name][kv[0]]), kv[0]))
        table = [[text, n, gap_credible[name][text]] for text, n in gap if n >= 2][: args.top]
        report["gap"][name] = {text: {"machine": n, "credible": gap_credible[name][text]} for text, n in gap}
        print(f"\n== {name}: stock words and phrases no credlint list matches (articles) ==")
        print(tabulate(table, headers=["marked", "machine-written", "credible"], tablefmt="github") if table
              else "(none on two or more machine-written articles)")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
