"""The AI-tell rules' mechanics: sentence-start density, the closing-passage scope, per-1,000-word rates."""

from __future__ import annotations

from tests.conftest import findings

HEAD = "Example headline\n\n"
FACT = "The council met on Monday and voted 7 to 2 for the budget, the clerk said. "


def test_transitions_count_only_at_sentence_starts():
    opening = HEAD + "However, the plan passed. Additionally, taxes rise. Moreover, fees rise too."
    inside = HEAD + "The plan, however, passed. Taxes rise additionally. Fees rise moreover too."
    assert len(findings(opening, "AIT003")) == 3
    assert findings(inside, "AIT003") == []


def test_transitions_are_a_rate_not_a_count():
    text = HEAD + "However, the plan passed. Additionally, taxes rise. " + FACT * 60
    assert findings(text, "AIT003") == []  # two openings in ~1,000 words stay under 4 per 1,000
    assert len(findings(HEAD + "However, the plan passed. Additionally, taxes rise. " + FACT * 5, "AIT003")) == 2


def test_transitions_inside_quotes_are_the_speakers():
    text = HEAD + "“However, we won. Additionally, we grew. Moreover, we hired,” the mayor said."
    assert findings(text, "AIT003") == []


def test_editorial_closing_looks_only_at_the_last_two_sentences():
    early = HEAD + "Only time will tell, the chairman told investors. " + FACT * 3
    late = HEAD + FACT * 3 + "Only time will tell whether it works."
    assert findings(early, "AIT004") == []
    [f] = findings(late, "AIT004")
    assert f.snippet.lower() == "only time will tell" and f.line == 3


def test_peacock_words_need_density():
    dense = HEAD + "The groundbreaking plan had a remarkable start. " + FACT
    sparse = HEAD + "The groundbreaking plan had a remarkable start. " + FACT * 40
    assert len(findings(dense, "STY004")) == 2
    assert findings(sparse, "STY004") == []
