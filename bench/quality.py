"""Calibration bench: how well do the rules and the score separate two labelled halves of a corpus?

Usage::

    python bench/quality.py [CORPUS ...] [--fail-under N] [--jobs N] [--seeds DIR] [--detail]
    python bench/quality.py --show SRC004          # every SRC004 finding on credible files

With no argument it reads every corpus under ``../shared/corpus`` (dev, reuters, l2r, disinfo),
each linted as one run. A corpus folder holds a ``manifest.tsv`` whose first two columns are ``path`` (relative to the
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

The first table gives every rule's firing rate on each corpus and label and on all credible files
pooled, against a budget per severity (error 0.5 %, warning 2 %, info 10 %); then the median
score, the share under ``fail-under`` and the score's AUC against the word count's per corpus.

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


#: Firing budgets on credible articles, by severity (share of files a rule may fire on).
BUDGET = {"error": 0.005, "warning": 0.02, "info": 0.10}


def find_corpora(paths: Sequence[Path]) -> list[Path]:
    """Corpus folders (with a manifest.tsv) named directly or found one level below a named folder."""
    found: list[Path] = []
    for p in paths:
        if (p / "manifest.tsv").is_file():
            found.append(p)
        elif p.is_dir():
            found += sorted(q for q in p.iterdir() if (q / "manifest.tsv").is_file())
    return found


def lint_corpus(folder: Path, settings: LintSettings, jobs: int) -> dict[str, list[FileResult]]:
    """Lint one corpus as one run (cross-file checks see the whole corpus), results by label."""
    manifest = read_manifest(folder)
    labels = list(dict.fromkeys(label for _, label in manifest))
    label_of = dict(manifest)
    results: dict[str, list[FileResult]] = {label: [] for label in labels}
    for r in run([p for p, _ in manifest], settings, jobs=jobs):
        if r.error:
            print(f"warning: {r.path}: {r.error}", file=sys.stderr)
            continue
        results[label_of[r.path]].append(r)
    return results


def firing_rate(results: Sequence[FileResult], code: str) -> float:
    return sum(1 for r in results if any(f.code == code for f in r.findings)) / len(results) if results else 0.0


def overview_table(rules: Sequence[Rule], columns: dict[str, list[FileResult]], pooled: list[FileResult]) -> str:
    """Per rule: share of files it fires on in every corpus/label column, and on all credible files
    pooled, against the severity's budget (✗ marks a rule over budget)."""
    rows = []
    for rule in rules:
        rate = firing_rate(pooled, rule.code)
        over = rate > BUDGET.get(rule.severity, 1.0)
        row = [rule.code, rule.severity, *[f"{100 * firing_rate(rs, rule.code):.1f}" for rs in columns.values()],
               f"{100 * rate:.1f}" + (" ✗" if over else "")]
        rows.append(row)
    headers = ["code", "severity", *columns.keys(), f"all credible ({len(pooled)})"]
    return tabulate(rows, headers=headers, tablefmt="github")


def summary_table(corpora: dict[str, dict[str, list[FileResult]]], fail_under: float) -> str:
    """Per corpus: median score and share below fail-under per label, and the score's AUC against
    the word count's, credible against each other label."""
    rows = []
    for name, results in corpora.items():
        labels = list(results)
        ref = "credible" if "credible" in labels else None
        for label in labels:
            scores = [r.score or 0.0 for r in results[label]]
            below = sum(1 for s in scores if s < fail_under)
            row = [name, label, len(scores), fmt(statistics.median(scores), 1) if scores else "–", pct(below, len(scores))]
            if ref and label != ref:
                ref_scores = [r.score or 0.0 for r in results[ref]]
                row += [fmt(auc(ref_scores, scores)), fmt(auc([words_of(r) for r in results[ref]], [words_of(r) for r in results[label]]))]
            else:
                row += ["", ""]
            rows.append(row)
    return tabulate(rows, headers=["corpus", "label", "files", "median score", f"below {fail_under:g}", "score AUC", "word-count AUC"],
                    tablefmt="github")


def cross_auc_table(corpora: dict[str, dict[str, list[FileResult]]], pairs: Sequence[tuple[str, str]]) -> str:
    """Score AUC for pairs of corpora that share a source (e.g. reuters credible vs disinfo lowcred)."""
    rows = []
    for ref_name, other_name in pairs:
        if ref_name in corpora and other_name in corpora:
            ref = [r for rs in corpora[ref_name].values() for r in rs]
            other = [r for rs in corpora[other_name].values() for r in rs]
            rows.append([f"{ref_name} vs {other_name}", len(ref), len(other), fmt(auc([r.score or 0.0 for r in ref], [r.score or 0.0 for r in other])),
                         fmt(auc([words_of(r) for r in ref], [words_of(r) for r in other]))])
    return tabulate(rows, headers=["comparison", "credible files", "other files", "score AUC", "word-count AUC"], tablefmt="github")


def show_findings(corpora: dict[str, dict[str, list[FileResult]]], code: str, label: str) -> None:
    for results in corpora.values():
        for r in results.get(label, []):
            for f in r.findings:
                if f.code == code:
                    print(f"{r.path}:{f.line}:{f.column}: {f.code} {f.message}")


#: Corpora from one data set whose labels sit in two folders: compared in their own AUC row.
CROSS_PAIRS = (("reuters", "disinfo"),)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, nargs="*", help="corpus folders (with manifest.tsv), or a folder of them "
                        "(default: ../shared/corpus beside the checkout)")
    parser.add_argument("--fail-under", type=float, default=DEFAULT_FAIL_UNDER)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seeds", type=Path, default=None, help="seed folder (default: seeds/ beside the corpora)")
    parser.add_argument("--detail", action="store_true", help="also print the single-corpus detail tables (bands, sweep, categories)")
    parser.add_argument("--show", metavar="CODE", help="print every finding of this rule on --label files, then stop")
    parser.add_argument("--label", default="credible", help="label whose findings --show prints (default: credible)")
    args = parser.parse_args(argv)

    default_root = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    folders = find_corpora(args.corpus or [default_root])
    if not folders:
        print(f"error: no corpus folder (with manifest.tsv) in {', '.join(map(str, args.corpus or [default_root]))}", file=sys.stderr)
        return 2
    rules = load_packs()
    settings = LintSettings(rules=tuple(rules), with_metrics=True)
    corpora = {folder.name: lint_corpus(folder, settings, args.jobs) for folder in folders}
    if args.show:
        show_findings(corpora, args.show.upper(), args.label)
        return 0

    columns = {f"{name} {label} ({len(rs)})": rs for name, results in corpora.items() for label, rs in results.items()}
    pooled = [r for results in corpora.values() for r in results.get("credible", [])]
    seeds_dir = args.seeds or folders[0].resolve().parent.parent / "seeds"
    seeds = run(sorted(str(p) for p in seeds_dir.glob("*.txt")), settings, jobs=1) if seeds_dir.is_dir() else []
    if seeds:
        columns[f"seeds ({len(seeds)})"] = seeds

    print(f"corpora: {', '.join(corpora)}; {len(rules)} rules; fail-under {args.fail_under:g}\n")
    print("== Rules: % of files each rule fires on (✗: over the budget on credible files: "
          + ", ".join(f"{sev} {100 * b:g} %" for sev, b in BUDGET.items()) + ") ==")
    print(overview_table(rules, columns, pooled))
    scores = [r.score or 0.0 for r in pooled]
    if scores:
        below = sum(1 for s in scores if s < args.fail_under)
        print(f"\nall credible files: {len(scores)}; median score {statistics.median(scores):g}; "
              f"below {args.fail_under:g}: {below} ({100 * below / len(scores):.1f} %)")
    print("\n== Score per corpus ==")
    print(summary_table(corpora, args.fail_under))
    cross = cross_auc_table(corpora, CROSS_PAIRS)
    if cross.count("\n") > 1:
        print("\n" + cross)
    if args.detail:
        for name, results in corpora.items():
            labels = list(results)
            ref = "credible" if "credible" in labels else labels[0]
            others = [lab for lab in labels if lab != ref]
            print(f"\n== {name}: per rule files / hits ==")
            print(rule_table(rules, results, [ref, *others]))
            if others:
                print(f"\n== {name}: points lost per category ==")
                print(category_table(results, [ref, *others]))
                print(f"\n== {name}: score ==")
                print(score_section(results, ref, others, args.fail_under))
                print(f"\n== {name}: fail-under sweep ==")
                print(sweep(results, seeds, [ref, *others]))
    if seeds:
        print(f"\n== Seeds ({seeds_dir}) ==")
        print(seed_table(seeds, args.fail_under))
        above = [Path(r.path).name for r in seeds if (r.score or 0) >= args.fail_under]
        print(f"\n{len(seeds) - len(above)}/{len(seeds)} seeds below {args.fail_under:g}"
              + (f"; above: {', '.join(above)}" if above else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
