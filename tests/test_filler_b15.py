"""Round 12 (blind batch 15, the story that moves): live-blog entries, page widget rows, FAQ
blocks without a FAQ word, recap labels for latecomers, bracketed notes to the editor, requests to
the reader in new words, and apologies for an earlier draft.

Every sentence was written for this file; look-alikes from professional copy must stay quiet.
"""

from __future__ import annotations

import pytest

from lint.rulepack import Rule, load_packs
from tests.conftest import lint_text

RULES = {r.code: r for r in load_packs()}
HEAD = "Harbour wall repairs begin\n\nCrews began work on the harbour wall on Monday, the council said.\n\n"


def codes(text: str, *wanted: str) -> list[str]:
    rules: list[Rule] = [RULES[c] for c in wanted]
    return [f.code for f in lint_text(text, rules).findings]


# -- BPL020: a row of page widgets joined by bars, middle dots or bullets --------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Jump to story · Sections · Log in",
        "Font size: A A+ A++ | Print | Send to a friend",
        "Write a comment — Your name* · Email* · [Submit]",
        "Home • Weather • Obituaries • Sign up",
        "> Sections | Account | Help",
    ],
)
def test_widget_rows_are_page_chrome(line: str) -> None:
    assert "BPL020" in codes(HEAD + line + "\n\nThe wall was last repaired in 1988.", "BPL020")


@pytest.mark.parametrize(
    "line",
    [
        "Dover 3 · Deal 1 · Ramsgate 0",
        "Cement, sand and gravel · all delivered by barge, the contractor said.",
        "The wall · the slipway · the lighthouse are all listed.",
        "“Sections · Account · Help,” read the sign on the old office door.",
        "Reporting by Ana Ruiz | Editing by Tom Hale",
    ],
)
def test_rows_of_results_lists_and_credits_are_not_widgets(line: str) -> None:
    assert codes(HEAD + line, "BPL020") == []
