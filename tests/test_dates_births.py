"""DAT006: a birth year in an appositive right after the person's surname ("Harwell, a Leeds-born
chemist born in 1968"), with no place or season between "born in" and the year. The pattern had
required a word there ("born in Utrecht in 1971"), so the plainest form of the apposition was not read
(found on blind batch 11 after it was measured). Variants of our own, with consistent look-alikes."""

from __future__ import annotations

import pytest

from tests.test_dates_formats_r6 import codes_in

#: (paragraph, codes): the article is dated 2026-05-01 by its front matter.
APPOSITIVE_BIRTHS = [
    ("Ferry captain Ilse Marwood, 38, said the crossing would resume. Marwood, a Harwich native born in 1961, has sailed it for decades.", ["DAT006"]),
    ("Councillor Dev Ranade, 47, chaired the meeting. Ranade, the ward's longest-serving member born in 1958, voted against.", ["DAT006"]),
    ("The chef, Pauline Osei, 29, opened the bistro. Osei, an apprentice-trained cook born in 1970, trained in Accra.", ["DAT006"]),
    ("Nurse Brona Keel, 52, led the ward. Keel, a mother of three born on the island in 1994, said staffing was thin.", ["DAT006"]),
    ("Goalkeeper Anton Vesely, 21, saved twice. Vesely, a former youth international born in 1988, signed in July.", ["DAT006"]),
    # consistent: age and birth year agree at the article's date
    ("Ferry captain Ilse Marwood, 64, said the crossing would resume. Marwood, a Harwich native born in 1961, has sailed it for decades.", []),
    ("Councillor Dev Ranade, 67, chaired the meeting. Ranade, the ward's longest-serving member born in 1958, voted against.", []),
    # a birth year of someone else in the apposition is not the person's
    ("Nurse Brona Keel, 52, led the ward. Keel, whose daughter was born in 2001, said staffing was thin.", []),
]


@pytest.mark.parametrize("paragraph,expected", APPOSITIVE_BIRTHS)
def test_a_birth_year_right_after_an_appositive_is_the_persons(paragraph: str, expected: list[str]) -> None:
    assert codes_in(paragraph) == expected


# -- DAT005: a wire-style apposition without an article ("Maureen Cole, former chair of the trust,") ------
#: (paragraph, codes); the body after "of"/"at" is the title's owner, as a possessive is.
BARE_APPOSITIONS = [
    ("Maureen Cole, former chair of the trust, opened the fete. Cole, the trust's chair, later drew the raffle.", ["DAT005"]),
    ("Idris Penhale, ex-captain of the lifeboat crew, spoke first. Penhale, captain of the lifeboat crew, thanked donors.", ["DAT005"]),
    ("Nell Garrow, former principal at Brookside, cut the ribbon. Garrow, Brookside's principal, then gave a speech.", ["DAT005"]),
    ("Tomas Reyes, former chief executive of Larkfield, signed the deal. Reyes, the chief executive, said it closed.", []),
    # a former post at one body and a current one at another are two titles
    ("Paulo Brandt, former chief executive of Aldmoor, said sales fell. Brandt, chief executive of Pellow, said costs rose.", []),
    ("Maureen Cole, former chair of the trust, opened the fete. Cole, chair of the parish council, drew the raffle.", []),
]


@pytest.mark.parametrize("paragraph,expected", BARE_APPOSITIONS)
def test_a_bare_apposition_is_a_title_with_its_owner(paragraph: str, expected: list[str]) -> None:
    assert codes_in(paragraph) == expected
