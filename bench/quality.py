"""Calibration bench: how well do the rules and the score separate two labelled halves of a corpus?

Usage::

    python bench/quality.py ../shared/corpus/dev [--fail-under N] [--jobs N] [--seeds DIR]

The corpus folder holds a ``manifest.tsv`` whose first two columns are ``path`` (relative to the
folder) and ``label``. The *reference* label is ``credible`` when present (else the first label
in the file); every other label is compared with it. The bench prints:

* per rule, on how many files of each label it fires (and its hits): a rule that fires on the
  reference half is a precision problem to look at before anything else;
* for the score: ROC AUC (the probability that a reference file scores higher than a file of
  the other label), the median score per label and the share of each label under ``fail-under``;
* the same AUC for the word count, because length alone separates the dev corpus, and two
  checks that the score does not just measure length: its AUC inside word-count bands, and on
  pairs of files whose lengths differ by at most 25 %;
* a sweep of ``fail-under`` values, to choose the default;
* the seeds (``../shared/seeds`` beside the corpus unless ``--seeds`` says otherwise) and which
  of them fall under the threshold.

Everything runs offline with all built-in packs, exactly as ``credlint check`` would.
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tabulate import tabulate  # noqa: E402

from lint.config import DEFAULT_FAIL_UNDER  # noqa: E402
from lint.engine import FileResult, LintSettings, run  # noqa: E402
from lint.rulepack import Rule, load_packs  # noqa: E402

#: Two files count as "of similar length" when the longer is at most this much longer.
PAIR_LENGTH_RATIO = 1.25


def read_manifest(folder: Path) -> list[tuple[str, str]]:
    """(absolute path, label) for every row of the corpus manifest."""
    with open(folder / "manifest.tsv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    if rows and rows[0][:2] == ["path", "label"]:
        rows = rows[1:]
    return [(str(folder / r[0]), r[1]) for r in rows if len(r) >= 2 and r[0].strip()]


def auc(higher: Sequence[float], lower: Sequence[float]) -> float | None:
    """ROC AUC: P(a value of ``higher`` > a value of ``lower``), ties counting one half.

    Computed from ranks (Mann-Whitney U), so it is exact and needs no threshold.
    """
    if not higher or not lower:
        return None
    pooled = sorted([(v, 0) for v in higher] + [(v, 1) for v in lower])
    ranks: dict[float, float] = {}
    i = 0
    while i < len(pooled):
        j = i
        while j < len(pooled) and pooled[j][0] == pooled[i][0]:
            j += 1
        ranks[pooled[i][0]] = (i + j + 1) / 2  # mean of 1-based ranks i+1..j
        i = j
    rank_sum = sum(ranks[v] for v in higher)
    n1, n2 = len(higher), len(lower)
    return (rank_sum - n1 * (n1 + 1) / 2) / (n1 * n2)


def paired_auc(ref: Sequence[tuple[float, float]], other: Sequence[tuple[float, float]]) -> tuple[float | None, int]:
    """AUC over (reference, other) pairs of similar word count only: (score, words) tuples."""
    wins, pairs = 0.0, 0
    for s1, w1 in ref:
        for s2, w2 in other:
            if max(w1, w2) <= PAIR_LENGTH_RATIO * min(w1, w2):
                pairs += 1
                wins += 1.0 if s1 > s2 else 0.5 if s1 == s2 else 0.0
    return (wins / pairs if pairs else None), pairs


def fmt(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def pct(n: int, total: int) -> str:
    return f"{n} ({100 * n / total:.0f} %)" if total else "0"


def rule_table(rules: Iterable[Rule], results: dict[str, list[FileResult]], labels: list[str]) -> str:
    """Files (and hits) per label for every rule, the rules that fire most on the reference first."""
    files: dict[str, Counter[str]] = defaultdict(Counter)
    hits: dict[str, Counter[str]] = defaultdict(Counter)
    for label in labels:
        for r in results[label]:
            codes = Counter(f.code for f in r.findings)
            for code, n in codes.items():
                files[code][label] += 1
                hits[code][label] += n
    rows = []
    for rule in rules:
        row = [rule.code, rule.name, rule.severity, f"{rule.weight:g}"]
        for label in labels:
            row.append(f"{pct(files[rule.code][label], len(results[label]))} / {hits[rule.code][label]}")
        rows.append(row)
    rows.sort(key=lambda row: row[0])
    headers = ["code", "name", "severity", "weight", *[f"{lab}: files / hits" for lab in labels]]
    return tabulate(rows, headers=headers, tablefmt="simple")


def words_of(r: FileResult) -> float:
    return float(r.metrics.get("words") or 0)


def score_section(results: dict[str, list[FileResult]], ref: str, others: list[str], fail_under: float) -> str:
    lines = []
    rows = []
    for label in [ref, *others]:
        scores = [r.score for r in results[label] if r.score is not None]
        below = sum(1 for s in scores if s < fail_under)
        rows.append(
            [label, len(scores), fmt(statistics.median(scores), 1), fmt(statistics.mean(scores), 1), pct(below, len(scores)),
             fmt(statistics.median([words_of(r) for r in results[label]]), 0)]
        )
    lines.append(tabulate(rows, headers=["label", "files", "median score", "mean score", f"below {fail_under:g}", "median words"]))
    lines.append("")
    ref_scores = [r.score or 0.0 for r in results[ref]]
    ref_words = [words_of(r) for r in results[ref]]
    rows = []
    for label in others:
        o_scores = [r.score or 0.0 for r in results[label]]
        o_words = [words_of(r) for r in results[label]]
        pair, n_pairs = paired_auc(list(zip(ref_scores, ref_words)), list(zip(o_scores, o_words)))
        rows.append(
            [f"{ref} vs {label}", fmt(auc(ref_scores, o_scores)), fmt(auc(ref_words, o_words)), f"{fmt(pair)} ({n_pairs} pairs)"]
        )
    lines.append(tabulate(rows, headers=["comparison", "score AUC", "word-count AUC", "score AUC, similar length"]))
    lines.append("")
    lines.append(band_table(results, ref, others))
    return "\n".join(lines)


def band_table(results: dict[str, list[FileResult]], ref: str, others: list[str]) -> str:
    """Score AUC inside word-count terciles of the pooled corpus: length held (roughly) constant."""
    pooled = sorted(words_of(r) for label in [ref, *others] for r in results[label])
    cuts = [pooled[len(pooled) // 3], pooled[2 * len(pooled) // 3]]
    bands = [(0.0, cuts[0]), (cuts[0], cuts[1]), (cuts[1], float("inf"))]
    rows = []
    for low, high in bands:
        name = f"{low:.0f}–{high:.0f} words" if high != float("inf") else f"≥ {low:.0f} words"
        ref_in = [r.score or 0.0 for r in results[ref] if low <= words_of(r) < high]
        row = [name, len(ref_in)]
        for label in others:
            o_in = [r.score or 0.0 for r in results[label] if low <= words_of(r) < high]
            row += [len(o_in), fmt(auc(ref_in, o_in))]
        rows.append(row)
    headers = ["word-count band", ref]
    for label in others:
        headers += [label, "score AUC"]
    return tabulate(rows, headers=headers)


def sweep(results: dict[str, list[FileResult]], seeds: list[FileResult], labels: list[str]) -> str:
    """Share of each label (and of the seeds) under candidate fail-under values."""
    rows = []
    for threshold in range(50, 100, 5):
        row: list[str | int] = [threshold]
        for label in labels:
            scores = [r.score for r in results[label] if r.score is not None]
            row.append(pct(sum(1 for s in scores if s < threshold), len(scores)))
        if seeds:
            row.append(f"{sum(1 for r in seeds if (r.score or 0) < threshold)}/{len(seeds)}")
        rows.append(row)
    headers = ["fail-under", *[f"{lab} below" for lab in labels]] + (["seeds below"] if seeds else [])
    return tabulate(rows, headers=headers)


def category_table(results: dict[str, list[FileResult]], labels: list[str]) -> str:
    """Mean points lost per category and label: where the score's separation comes from."""
    cats = sorted({c for label in labels for r in results[label] for c in r.categories})
    rows = []
    for c in cats:
        rows.append([c, *[fmt(statistics.mean(r.categories.get(c, 0.0) for r in results[label]), 2) for label in labels]])
    return tabulate(rows, headers=["category", *[f"{lab}: mean points lost" for lab in labels]])


def seed_table(seeds: list[FileResult], fail_under: float) -> str:
    rows = []
    for r in sorted(seeds, key=lambda r: r.path):
        lost = ", ".join(f"{c} {v:g}" for c, v in sorted(r.categories.items(), key=lambda kv: -kv[1]))
        rows.append([Path(r.path).name, fmt(r.score, 1), r.grade, "yes" if (r.score or 0) < fail_under else "NO", lost])
    return tabulate(rows, headers=["seed", "score", "grade", f"below {fail_under:g}", "points lost by category"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="folder with manifest.tsv (path<TAB>label…)")
    parser.add_argument("--fail-under", type=float, default=DEFAULT_FAIL_UNDER)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seeds", type=Path, default=None, help="seed folder (default: ../../seeds from the corpus)")
    args = parser.parse_args(argv)

    manifest = read_manifest(args.corpus)
    labels = list(dict.fromkeys(label for _, label in manifest))
    ref = "credible" if "credible" in labels else labels[0]
    labels = [ref] + [lab for lab in labels if lab != ref]
    rules = load_packs()
    settings = LintSettings(rules=tuple(rules), with_metrics=True)
    label_of = dict(manifest)
    results: dict[str, list[FileResult]] = {label: [] for label in labels}
    for r in run([p for p, _ in manifest], settings, jobs=args.jobs):
        if r.error:
            print(f"warning: {r.path}: {r.error}", file=sys.stderr)
            continue
        results[label_of[r.path]].append(r)

    seeds_dir = args.seeds or args.corpus.resolve().parents[1] / "seeds"
    seeds = run(sorted(str(p) for p in seeds_dir.glob("*.txt")), settings, jobs=1) if seeds_dir.is_dir() else []

    print(f"corpus: {args.corpus} ({', '.join(f'{len(results[lab])} {lab}' for lab in labels)}); "
          f"{len(rules)} rules; fail-under {args.fail_under:g}\n")
    print("== Rules: files where each rule fires / total hits ==")
    print(rule_table(rules, results, labels))
    print("\n== Points lost per category ==")
    print(category_table(results, labels))
    print("\n== Score ==")
    print(score_section(results, ref, labels[1:], args.fail_under))
    print("\n== fail-under sweep ==")
    print(sweep(results, seeds, labels))
    if seeds:
        print(f"\n== Seeds ({seeds_dir}) ==")
        print(seed_table(seeds, args.fail_under))
        above = [Path(r.path).name for r in seeds if (r.score or 0) >= args.fail_under]
        print(f"\n{len(seeds) - len(above)}/{len(seeds)} seeds below {args.fail_under:g}"
              + (f"; above: {', '.join(above)}" if above else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
