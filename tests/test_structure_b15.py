"""Round 12 (blind batch 15, the story that moves): structure classes — a recap list under a
closing heading of any words, a lowercase sentence after a live blog's time stamp, a one-word
heading in capitals.

Every sentence was written for this file; look-alikes from professional copy must stay quiet.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests import conftest

#: What the rules report in a Markdown story.
codes = partial(conftest.codes, fmt="markdown")
STORY = (
    "# Lido reopens after repairs\n\n"
    "The town lido reopened on Saturday after a winter of repairs to its cracked main pool, the council said.\n\n"
    "About 400 swimmers queued before the gates opened at seven, and the café sold out of pastries by nine.\n\n"
    "The council spent £1.2m on the new pool lining, pumps and changing rooms over the winter.\n\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "## The weekend in brief\n\n- The lido reopened on Saturday after winter repairs.\n- About 400 swimmers queued before the gates opened.\n- The council spent £1.2m on the pool lining and pumps.\n",
        "### Catching up\n\n1. The town lido reopened after repairs to its cracked pool.\n2. Swimmers queued before seven and the café sold out.\n3. The new lining, pumps and changing rooms cost £1.2m.\n",
        "## Lido at a glance\n\n- The lido reopened on Saturday after winter repairs.\n- The council spent £1.2m on the new lining and pumps.\n- About 400 swimmers queued before the gates opened.\n\n## Sources\n\n- Town council press office\n- Lido trust annual report\n",
    ],
)
def test_list_under_a_closing_heading_that_restates_the_story_is_a_recap(closing: str) -> None:
    assert "STR005" in codes(STORY + closing, "STR005")


@pytest.mark.parametrize(
    "closing",
    [
        "## Key dates\n\n- 3 March: the lido closed for repairs to its pool.\n- 14 May: the lido reopened after winter repairs.\n- 1 June: the council spent £1.2m on new pumps.\n",
        "## Where to swim nearby\n\n- Brook Street baths, open every day from six.\n- The sea pool at Eastcliff, open in summer only.\n- The leisure centre on Mill Road, closed on Mondays.\n",
        "## The weekend in brief\n\n- The lido reopened on Saturday after winter repairs.\n- About 400 swimmers queued before the gates opened.\n- The council spent £1.2m on the pool lining and pumps.\n\nThe lido is open daily from seven until nine in the evening all summer.\n",
    ],
)
def test_fact_boxes_help_lists_and_lists_inside_the_story_are_not_recaps(closing: str) -> None:
    assert "STR005" not in codes(STORY + closing, "STR005")


@pytest.mark.parametrize("heading", ["COSTS", "## WAGES", "PRICES", "### SAFETY"])
def test_one_word_heading_in_capitals_shouts(heading: str) -> None:
    text = "Lido reopens\n\nThe lido reopened on Saturday, the council said.\n\n" + heading + "\n\nEntry now costs four pounds for adults.\n"
    assert "STR007" in codes(text, "STR007")


@pytest.mark.parametrize(
    ("heading", "later"),
    [("NATO", "The alliance met."), ("LEEDS", "The city voted."), ("AIDS", "The clinic said AIDS cases fell."), ("FAQ", "None.")],
)
def test_acronyms_places_and_short_labels_do_not_shout(heading: str, later: str) -> None:
    text = "Lido reopens\n\nThe lido reopened on Saturday, the council said.\n\n" + heading + "\n\n" + later + "\n"
    assert "STR007" not in codes(text, "STR007")


@pytest.mark.parametrize("entry", ["09:55 - the first swimmers arrived.", "**14:10** — lifeguards closed the deep end.", "7.05am – the gates opened late."])
def test_lowercase_entry_after_a_time_stamp_is_a_lowercase_start(entry: str) -> None:
    text = "Lido reopens\n\nThe lido reopened on Saturday, the council said.\n\n" + entry + "\n"
    assert "STY003" in codes(text, "STY003", fmt="text")


@pytest.mark.parametrize("entry", ["09:55 - The first swimmers arrived.", "7.30pm - iPhone owners queued for the app.", "10.30 per cent of swimmers were children."])
def test_capitalised_entries_and_figures_are_not_lowercase_starts(entry: str) -> None:
    text = "Lido reopens\n\nThe lido reopened on Saturday, the council said.\n\n" + entry + "\n"
    assert "STY003" not in codes(text, "STY003", fmt="text")


@pytest.mark.parametrize(
    "text",
    [
        "Live: Lido reopens after a winter of repairs\n\nLido reopens after a winter of repairs, and this page follows the day.\n\nThe gates opened at seven.\n",
        "Updated: Council approves the new lido budget\n\n**Council approves the new lido budget** as the pool reopens.\n\nThe vote was 9-2.\n",
    ],
)
def test_labelled_headline_pasted_as_a_first_line_is_repeated(text: str) -> None:
    assert "STR001" in codes(text, "STR001", fmt="text")


@pytest.mark.parametrize(
    "text",
    [
        "Analysis: Why the lido matters\n\nThe lido reopened on Saturday. Why the lido matters to the town is simple.\n",
        "Live: Lido reopens after a winter of repairs\n\nThe lido reopened on Saturday after repairs.\n",
    ],
)
def test_headline_words_inside_a_sentence_are_not_a_repeat(text: str) -> None:
    assert "STR001" not in codes(text, "STR001", fmt="text")
