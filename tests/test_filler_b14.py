"""Round 11 (blind batch 14): chatbot and rewriter notes, brace and blank placeholders, empty fields.

Every sentence was written for this file; look-alikes from professional copy must stay quiet.
"""

from __future__ import annotations

import pytest

from tests.conftest import codes

HEAD = "Library hours change in spring\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Absolutely — below is a short write-up on the library's new hours.",
        "The branch opens at nine. (Translation note: I've kept the original sense of the librarian's remarks.)",
        "The branch opens at nine, and I have tried to stay faithful to the original wording of the notice.",
        "Opening hours rise to 60 a week (I could not verify this number in the press release you sent).",
        "Did the council fund it? I wasn't able to confirm that from the notes, so it is left out.",
        "The branch opens at nine.\n\nFeel free to message me if you want a different angle.",
        "The council paid £40,000 — please double-check this before it runs.",
        "- Busiest day: n/a (value missing)",
        "Visitors last year: null [data not supplied]",
    ],
)
def test_rewriter_and_generator_notes_are_chatbot_residue(text: str) -> None:
    assert "FIL004" in codes(HEAD + text, "FIL004")


@pytest.mark.parametrize(
    "text",
    [
        "The translators said they had preserved the original meaning of the charter.",
        "“I couldn't confirm it from the minutes,” the clerk said.",
        "Reporters could not confirm the figure from the council's records.",
        "Feel free to visit the branch on Sundays, the librarian said.",
        "Late fees: none for children, the council said.",
        "The data (not supplied by the council) came from a freedom-of-information request.",
    ],
)
def test_look_alikes_are_not_chatbot_residue(text: str) -> None:
    assert "FIL004" not in codes(HEAD + text, "FIL004")


@pytest.mark.parametrize(
    "text",
    [
        "“{QUOTE FROM A LIBRARY USER — name and age},” she said.",
        "The plan was backed by {Council Leader Name} in March.",
        "“The hours suit families,” said Ms ___, a library volunteer.",
        "Professor ____ (the university's head of informatics) welcomed the change.",
        "Who chairs the board? Councillor ______, the council said.",
    ],
)
def test_brace_and_blank_placeholders(text: str) -> None:
    assert "FIL005" in codes(HEAD + text, "FIL005")


@pytest.mark.parametrize(
    "text",
    [
        "The code {x, y} names a pair, the lecturer said.",
        "Sign here: ________ and date it.",
        "The file was called my__notes, the court heard.",
        "Dr Ann Lee said the hours were welcome.",
    ],
)
def test_brace_and_blank_look_alikes(text: str) -> None:
    assert "FIL005" not in codes(HEAD + text, "FIL005")
