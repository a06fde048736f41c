"""Blind-batch bench: recall on planted red flags and false positives on credible articles.

Usage::

    python bench/blind.py tests/blind/batch1 [tests/blind/batch2 ...] [--misses] [--json]

A batch is a folder of family folders (or one family folder), each written by a helper session
that had not read credlint's rules, holding ``flag-*`` articles with planted red flags, ``ok-*``
professional-style articles with none, and ``annotations.tsv`` (``file  line  family  snippet
note``; ``line`` is ``N``, ``N-M`` or ``all``). A planted flag counts as found when a finding of
one of its family's categories (``FAMILY_CATEGORIES``) touches its lines; an ``all`` flag (a
property of the whole article) when such a finding is anywhere in the file. On the ``ok-*``
articles every line with a finding of any rule is a false positive. With ``--related`` a finding
also answers for the lines its related spans name (a date pair reported on one line of the pair
counts for the other line too, which the message points the reader to).

Everything runs offline with all built-in packs, exactly as ``credlint check`` would.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tabulate import tabulate  # noqa: E402

from lint.engine import FileResult, LintSettings, run  # noqa: E402
from lint.rulepack import load_packs  # noqa: E402

#: Which rule categories answer for each family of planted flags.
FAMILY_CATEGORIES = {
    "sourcing": {"sourcing"},
    "dates": {"dates"},
    "filler": {"filler", "boilerplate", "ai-tells", "style"},
    "structure": {"structure", "citations", "style", "readability"},
    "tone": {"tone", "headline", "sourcing"},
}


@dataclass(frozen=True)
class Flag:
    folder: Path
    file: str
    first: int  # 0 for a whole-article flag
    last: int
    family: str
    snippet: str
    note: str


def read_flags(folder: Path) -> list[Flag]:
    flags = []
    with open(folder / "annotations.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            line = (row.get("line") or "").strip()
            if line.lower() == "all":
                first = last = 0
            elif "-" in line:
                a, b = line.split("-", 1)
                first, last = int(a), int(b)
            else:
                first = last = int(line)
            flags.append(Flag(folder, row["file"].strip(), first, last, row["family"].strip().lower(),
                              (row.get("snippet") or "").strip(), (row.get("note") or "").strip()))
    return flags


def family_folders(paths: Sequence[Path]) -> list[Path]:
    found = []
    for p in paths:
        if (p / "annotations.tsv").is_file():
            found.append(p)
        else:
            found += sorted(q for q in p.iterdir() if (q / "annotations.tsv").is_file())
    return found


def articles(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name.startswith(("flag-", "ok-")))


def is_found(flag: Flag, result: FileResult, related: bool = False) -> bool:
    cats = FAMILY_CATEGORIES.get(flag.family, {flag.family})
    for f in result.findings:
        if f.category not in cats:
            continue
        if flag.first == 0:
            return True
        if f.line <= flag.last and (f.end_line or f.line) >= flag.first:
            return True
        if related and any(flag.first <= r.line <= flag.last for r in f.related if r.path == f.path):
            return True
    return False


def flagged_lines(result: FileResult) -> dict[int, list[str]]:
    lines: dict[int, list[str]] = defaultdict(list)
    for f in result.findings:
        lines[f.line].append(f.code)
    return lines


def evaluate(folders: Sequence[Path], jobs: int = 1, related: bool = False) -> dict:
    settings = LintSettings(rules=tuple(load_packs()))
    report: dict = {"families": {}, "misses": [], "false_positives": []}
    for folder in folders:
        files = articles(folder)
        # Each article is linted on its own: a batch is not one newsroom's corpus, so cross-file
        # checks between unrelated invented stories would be noise.
        results = {}
        for p in files:
            (r,) = run([str(p)], settings, jobs=1)
            results[p.name] = r
        flags = read_flags(folder)
        for flag in flags:
            fam = report["families"].setdefault(flag.family, {"flags": 0, "found": 0, "ok_files": 0, "ok_lines": 0, "ok_max": 0})
            fam["flags"] += 1
            r = results.get(flag.file)
            if r is not None and not r.error and is_found(flag, r, related):
                fam["found"] += 1
            else:
                report["misses"].append({"folder": str(folder), "file": flag.file, "line": flag.first, "family": flag.family,
                                         "snippet": flag.snippet, "note": flag.note})
        family = flags[0].family if flags else folder.name
        fam = report["families"].setdefault(family, {"flags": 0, "found": 0, "ok_files": 0, "ok_lines": 0, "ok_max": 0})
        for name, r in results.items():
            if not name.startswith("ok-"):
                continue
            lines = flagged_lines(r)
            fam["ok_files"] += 1
            fam["ok_lines"] += len(lines)
            fam["ok_max"] = max(fam["ok_max"], len(lines))
            for line, codes in sorted(lines.items()):
                report["false_positives"].append({"folder": str(folder), "file": name, "line": line, "codes": codes})
    for fam in report["families"].values():
        fam["recall"] = fam["found"] / fam["flags"] if fam["flags"] else None
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("batch", type=Path, nargs="+", help="batch folders (of family folders) or family folders")
    parser.add_argument("--misses", action="store_true", help="list every planted flag not found and every false positive")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--related", action="store_true",
                        help="also count a finding for the lines its related spans name (the other line of a pair)")
    args = parser.parse_args(argv)
    folders = family_folders(args.batch)
    if not folders:
        print("error: no folder with annotations.tsv", file=sys.stderr)
        return 2
    report = evaluate(folders, related=args.related)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    rows = []
    for name, fam in sorted(report["families"].items()):
        recall = "–" if fam["recall"] is None else f"{100 * fam['recall']:.0f} %"
        rows.append([name, fam["flags"], fam["found"], recall, fam["ok_files"], fam["ok_lines"], fam["ok_max"]])
    total = sum(f["flags"] for f in report["families"].values())
    found = sum(f["found"] for f in report["families"].values())
    rows.append(["all", total, found, f"{100 * found / total:.0f} %" if total else "–",
                 sum(f["ok_files"] for f in report["families"].values()), sum(f["ok_lines"] for f in report["families"].values()),
                 max((f["ok_max"] for f in report["families"].values()), default=0)])
    print(tabulate(rows, headers=["family", "flags", "found", "recall", "credible files", "flagged lines", "max per file"],
                   tablefmt="github"))
    if args.misses:
        print("\nmissed:")
        for m in report["misses"]:
            print(f"  {Path(m['folder']).name}/{m['file']}:{m['line'] or 'all'} [{m['family']}] {m['snippet'][:70]!r} — {m['note']}")
        print("\nfalse positives on credible articles:")
        for fp in report["false_positives"]:
            print(f"  {Path(fp['folder']).name}/{fp['file']}:{fp['line']} {' '.join(fp['codes'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
