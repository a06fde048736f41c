"""The blind batches as regression suites: what the rules find today on articles written by
helpers who never saw them must still be found, and the credible articles must stay (nearly) clean.

Each floor is the count of planted flags found when the batch was last tuned on (see
tests/blind/RESULTS.md for the honest before-tuning figures); a change that loses one fails here.
Filler and tone have their own, stricter suites (test_blind_filler.py, test_blind_tone.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import blind  # noqa: E402

#: (batch, family): (planted flags found at least, flagged lines on its credible articles at most)
FLOORS = {
    ("batch1", "dates"): (54, 0),
    ("batch1", "sourcing"): (64, 1),
    ("batch1", "structure"): (70, 0),
    ("batch2", "dates"): (62, 0),
    ("batch2", "sourcing"): (68, 0),
    ("batch2", "structure"): (70, 2),
    ("batch3", "dates"): (36, 0),
    ("batch3", "filler"): (79, 2),
    ("batch3", "sourcing"): (49, 1),
    ("batch3", "structure"): (56, 1),
    ("batch4", "dates"): (32, 1),
    ("batch4", "filler"): (72, 0),
    ("batch4", "sourcing"): (59, 2),
    ("batch4", "structure"): (79, 0),
    ("batch5", "dates"): (40, 2),
    ("batch5", "filler"): (67, 0),
    ("batch5", "sourcing"): (67, 0),
    ("batch5", "structure"): (74, 2),
    ("batch6", "dates"): (38, 0),
    ("batch6", "filler"): (75, 2),
    ("batch6", "sourcing"): (80, 0),
    ("batch6", "structure"): (70, 3),
    ("batch7", "dates"): (37, 2),
    ("batch7", "filler"): (73, 1),
    ("batch7", "sourcing"): (57, 1),
    ("batch7", "structure"): (71, 0),
    ("batch8", "dates"): (42, 1),
    ("batch8", "filler"): (69, 1),
    ("batch8", "sourcing"): (52, 3),
    ("batch8", "structure"): (60, 2),
    ("batch9", "dates"): (41, 0),
    ("batch9", "filler"): (78, 0),
    ("batch9", "sourcing"): (63, 0),
    ("batch9", "structure"): (73, 2),
    ("batch10", "dates"): (34, 2),
    ("batch10", "filler"): (60, 2),
    ("batch10", "sourcing"): (38, 1),
    ("batch10", "structure"): (68, 1),
    ("batch11", "dates"): (28, 1),
    ("batch11", "filler"): (66, 2),
    ("batch11", "sourcing"): (41, 4),
    ("batch11", "structure"): (51, 0),
    ("batch12", "dates"): (26, 0),
    ("batch12", "filler"): (54, 1),
    ("batch12", "sourcing"): (34, 1),
    ("batch12", "structure"): (44, 1),
    ("batch13", "dates"): (23, 0),
    ("batch13", "filler"): (47, 2),
    ("batch13", "sourcing"): (42, 0),
    ("batch13", "structure"): (42, 3),
    ("batch14", "dates"): (22, 1),
    ("batch14", "filler"): (54, 1),
    ("batch14", "sourcing"): (39, 0),
    ("batch14", "structure"): (47, 1),
    ("batch15", "dates"): (41, 2),
    ("batch15", "filler"): (53, 1),
    ("batch15", "sourcing"): (41, 0),
    ("batch15", "structure"): (59, 0),
    ("batch16", "dates"): (35, 0),
    ("batch16", "filler"): (54, 0),
    ("batch16", "sourcing"): (52, 0),
    ("batch16", "structure"): (61, 0),
    ("batch17", "dates"): (43, 0),
    ("batch17", "filler"): (51, 0),
    ("batch17", "sourcing"): (42, 0),
    ("batch17", "structure"): (63, 0),
}


@pytest.fixture(scope="module")
def reports() -> dict[tuple[str, str], dict]:
    out = {}
    for batch, family in FLOORS:
        folder = ROOT / "tests" / "blind" / batch / family
        out[(batch, family)] = blind.evaluate([folder])["families"][family]
    return out


@pytest.mark.parametrize("key", sorted(FLOORS), ids=lambda k: f"{k[0]}-{k[1]}")
def test_blind_batch_keeps_its_recall_and_its_precision(reports, key) -> None:
    found_floor, fp_ceiling = FLOORS[key]
    fam = reports[key]
    assert fam["flags"] > 0 and fam["ok_files"] > 0  # the batch is there: nothing passes vacuously
    assert fam["found"] >= found_floor, f"{key}: {fam['found']} of {fam['flags']} planted flags found (was {found_floor})"
    assert fam["ok_lines"] <= fp_ceiling, f"{key}: {fam['ok_lines']} flagged lines on credible articles (at most {fp_ceiling})"


def test_related_counts_a_pair_finding_for_its_other_line(tmp_path: Path) -> None:
    """``--related``: a finding on line 5 that names line 2 answers for a flag annotated on line 2; by
    default it does not, and a related span in another file never does."""
    from lint.findings import Finding, Related
    from lint.results import FileResult

    def finding(path: str, other: str) -> Finding:
        return Finding(path, "DAT001", "event-with-two-dates", "dates", "error", 5, 1, 5, 9,
                       "two dates", "in 2011", related=(Related(other, 2, 1, "in 2009"),))

    flag = blind.Flag(tmp_path, "flag-01.txt", 2, 2, "dates", "in 2009", "same event, two dates")
    result = FileResult("flag-01.txt", [finding("flag-01.txt", "flag-01.txt")])
    assert not blind.is_found(flag, result)
    assert blind.is_found(flag, result, related=True)
    elsewhere = FileResult("flag-01.txt", [finding("flag-01.txt", "other.txt")])
    assert not blind.is_found(flag, elsewhere, related=True)
