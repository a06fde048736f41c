"""Round 12 (blind batch 15, the story that moves): live-blog entries, page widget rows, FAQ
blocks without a FAQ word, recap labels for latecomers, bracketed notes to the editor, requests to
the reader in new words, and apologies for an earlier draft.

Every sentence was written for this file; look-alikes from professional copy must stay quiet.
"""

from __future__ import annotations

import pytest

from tests.conftest import codes

HEAD = "Harbour wall repairs begin\n\nCrews began work on the harbour wall on Monday, the council said.\n\n"


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


# -- FIL002: a FAQ block known by its shape, whatever its heading says --------------------------
@pytest.mark.parametrize(
    "block",
    [
        "## Need to know\n\n**Is the pier closed?** Only the north end.\n\n**How long will it take?** About six weeks.",
        "**Your short guide**\n\n**Is the pier closed?** Only the north end.\n\n**How long will it take?** About six weeks.",
        "### Harbour works explained\n\n> **Is the pier closed?** Only the north end.\n\n> **Will boats still sail?** Yes, from the south quay.",
        "## Before you go\n\n__Can dogs walk on the wall?__ Not until June.\n\n__Is parking affected?__ The quay car park is shut.",
        "## Where things stand\n\n**What went wrong with the wall?** Storm damage in January.\n**Who is paying?** The council and the port.",
    ],
)
def test_question_and_answer_block_under_any_heading_is_a_faq(block: str) -> None:
    assert "FIL002" in codes(HEAD + block + "\n", "FIL002", fmt="markdown")


@pytest.mark.parametrize(
    "block",
    [
        "## Talking to the engineer\n\n**Why did you take the job?** The wall was my father's work.\n\n**Will you finish by June?** We hope so.",
        "## What next\n\nIs the pier closed? Only the north end, the council said.\n\nHow long will it take? Six weeks.",
        "## What next\n\n**Is the pier closed?**\n\n- North end\n- South end",
        "## Timeline\n\n**January:** Storm damage.\n\n**March:** Repairs approved.",
    ],
)
def test_interviews_plain_questions_and_labelled_lists_are_not_faq_blocks(block: str) -> None:
    assert "FIL002" not in codes(HEAD + block + "\n", "FIL002", fmt="markdown")


# -- FIL028: a label behind a question to the latecomer, or closed by an emoji ------------------
@pytest.mark.parametrize(
    "line",
    [
        "Just joining us? The state of play: the wall cracked in January and the council approved repairs.",
        "14:05 — In a hurry? Two-minute catch-up: crews closed the quay and moved the boats to the south side.",
        "**Missed yesterday?** **Quick rewind:** the contractor found a second crack under the slipway.",
        "Wall watch 🧱 — the crews have now poured four of the ten new concrete footings.",
        "09:40 - Tide check 🌊: the morning high tide came in a foot under the forecast for the quay.",
    ],
)
def test_latecomer_and_emoji_labels_are_callouts(line: str) -> None:
    assert "FIL028" in codes(HEAD + line, "FIL028")


@pytest.mark.parametrize(
    "line",
    [
        "Who pays? The port authority: it owns the wall and must insure it, the council said.",
        "Why the delay? Engineers: they found the old footings were never built to the drawings.",
        "14:05 — The crews closed the quay and moved the boats to the south side.",
        "Is the wall safe? Not yet, the engineer said, and the quay stays shut until it is.",
        "“Just joining us? The state of play: it is bad,” the harbour master joked to the crowd.",
    ],
)
def test_questions_about_the_story_and_plain_entries_are_not_callouts(line: str) -> None:
    assert codes(HEAD + line, "FIL028") == []


# -- FIL029: a second order later in a sentence that opens with one -----------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Don't miss the reopening: drop your email in the box at the top of this page.",
        "Keep warm this weekend, everyone, and leave a thumbs-up below if you walked the wall.",
        "Never miss an update — and pin this page to your home screen.",
        "Grab a coffee, then send us your photos of the new wall.",
        "18:05 — Share this with a neighbour who parks on the quay.",
    ],
)
def test_second_orders_and_stamped_orders_are_reader_requests(line: str) -> None:
    assert "FIL029" in codes(HEAD + line + "\n\nThe quay reopens in June.", "FIL029")


@pytest.mark.parametrize(
    "line",
    [
        "Drivers were told to slow down, and give a wide berth to the barriers.",
        "“Stay back and give us a few weeks,” the site manager told residents.",
        "Residents should check the council website, a spokesman said, and call a hotline if in doubt.",
        "Walkers who keep to the path and carry a torch will be safe, the coastguard said.",
        "Harbour master Ian Pike read the names of the crew, and laid a wreath on the wall.",
        "Police closed the quay and stopped a van at the gate.",
    ],
)
def test_reported_and_attributed_orders_are_not_reader_requests(line: str) -> None:
    assert codes(HEAD + line + "\n\nThe quay reopens in June.", "FIL029") == []


# -- FIL005: several slots in one bracket; a described slot that names its owner -----------------
@pytest.mark.parametrize(
    "line",
    [
        "The engineer, [NAME, AGE], said the footings were sound.",
        "Work began at dawn, said [SPOKESPERSON — insert quote on delays].",
        "The contractor's boss, [Site manager’s full name], declined to give a date.",
        "The wall will cost [AMOUNT; confirm with finance] to repair, the council said.",
        "The contract went to [Contractor's company name] after a tender.",
    ],
)
def test_bracketed_slots_are_placeholders(line: str) -> None:
    assert "FIL005" in codes(HEAD + line, "FIL005")


@pytest.mark.parametrize(
    "line",
    [
        "“The engineer [Ana Lund, the site lead] told us it was sound,” she said.",
        "“We sent [the contractor's] men home,” the foreman said.",
        "The report [see the council's website] was published on Monday.",
        "The engineer [a Dutch firm's expert] said the footings were sound.",
        "“[Lund's] crew finished early,” he said.",
    ],
)
def test_editorial_brackets_are_not_placeholders(line: str) -> None:
    assert codes(HEAD + line, "FIL005") == []


# -- FIL021: an apology for "my previous draft" -----------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Update: apologies for the mix-up in my first version, the wall is 40 metres long.",
        "(Sorry, my previous summary gave the wrong date.)",
        "The footings are steel, not timber as I wrote in my original draft — my mistake.",
        "- My earlier article was wrong about the cost; it is £2m.",
        "Was my last report wrong? Yes: I mistakenly put the cost at £3m.",
    ],
)
def test_apologies_for_my_draft_are_the_assistant_voice(line: str) -> None:
    assert "FIL021" in codes(HEAD + line, "FIL021")


@pytest.mark.parametrize(
    "line",
    [
        "Correction: An earlier version of this story misstated the length of the wall.",
        "“I regret the error in my previous statement,” the harbour master said.",
        "My first report from this harbour, in 2009, was about the same wall.",
        "In my previous column I argued the wall should be rebuilt in stone.",
    ],
)
def test_newsroom_corrections_and_quoted_apologies_are_not(line: str) -> None:
    assert codes(HEAD + line, "FIL021") == []


# -- BPL004: the ad-blocker notice in other words ----------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "We see you are reading with an ad-blocker on.",
        "Hi there — you're visiting with your adblocker enabled!",
        "Journalism costs money: please add this site to your allowlist.",
        "To keep reading, put us on your ad blocker's whitelist.",
        "(You are browsing with an ad blocker extension running.)",
        "It seems as though an ad-blocking tool is active on this device.",
    ],
)
def test_ad_blocker_notices_in_new_words(line: str) -> None:
    assert "BPL004" in codes(HEAD + line, "BPL004")


@pytest.mark.parametrize(
    "line",
    [
        "About a third of readers browse with an ad blocker, the publishers' group said.",
        "The council added the contractor to its approved list in March.",
        "Readers using ad blockers cost the paper £1m a year, its owner said.",
    ],
)
def test_reporting_about_ad_blockers_is_not_a_notice(line: str) -> None:
    assert codes(HEAD + line, "BPL004") == []


# -- AIT008 / AIT013: stock imagery of a dance, a web, a chapter etched deep --------------------------
@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("The wall has become an intricate dance between heritage and safety for everyone on the quay.", "AIT013"),
        ("The town now faces a sprawling web of permits, costs and worries along the whole seafront.", "AIT013"),
        ("The storm left a poignant chapter etched deeply into the story of the harbour.", "AIT008"),
    ],
)
def test_new_stock_images_are_flourishes(line: str, code: str) -> None:
    assert code in codes(HEAD + line, code)


@pytest.mark.parametrize(
    "line",
    [
        "The inquiry uncovered a web of shell companies behind the contractor.",
        "The ballet opens with an intricate dance for two lovers.",
        "Police are wrestling with a backlog of cases.",
    ],
)
def test_literal_dances_and_webs_are_not_flourishes(line: str) -> None:
    assert codes(HEAD + line, "AIT008", "AIT013") == []


# -- AIT011: a chain of additive connectives in one paragraph ---------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Moreover, the quay is shut; besides, the slipway is cracked; on top of that, the crane has failed.",
        "In addition, the wall is old. Furthermore, the sea is rising: what is more, the money has run out.",
        "Beyond that, the café has closed — adding to this, the car park is flooded; also, the ferry is late.",
    ],
)
def test_three_additive_connectives_in_a_paragraph_are_a_chain(line: str) -> None:
    assert "AIT011" in codes(HEAD + line, "AIT011")


@pytest.mark.parametrize(
    "line",
    [
        "Moreover, the quay is shut; besides, the slipway is cracked, the harbour master said.",
        "“Moreover, the quay is shut; besides, the slipway is cracked; on top of that, the crane has failed,” he said.",
        "The council also met; the slipway is also cracked; the crane also failed.",
    ],
)
def test_two_connectives_quotes_and_inner_also_are_not_a_chain(line: str) -> None:
    assert codes(HEAD + line, "AIT011") == []


# -- AIT009: the article ends on the writer's own question ------------------------------------------
@pytest.mark.parametrize(
    "ending",
    [
        "As the crews pack up, one question lingers over the seafront: will the town ever trust the wall again?",
        "With the wall half built, a larger question remains for every family on the quay: what is safety worth?",
        "**And if the sea rises faster than the council can build, who will be left to pay for the next wall?**",
    ],
)
def test_ending_on_the_writers_own_question_is_a_moralising_close(ending: str) -> None:
    assert "AIT009" in codes(HEAD + ending + "\n", "AIT009")


@pytest.mark.parametrize(
    "ending",
    [
        "“Who pays for the next one?” asked Ana Ruiz, who runs the café on the quay.",
        "Will the wall hold? The engineers will report to the council in June.",
        "The council meets on June 3 to decide who pays.",
    ],
)
def test_quoted_questions_and_questions_answered_are_not(ending: str) -> None:
    assert codes(HEAD + ending + "\n", "AIT009") == []
