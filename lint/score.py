"""The credibility score: 100 minus the weight of the evidence, with diminishing returns.

For each rule with n findings in a file the penalty is

    weight × (1 + r + r² + … + r^(n-1)) = weight × (1 − rⁿ) / (1 − r),   r = 0.5

so a second hit of the same rule costs half the first, a third a quarter, and
one rule can never cost more than twice its weight. The score is
``max(0, 100 − Σ penalties)``. Nothing is divided by the length of the text:
the same evidence costs the same in a 200-word and a 2,000-word article.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable, Mapping

from lint.findings import Finding

DECAY = 0.5
#: Grade bands, best first: (lowest score in the band, grade).
GRADES = ((90.0, "A"), (80.0, "B"), (60.0, "C"), (40.0, "D"), (0.0, "F"))


def rule_penalty(weight: float, hits: int) -> float:
    return weight * (1 - DECAY**hits) / (1 - DECAY)


def grade(score: float) -> str:
    for low, letter in GRADES:
        if score >= low:
            return letter
    return "F"


def score_findings(findings: Iterable[Finding], weights: Mapping[str, float]) -> tuple[float, dict[str, float]]:
    """The score of one file and the points lost per category."""
    hits: Counter[str] = Counter()
    category_of: dict[str, str] = {}
    for f in findings:
        hits[f.code] += 1
        category_of[f.code] = f.category
    lost: defaultdict[str, float] = defaultdict(float)
    for code, n in hits.items():
        lost[category_of[code]] += rule_penalty(weights.get(code, 0.0), n)
    total = sum(lost.values())
    return round(max(0.0, 100.0 - total), 1), {c: round(v, 1) for c, v in sorted(lost.items())}
