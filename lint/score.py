"""The credibility score: 100 minus the weight of the evidence, with diminishing returns.

For each rule with n findings in a file the penalty is

    weight × (1 + r + r² + … + r^(n-1)) = weight × (1 − rⁿ) / (1 − r),   r = 0.5

so a second hit of the same rule costs half the first, a third a quarter, and
one rule can never cost more than twice its weight. The score is
``max(0, 100 − Σ penalties)``. Nothing is divided by the length of the text:
the same evidence costs the same in a 200-word and a 2,000-word article.

An error is decisive: a file with an error-severity finding (an invented expert, an impossible
date, chatbot text, a template placeholder…) scores at most ``ERROR_CAP`` (75, grade C), so it is
never graded A or B and always falls under the default ``fail-under`` of 80, however few other
red flags it has.

One phrase, one penalty: when phrase-list rules flag overlapping text (AIT001's
stock phrases and AIT003's transitions both list "Furthermore,"), only the
heaviest of them is charged for it; every finding is still reported.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Collection, Iterable, Mapping

from lint.findings import Finding

DECAY = 0.5
#: The highest score a file with an error-severity finding can get.
ERROR_CAP = 75.0
#: Grade bands, best first: (lowest score in the band, grade).
GRADES = ((90.0, "A"), (80.0, "B"), (60.0, "C"), (40.0, "D"), (0.0, "F"))


def rule_penalty(weight: float, hits: int) -> float:
    return weight * (1 - DECAY**hits) / (1 - DECAY)


def grade(score: float) -> str:
    for low, letter in GRADES:
        if score >= low:
            return letter
    return "F"


def _overlap(a: Finding, b: Finding) -> bool:
    return (a.line, a.column) < (b.end_line, b.end_column) and (b.line, b.column) < (a.end_line, a.end_column)


def charged(findings: Iterable[Finding], weights: Mapping[str, float], phrase_codes: Collection[str] = ()) -> list[Finding]:
    """The findings that cost points: a phrase-list finding whose text another phrase-list
    rule already charges (a heavier one, or an equal one earlier in code order) is free."""
    out: list[Finding] = []
    taken: list[Finding] = []
    ranked = sorted(findings, key=lambda f: (f.code not in phrase_codes, -weights.get(f.code, 0.0), f.code, f.sort_key()))
    for f in ranked:
        if f.code in phrase_codes:
            if any(t.code != f.code and _overlap(t, f) for t in taken):
                continue
            taken.append(f)
        out.append(f)
    return out


def score_findings(
    findings: Collection[Finding], weights: Mapping[str, float], phrase_codes: Collection[str] = ()
) -> tuple[float, dict[str, float]]:
    """The score of one file and the points lost per category."""
    hits: Counter[str] = Counter()
    category_of: dict[str, str] = {}
    for f in charged(findings, weights, phrase_codes):
        hits[f.code] += 1
        category_of[f.code] = f.category
    lost: defaultdict[str, float] = defaultdict(float)
    for code, n in hits.items():
        lost[category_of[code]] += rule_penalty(weights.get(code, 0.0), n)
    total = sum(lost.values())
    errors = [f for f in findings if f.severity == "error"]
    if errors and total < 100.0 - ERROR_CAP:
        # the cap's extra points are lost to the category of the heaviest error, so the
        # breakdown still adds up to 100 minus the score
        worst = max(errors, key=lambda f: (weights.get(f.code, 0.0), f.code))
        lost[worst.category] += 100.0 - ERROR_CAP - total
        total = 100.0 - ERROR_CAP
    score = max(0.0, 100.0 - total)
    return round(score, 1), {c: round(v, 1) for c, v in sorted(lost.items())}


def worse_grade(a: str, b: str) -> str:
    """The lower of two grades."""
    order = [letter for _, letter in GRADES]
    return a if order.index(a) >= order.index(b) else b
