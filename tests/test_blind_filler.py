"""Blind batches 1 to 5, filler family, as regression suites (issue 13).

Each batch was written by a helper blind to credlint's rules. Before any tuning credlint found 40
of batch 1's 76 planted flags (53 %) and 73 of batch 2's 101 (72 %, with the rules tuned on
batch 1). The rules were then improved by shape and by documented lists, never with the batches'
sentences. Batch 1's six flags still missed sit in HTML chrome that the article extractor drops as
page furniture (a skip link, a cookie banner, a share bar, a "Pro Tip" box and a "read more" link)
and one lone promotional adjective, which no density rule should flag alone. Batch 2's thirteen
misses are all chrome the extractor drops (a page's header, navigation, cookie banner, comment
form and footer; a breadcrumb and a share bar marked by class; a callout box; a feedback widget;
a placeholder in the page's <title>): no rule ever sees that text.

Batches 3 and 4 were measured before tuning at 72 % and 25 % (tests/blind/RESULTS.md). After
tuning on batch 4, the chrome a saved page carries around an article that is itself template or
generated copy is noted by BPL012 (page-chrome), a callout box the extractor leaves out of the
article container still counts (FIL001), so does a placeholder in the page's ``<title>`` (FIL005),
and all four batches are at 96-100 %. What stays missed: a generator label in a ``<title>``, Axios's "Why it matters:" (a professional house style, left out
on purpose), a lone promotional adjective, an FAQ block and a "read more" link the extractor
drops, a tagline repeated only in the dropped header, and a universalising kicker that is not
among the last two sentences.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: batch folder, planted flags, recall the rules must keep
BATCHES = [("batch1", 76, 0.96), ("batch2", 101, 1.0), ("batch3", 80, 0.97), ("batch4", 72, 0.97), ("batch5", 67, 1.0)]


@pytest.fixture(scope="module")
def evaluate():
    pytest.importorskip("trafilatura", reason="the batch's HTML articles need the html extra")
    spec = importlib.util.spec_from_file_location("bench_blind", ROOT / "bench" / "blind.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_blind"] = module
    spec.loader.exec_module(module)
    return module.evaluate


@pytest.fixture(scope="module", params=BATCHES, ids=[b[0] for b in BATCHES])
def batch(request, evaluate) -> tuple[dict, int, float]:
    name, flags, recall = request.param
    return evaluate([ROOT / "tests" / "blind" / name / "filler"]), flags, recall


def test_filler_recall_holds(batch: tuple[dict, int, float]) -> None:
    report, flags, recall = batch
    fam = report["families"]["filler"]
    assert fam["flags"] == flags
    assert fam["recall"] >= recall, [m["snippet"] for m in report["misses"]]


def test_no_filler_rule_fires_on_the_professional_look_alikes(batch: tuple[dict, int, float]) -> None:
    report, _, _ = batch
    ours = {"FIL", "BPL", "AIT", "STY"}
    wrong = [fp for fp in report["false_positives"] if any(code[:3] in ours for code in fp["codes"])]
    assert not wrong, wrong
    assert report["families"]["filler"]["ok_max"] <= 1
