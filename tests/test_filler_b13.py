"""Round 9 (filler): classes of blind batch 13's misses, each written here in variants of our own
(other words, other grammatical positions) with look-alikes that must stay quiet:

- a summary label closed by a plain dash, a reading-time heading, a label behind "Here's the" and
  before its audience (FIL001);
- page chrome in other words: a "You are here:" trail, a comment form's notes, a blocker notice
  without "ad", a related-links heading naming other readers, a cookie banner's figure (BPL001-006);
- the assistant unable to browse in a subordinate clause (FIL004), an unfilled slot awaiting
  sign-off (FIL005), the pretended duty to mention (FIL007);
- a request to the reader inside a dash or a parenthesis (FIL020), a pitch in a parenthesis
  whose offer is a click away (FIL023);
- a closing "whether …" clause left to an unwritten chapter (AIT010);
- an aside between commas that stacks two figures inside a reported sentence (AIT013);
- a reader's question in bold over its own answer (FIL002).
"""

from __future__ import annotations

import pytest

from tests.test_filler_shapes import HEAD, codes

LEAD = "The ferry will run twice a day from May, the operator said on Monday.\n\n"
TAIL = "\n\nTickets cost 4 euros, the operator said.\n"

FOUND = [
    # FIL001: a label no sentence opens with, closed by a plain dash
    ("FIL001", "TL;DR — the ferry runs twice a day from May."),
    ("FIL001", "tldr – fares rise in June and the night boat stops."),
    ("FIL001", "- TL;DR -- the pier reopens on Friday."),
    # FIL001: a reading time before a summary noun, as a heading
    ("FIL001", "## The 60-second version"),
    ("FIL001", "### Two-minute recap"),
    ("FIL001", "## The five-minute briefing"),
    # FIL001: a label behind a lead-in and before its audience
    ("FIL001", "Here's the upshot for island commuters: buy a season ticket before May."),
    ("FIL001", "Here is the bottom line for drivers: book the car deck early."),
    ("FIL001", "Stat attack: three boats, two crews and one pier."),
    # BPL001: a trail behind "You are here:" that does not open with "Home"
    ("BPL001", "You are here: Front page » Travel » Ferries"),
    ("BPL001", "You are here: News › Islands"),
    # BPL003: the comment form's notes
    ("BPL003", "Have your say below. Fields marked with an asterisk are required."),
    ("BPL003", "Post a reply: boxes marked * must be completed."),
    ("BPL003", "Join in below; we will never publish your email address."),
    # BPL004: the blocker without "ad"
    ("BPL004", "Ads keep us going, so please disable your blocker for this site."),
    ("BPL004", "Kindly switch off your adblocker and then reload the page to read on."),
    ("BPL004", "Turn off your blocker, then refresh the page."),
    # BPL005: a related-links heading naming what other readers opened
    ("BPL005", "Readers also read"),
    ("BPL005", "People also viewed"),
    # BPL006: the banner's figure for cookies
    ("BPL006", "Our site keeps small crumbs on your device to remember your settings."),
    ("BPL006", "This website saves little morsels of data on your browser. Fine | Choose"),
    # FIL004: the assistant unable to browse, in a subordinate clause
    ("FIL004", "The timetable may change, and as I'm unable to browse live operator notices, check the port's site."),
    ("FIL004", "Fares were last set in March (I am not able to access current fare tables)."),
    ("FIL004", "Because I can't browse real-time sailings, the times above may be out of date."),
    # FIL005: a slot awaiting sign-off
    ("FIL005", "“[Quote from the harbour master – awaiting sign-off],” the harbour master said."),
    ("FIL005", "The operator's chief said [statement pending sign-off]."),
    # FIL007: the writer's pretended duty to mention a fact
    ("FIL007", "It would be remiss not to mention that the pier was rebuilt in 2019."),
    ("FIL007", "The night boat is cheaper, and it would be an oversight not to highlight its cabins."),
    ("FIL007", "We would be remiss if we did not note the new cycle racks."),
    ("FIL007", "I would be remiss of me not to point out the winter timetable."),
    # FIL020: a request inside a dash or a parenthesis
    ("FIL020", "The pier reopens on Friday (turn on push notifications in our app to hear when it does)."),
    ("FIL020", "Fares rise in June — hit reply in the box below and tell us what you think."),
    ("FIL020", "The crew were thanked by the mayor — so go on, tag the gym buddy who still hasn't booked!"),
    ("FIL020", "The night boat returns in May - enable push alerts in our app and never miss a sailing."),
    # FIL023: a pitch in a parenthesis, its offer a click away
    ("FIL023", "(Fancy the morning's sailings landing in your inbox? Our free briefing is one click away.)"),
    ("FIL023", "(Want every timetable change first? It is a single click away.)"),
    # AIT010: a closing "whether" clause as the subject of an unwritten chapter
    ("AIT010", "Whether islanders take to the new boat is a chapter that is still to be written."),
    ("AIT010", "Whether the route pays its way remains unwritten for now."),
    # AIT013: an aside between commas that stacks two figures in a reported sentence
    ("AIT013", "Maria Lund, a skipper whose visionary stewardship is a shining lodestar for the fleet, said the boat was ready."),
    ("AIT013", "The island, a place intricately interwoven with vibrant threads of salt and stone, has one shop, the council said."),
]

QUIET = [
    ("FIL001", "In a nutshell — and this is the operator's phrase — the ferry is full."),
    ("FIL001", "Tl Dr Smith, the port doctor, said the crew were well."),
    ("FIL001", "## The 60 passengers on board"),
    ("FIL001", "Here's the plan for the pier: a new ramp by May, the operator said."),
    ("FIL001", "The upshot of the vote was a fare rise, the council said."),
    ("BPL001", "You are here: that was the sign at the summit, she said."),
    ("BPL003", "Boxes marked fragile must be carried by hand, the crew said."),
    ("BPL004", "The drug is a beta blocker for this condition, the doctor said."),
    ("BPL004", "Patients were told to pause the blocker before surgery."),
    ("BPL005", "Readers also read the harbour master's report, the editor said."),
    ("BPL006", "The site stores grain on the quay, the farmers said."),
    ("FIL004", "The prisoner said she was unable to browse the library shelves."),
    ("FIL005", "The bill [awaiting approval by the Senate] passed its second reading."),
    ("FIL007", "It would be a mistake to close the route, the mayor said."),
    ("FIL007", "“It would be remiss not to mention the crew,” the mayor said."),
    ("FIL020", "Officials said the plan (share the costs with the county) was fair."),
    ("FIL020", "The captain said the crew — tag numbers on their jackets — were all accounted for."),
    ("FIL023", "Want to know more? The briefing is at 10am, the council said."),
    ("FIL023", "(Fancy a trip? The island is a short sail away.)"),
    ("AIT013", "Maria Lund, a skipper for 20 years, said the boat was ready."),
    ("AIT013", "The island, which has one shop and a school, lost its doctor in 2020."),
]


def _story(code: str, line: str) -> str:
    if line.startswith("#"):
        return HEAD + LEAD + line + "\n\nThe boat sails at noon." + TAIL
    if code in ("AIT010",):
        return HEAD + LEAD + "Tickets cost 4 euros, the operator said.\n\n" + line + "\n"
    return HEAD + LEAD + line + TAIL


@pytest.mark.parametrize("code,line", FOUND)
def test_the_class_is_found(code: str, line: str) -> None:
    assert code in codes(_story(code, line), code)


@pytest.mark.parametrize("code,line", QUIET)
def test_the_look_alike_stays_quiet(code: str, line: str) -> None:
    assert codes(_story(code, line), code) == []


def test_a_bold_reader_question_over_its_answer_is_an_faq() -> None:
    line = "**Do I need to book the car deck?** Bookings are advised in summer, the operator says."
    assert "FIL002" in codes(_story("FIL002", line), "FIL002")


def test_a_bold_interview_question_is_not_an_faq() -> None:
    line = "**Why did you leave the navy?** I wanted to be home more, she said."
    assert codes(_story("FIL002", line), "FIL002") == []
