"""The time stamp that opens an entry of a live blog ("09:55 - ", "**14:10** — ", "7.30pm – "):
rules that read how a line or a sentence opens skip it, since the entry's own words begin after
it (FIL028, FIL029, STY003)."""

from __future__ import annotations

from lint.patterns import LazyPattern

#: The stamp and its dash (markup around the time allowed), as pattern source to embed.
STAMP_SOURCE = r"\d{1,2}[:.]\d{2}(?:[ \t]*+[ap]\.?m\.?)?[*_]*+[ \t]*+[—–\-|][ \t]*+"
#: The stamp at the point where it is matched.
STAMP = LazyPattern(STAMP_SOURCE)
#: The stamp at the start of a block, after blanks, a block quote, a bullet or emphasis.
LEADING_STAMP = LazyPattern(r"[\s*_>•]*+" + STAMP_SOURCE)
