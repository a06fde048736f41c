"""The time stamp that opens an entry of a live blog ("09:55 - ", "**14:10** — ", "7.30pm – ",
"10.05am: ", "16:20 GMT | "): rules that read how a line or a sentence opens skip it, since the
entry's own words begin after it (FIL028, FIL029, STY003, and the callout shapes of FIL001), and
DAT007 reads a same-day relative time in a stamped entry as placed by its stamp. The one source
of the stamp's pattern: its users import it from here."""

from __future__ import annotations

from functools import cache

from lint.patterns import LazyPattern, alternation_source
from lint.wordlists import data_lines


@cache
def stamp_source() -> str:
    """The stamp and its separator, as pattern source to embed: a clock time ("09:55", "7.30"),
    then a 12-hour mark or a time zone (``rules/data/stamp-time-zones.txt``) in any case ("pm",
    "a.m.", "GMT"), emphasis closing around the time ("**14:10**"), and a dash, bar or colon with
    the blanks after it. Built on first use (the zones are read then)."""
    zones = alternation_source(data_lines("stamp-time-zones.txt"), bounded=False)
    return rf"\d{{1,2}}[:.]\d{{2}}(?:[ \t]*+(?i:[ap]\.?m\.?|{zones}))?[ \t*_]*+[—–\-|:][ \t]*+"


#: The stamp at the point where it is matched.
STAMP = LazyPattern(stamp_source)
#: The stamp at the start of a block or a line, after blanks, a block quote, a heading's mark,
#: a bullet or emphasis.
LEADING_STAMP = LazyPattern(lambda: r"[\s*_>•#]*+" + stamp_source())
