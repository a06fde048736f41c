"""Classes of filler missed on blind batches 8-10 (stock phrasing, puffery, closing morals, newsletter
pitches, remarks about the times, callouts closed by a symbol, chatbot leftovers), each tried on five
or more wordings written for this file (tests/fixtures/filler_shapes_r6.toml) that must be found, and
professional look-alikes that must stay quiet. Also: a slot in the furniture an HTML page's reader
leaves out (FIL005) and an FAQ heading with blank markup lines before its first question (FIL002).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.conftest import codes
from tests.test_filler_shapes_b8 import _cases, _lint

CLASSES = tomllib.loads((Path(__file__).parent / "fixtures" / "filler_shapes_r6.toml").read_text(encoding="utf-8"))


def test_every_class_has_five_variants_each_way() -> None:
    assert len(CLASSES) >= 8 and all(len(c["found"]) >= 5 and len(c["quiet"]) >= 5 for c in CLASSES.values())


@pytest.mark.parametrize(("code", "text"), _cases("found", CLASSES))
def test_each_variant_of_the_class_is_found(code: str, text: str) -> None:
    assert code in _lint(code, text, CLASSES)


@pytest.mark.parametrize(("code", "text"), _cases("quiet", CLASSES))
def test_professional_look_alikes_stay_quiet(code: str, text: str) -> None:
    assert _lint(code, text, CLASSES) == []


PAGE = """<html><head><title>Ferry returns</title></head><body><article>
<h1>Ferry returns to the north route</h1>
<p>The ferry will run twice a day from May, the operator said on Monday.</p>
{furniture}
<p>Tickets cost 4 euros, the operator said.</p>
</article></body></html>
"""


@pytest.mark.parametrize("furniture", [
    "<figure><img src='a.jpg'><figcaption>The new boat. Photo: [Photographer Name]</figcaption></figure>",
    "<table><tr><td>Skipper</td><td>[insert skipper's name]</td></tr></table>",
    "<figure><img src='b.jpg'><figcaption>[CAPTION TO COME]</figcaption></figure>",
    "<aside><p>Fares: [add the new fares here]</p></aside>",
    "<table><tr><td>Winner</td><td>[TBC]</td></tr></table>",
])
def test_a_slot_in_left_out_furniture_is_found(furniture: str) -> None:
    assert "FIL005" in codes(PAGE.format(furniture=furniture), "FIL005", fmt="html")


@pytest.mark.parametrize("furniture", [
    "<figure><img src='a.jpg'><figcaption>The new boat [left] and the old one. Photo: Ana Ruiz</figcaption></figure>",
    "<table><tr><td>Fare</td><td>4 euros [adult]</td></tr></table>",
])
def test_a_caption_with_plain_brackets_stays_quiet(furniture: str) -> None:
    assert codes(PAGE.format(furniture=furniture), "FIL005", fmt="html") == []


def test_faq_heading_of_a_saved_page_is_found() -> None:
    page = PAGE.format(furniture="<h2>Frequently Asked Questions</h2>\n\n<p><strong>Q: Is the ferry heated?</strong><br>A: Yes.</p>")
    assert "FIL002" in codes(page, "FIL002", fmt="html")
