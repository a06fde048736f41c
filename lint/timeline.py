"""An article's own time line: every date-like expression, with its span and value.

The date rules (``lint.analyzers.dates``) compare an article with itself: the
year it gives one event here and there, the elapsed time it claims against the
dates it states, a weekday against its date. They all read one extraction,
computed once per document (``extract_timeline`` memoises on the document).

Extraction is a handful of regular expressions over ``doc.plain``. General
date parsers were tried and rejected: they are slow on whole articles and read
phrases such as "22 months into" or "the 1990s" wrongly, while news copy uses a
small set of regular forms. Everything here is a plain value with offsets into
the file, so rules can name each span by line and text.

Months are counted as ``year * 12 + (month - 1)`` ("month index") so that date
arithmetic is integer arithmetic. The expression records are ``NamedTuple``s,
not dataclasses: a dozen frozen dataclasses cost ~25 ms at import, on every run. The
module does not use ``from __future__ import annotations``: with it, every field annotation
of a ``NamedTuple`` is a string that ``typing`` compiles (about 90 of them, ~25 ms a run).
"""

import bisect
import calendar
import datetime as dt
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any, Callable, Container, Iterable, Iterator, Mapping, NamedTuple

import regex

from lint.patterns import LazyPattern, escape, longest_first
from lint.patterns import compile as compile_pattern
from lint.wordlists import data_lines, number_table, word_list, word_table

if TYPE_CHECKING:
    from lint.document import Document

# -- vocabulary ---------------------------------------------------------------------
class _Vocabulary(Mapping[Any, Any]):
    """A word list of rules/data, read on first use (importing this module reads nothing):
    membership, lookup and iteration as the dict or set the loader returns."""

    def __init__(self, loader: Callable[[str], Any], name: str) -> None:
        self._loader, self._name = loader, name

    @cached_property
    def _data(self) -> Any:
        return self._loader(self._name)

    def __getitem__(self, key: Any) -> Any:
        return self._data[key]

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __iter__(self) -> Iterator[Any]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def get(self, key: Any, default: Any = None) -> Any:
        return self._data.get(key, default)

    def items(self) -> Any:
        return self._data.items()


def _month_range(value: str) -> tuple[int, int]:
    first, _, last = value.partition("-")
    return int(first), int(last)


_POSSESSIVE = LazyPattern(r"['’]s$")
_MONTHS = _Vocabulary(number_table, "months.txt")
_WEEKDAYS = _Vocabulary(number_table, "weekdays.txt")
_NUMBER_WORDS = _Vocabulary(number_table, "number-words.txt")
_ORDINAL_WORDS = _Vocabulary(number_table, "ordinal-words.txt")
#: Months each unit of elapsed time stands for.
_UNIT_MONTHS = _Vocabulary(number_table, "time-units.txt")
#: "early 2025" and friends as (first month, last month); no part is the whole year.
_PARTS = _Vocabulary(lambda name: {None: (1, 12), **{k: _month_range(v) for k, v in word_table(name).items()}}, "year-parts.txt")
#: One-off events: the verb or noun that names them and the key they share.
_TRIGGERS = _Vocabulary(word_table, "one-off-events.txt")
#: Nouns naming something that starts and lasts (so that "its second year" can be counted).
_ONGOING = _Vocabulary(word_table, "ongoing-events.txt")
#: Words before a title that make it not a current title of that person.
_NOT_CURRENT = _Vocabulary(word_list, "not-current-modifiers.txt")
#: "has taken", "have lasted": a time counted up to the present (DAT002's durations to now).
_DURATION_VERBS = _Vocabulary(word_list, "duration-verbs.txt")
_NAME_STOP = _Vocabulary(lambda name: frozenset(data_lines(name)), "name-stop-words.txt")


# -- the expressions ----------------------------------------------------------------
class CalendarDate(NamedTuple):
    """A day: "March 4, 2025", "4 March 2025", "2025-03-04", "Tuesday, March 4".

    ``valid`` is False for a day the month does not have (February 30).
    """

    start: int
    end: int
    year: int | None
    month: int
    day: int
    weekday: int | None
    valid: bool


class MonthYear(NamedTuple):
    """A month or a part of a year: "February 2022", "early 2025", "mid-2024"."""

    start: int
    end: int
    year: int
    first_month: int
    last_month: int

    @property
    def months(self) -> tuple[int, int]:
        """First and last month index covered."""
        return self.year * 12 + self.first_month - 1, self.year * 12 + self.last_month - 1


class YearMention(NamedTuple):
    """A year written as a number; ``kind`` tells plain years from ranges and seasons.

    kinds: ``year`` (plain), ``range`` ("2014-2016", "2014 to 2016"), ``season``
    ("2024-25"), ``fiscal`` ("fiscal 2024", "FY2024"), ``decade`` ("the 1990s").
    """

    start: int
    end: int
    year: int
    kind: str


class Relative(NamedTuple):
    """A time that only makes sense against the publication date: "yesterday", "last week"."""

    start: int
    end: int
    text: str
    #: day, night, week, weekend, month or weekday.
    unit: str


class Elapsed(NamedTuple):
    """A claim about elapsed time: "now in its second year", "22 months into the war".

    ``low``/``high`` bound the elapsed months (half-open). ``subject`` is the
    ongoing thing it counts ("war"), when the sentence names one; ``past`` is
    set when the statement is about an earlier moment ("was in its second year").
    """

    start: int
    end: int
    text: str
    low: int
    high: int
    subject: str | None
    past: bool
    #: Said of the present in so many words ("now in its", "is in its", "still in its").
    now: bool = False


class Since(NamedTuple):
    """A time counted from a dated event: "five years after the 2023 fine", "the 20th anniversary of the 2015 flood".

    The moment the sentence speaks of is ``base`` plus ``low`` months at least.
    """

    start: int
    end: int
    text: str
    low: int
    base: MonthYear
    #: "after" or "anniversary".
    kind: str


class Gap(NamedTuple):
    """A count of years set beside the year it lands on: "eight years ago, in 2019", "a decade later, in 2016".

    ``low``/``high`` bound the years counted (inclusive); ``direction`` is "ago" (from the time of
    writing), "later" or "earlier" (from the year the article gave just before).
    """

    start: int
    end: int
    text: str
    low: int
    high: int
    year: int
    direction: str


class Milestone(NamedTuple):
    """A milestone of the present counted from a beginning: "marks its 50th anniversary this year",
    "returns next summer for its fifteenth edition", "celebrates its centenary this season".

    ``years`` is the count; ``shift`` the year it falls in against the time of writing ("next summer":
    +1, "last year": -1); ``kind`` "anniversary" or "edition" (rules/data/milestone-words.txt).
    """

    start: int
    end: int
    text: str
    years: int
    shift: int
    kind: str


class Anchor(NamedTuple):
    """A statement of when "now" is: "as of early 2025", "continues into 2025"."""

    start: int
    end: int
    when: MonthYear


class EventDate(NamedTuple):
    """A one-off event given a year: "the 2014 annexation of Crimea"."""

    start: int
    end: int
    event: str
    obj: str
    year: int
    month: int | None
    #: Words like "full-scale" or "second" that tell two events of one kind apart.
    qualified: bool


class DatedEvent(NamedTuple):
    """An event named by a word of rules/data/event-words.txt and dated: "opened in 2019",
    "its 2021 opening", "her death on July 2", "the March 17 recall".

    ``subject`` is the thing it happens to when the sentence names it ("plant",
    "she"), else None; ``qualified`` is set by words that tell two events of one
    kind apart ("second", "earlier", "first").
    """

    start: int
    end: int
    event: str
    subject: str | None
    year: int | None
    month: int | None
    day: int | None
    qualified: bool
    #: The event begins something that lasts (an opening, a founding, taking office).
    begins: bool
    #: Named by a noun ("its opening") rather than a verb ("opened").
    noun: bool = False
    #: A kind of event that recurs (an election): comparable by the day only.
    recurring: bool = False
    #: The months (first, last) a part of the year before the noun allows ("its autumn 2024 debut": 9-11).
    part: tuple[int, int] | None = None


class StartDate(NamedTuple):
    """When an ongoing thing began: "the invasion in February 2022", "the war began in 2014"."""

    start: int
    end: int
    subject: str
    when: MonthYear


class Age(NamedTuple):
    start: int
    end: int
    person: str
    age: int


class DurationToNow(NamedTuple):
    """A time counted up to the present in the perfect: "has taken almost five years"; ``low``/``high``
    bound it in months."""

    start: int
    end: int
    low: int
    high: int


class BirthYear(NamedTuple):
    start: int
    end: int
    person: str
    year: int


class Title(NamedTuple):
    """An office title before a name; ``former`` for "former"/"ex-" titles."""

    start: int
    end: int
    title: str
    person: str
    first_names: str
    former: bool
    #: Words before the office that say whose office it is ("Dolphins", "union"), lower case.
    qualifier: frozenset[str] = frozenset()


class DocDate(NamedTuple):
    """When the article says it was written, and where that came from."""

    date: dt.date
    source: str  # front matter, dateline or as-of
    start: int = -1
    end: int = -1


# -- patterns -------------------------------------------------------------------------
_MON = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WD = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_PART = r"(?:(?P<part>early|mid|late|the\s+end\s+of|the\s+start\s+of)[\s-]+)?"
_NAME_WORD = r"(?:(?:al|el)-)?\p{Lu}[\p{Ll}'’\-]+(?:\p{Lu}[\p{Ll}]+)?"
#: Words that tell two events of one kind apart ("the second recall", "first opened").
_EVENT_QUALIFIERS = (
    r"second|third|first|earlier|previous|prior|another|other|new|latest|last|next|original|initial|renewed|repeat"
    r"|latter|former|later|subsequent|further"
)
#: A date after "on"/"in" in an event phrase: "Wednesday, May 12", "14 January 2022", "2019", "June 30",
#: "the year 1987" (as translated copy writes it).
_EVENT_DATE = (
    rf"(?:the\s+year\s+)?(?:{_WD},?\s+)?(?:(?P<d0>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon0>{_MON})\b\.?"
    rf"|(?P<mon>{_MON})\b\.?(?:\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b)?)?(?:,?\s*(?P<y>{_YEAR})\b)?"
)
_NAME = rf"(?:{_NAME_WORD}|\p{{Lu}}\.)(?:\s+(?:{_NAME_WORD}|\p{{Lu}}\.(?:\s*\p{{Lu}}\.)*)){{0,3}}"


def _pattern(name: str) -> regex.Pattern[str]:
    """One pattern, compiled on first use: importing the module, or linting an
    article that never needs a pattern, must not pay for compiling it."""
    return _compiled(name)


@lru_cache(maxsize=None)
def _compiled(name: str) -> regex.Pattern[str]:
    return _sources()[name]()


@lru_cache(maxsize=None)
def _sources() -> dict[str, Any]:
    """Each pattern as a thunk that compiles it."""

    def c(source: str, flags: int = 0) -> Any:
        return lambda: compile_pattern(source, flags)

    _NUM = r"(?:\d{1,3}|" + "|".join(longest_first(_NUMBER_WORDS)) + r")"
    _ORD = r"(?:\d{1,2}(?:st|nd|rd|th)|" + "|".join(longest_first(_ORDINAL_WORDS)) + r")"

    trig_n = "|".join(k for k in _TRIGGERS if k.endswith(("ion", "ing", "ence")))
    trig_v = "|".join(k for k in _TRIGGERS if k.endswith("ed"))
    ongoing = "|".join(_ONGOING)
    # A month with its year, or a part of a year; anchors also take a bare year ("into 2025").
    part_only = r"(?P<part2>early|mid|late|the\s+end\s+of|the\s+start\s+of)[\s-]+"
    been = r"(?:was|were|had\s+been|has\s+been)"
    duration_verbs = "|".join(r"\s+".join(w.split()) for w in longest_first(_DURATION_VERBS))
    any_year = rf"(?:{_PART}(?P<mon>{_MON})\s+|(?:{part_only})?)(?P<y>{_YEAR})\b"
    return {
        "date_mdy": c(
            rf"\b(?P<mon>{_MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!:|\.\d|\s*%|\s+(?:percent|per\s+cent|points|times)\b)"
            rf"(?:,?\s+(?P<y>{_YEAR})\b)?"
        ),
        "date_dmy": c(
            rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})\b"
            rf"(?:,?\s+(?P<y>{_YEAR})\b)?"
        ),
        "date_iso": c(rf"(?<![\w/.-])(?P<y>{_YEAR})-(?P<m>\d\d)-(?P<d>\d\d)(?![\w/-])"),
        # Day first, as Europe writes it with full stops: "31.09.2024".
        "date_dotted": c(rf"(?<![\w/.,-])(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>{_YEAR})(?![\w/-]|[.,]\d)"),
        # "the 32nd of March", "the 0th of August": an ordinal and "of" name a day, never a count.
        "ordinal_of_before": c(r"\bthe\s+\d{1,2}(?:st|nd|rd|th)\s+of\s+$", regex.I),
        "date_numeric": c(rf"(?<![\w/.-])(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>{_YEAR})(?![\w/-])"),
        "weekday_paren_before": c(rf"\b(?P<wd>{_WD})\s+\($"),
        "day_after_month": c(
            rf"\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!:\d|\.\d|\s*%|\s+(?:percent|per\s+cent|points|times)\b)"
        ),
        "day_before_month": c(
            r"(?:(?P<on>\b(?:on|by|from|until|till|before|after)\s+)|\b)(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$", regex.I
        ),
        "auxiliary": c(r"\b(?:was|were|is|has|had)\b"),
        "on_before": c(r"\b(?:on|by|until|till|before|after)\s+$", regex.I),
        "year_after_part": c(rf"[\s-]+(?P<y>{_YEAR})\b"),
        "year_after": c(rf",?\s+(?P<y>{_YEAR})\b"),
        # "March 32, 2025": a count of people is never followed by a comma and a year.
        "comma_year_after": c(rf",\s*{_YEAR}\b(?!\s*(?:people|persons|residents|votes|\p{{Ll}}+s)\b)"),
        "part_before": c(r"\b(?P<part>early|mid|late|the\s+end\s+of|the\s+start\s+of)[\s-]+$", regex.I),
        "year": c(
            rf"(?<![\w$£€¥#.,/-]|\d[.,])(?:(?P<fiscal>fiscal(?:\s+year)?\s+|FY\s?)?(?P<y>{_YEAR})"
            rf"(?:(?P<decade>s|['’]s)|(?P<season>[-–/](?:\d\d|{_YEAR})(?!\d))|\s*(?:-|–|to|through|until)\s*(?P<to>{_YEAR}))?)"
            r"(?![\w%]|[.,]\d)",
        ),
        # Front-matter values only: article text is read around month names instead.
        # Speed: most patterns below start at a word that is rare or capitalised
        # and check the words before it in a small window ("*_before" patterns,
        # anchored at the window's end); a pattern that may start at any word is
        # tried at every position of the article.
        "relative_before": c(r"\b(?:[Ll]ast|[Tt]his(?:\s+past)?|[Nn]ext|[Ee]arlier\s+this|[Ll]ater\s+this)\s+$"),
        # "a fortnight ago", "three days ago", "earlier today": counted back from the day of writing.
        "relative_ago": c(
            rf"\b(?:(?:a|an|one|a\s+few|few|several|{_NUM})\s+(?P<unit>days?|nights?|weeks?|fortnights?|months?)\s+ago"
            rf"|(?:[Ee]arlier|[Ll]ater)\s+today)\b",
            regex.I,
        ),
        # "over the weekend", "at the start of the month", "Tuesday last": relative without "last"/"this" before the unit.
        "relative_phrase": c(
            r"\b(?:(?:[Oo]ver|[Aa]t)\s+the\s+(?P<weekend>weekend)"
            r"|(?:start|beginning|end|turn)\s+of\s+the\s+(?P<month>month)"
            r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?P<weekday>last)(?!\s+(?:week|month|year)))\b"
        ),
        "weekday": c(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"),
        "weekday_relative_before": c(r"\b(?:[Oo]n|[Bb]y|[Ll]ast|[Tt]his|[Nn]ext)\s+$"),
        "date_follows": c(rf"\s*,?\s*(?:{_MON}|\d|the\s+\d|\()"),
        "weekday_before": c(rf"(?P<wd>{_WD}),?\s+(?:the\s+)?$"),
        "elapsed_ordinal_before": c(
            rf"\b(?:(?P<pre>[Nn]ow|is|are|was|were|then|still|already)\s+)?(?:(?:well|firmly)\s+)?(?:[Ii]n|[Ii]nto|[Ee]nter(?:ing|s|ed))\s+"
            rf"(?:its|their|the|his|her)\s+(?P<n>{_ORD})\s+$"
        ),
        "elapsed_into": c(
            rf"\b(?P<unit>years?|months?|decades?)\s+into\s+(?:the|a|an|its|this)\s+(?:[\p{{Ll}}-]+\s+){{0,2}}?(?P<subj>{ongoing})\b"
        ),
        "elapsed_into_before": c(
            rf"(?:\b(?P<pre>just|nearly|almost|about|some|roughly|more\s+than|over|only)\s+)?\b(?P<n>{_NUM})\s+$", regex.I
        ),
        # Counted times start at their unit ("years after ..."); the number before it is read backwards.
        "since": c(
            rf"\b(?P<unit>years?|months?|decades?)\s+(?:after|since)\s+(?P<gap>[^.;:!?\n\d]{{0,60}}?)"
            rf"(?:(?P<part>early|mid|late|spring|summer|autumn|fall|winter)[\s-]+|(?P<mon>{_MON})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)?"
            rf"(?P<y>{_YEAR})\b(?![-–/]\d)",
            regex.I,
        ),
        # "eight years ago, in 2019", "a decade later, in 2016", "six years later, in 2023", "thirty years on, in 1998".
        "gap": c(
            rf"\b(?:(?P<pre>nearly|almost|about|some|roughly|more\s+than|over|just|only|exactly)\s+)?(?P<n>{_NUM})\s+"
            rf"(?P<unit>years?|decades?)\s+(?P<dir>ago|later|earlier|on)\s*,?\s+(?:in|by)\s+(?:the\s+)?"
            rf"(?:(?:early|mid|late|spring|summer|autumn|fall|winter)(?:\s+of)?[\s-]+|(?:{_MON})\.?\s+(?:\d{{1,2}},?\s+)?)?"
            rf"(?P<y>{_YEAR})\b(?![-–/]\d|s\b|['’]s)",
            regex.I,
        ),
        # "has taken almost five years", "have lasted a decade" (not "has taken three years of losses").
        "duration_to_now": c(
            rf"\b(?:has|have)\s+(?:now\s+|already\s+)?(?:{duration_verbs})\s+"
            rf"(?:(?P<pre>nearly|almost|about|some|roughly|more\s+than|over|just|only|close\s+to)\s+)?(?P<n>{_NUM})\s+"
            rf"(?P<unit>years?|months?|decades?)\b(?!\s+(?:of|in\s+(?:a|the)\s+(?:row|past))\b)",
            regex.I,
        ),
        # "its 50th anniversary", "their fifteenth edition", "its centenary": a milestone of the thing itself
        # (not "the 11th anniversary of the blaze": an "of" after it names another event).
        "milestone": c(
            rf"\b(?:its|their)\s+(?:(?:(?P<n>{_ORD})\s+|(?P<num>\d{{1,3}})(?:st|nd|rd|th)\s+){_milestone_qualifier()})?(?P<w>{_milestone_alternation()})\b"
            rf"(?!\s+(?:of|for)\b|\s+(?:was|were|had)\b)",
            regex.I,
        ),
        # What puts a milestone now: a verb of the present ("marks its", "is celebrating its") or a time
        # of this, next or last year in its sentence.
        "milestone_now": c(
            r"\b(?P<verb>\p{Ll}+s|\p{Ll}+ing)\s+(?:\p{Ll}+ly\s+)?(?:its|their)\s+$"
        ),
        "milestone_when": c(
            r"\b(?P<rel>this|next|last)\s+(?:year|season|spring|summer|autumn|fall|winter|month|week)\b|\bnow\b", regex.I
        ),
        "anniversary": c(rf"\banniversary\s+of\s+(?P<gap>[^.;:!?\n\d]{{0,40}}?)(?P<y>{_YEAR})\b(?![-–/]\d)", regex.I),
        "ordinal_before": c(rf"\b(?P<n>{_ORD})\s+$", regex.I),
        "anchor": c(
            rf"\b(?:as\s+of\s+(?:the\s+)?|(?:continu\w*|stretch\w*|drag\w*(?:\s+on)?|extend\w*|last\w*|run\w*|"
            rf"rag\w*|go(?:es|ing)?\s+on)\s+into\s+){any_year}",
            regex.I,
        ),
        "ongoing_noun": c(rf"\b(?P<subj>{ongoing})\b", regex.I),
        "event_pre": c(
            rf"\b(?P<y>{_YEAR})\s+(?P<q>(?:full[-\s]scale|second|first|renewed|new|initial|latest)\s+)?(?P<t>{trig_n})\s+of\s+(?:the\s+)?(?P<o>{_NAME})"
        ),
        "event_qualifier_before": c(r"\b(?:full[-\s]scale|second|first|renewed|new|initial|latest)\s+$"),
        "event_post": c(
            rf"\b(?P<t>{trig_n})\s+of\s+(?:the\s+)?(?P<o>{_NAME})"
            rf"(?:\s+by\s+(?:the\s+)?{_NAME})?\s+in\s+(?:(?P<mon>{_MON})\s+)?(?P<y>{_YEAR})\b"
        ),
        "event_active": c(
            rf"\b(?P<t>{trig_v})\s+(?:the\s+)?(?P<o>{_NAME})\s+in\s+(?:(?P<mon>{_MON})\s+)?(?P<y>{_YEAR})\b"
        ),
        "event_passive": c(
            rf"\b(?P<t>{trig_v})(?:\s+by\s+(?:the\s+)?{_NAME})?\s+in\s+(?:(?P<mon>{_MON})\s+)?(?P<y>{_YEAR})\b"
        ),
        "event_object_before": c(
            rf"\b(?P<o>{_NAME})(?:\s*,\s*(?:the|a|an)\s[^,.;:!?\n]{{1,80}}?(?:,\s*|\s+)(?:{been}\s+)?|\s+{been}\s+)"
            rf"(?:\p{{Ll}}+ly\s+)?$"
        ),
        "event_noun": c(rf"\b(?P<n>{_event_alternation('noun')})\b"),
        # What dates a noun from before it: "the March 17 recall", "its 2021 opening", "Acme's 1998 founding".
        "dated_noun_pre": c(
            rf"\b(?P<det>[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|{_NAME_WORD}['’]s|\p{{Ll}}+['’]s)\s+(?:(?P<q>{_EVENT_QUALIFIERS})\s+)?"
            rf"(?:(?P<mon>{_MON})\.?\s+(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{_YEAR}))?|(?P<y3>{_YEAR}))"
            rf"|(?:(?P<part>early|mid|late|spring|summer|autumn|fall|winter)[\s-]+)?(?P<y2>{_YEAR}))\s+$"
        ),
        "event_object_after": c(rf"\s+(?:of|with|to|between|by|for|at|from)\s+(?:the\s+)?(?P<o>{_NAME})"),
        "dated_noun_post": c(
            rf"\b(?P<n>{_event_alternation('noun')})\s+(?:of\s+(?P<o>(?:the\s+)?[\p{{L}}'’-]+(?:\s+[\p{{L}}'’-]+){{0,2}}?)\s+)?"
            rf"(?:on|in|of)\s+{_EVENT_DATE}"  # "the attack of Sept. 28", "the flood of June 3, 2014"
        ),
        # "the merger was completed in January 2024", "the recall was announced on March 3": the event's
        # noun as the subject of a verb that dates it (rules/data/event-completion-verbs.txt).
        "dated_noun_verb": c(
            rf"\b(?P<n>{_event_alternation('noun')})\s+(?:of\s+(?P<o>(?:the\s+)?[\p{{L}}'’-]+(?:\s+[\p{{L}}'’-]+){{0,5}}?)\s+)?"
            rf"(?:{_completion_verbs()})\s+(?:(?:officially|finally|formally)\s+)?"
            rf"(?:on|in)\s+{_EVENT_DATE}"
        ),
        "dated_verb": c(
            rf"\b(?P<v>(?i:{_event_alternation('verb')}))\s+(?:(?!(?:on|in|and|but|after|before|since|until|from)\b)[\p{{Ll}}'’-]+\s+){{0,3}}?"
            rf"(?:on|in)\s+{_EVENT_DATE}"
        ),
        # "founded by two nurses in a rented hall in 1921", "opened at the old quay on 4 May 2019": one or two
        # phrases of words (an agent, a place; no figures, no commas) between the verb and its date.
        "dated_verb_phrase": c(
            rf"\b(?P<v>{_event_alternation('verb')})\s+(?:(?:by|at|in|on|outside|near|beside|behind|under)\s+"
            rf"(?:[\p{{L}}'’-]+\s+){{1,5}}?){{1,2}}(?:in|on)\s+{_EVENT_DATE}"
        ),
        "event_subject_before": c(
            rf"(?:(?P<det>\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)\b)\s+)?(?:(?P<q>\b(?:{_EVENT_QUALIFIERS}))\s+)?(?P<s>[\p{{L}}'’-]+)\s+(?:(?:was|were|is|had|has|had\s+been|has\s+been|been|first|officially|finally|formally|only)\s+){{0,2}}$"
        ),
        # "Demsky, a former army engineer, was sworn in ...": the subject before an appositive;
        # "His wife, Mira, died ...": a name set off as the appositive of the subject.
        "event_appositive_before": c(
            rf"(?P<who>{_NAME})\s*,\s*(?:(?:a|an|the)\s[^,.;:!?\n]{{1,80}},\s*)?(?:(?:which|who)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?$"
        ),
        # "Since taking office in 2021, Demsky has ...": the subject after an opening clause.
        "event_subject_after": c(rf"\s*,\s*(?P<who>{_NAME})\s+\p{{Ll}}"),
        "start": c(
            rf"\b(?P<subj>{ongoing})\b(?:\s+(?:of|in|on|against|with)\s+{_NAME})?(?:\s+(?:began|started|broke\s+out|erupted|was\s+launched|"
            rf"that\s+began|which\s+began|beginning|starting))?\s+(?:in|on|since)\s+(?:(?P<d>\d{{1,2}})\s+)?"
            rf"(?:(?P<mon>{_MON})\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)?(?P<y>{_YEAR})\b",
            regex.I,
        ),
        "start_pre": c(rf"\b(?:(?P<mon>{_MON})\s+)?(?P<y>{_YEAR})\s+(?:full[-\s]scale\s+)?(?P<subj>{ongoing})\b", regex.I),
        "age_after": c(rf"(?P<who>{_NAME})\s*,\s*(?:(?:a|an|the)\s+)?(?P<n>\d{{1,3}})(?:-year-old\b[^,.;]{{0,40}})?\s*,"),
        "age_before": c(rf"\b(?P<n>\d{{1,3}})-year-old\s+(?:(?!(?:from|of|in|at|on|with|and|who|whose)\s)[\p{{Ll}}-]+\s+){{0,3}}?(?P<who>{_NAME})"),
        # "Rohit Malhotra (29), a resident of ...": an age in brackets after a name, as South Asian and West
        # African papers write it; not a list of goal minutes or counts ("Okafor (23), Bello (67)").
        "age_paren": c(
            rf"(?P<who>{_NAME})\s*\((?P<n>1[5-9]|[2-9]\d|10\d)\)(?!\s*[,;]?\s*(?:and\s+)?\p{{Lu}}[\p{{L}}'’-]+(?:\s+\p{{Lu}}[\p{{L}}'’-]+)?\s*\(\d)"
        ),
        "age_aged": c(rf"(?P<who>{_NAME})\s*,\s*(?:who\s+is\s+|now\s+)?aged?\s+(?P<n>\d{{1,3}})\b"),
        "born": c(
            rf"(?P<who>{_NAME})(?:(?:\s*,\s*(?:who\s+was\s+)?|\s+(?:was|is)\s+)born|\s*\(\s*(?:born|b\.))\s+(?:on\s+|in\s+)?"
            rf"(?:(?:{_MON})\s+(?:\d{{1,2}},?\s+)?|\d{{1,2}}\s+{_MON}\s+)?(?P<y>{_YEAR})\b"
        ),
        # "Born in Port Aldery in 1969, Fontaine worked": the subject follows the participle's clause, perhaps
        # after a short title with a full stop ("Born in 1941 on a farm, Mrs. Thorne was").
        "born_before": c(
            rf"\bBorn\b[^.;:!?\n]{{0,80}}?\b(?P<y>{_YEAR})\b(?:[^.;:!?\n]{{0,80}}?)?,\s+(?:\p{{Lu}}\p{{Ll}}{{1,3}}\.\s+)?(?P<who>{_NAME})(?=\s+\p{{Ll}})"
        ),
        # "Achterberg, who was born in Utrecht in 1971", "Whitcombe, a Dayton native born in 1981",
        # "Ollivant, a retired teacher who was born in the spring of 1971": a place or a season between.
        "born_loose": c(
            rf"(?P<who>{_NAME})\s*,\s*(?:(?:a|an|the)\s[^,.;:!?\n]{{1,80}}?\s+)?(?:who\s+was\s+)?born\s+"
            rf"(?:in|at|on)\s+(?:the\s+)?[^.;:!?\n\d]{{0,60}}?\b(?P<y>{_YEAR})\b"
        ),
        # "Ostrander, the 2001-born founder": a birth year as a compound adjective in an appositive.
        "born_hyphen": c(rf"(?P<who>{_NAME})\s*,\s*(?:a|an|the)\s+(?P<y>{_YEAR})-born\b"),
        # "Friday marks ten years since the fire of November 21, 2014": a count of the present.
        "marks_before": c(r"\b(?:marks|marking|mark|it\s+is|it['’]s|it\s+has\s+been)\s+(?:exactly\s+)?$", regex.I),
        # "Saturday's derby defeat at Oxlow on 4 May": a weekday naming the day of a thing dated just after.
        "weekday_possessive": c(
            r"\b(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s\s+(?:[\p{L}-]+\s+){1,5}?on\s+(?:the\s+)?(?=\d|\p{Lu})"
        ),
        # "Oyelaran, who celebrated her 52nd birthday in January, was born in Ibadan in 1968": a relative clause
        # between the name and "was born", a verb phrase before "and was born", or a place between "born" and the
        # year ("Doe was born in Leeds in 1960").
        "born_after_clause": c(
            rf"(?P<who>{_NAME})(?:\s*,\s*who\s+[^,.;:!?\n]{{1,80}},)?(?:\s+\p{{Ll}}[^,.;:!?\n]{{0,60}}?\s+and)?\s*(?:was|is)\s+born\s+(?:(?:in|at|on)\s+)?"
            rf"(?:the\s+)?[^.;:!?\n\d]{{0,60}}?\b(?P<y>{_YEAR})\b(?![-–/]\d)"
        ),
        # "The 29-year-old, born in the harbour district in 1990, said": an age and a birth year of one subject.
        "age_born_appositive": c(
            rf"\b(?P<who>[Tt]he\s+(?P<n>\d{{1,3}})-year-old)\s*,\s*(?:who\s+was\s+)?born\b[^.;:!?\n\d]{{0,60}}?\b(?P<y>{_YEAR})\b(?![-–/]\d)"
        ),
        # "The researcher — born in 1988 in a nearby port, and now 36 —": a birth year and an age "now" of one
        # subject in one clause (not a relative's: no possessive between; not a count: a break follows the age).
        "born_now_age": c(
            rf"\bborn\b(?:(?!\b(?:whose|her|his|their|its)\b)[^.;:!?\n\d]){{0,60}}?\b(?P<y>{_YEAR})\b(?![-–/]\d)"
            rf"(?:(?!\b(?:whose|her|his|their|its|my|our)\b)[^.;:!?\n\d]){{0,40}}?\b(?:and\s+)?(?:is\s+)?now\s+(?:aged?\s+)?(?P<n>\d{{1,3}})\b"
            rf"(?=\s*(?:,|—|–|--|;|\)|\.(?!\d)|$)|\s+years?\s+old\b)"
        ),
        # "Amankwah, 19, was born in 2002", "Osei, 61, who was born in 1958", "Lind, 30, is a diplomat: born in
        # 1960": an age set off after the name and a birth year later in its sentence, with no possessive between
        # (a relative's birth: "Lind, 30, whose father was born in 1960").
        "born_after_age": c(
            rf"(?P<who>{_NAME})\s*,\s*\d{{1,3}}\s*,(?:(?!\b(?:whose|her|his|their|its|my|our)\b)[^.;!?\n\d]){{0,80}}?"
            rf"\bborn\b(?:(?!\b(?:whose|her|his|their|its)\b)[^.;:!?\n\d]){{0,60}}?\b(?P<y>{_YEAR})\b(?![-–/]\d)"
        ),
        # An age told as a birthday reached, in the sentence of a birth year: "turned 58 this summer",
        # "celebrated her 52nd birthday in January" (not one dated with a year of its own: "turned 40 in 2010").
        "age_reached": c(
            rf"\b(?:turned\s+(?P<n>\d{{1,3}})(?!\d|\s*(?:%|percent|per\s+cent|points|times|years?\s+(?:ago|before|earlier|after|later)))"
            rf"|(?:her|his|their)\s+(?P<o>\d{{1,3}})(?:st|nd|rd|th)\s+birthday)\b"
            rf"(?![^,.;:!?\n]{{0,40}}\b{_YEAR}\b)"
        ),
        # A weekday and a full date in the page furniture an HTML reader leaves out of the article
        # ("Last updated Friday, November 21, 2026", "Saturday 22 June 2025" in a meta line).
        "weekday_full_date": c(
            rf"\b(?P<wd>{_WD}),?\s+(?:(?P<mon>{_MON})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>{_YEAR})"
            rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MON})\.?,?\s+(?P<y2>{_YEAR}))\b"
        ),
        # A title set off beside the name: "Reel, the club's manager,", "Vaz was the former president of ...".
        "title_after_name": c(
            rf"(?P<who>{_NAME})(?:\s*,\s*|\s+(?P<verb>was|is|had\s+been|has\s+been)\s+)(?:the|its|their|his|her)\s+"
            rf"(?:(?P<pos>\p{{L}}[\p{{L}}-]*['’]s)\s+)?(?:(?P<former>former|ex-)\s*)?(?P<mods>(?:\p{{Ll}}[\p{{Ll}}-]*\s+){{0,2}}?)"
            rf"(?P<t>(?:(?:{_office_alternation()})\s+){{0,2}}(?P<last>{_office_alternation()}))\b(?!['’-])"
        ),
        # "Maureen Cole, former chair of the trust,", "Garrow, Brookside's principal,", "Garrow — Brookside's
        # former principal —": a wire-style apposition (set off by a comma or a spaced dash)
        # with no article; its body is the qualifier ("of the trust" as "the trust's"), so a former post at one
        # body and a current one at another ("former chief executive of Aldmoor ... chief executive of Pellow")
        # are not one title.
        "title_after_name_bare": c(
            rf"(?P<who>{_NAME})\s*(?:,|\s[—–]|\s--)\s*(?:(?P<pos>\p{{Lu}}[\p{{L}}-]*['’]s)\s+)?(?:(?P<former>former|ex-)\s*)?"
            rf"(?P<t>(?:(?:{_office_alternation()})\s+){{0,2}}(?P<last>{_office_alternation()}))\b(?!['’-])"
            rf"(?:\s+(?:of|at)\s+(?:the\s+)?(?P<of>\p{{L}}[\p{{L}}-]*)(?P<org>(?:\s+\p{{Lu}}[\p{{L}}&'’-]*){{0,3}}))?"
        ),
        # "The club's former captain, Joss Merriday,": a title set off before the name.
        "title_before_name": c(
            rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:(?P<pos>\p{{L}}[\p{{L}}-]*['’]s)\s+)?(?:(?P<former>former|ex-)\s*)?"
            rf"(?P<t>{_office_alternation()})\s*,\s*(?P<who>{_NAME})\s*[,.;]"
        ),
        # "Austria's environment minister, Leonie Brandstätter,": an owner's office, set off before the name.
        "title_before_name_owner": c(
            rf"\b(?P<pos>\p{{Lu}}[\p{{L}}-]*['’]s)\s+(?:(?P<former>former|ex-)\s*)?(?:\p{{Ll}}[\p{{Ll}}-]*\s+){{0,2}}?"
            rf"(?P<t>{_office_alternation()})\s*,\s*(?P<who>{_NAME})\s*[,.;]"
        ),
        # "Whitcombe, who remains chief executive", "Boateng continues as Riverside's chief of surgery": an office
        # held now, told by a verb (rules/data/continuing-verbs.txt); its head is the last office word.
        "title_continuing": c(
            rf"(?P<who>{_NAME})(?:\s*,\s*who\s+(?:now\s+)?|\s+)(?:{_continuing_verbs()})\s+(?:(?:the|its|their|his|her)\s+)?"
            rf"(?:(?P<pos>\p{{L}}[\p{{L}}-]*['’]s)\s+)?(?P<mods>(?:\p{{Ll}}[\p{{Ll}}-]*\s+){{0,2}}?)(?P<t>(?:(?:{_office_alternation()})\s+){{0,2}}(?P<last>{_office_alternation()}))\b(?!['’-])"
        ),
        # "She was born in 1968.": whose birth the paragraph's named subject tells (``Timeline.births``).
        "born_pronoun": c(rf"\b(?:She|He)\s+was\s+born\b[^.;:!?\n\d]{{0,60}}?\b(?P<y>{_YEAR})\b"),
        # A sentence opening with a name and a verb: "Quint trained at ...".
        "sentence_subject": c(rf"\s*(?P<who>{_NAME})\s+\p{{Ll}}"),
        # The obituary headline: "... dies at 88", "... dies aged 88".
        "age_dies": c(r"\b(?:[Dd]ies|[Dd]ied|[Dd]ead)\s+(?:at|aged)\s+(?P<n>\d{1,3})\b(?![.,]\d|\s*%)"),
        # The obituary formula: "She was 84." closing a sentence.
        "age_pronoun": c(r"\b(?:She|He)\s+(?:was|is)\s+(?P<n>\d{1,3})\s*\.(?!\d)"),
        # "The 41-year-old said …": an age standing for the person, as a pronoun does (not "the 29-year-old
        # driver", not "The 29-year-old, born in 1990, …", which gives its own birth year).
        "age_anaphor": c(
            r"\b[Tt]he\s+(?P<n>\d{1,3})-year-old(?![\p{L}-])(?!\s*,\s*(?:who\s+was\s+)?born\b)"
            r"(?=\s*[,.;:]|\s+(?:said|says|added|told|has|had|is|was|will|would|also|now|then|later|admitted|insisted|explained)\b)"
        ),
        "title": c(
            rf"\b(?P<t>Secretary\s+of\s+State|{_office_alternation()})(?P<elect>-elect)?\s+"
            rf"(?:(?:\p{{L}}[\p{{L}}-]*\s+){{1,2}}?(?:{_office_tails()})\s+)?(?P<who>{_NAME})"
        ),
        "dateline": c(
            rf"(?:^|(?<=^[ \t]+))\s*(?:(?:[Pp]ublished|[Pp]osted|(?:[Ll]ast\s+)?[Uu]pdated|[Dd]ated?)(?:\s+on)?\s*:?\s+"
            rf"|[\p{{Lu}}][\p{{Lu}}\p{{L}} .'’-]{{1,40}}(?:,\s*[\p{{L}}. ]{{2,30}})?,\s*)?(?:(?:{_WD}),?\s+)?"
            rf"(?:(?P<mon>{_MON})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>{_YEAR})|(?P<d2>\d{{1,2}})\s+(?P<mon2>{_MON})\s+(?P<y2>{_YEAR})"
            rf"|(?P<n1>\d{{1,2}})/(?P<n2>\d{{1,2}})/(?P<y3>{_YEAR}))"
            rf"\s*(?:\([^)]{{1,30}}\)\s*)?(?:[-–—:/|·•,]|$)",
            regex.M,
        ),
        "word": c(r"[\p{L}.’']+"),
        "front_matter_date": c(r"^date[ \t]*:", regex.M | regex.I),
        "iso_value": c(rf"^\s*(?P<y>{_YEAR})-(?P<m>\d\d?)-(?P<d>\d\d?)"),
        # An undated dateline: "TALLINN, Estonia —", "DUBAI (Reuters) -", "Kyiv (AP) —".
        "dateline_place": c(
            r"^\s*(?:(?:\p{Lu}[\p{Lu}'’.\-]+)(?:[ /]+\p{Lu}[\p{Lu}'’.\-]+){0,3}(?:\s*,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?"
            rf"(?:\s*,\s*(?:{_WD},?\s+)?{_MON}\.?\s+\d{{1,2}}\b)?"  # a day without a year: "PINE HOLLOW, Calif., Sept. 12 —"
            r"\s*(?:\([^()\n]{1,30}\)\s*)?"
            r"|\p{Lu}[\p{L}'’.\-]+(?:[ /]+\p{Lu}[\p{L}'’.\-]+){0,3}(?:\s*,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?"
            r"\s*\([^()\n]{1,30}\)\s*)[-–—]\s",
            regex.M,
        ),
        # A wire credit before the first dash, wherever the first paragraph puts it (after a byline or
        # a correction note): "By Jo Doe NEW YORK (Reuters) -", "(AP) —".
        "dateline_credit": c(r"\(\p{Lu}[\p{L}.&\- ]{0,24}\)\s*[-–—]\s"),
    }


# -- small helpers ------------------------------------------------------------------
def month_number(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


def weekday_number(name: str) -> int:
    return _WEEKDAYS[name.lower().rstrip(".")]


def _number(word: str) -> int | None:
    w = word.lower()
    return int(w) if w.isdigit() else _NUMBER_WORDS.get(w)


def _ordinal(word: str) -> int:
    w = word.lower()
    return int(w[:-2]) if w[:-2].isdigit() else _ORDINAL_WORDS[w]


def _part(text: str | None) -> tuple[int, int]:
    if text is None:
        return _PARTS[None]
    words = text.lower().split()
    return _PARTS[words[-2] if words[0] == "the" else words[0]]


def _month_year(m: regex.Match[str]) -> MonthYear:
    year, gd = int(m.group("y")), m.groupdict()
    if gd.get("mon"):
        mon = month_number(gd["mon"])
        return MonthYear(m.start(), m.end(), year, mon, mon)
    first, last = _part(gd.get("part") or gd.get("part2"))
    return MonthYear(m.start(), m.end(), year, first, last)


def _surname(name: str) -> str:
    words = name.split()
    return _POSSESSIVE.sub("", words[-1] if words else name)


def _clean_name(name: str) -> str | None:
    """The person part of a matched name, without a leading sentence word ("The") or a trailing date."""
    words = name.split()
    for i, w in enumerate(words):
        if w.lower().rstrip(".") in _MONTHS or w.lower().rstrip(".") in _WEEKDAYS:
            words = words[:i]
            break
    while words and words[0] in _NAME_STOP:
        words = words[1:]
    while words and words[-1] in _NAME_STOP:
        words = words[:-1]
    return " ".join(words) or None


@lru_cache(maxsize=None)
def _event_words() -> dict[str, tuple[str, str, str]]:
    """rules/data/event-words.txt as {word: (part of speech, event, "start", "days" or "")}."""
    out = {}
    for line in data_lines("event-words.txt"):
        parts = line.lower().split()
        if len(parts) < 3:
            continue
        marker = parts[-1] if parts[-1] in ("start", "days") else ""
        fields = parts[1:-1] if marker else parts[1:]
        out[" ".join(fields[:-1])] = (parts[0], fields[-1], marker)
    return out


def event_forms(event: str) -> list[str]:
    """The nouns that name an event ("recall" for recall), for telling one from many."""
    return [w for w, (p, e, _) in _event_words().items() if e == event and p == "noun"]


def _matches_at(text: str, key: str, words: frozenset[str]) -> Iterable[regex.Match[str]]:
    """Matches of a pattern tried only where one of its first words starts (found with ``str.find``):
    a pattern that begins with a long alternation is slow when tried at every position."""
    pattern = _pattern(key)
    for at in sorted({at for at, _ in _words_at(text, words, words)}):  # "Pres" and "President" find one word
        m = pattern.match(text, at)
        if m:
            yield m


@lru_cache(maxsize=None)
def _office_forms() -> frozenset[str]:
    """Office words as written: lower case, capitalised, upper case."""
    return frozenset(f for w in _office_heads() for f in (w, w.capitalize(), w.upper()))


@lru_cache(maxsize=None)
def _event_first_words(pos: str) -> frozenset[str]:
    """The first word of each event word or phrase of one part of speech."""
    return frozenset(w.split()[0] for w, (p, _, _) in _event_words().items() if p == pos)


class _Joined:
    """A match read backwards (the words before) joined to the match it was read from (the noun)."""

    def __init__(self, before: Any, word: Any) -> None:
        self._before, self._word = before, word
        self.noun_start = int(word.start())

    def groupdict(self) -> dict[str, Any]:
        return {**self._before.groupdict(), "n": self._word.group("n")}

    def start(self) -> int:
        return int(self._before.start())

    def end(self) -> int:
        return int(self._word.end())


def _event_alternation(pos: str) -> str:
    words = [w for w, (p, _, _) in _event_words().items() if p == pos]
    return "|".join(r"\s+".join(escape(x) for x in w.split()) for w in longest_first(words))


def _object_subject(words: str) -> str | None:
    """What an event happens to, from the words after it ("of the European Union", "with Arven Tools")."""
    obj = [w for w in words.split() if w.lower() != "the"]
    if not obj:
        return None
    return " ".join(_event_subject(w) or w.lower() for w in obj) if len(obj) > 1 else _event_subject(obj[0])


def _event_subject(word: str) -> str | None:
    """Who or what an event happens to, from the word before it: None when it could be anything ("it", "the")."""
    w = _POSSESSIVE.sub("", word.strip(",;:")).lower()
    if w in ("he", "his", "him"):
        return "he"
    if w in ("she", "her"):
        return "she"
    if not w or w in _function_words() or not w.isalpha():
        return None
    return w


@lru_cache(maxsize=None)
def _office_heads() -> dict[str, str]:
    """Office words (rules/data/office-titles.txt, and the posts only the date rules hold as one at a time:
    rules/data/dated-posts.txt) and the head each stands for."""
    return {word.lower(): head.lower() for name in ("office-titles.txt", "dated-posts.txt") for word, head in word_table(name).items()}


@lru_cache(maxsize=None)
def _milestone_words() -> dict[str, tuple[str, int]]:
    """rules/data/milestone-words.txt as {noun: (kind, years of a named milestone or 0)}."""
    out = {}
    for line in word_list("milestone-words.txt"):
        parts = line.split()
        if len(parts) >= 3 and parts[-2] == "named" and parts[-1].isdigit():
            out[" ".join(parts[:-2])] = ("named", int(parts[-1]))
        elif len(parts) >= 2:
            out[" ".join(parts[:-1])] = (parts[-1], 0)
    return out


def _milestone_qualifier() -> str:
    """An optional word between a milestone's ordinal and its noun ("its third full summer";
    rules/data/milestone-qualifiers.txt), as a pattern with its trailing space."""
    words = "|".join(escape(w) for w in longest_first(word_list("milestone-qualifiers.txt")))
    return rf"(?:(?:{words})\s+)?"


def _milestone_alternation() -> str:
    return "|".join(r"\s+".join(escape(x) for x in w.split()) for w in longest_first(_milestone_words()))


def _office_alternation() -> str:
    """The office words as a pattern; a short form may take a full stop ("Gov.")."""
    heads = _office_heads()
    forms = {f: w for w in heads for f in (w, w.capitalize(), w.upper())}  # case-sensitive: much faster than (?i)
    return "|".join(escape(f) + (r"\.?" if heads[w] != w else "") for f, w in sorted(forms.items(), key=lambda x: -len(x[0])))


@lru_cache(maxsize=None)
def _office_tails() -> str:
    """rules/data/office-title-tails.txt as a pattern, as written or capitalised ("Chief Financial Officer")."""
    return "|".join(f for w in word_list("office-title-tails.txt") for f in (escape(w), escape(w.capitalize())))


@lru_cache(maxsize=None)
def _completion_verbs() -> str:
    """rules/data/event-completion-verbs.txt as a pattern."""
    return "|".join(r"\s+".join(escape(x) for x in w.split()) for w in longest_first(word_list("event-completion-verbs.txt")))


def _continuing_verbs() -> str:
    """rules/data/continuing-verbs.txt as a pattern."""
    return "|".join(r"\s+".join(escape(x) for x in w.split()) for w in longest_first(word_list("continuing-verbs.txt")))


def _born_now_person(m: regex.Match[str]) -> str:
    """Who "born in 1988 ..., and now 36" is: the clause itself ("the 1988-born 36-year-old"); ending in
    "-year-old", it is not taken for a named person whose pronouns and anaphors are read."""
    return f"the {m.group('y')}-born {m.group('n')}-year-old"


def _office_head(word: str, heads: dict[str, str]) -> str:
    return heads.get(" ".join(word.lower().rstrip(".").split()), " ".join(word.lower().split()))


@lru_cache(maxsize=None)
def _function_words() -> frozenset[str]:

    return word_list("function-words.txt")


def _make_date(start: int, end: int, y: str | None, mon: int, d: str, wd: str | None) -> CalendarDate | None:
    day = int(d)
    if not 1 <= day <= 39:
        return None
    year = int(y) if y else None
    limit = calendar.monthrange(year if year else 2000, mon)[1]  # 2000 is a leap year: Feb 29 is possible
    return CalendarDate(start, end, year, mon, day, weekday_number(wd) if wd else None, day <= limit)


def _iso_date(start: int, end: int, m: regex.Match[str]) -> CalendarDate:
    """A ``YYYY-MM-DD`` match as a calendar date, marked invalid when the day or month does not exist."""
    mon, day, year = int(m.group("m")), int(m.group("d")), int(m.group("y"))
    valid = 1 <= mon <= 12 and 1 <= day <= calendar.monthrange(year, min(max(mon, 1), 12))[1]
    return CalendarDate(start, end, year, mon, day, None, valid)


def numeric_date(first: str, second: str, year: str) -> tuple[int, int, int, bool] | None:
    """"11/20/2026" or "20/11/2026" as (year, month, day, certain); None if neither order is a real date.

    A day above 12 tells the order; where both orders give a real date the
    month-first (US) reading is returned, marked uncertain.
    """
    a, b, y = int(first), int(second), int(year)

    def real(mon: int, day: int) -> bool:
        return 1 <= mon <= 12 and 1 <= day <= calendar.monthrange(y, mon)[1]

    readings = [(mon, day) for mon, day in ((a, b), (b, a)) if real(mon, day)]
    if not readings:
        return None
    mon, day = readings[0]
    return y, mon, day, len(set(readings)) == 1


def _numeric_dates(plain: str) -> Iterable[CalendarDate]:
    """Slash dates that can be read one way only ("11/20/2026"), and those no order makes real ("31/11/2026")."""
    for m in _pattern("date_numeric").finditer(plain):
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        found = numeric_date(m.group("a"), m.group("b"), m.group("y"))
        if found is None:
            mon, day = (b, a) if b <= 12 else (a, b)  # the part that could be a month is named as one
            if mon == 0 or day == 0:
                continue
            yield CalendarDate(m.start(), m.end(), year, mon, day, None, False)
        elif found[3]:
            yield CalendarDate(m.start(), m.end(), year, found[1], found[2], None, True)


def _dotted_dates(plain: str) -> Iterable[CalendarDate]:
    """Day-first dates with full stops ("31.09.2024"), marked invalid where the day or month does not exist."""
    for m in _pattern("date_dotted").finditer(plain):
        day, mon, year = int(m.group("d")), int(m.group("m")), int(m.group("y"))
        if day == 0 or mon == 0:
            continue
        valid = mon <= 12 and day <= calendar.monthrange(year, mon)[1]
        yield CalendarDate(m.start(), m.end(), year, mon, day, None, valid)


#: Month names that are abbreviations, so a full stop after them belongs to them ("Sept. 27").
_ABBREVIATED_MONTHS = _Vocabulary(lambda name: frozenset(w for w in number_table(name) if w not in {m.lower() for m in calendar.month_name}), "months.txt")


def _past_full_stop(plain: str, start: int, end: int) -> int:
    """The end of a month name, with the full stop of an abbreviation ("Feb.") included."""
    if end < len(plain) and plain[end] == "." and plain[start:end].lower() in _ABBREVIATED_MONTHS:
        return end + 1
    return end


def _lenient_iso(value: str) -> dt.date | None:
    """A front-matter ``date`` that names a day the month does not have, read as the month's last day.

    ``date: 2026-02-30`` is itself reported (DAT004), but the year and month it
    gives still date the article for every other rule.
    """
    m = _pattern("iso_value").match(value)
    if not m:
        return None
    year, mon, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not (1 <= mon <= 12 and day >= 1):
        return None
    return dt.date(year, mon, min(day, calendar.monthrange(year, mon)[1]))


def parse_date_value(value: str) -> dt.date | None:
    """A date written as front matter writes it: ISO or "March 4, 2025"."""
    try:
        m = _pattern("iso_value").match(value)
        if m:
            return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        m = _pattern("date_mdy").search(value) or _pattern("date_dmy").search(value)
        if m and m.group("y"):
            return dt.date(int(m.group("y")), month_number(m.group("mon")), int(m.group("d")))
    except ValueError:
        return None
    return None


def _title_marker(plain: str, title_start: int) -> tuple[str | None, int, frozenset[str]]:
    """The word that makes a title not current ("former", "then-", "Vice"), where the mention starts,
    and the words that qualify the office (an employer or a place).

    Up to three words may stand between: places, parties and employers ("former Massachusetts Gov.",
    "former fire chief", "the union's former general secretary"), but not a function word. A title
    after "under" or "during" names the time of an office ("secretary under President X").
    """
    words = list(_pattern("word").finditer(plain, max(0, title_start - 60), title_start))
    start, skipped, qualifier = title_start, 0, set()
    heads = _office_heads()
    for w in reversed(words):
        between = plain[w.end() : start]
        if between.strip(" -") or "\n" in between:
            break
        word = w.group().lower()
        if word in _NOT_CURRENT:
            return word, w.start(), frozenset(qualifier)
        if skipped == 3 or word.strip(".’'") in _function_words():
            break
        if word.endswith(".") and len(word) > 2 and word.rstrip(".") not in heads:
            break  # the end of the sentence before ("... Cole. Later President Cole")
        skipped += 1
        start = w.start()
        if word.rstrip(".") not in heads:
            qualifier.add(_POSSESSIVE.sub("", word))
    return None, title_start, frozenset(qualifier)


def _dateline(doc: "Document") -> DocDate | None:
    """A date at the head of the story: "WASHINGTON, March 4, 2025 (Reuters) -" or a lone date line."""
    pattern = _pattern("dateline")
    for block in doc.blocks[:6]:
        m = pattern.match(doc.plain, block.start, min(block.end, block.start + 160))
        if not m:
            continue
        if m.group("y3"):
            found = numeric_date(m.group("n1"), m.group("n2"), m.group("y3"))
            if not found or not found[3]:
                return None  # "04/05/2026": which is the month the page does not say
            y, mon_index, d = found[0], found[1], found[2]
        else:
            y, mon, d = (m.group("y"), m.group("mon"), m.group("d")) if m.group("y") else (
                m.group("y2"), m.group("mon2"), m.group("d2"))  # fmt: skip
            mon_index = month_number(mon)
        try:
            return DocDate(dt.date(int(y), mon_index, int(d)), "dateline", m.start(), m.end())
        except ValueError:
            return None
    return None


def place_dateline(doc: "Document") -> tuple[int, int] | None:
    """An undated dateline at the head of the story, a place and a dash ("TALLINN, Estonia —",
    "DUBAI (Reuters) -"), as a span of the masked text."""
    place, credit = _pattern("dateline_place"), _pattern("dateline_credit")
    for block in doc.blocks[:6]:
        # Read on the block's own text: a block that opens after indentation (a paragraph nested in a page's
        # markup, after a figure) is not at a line start of the whole text, so "^" would never match there.
        m = place.match(doc.plain, block.start, min(block.end, block.start + 120))
        if m:
            return m.start(), m.end()
        # Nested, only a wire dateline that names a region, a day or a credit: a bare town ("LAKEVIEW —")
        # there is as often a page's own label as a dateline.
        m = place.match(doc.plain[block.start : min(block.end, block.start + 120)])
        if m and regex.search(r"[,(]", m.group()):
            return block.start + m.start(), block.start + m.end()
        m = credit.search(doc.plain, block.start, min(block.end, block.start + 400))
        if m:
            return m.start(), m.end()
    return None


def document_date(doc: "Document", as_of: dt.date | None) -> DocDate | None:
    """Front matter ``date`` first, then a dateline, then the run's ``--as-of``."""
    raw = doc.metadata.get("date")
    if raw:
        parsed = parse_date_value(raw) or _lenient_iso(raw)
        if parsed:
            return DocDate(parsed, "front matter")
    found = _dateline(doc) or _labelled_date(doc) or _dateline_other_shapes(doc) or _date_then_byline(doc)
    if found:
        return found
    return DocDate(as_of, "as-of") if as_of else None


#: A dateline's place in capitals: "SHEFFIELD", "ST. JOHN'S", "NEW YORK".
_PLACE_CAPS = r"\p{Lu}[\p{Lu}'’.\-]+(?:[ /]+\p{Lu}[\p{Lu}'’.\-]+){0,3}"
#: "By Nadia Petrakis | Tuesday, December 9, 2025", "By Jo Roe | LEEDS, 9 December 2025" (the dateline's place
#: before the date), "By Jo Roe · October 13, 2025", "Interview by Jo Roe,
#: 13 October 2025": a byline and its date; "Publication date: 2025-07-16", "Published: 2025-07-16 (Tuesday)":
#: a labelled ISO date.
_BYLINE_DATE = LazyPattern(
    rf"^\s*(?:(?:\p{{Lu}}\p{{Ll}}+\s+by|By)\s+[^|·•\n]{{2,60}}?\s*[|·•—–,]\s*(?:(?:[Pp]ublished|[Uu]pdated|[Pp]osted)\s*:?\s*)?(?:{_PLACE_CAPS},\s+)?(?:{_WD},?\s+)?"
    rf"(?:(?P<mon>{_MON})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>{_YEAR})|(?P<d2>\d{{1,2}})\s+(?P<mon2>{_MON})\s+(?P<y2>{_YEAR}))"
    rf"|(?:[Pp]ublished|[Pp]ublication\s+date|[Pp]osted|[Dd]ated?)\s*:?\s+(?P<y3>{_YEAR})-(?P<m3>\d\d)-(?P<d3>\d\d))\b",
    regex.M,
)


class _Shifted:
    """A match on a slice, read at the offsets of the whole text."""

    def __init__(self, m: Any, offset: int) -> None:
        self.m, self.offset = m, offset

    def group(self, name: str) -> Any:
        return self.m.group(name)

    def start(self) -> int:
        return self.m.start() + self.offset

    def end(self) -> int:
        return self.m.end() + self.offset


def _labelled_date(doc: "Document") -> DocDate | None:
    """A date that a byline or a publication label gives at the head of the story (see ``_BYLINE_DATE``), or
    in the page furniture an HTML reader leaves out of the article (``<p class="meta">Publication date: …``)."""
    heads = [(doc.plain, b.start, min(b.end, b.start + 160)) for b in doc.blocks[:6]]
    spans = (*getattr(doc, "furniture", ()), *getattr(doc, "left_out", ()))
    heads += [(doc.text, span.start, min(span.end, span.start + 160)) for span in spans]
    for text, start, end in heads:
        m = _BYLINE_DATE.match(text[start:end])  # a left-out span may open mid-line, after its tag
        if not m:
            continue
        m = _Shifted(m, start)
        try:
            if m.group("y3"):
                return DocDate(dt.date(int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))), "dateline", m.start(), m.end())
            y, mon, d = (m.group("y"), m.group("mon"), m.group("d")) if m.group("y") else (m.group("y2"), m.group("mon2"), m.group("d2"))
            return DocDate(dt.date(int(y), month_number(mon), int(d)), "byline", m.start(), m.end())
        except ValueError:
            return None
    return None


_FULL_DATE = (
    rf"(?:{_WD},?\s+)?(?:(?P<mon>{_MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>{_YEAR})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MON})\s+(?P<y2>{_YEAR}))\b"
)
#: A dateline whose date follows the place in brackets or after the dash: "LAKE RIDGE, Ohio (Oct. 14, 2026) —",
#: "GRANTHAM – Nov. 20, 2026", "DAYTON, Ohio -- Nov. 20, 2026" (two hyphens for the dash).
_PLACE_THEN_DATE = LazyPattern(
    r"^\s*\p{Lu}[\p{Lu}'’.\-]+(?:[ /]+\p{Lu}[\p{Lu}'’.\-]+){0,3}(?:\s*,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?"
    rf"\s*(?:\(\s*{_FULL_DATE}\s*\)\s*[-–—]|(?:[-–—]|--)\s*{_FULL_DATE}\s*(?:[-–—:|]|$))",
)
#: A line that is only a label and the full date: "Property desk — Friday 11 July 2025", "The Weekly Brief:
#: Monday, 2 March 2026" (a desk's meta line, a newsletter issue's title), or a publishing system's stamp
#: with its time: "Posted on Thursday 12 June 2025 at 18:20", "Last updated June 12, 2025, 6:20 pm BST".
_LABEL_THEN_DATE = LazyPattern(
    rf"^\s*(?:\p{{L}}[\p{{L}}'’ &]{{1,48}}?\s*[—–:|·•-]|(?:[Pp]osted|[Pp]ublished|[Uu]pdated|[Ll]ast\s+updated|[Ff]irst\s+published)"
    rf"(?:\s+on)?\s*:?)\s*{_FULL_DATE}(?:\s*(?:at|,|·|\||[-–])?\s*\d{{1,2}}[:.]\d{{2}}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+\p{{Lu}}{{2,5}})?)?\s*$"
)
_ENTITY = LazyPattern(r"&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")


def _entities_in_place(fragment: str) -> str:
    """A page fragment with each character entity replaced by its character and blanks, so offsets hold."""
    return _ENTITY.sub(_entity_in_place, fragment)


def _entity_in_place(m: regex.Match[str]) -> str:
    import html  # start-up: only a fragment with an entity needs html's table (5 ms to import)

    return html.unescape(m.group()).ljust(len(m.group()))[: len(m.group())]


def _dateline_other_shapes(doc: "Document") -> DocDate | None:
    """The article's date in a dateline that puts it after the place (``_PLACE_THEN_DATE``), or in a head line
    or a left-out meta line that is only a label and the date (``_LABEL_THEN_DATE``)."""
    heads = [(doc.plain, b.start, b.end) for b in doc.blocks[:6]]
    spans = (*getattr(doc, "furniture", ()), *getattr(doc, "left_out", ()))
    heads += [(doc.text, span.start, span.end) for span in spans]
    for n, (text, start, end) in enumerate(heads):
        piece = text[start:end] if text is doc.plain else _entities_in_place(text[start:end])
        m = _PLACE_THEN_DATE.match(piece) if n < 6 and text is doc.plain else None
        source = "dateline"
        if not m:
            m, source = _LABEL_THEN_DATE.match(piece), "dated label"
        if not m:
            continue
        m = _Shifted(m, start)
        y, mon, d = (m.group("y"), m.group("mon"), m.group("d")) if m.group("y") else (m.group("y2"), m.group("mon2"), m.group("d2"))
        try:
            return DocDate(dt.date(int(y), month_number(mon), int(d)), source, m.start(), m.end())
        except ValueError:
            return None
    return None


#: A meta line that gives the date and then the byline: "Thursday 2 October 2025 · By Jo Doe, Crime
#: Reporter", "Oct. 2, 2025 | By Staff", "2 October 2025 — by Jo Doe".
#: Or the date and then only the desk or team that wrote it: "Sunday, 4 May 2025 · Stats Desk".
_DATE_THEN_BYLINE = LazyPattern(
    rf"^\s*{_FULL_DATE}\s*(?:[|·•—–,]|-{{1,2}})\s*(?:[Bb]y\s+\p{{Lu}}"
    r"|\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:&|\p{Lu}[\p{L}'’.-]*)){0,5}[ \t]*$)"
)


def _date_then_byline(doc: "Document") -> DocDate | None:
    """The article's date on a meta line of the head, or of the page furniture an HTML reader leaves out, that
    gives the date before the byline (``_DATE_THEN_BYLINE``)."""
    heads = [(doc.plain, b.start, min(b.end, b.start + 160)) for b in doc.blocks[:6]]
    spans = (*getattr(doc, "furniture", ()), *getattr(doc, "left_out", ()))
    heads += [(doc.text, span.start, min(span.end, span.start + 160)) for span in spans]
    for text, start, end in heads:
        piece = text[start:end] if text is doc.plain else _entities_in_place(text[start:end])
        m = _DATE_THEN_BYLINE.match(piece)
        if not m:
            continue
        m = _Shifted(m, start)
        y, mon, d = (m.group("y"), m.group("mon"), m.group("d")) if m.group("y") else (m.group("y2"), m.group("mon2"), m.group("d2"))
        try:
            return DocDate(dt.date(int(y), month_number(mon), int(d)), "byline", m.start(), m.end())
        except ValueError:
            return None
    return None


#: The head of a noun phrase of two or three words right before a dated verb: "the tram line opened",
#: "The Holm pumping station came online", "the reactor, which came online".
_NP_SUBJECT_BEFORE = LazyPattern(
    r"(?<![\p{L}'’-])(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?!(?:and|or|of|in|on|at|to|for|by|with|from|since|after|before|which|that)\s)"
    r"[\p{L}'’-]+\s+){0,2}(?P<s>\p{Ll}[\p{Ll}'’-]+)(?:\s*,\s*(?:which|that)\s+|\s+)"
    r"(?:(?:was|were|is|had|has|had\s+been|has\s+been|been|first|officially|finally|formally|only)\s+){0,2}$"
)


#: Two or three name words in a row (``_NAME_WORD``): a full name, or something the reader takes for one.
_FULL_NAME = LazyPattern(rf"(?<![\p{{L}}'’-]){_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}}(?![\p{{L}}'’-])")
#: The subject of a sentence's main clause after an opening participle clause that ends at a comma:
#: "Founded in 1987 by two bakers, the chain now runs …" → "chain"; ", Acme has …" → "Acme".
_FRONTED_SUBJECT = LazyPattern(
    r"[^,.;:!?\n]{0,100}?,[ \t]*(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)[ \t]+)?(?:\p{Ll}+[ \t]+)??(?P<s>\p{L}[\p{L}'’-]*)"
    r"[ \t]+(?:now[ \t]+|still[ \t]+|has[ \t]+|have[ \t]+|had[ \t]+|is[ \t]+|was[ \t]+)?\p{Ll}"
)


def _noun_phrase_subject(plain: str, start: int) -> str | None:
    """The head noun of the noun phrase a dated verb follows (``_NP_SUBJECT_BEFORE``), where the base
    extraction finds no named subject; two verbs of one such head ("the tram line opened", "since the tram
    line entered service") then tell of one thing."""
    m = _NP_SUBJECT_BEFORE.search(plain, max(0, start - 60), start)
    return m.group("s").lower() if m else None


def gap_bounds(n: int, unit: str, pre: str | None) -> tuple[int, int]:
    """The years a count set beside a year allows ("eight years", "nearly two decades", "more than 30 years")."""
    per = 10 if unit.lower().startswith("decade") else 1
    pre = " ".join((pre or "").lower().split())
    low, high = n * per - (2 if per == 10 else 1), n * per + (2 if per == 10 else 1)
    if pre in ("nearly", "almost"):
        low, high = low - (per // 2 if per == 10 else per), n * per  # "nearly two decades": 13-20 years
    elif pre in ("more than", "over"):
        low, high = n * per, high + 2 * per
    elif pre in ("about", "some", "roughly"):
        low, high = low - 1, high + 1
    return low, high


# -- the time line ----------------------------------------------------------------------
class Timeline:
    """All time expressions of one article, each kind extracted on first access.

    Rules ask for what they need, in the order that lets them stop early (the
    elapsed-time rule asks for start dates only if the article states an elapsed
    time), so an article without, say, any "born in" pays nothing for ages.
    Cheap substring tests guard the patterns that would otherwise be tried at
    every capitalised word.
    """

    def __init__(self, doc: "Document", as_of: dt.date | None) -> None:
        self.doc = doc
        self.plain = doc.plain
        self.as_of = as_of

    @cached_property
    def lower(self) -> str:
        return self.plain.lower()

    @cached_property
    def doc_date(self) -> DocDate | None:
        return document_date(self.doc, self.as_of)

    @cached_property
    def dateline(self) -> tuple[int, int] | None:
        """Where the story says when it was written: a dated or undated dateline at its head.

        An undated dateline ("TALLINN, Estonia —", "DUBAI (Reuters) -") is how a
        wire story is published under a page or feed date, so its relative times
        ("on Tuesday", "yesterday") have an anchor the reader sees.
        """
        if self.doc_date and self.doc_date.source == "dateline":
            return self.doc_date.start, self.doc_date.end
        return place_dateline(self.doc)

    @cached_property
    def _month_names(self) -> list[tuple[int, int, int]]:
        """(start, end, month) of every month name: dates and month-years are read around them."""
        found = _words_at(self.plain, _MONTH_PREFIXES, _MONTH_WORDS)
        return [(at, at + len(word), _MONTH_WORDS[word]) for at, word in found]

    @cached_property
    def dates(self) -> tuple[CalendarDate, ...]:
        plain, out = self.plain, []
        for start, end, mon in self._month_names:
            end = _past_full_stop(plain, start, end)
            after = _pattern("day_after_month").match(plain, end)
            before = None if after else _pattern("day_before_month").search(plain, max(0, start - 12), start)
            if not (after or before):
                continue
            if after:
                day, end = after.group("d"), after.end()
                if (
                    int(day) > 31
                    and not _pattern("on_before").search(plain, max(0, start - 8), start)
                    and not _pattern("comma_year_after").match(plain, end)
                ):
                    continue  # "In May 40 people ..." is a count; "on January 32" is a (wrong) date
            else:
                day, start = before.group("d"), before.start()  # type: ignore[union-attr]
                ordinal_of = _pattern("ordinal_of_before").search(plain, max(0, start - 4), before.end())  # type: ignore[union-attr]
                if int(day) > 31 and not before.group("on") and not ordinal_of:  # type: ignore[union-attr]
                    continue  # "In July 32 people died" is a count; "on 32 July" is a (wrong) date
                if int(day) == 0 and ordinal_of:
                    out.append(CalendarDate(ordinal_of.start(), end, None, mon, 0, None, False))
                    continue
            y = _pattern("year_after").match(plain, end)
            end = y.end() if y else end
            wd = _pattern("weekday_before").search(plain, max(0, start - 16), start)
            if wd:
                start = wd.start()
            paren = None if wd else _pattern("weekday_paren_before").search(plain, max(0, start - 16), start)
            if paren:
                start, wd = paren.start(), paren
            date = _make_date(start, end, y.group("y") if y else None, mon, day, wd.group("wd") if wd else None)
            if date:
                out.append(date)
        if "-0" in plain or "-1" in plain:
            for m in _pattern("date_iso").finditer(plain):
                out.append(_iso_date(m.start(), m.end(), m))
        if "/" in plain:
            out.extend(_numeric_dates(plain))
        if "." in plain:
            out.extend(_dotted_dates(plain))
        front = self._front_matter_date
        if front:
            out.append(front)
        return tuple(sorted(out, key=lambda d: d.start))

    @cached_property
    def furniture_dates(self) -> tuple[CalendarDate, ...]:
        """Full dates with their weekday in what an HTML reader left out of the article (a footer's "Last
        updated Friday, November 21, 2026", a meta line), at the page's own offsets."""
        out = []
        spans = (*getattr(self.doc, "furniture", ()), *getattr(self.doc, "left_out", ()))
        for span in spans:
            for m in _pattern("weekday_full_date").finditer(self.doc.text, span.start, span.end):
                mon = month_number(m.group("mon") or m.group("mon2"))
                date = _make_date(m.start(), m.end(), m.group("y") or m.group("y2"), mon, m.group("d") or m.group("d2"), m.group("wd"))
                if date:
                    out.append(date)
        return tuple(out)

    @cached_property
    def possessive_weekday_dates(self) -> tuple[CalendarDate, ...]:
        """Dates given their weekday by a possessive a few words before: "Saturday's derby defeat at Oxlow
        on 4 May" is the date with that weekday, spanning both."""
        if "day's" not in self.plain and "day’s" not in self.plain:
            return ()
        by_start = {d.start: d for d in self.dates if d.weekday is None}
        out = []
        for m in _pattern("weekday_possessive").finditer(self.plain):
            date = by_start.get(m.end())
            if date is None and self.plain[m.end() - 4 : m.end()].lower() == "the ":
                date = by_start.get(m.end() - 4)
            if date is None:
                date = by_start.get(m.end() - 3)  # "on 4 May" is read with its "on"
            if date is not None:
                out.append(date._replace(start=m.start(), weekday=weekday_number(m.group("wd"))))
        return tuple(out)

    @cached_property
    def _front_matter_date(self) -> CalendarDate | None:
        """The front matter's own ``date`` value as a calendar date, where the file writes it.

        The front matter is masked out of ``plain``, so the date rules would
        otherwise never see a ``date: 2026-02-30`` the publishing system reads.
        """
        raw = self.doc.metadata.get("date")
        if not raw or self.doc.fmt != "markdown":
            return None
        m = _pattern("iso_value").match(raw)
        fence = self.doc.text.find("\n---", 3)
        key = _pattern("front_matter_date").search(self.doc.text, 0, fence if fence > 0 else len(self.doc.text))
        at = self.doc.text.find(raw, key.end()) if key else -1
        if not m or at < 0:
            return None
        return _iso_date(at + m.start("y"), at + m.end("d"), m)

    @cached_property
    def month_years(self) -> tuple[MonthYear, ...]:
        plain, out = self.plain, []
        for start, end, mon in self._month_names:
            y = _pattern("year_after").match(plain, _past_full_stop(plain, start, end))
            if y and "," not in plain[end : y.start()]:
                part = _pattern("part_before").search(plain, max(0, start - 16), start)
                out.append(MonthYear(part.start() if part else start, y.end(), int(y.group("y")), mon, mon))
        for at, word in _words_at(plain, _PART_WORDS, _PART_WORDS):
            y = _pattern("year_after_part").match(plain, at + len(word))
            if y:
                first, last = _PARTS[_PART_WORDS[word]]
                out.append(MonthYear(at, y.end(), int(y.group("y")), first, last))
        return tuple(sorted(out, key=lambda x: x.start))

    def years_in(self, start: int, end: int) -> list[YearMention]:
        """The years written between two offsets (a sentence), without scanning the whole article."""
        if "years" in self.__dict__:  # already scanned the whole article
            return [y for y in self.years if start <= y.start < end]
        return list(self._years_between(start, end))

    @cached_property
    def years(self) -> tuple[YearMention, ...]:
        return self._years_between(0, len(self.plain))

    def _years_between(self, start: int, end: int) -> tuple[YearMention, ...]:
        out = []
        for m in _pattern("year").finditer(self.plain, start, end):
            kind = "year"
            for group in ("fiscal", "decade", "season"):
                if m.group(group):
                    kind = group
            if m.group("to"):
                kind = "range"
            out.append(YearMention(m.start(), m.end(), int(m.group("y")), kind))
        return tuple(out)

    @cached_property
    def relatives(self) -> tuple[Relative, ...]:
        plain, out = self.plain, []
        for start, word in _words_at(plain, _RELATIVE_PREFIXES, _RELATIVE_WORDS):
            end, unit = start + len(word), _RELATIVE_WORDS[word]
            if word in _PART_OF_DAY or (unit in ("week", "weekend", "month", "night") and word != "tonight"):
                pre = _pattern("relative_before").search(plain, max(0, start - 18), start)
                if not pre or (unit == "night" and not pre.group().lower().startswith("last")):
                    continue
                if word in _PART_OF_DAY and "this" not in pre.group().lower():
                    continue  # "the next morning" counts from the story, not from the publication
                start = pre.start()
            out.append(Relative(start, end, plain[start:end], unit))
        if " ago" in plain or "today" in plain:
            for m in _pattern("relative_ago").finditer(plain):
                unit = (m.group("unit") or "day").lower().rstrip("s")
                out.append(Relative(m.start(), m.end(), m.group(), "week" if unit == "fortnight" else unit))
        for m in _pattern("relative_phrase").finditer(plain):
            unit = next(k for k, v in m.groupdict().items() if v)
            out.append(Relative(m.start(), m.end(), m.group(), unit))
        for m in _pattern("weekday").finditer(plain):
            pre = _pattern("weekday_relative_before").search(plain, max(0, m.start() - 6), m.start())
            if pre and not _pattern("date_follows").match(plain, m.end()):
                out.append(Relative(pre.start(), m.end(), plain[pre.start() : m.end()], "weekday"))
        return tuple(sorted(out, key=lambda r: r.start))

    @cached_property
    def elapsed(self) -> tuple[Elapsed, ...]:
        plain, out = self.plain, []
        for at, word in _words_at(plain, _UNIT_MONTHS, _UNIT_MONTHS):
            o = _pattern("elapsed_ordinal_before").search(plain, max(0, at - 50), at)
            if not o:
                continue
            n, unit, end = _ordinal(o.group("n")), _UNIT_MONTHS[word], at + len(word)
            s_start = self.sentence(at)[0]
            before = [x.group("subj").lower() for x in _pattern("ongoing_noun").finditer(plain, s_start, o.start())]
            pre = (o.group("pre") or "").lower()
            past = pre in ("was", "were", "then")
            subject = _ONGOING[before[-1]] if before else None
            now = pre in ("now", "is", "are", "still", "already")
            out.append(Elapsed(o.start(), end, plain[o.start() : end], (n - 1) * unit, n * unit, subject, past, now))
        if " into " in plain:
            for m in _pattern("elapsed_into").finditer(plain):
                num = _pattern("elapsed_into_before").search(plain, max(0, m.start() - 30), m.start())
                n = _number(num.group("n")) if num else None
                if n is None:
                    continue
                unit = _UNIT_MONTHS[m.group("unit").rstrip("s")]
                pre = " ".join((num.group("pre") or "").lower().split())
                low, high = n * unit, (n + 1) * unit
                if pre in ("nearly", "almost", "about", "some"):
                    low = (n - 1) * unit
                elif pre in ("more than", "over"):
                    high = (n + 2) * unit
                subject = _ONGOING[m.group("subj")]
                out.append(Elapsed(num.start(), m.end(), plain[num.start() : m.end()], low, high, subject, False))
        return tuple(sorted(out, key=lambda e: e.start))

    @cached_property
    def since(self) -> tuple[Since, ...]:
        plain, out = self.plain, []
        lower = self.lower
        if " after " in lower or " since " in lower:
            for m in _pattern("since").finditer(plain):
                num = _pattern("elapsed_into_before").search(plain, max(0, m.start() - 30), m.start())
                n = _number(num.group("n")) if num else None
                if not n:
                    continue
                unit = _UNIT_MONTHS[m.group("unit").lower().rstrip("s")]
                pre = " ".join((num.group("pre") or "").lower().split())  # type: ignore[union-attr]
                low = (n - 1) * unit if pre in ("nearly", "almost", "about", "some", "roughly") else n * unit
                start = num.start()  # type: ignore[union-attr]
                out.append(Since(start, m.end(), plain[start : m.end()], low, _month_year(m), "after"))
        if "anniversary" in lower:
            for m in _pattern("anniversary").finditer(plain):
                o = _pattern("ordinal_before").search(plain, max(0, m.start() - 20), m.start())
                if not o:
                    continue
                base = MonthYear(m.start("y"), m.end(), int(m.group("y")), 1, 12)
                out.append(Since(o.start(), m.end(), plain[o.start() : m.end()], _ordinal(o.group("n")) * 12, base, "anniversary"))
        return tuple(sorted(out, key=lambda x: x.start))

    @cached_property
    def gaps(self) -> tuple[Gap, ...]:
        """Counts of years set beside a year: "eight years ago, in 2019", "a decade later, in 2016"."""
        lower, out = self.lower, []
        if " ago" not in lower and " later" not in lower and " earlier" not in lower and " on" not in lower:
            return ()
        for m in _pattern("gap").finditer(self.plain):
            n = _number(m.group("n"))
            if not n:
                continue
            low, high = gap_bounds(n, m.group("unit"), m.group("pre"))
            # "Thirty years on, in 1998" counts forward as "later" does.
            direction = "later" if m.group("dir").lower() == "on" else m.group("dir").lower()
            out.append(Gap(m.start(), m.end(), m.group(), low, high, int(m.group("y")), direction))
        return tuple(out)

    @cached_property
    def durations_to_now(self) -> tuple[DurationToNow, ...]:
        """Times counted up to the present: "has taken almost five years", "have lasted a decade"."""
        lower = self.lower
        if " has " not in lower and " have " not in lower:
            return ()
        out = []
        for m in _pattern("duration_to_now").finditer(self.plain):
            n = _number(m.group("n"))
            if not n:
                continue
            unit = m.group("unit").lower()
            per, spare = (120, 24) if unit.startswith("decade") else (12, 12) if unit.startswith("year") else (1, 1)
            low, high = n * per - spare, n * per + spare
            pre = " ".join((m.group("pre") or "").lower().split())
            if pre in ("nearly", "almost", "close to"):
                low, high = low - per, n * per
            elif pre in ("more than", "over"):
                low, high = n * per, high + 2 * per
            elif pre in ("about", "some", "roughly"):
                low, high = low - per, high + per
            out.append(DurationToNow(m.start(), m.end(), max(0, low), high))
        return tuple(out)

    @cached_property
    def milestones(self) -> tuple[Milestone, ...]:
        """Milestones of the present: "marks its 50th anniversary this year", "for its fifteenth edition"."""
        words = _milestone_words()
        if not any(w.split()[-1] in self.lower for w in words):
            return ()
        out = []
        for m in _pattern("milestone").finditer(self.plain):
            kind, named = words[" ".join(m.group("w").lower().split())]
            count = int(m.group("num")) if m.group("num") else _ordinal(m.group("n")) if m.group("n") else named
            if not count or (kind != "named" and named):
                continue
            s, t = self.sentence(m.start())
            det_end = min(m.start(g) for g in ("n", "num", "w") if m.start(g) >= 0)
            verb = _pattern("milestone_now").search(self.plain, max(s, m.start() - 80), det_end)
            verb_word = verb.group("verb").split()[-1].lower() if verb else ""
            whens = list(_pattern("milestone_when").finditer(self.plain, s, t))
            if whens:
                rel = (whens[0].group("rel") or "this").lower()
                shift = {"this": 0, "next": 1, "last": -1}[rel]
            elif len(verb_word) > 3 and verb_word not in _function_words() and not verb_word.endswith(("ss", "us")):
                shift = 0
            else:
                continue  # "celebrated its 50th anniversary with a gala": some year the sentence does not say
            out.append(Milestone(m.start(), m.end(), m.group(), count, shift, "edition" if kind == "edition" else "anniversary"))
        return tuple(out)

    def marked_as_now(self, offset: int) -> bool:
        """A count that the words before it set at the time of writing: "marks ten years since", "it has been"."""
        return bool(_pattern("marks_before").search(self.plain, max(0, offset - 20), offset))

    @cached_property
    def anchors(self) -> tuple[Anchor, ...]:
        return tuple(Anchor(m.start(), m.end(), _month_year(m)) for m in _pattern("anchor").finditer(self.plain))

    @cached_property
    def events(self) -> tuple[EventDate, ...]:
        if not any(word in self.lower for word in _TRIGGERS):  # no event word, no event
            return ()
        plain, out = self.plain, {}
        for key in ("event_pre", "event_post", "event_active", "event_passive"):
            for m in _pattern(key).finditer(plain):
                gd = m.groupdict()
                start, qualified = m.start(), bool(gd.get("q"))
                if key == "event_passive":
                    o = _pattern("event_object_before").search(plain, max(0, start - 140), start)
                    name = o.group("o") if o else ""
                else:
                    name = m.group("o")
                    if key == "event_post":
                        q = _pattern("event_qualifier_before").search(plain, max(0, start - 14), start)
                        qualified, start = bool(q), q.start() if q else start
                obj = _clean_name(name)
                if obj and start not in out:
                    out[start] = EventDate(
                        start, m.end(), _TRIGGERS[m.group("t")], " ".join(obj.lower().split()), int(m.group("y")),
                        month_number(gd["mon"]) if gd.get("mon") else None, qualified,
                    )  # fmt: skip
        return tuple(sorted(out.values(), key=lambda e: e.start))

    @cached_property
    def dated_events(self) -> tuple[DatedEvent, ...]:
        """Events of rules/data/event-words.txt with the date the article gives them."""
        plain, out = self.plain, {}
        words = _event_words()
        dated_nouns = set()  # nouns dated before them: a date after them belongs to the sentence
        for key in ("dated_noun_pre", "dated_noun_post", "dated_noun_verb", "dated_verb", "dated_verb_phrase"):
            for m in self._event_matches(key):
                if key == "dated_noun_pre":
                    dated_nouns.add(m.noun_start)
                elif key in ("dated_noun_post", "dated_noun_verb") and m.start() in dated_nouns:
                    continue  # "the 100th anniversary of its 1921 founding in 2021"
                gd = m.groupdict()
                word = " ".join((gd.get("n") or gd.get("v") or "").split())
                pos, event, marker = words[word] if word in words else words[word.lower()]
                year = gd.get("y") or gd.get("y2") or gd.get("y3")
                mon = gd.get("mon") or gd.get("mon0")
                day = gd.get("d") or gd.get("d0")
                if not year and not (mon and day):
                    continue
                qualified, subject = bool(gd.get("q")), None
                if key == "dated_noun_pre":
                    # "its 2019 merger with Arven": the named party tells the event; else "Acme's", "her".
                    after = _pattern("event_object_after").match(plain, m.end())
                    subject = _object_subject(after.group("o")) if after else _event_subject(gd["det"])
                elif key in ("dated_noun_post", "dated_noun_verb") and gd.get("o"):
                    subject = _object_subject(gd["o"])
                before = _pattern("event_subject_before").search(plain, max(0, m.start() - 60), m.start())
                if before and key in ("dated_noun_post", "dated_noun_verb") and subject is None:
                    word = before.group("s")
                    if word.lower() in ("his", "her", "their") or _POSSESSIVE.search(word):
                        subject = _event_subject(word)  # "her death on July 2"
                if before:
                    qualified = qualified or bool(before.group("q"))
                    if key == "dated_noun_verb" and regex.fullmatch(_EVENT_QUALIFIERS, before.group("s").lower()):
                        qualified = True  # "The first recall came in 2021": one of several
                    # A capitalised word names a subject unless it only opens the sentence ("Since").
                    # A capitalised word names a subject unless it only opens the sentence ("Since
                    # taking office"); one followed by a verb ("Velta was founded in 2009") names it.
                    named = before.group("det") or (
                        before.group("s")[:1].isupper()
                        and (
                            before.start("s") != self.sentence(m.start())[0]
                            or bool(_pattern("auxiliary").search(plain, before.end("s"), before.end()))
                        )
                    )
                    if key.startswith("dated_verb") and named:
                        subject = _event_subject(before.group("s"))
                if key.startswith("dated_verb") and subject is None:
                    subject = self._clause_subject(m.start(), m.end())
                if key.startswith("dated_verb") and subject is None:
                    subject = _noun_phrase_subject(plain, m.start())
                if m.start() not in out:
                    out[m.start()] = DatedEvent(
                        m.start(), m.end(), event, subject, int(year) if year else None,
                        month_number(mon) if mon else None, int(day) if day else None, qualified, marker == "start",
                        pos == "noun", marker == "days", _part(gd["part"]) if gd.get("part") else None,
                    )  # fmt: skip
        return tuple(sorted(out.values(), key=lambda e: e.start))

    def _event_matches(self, key: str) -> Iterable[Any]:
        """Matches of an event pattern, tried only where an event word starts; "dated_noun_pre" is read
        backwards from each event noun, since it may start at any "the" of the article."""
        if key != "dated_noun_pre":
            first = _event_first_words("verb" if key.startswith("dated_verb") else "noun")
            if key.startswith("dated_verb"):  # a participle opening its sentence: "Founded in 1987, …"
                first = first | frozenset(w.capitalize() for w in first)
            yield from _matches_at(self.plain, key, first)
            return
        for noun in _matches_at(self.plain, "event_noun", _event_first_words("noun")):
            pre = _pattern(key).search(self.plain, max(0, noun.start() - 60), noun.start())
            if pre:
                yield _Joined(pre, noun)

    def _clause_subject(self, start: int, end: int) -> str | None:
        """The named subject of a dated verb set off by commas: "Doe, a lawyer, was sworn in ..."
        or "Since taking office in 2021, Doe has ..." (a clause opening the sentence with the verb)."""
        plain = self.plain
        app = _pattern("event_appositive_before").search(plain, max(0, start - 160), start)
        who = app.group("who") if app else None
        if not who:
            s_start = self.sentence(start)[0]
            if len(plain[s_start:start].split()) <= 1:  # "Since taking office in 2021, Doe ..."
                after = _pattern("event_subject_after").match(plain, end)
                who = after.group("who") if after else None
                if who is None and start == s_start and plain[start : start + 1].isupper():
                    # "Founded in 1987 by two bakers with one shop, the chain now runs 400": a participle
                    # opening the sentence dates the main clause's subject, after the clause's comma.
                    main = _FRONTED_SUBJECT.match(plain, end)
                    if main:
                        head = main.group("s")
                        return _surname(_clean_name(head) or head).lower() if head[:1].isupper() else head.lower()
        name = _clean_name(who) if who else None
        return _surname(name).lower() if name else None

    @cached_property
    def beginnings(self) -> tuple[StartDate, ...]:
        """Dated events that begin something ("opened in 2019", "sworn in on 14 January 2022"): what
        "now in its tenth year" may count from when the sentence does not say what it counts."""
        out = []
        for ev in self.dated_events:
            if not ev.begins or ev.qualified:
                continue
            year = ev.year or (self.doc_date.date.year if self.doc_date else None)
            if year is None:
                continue
            when = MonthYear(ev.start, ev.end, year, ev.month or 1, ev.month or 12)
            out.append(StartDate(ev.start, ev.end, ev.event, when))
        return tuple(out)

    @cached_property
    def starts(self) -> tuple[StartDate, ...]:
        out = []
        for key in ("start", "start_pre"):
            for m in _pattern(key).finditer(self.plain):
                mon = month_number(m.group("mon")) if m.group("mon") else None
                when = MonthYear(m.start(), m.end(), int(m.group("y")), mon or 1, mon or 12)
                out.append(StartDate(m.start(), m.end(), _ONGOING[m.group("subj").lower()], when))
        return tuple(sorted(out, key=lambda s: s.start))

    @cached_property
    def births(self) -> tuple[BirthYear, ...]:
        if "born" not in self.plain and "Born" not in self.plain and "(b. " not in self.plain:  # "Doe (b. 1970)"
            return ()
        out = []
        for key in ("born", "born_before", "born_loose", "born_hyphen"):
            for m in _pattern(key).finditer(self.plain):
                who = _clean_name(m.group("who"))
                if who and not any(b.start <= m.start("y") < b.end for b in out):
                    out.append(BirthYear(m.start(), m.end(), _surname(who), int(m.group("y"))))
        out.extend(self._pronoun_births())
        return tuple(sorted(out, key=lambda b: b.start))

    def _pronoun_births(self) -> list[BirthYear]:
        """"Quint trained in the capital. She was born in 1968.": a pronoun's birth year belongs to the
        person named as the subject of the last sentence before it, in the same paragraph, that opens
        with a name; with none, it is left unread."""
        out = []
        for m in _pattern("born_pronoun").finditer(self.plain):
            block = self.doc.block_at(m.start())
            if block is None:
                continue
            who = None
            for s in self.doc.sentences:
                if s.start < block.start or s.start >= m.start():
                    continue
                subject = _pattern("sentence_subject").match(self.plain, s.start)
                name = _clean_name(subject.group("who")) if subject else None
                if name:
                    who = name
            if who:
                out.append(BirthYear(m.start(), m.end(), _surname(who), int(m.group("y"))))
        return out

    @cached_property
    def ages(self) -> tuple[Age, ...]:
        out = []
        keys = ["age_after", "age_before"] + (["age_aged"] if " age" in self.plain else []) + (["age_paren"] if "(" in self.plain else [])
        for key in keys:
            for m in _pattern(key).finditer(self.plain):
                who = _clean_name(m.group("who"))
                n = int(m.group("n"))
                if who and 0 < n < 120:
                    out.append(Age(m.start(), m.end(), _surname(who), n))
        # "She was 84." and "The 84-year-old said" refer to the article's subject: read them so only when one
        # person has a birth year.
        born = {b.person for b in (*self.births, *self.clause_births) if "year-old" not in b.person}
        if len(born) == 1:
            person = next(iter(born))
            anaphors = [m for m in _pattern("age_anaphor").finditer(self.plain) if self._stands_for(m.start(), person)]
            for m in [*_pattern("age_pronoun").finditer(self.plain), *anaphors, *self._obituary_ages()]:
                if 0 < int(m.group("n")) < 120:
                    out.append(Age(m.start(), m.end(), person, int(m.group("n"))))
        return tuple(sorted(out, key=lambda a: a.start))

    def _stands_for(self, at: int, person: str) -> bool:
        """Whether "the 41-year-old" at ``at`` can stand for ``person``: the last name written before it
        (within 600 characters) is that person's, as a full name or the surname alone."""
        lo = max(0, at - 600)
        last = None
        for m in _FULL_NAME.finditer(self.plain, lo, at):
            last = m
        if last is not None and _surname(last.group()) == person:
            return True
        alone = self.plain.rfind(person, lo, at)
        return alone >= 0 and (last is None or alone > last.end())

    @cached_property
    def clause_births(self) -> tuple[BirthYear, ...]:
        """Birth years the name-first patterns of ``births`` leave: a relative clause between the name and
        "was born", and "The 29-year-old, born ... in 1990" (its person is the age phrase itself)."""
        if "born" not in self.plain:
            return ()
        taken = {b.start for b in self.births} | {b.end for b in self.births}
        out = []
        for m in _pattern("born_after_clause").finditer(self.plain):
            who = _clean_name(m.group("who"))
            if who and m.end() not in taken:
                out.append(BirthYear(m.start(), m.end(), _surname(who), int(m.group("y"))))
        for m in _pattern("age_born_appositive").finditer(self.plain):
            out.append(BirthYear(m.start("y"), m.end("y"), m.group("who").lower(), int(m.group("y"))))
        for m in _pattern("born_now_age").finditer(self.plain):
            out.append(BirthYear(m.start("y"), m.end("y"), _born_now_person(m), int(m.group("y"))))
        for m in _pattern("born_after_age").finditer(self.plain):
            who = _clean_name(m.group("who"))
            if who and m.end() not in taken and not any(b.end == m.end() for b in out):
                out.append(BirthYear(m.start(), m.end(), _surname(who), int(m.group("y"))))
        return tuple(sorted(out, key=lambda b: b.start))

    @cached_property
    def birth_clause_ages(self) -> tuple[Age, ...]:
        """Ages in the sentence of a birth year, given to that birth's person: "born in 1962 and turned 58 this
        summer", "who celebrated her 52nd birthday in January, was born in 1968", "The 29-year-old, born in
        1990" (``clause_births``)."""
        out = []
        for b in (*self.births, *self.clause_births):
            s, t = self.sentence(b.start)
            if b.person.endswith("-year-old"):
                continue
            for m in _pattern("age_reached").finditer(self.plain, s, t):
                n = int(m.group("n") or m.group("o"))
                if 0 < n < 120:
                    out.append(Age(m.start(), m.end(), b.person, n))
        if "-year-old" in self.plain:
            for m in _pattern("age_born_appositive").finditer(self.plain):
                out.append(Age(m.start(), m.end("who"), m.group("who").lower(), int(m.group("n"))))
        if " now " in self.plain:
            for m in _pattern("born_now_age").finditer(self.plain):
                out.append(Age(m.start("n"), m.end("n"), _born_now_person(m), int(m.group("n"))))
        return tuple(sorted(set(out), key=lambda a: a.start))

    def _obituary_ages(self) -> list[regex.Match[str]]:
        """"... dies at 88" in the headline or the first paragraph: the age of the article's one person."""
        if "at " not in self.plain:
            return []
        head = self.doc.blocks[1].end if len(self.doc.blocks) > 1 else len(self.plain)
        return list(_pattern("age_dies").finditer(self.plain, 0, head))

    @cached_property
    def titles(self) -> tuple[Title, ...]:
        out = []
        heads = _office_heads()
        for m in _matches_at(self.plain, "title", _office_forms()):
            if m.group("elect"):
                continue
            head = _office_head(m.group("t"), heads)
            words = m.group("who").split()
            while words and words[0].lower().rstrip(".") in heads:  # "Foreign Minister", "Chief Executive"
                head = _office_head(words.pop(0), heads)
            who = _clean_name(" ".join(words))
            if not who or who.split()[0].lower() in _function_words():
                continue
            marker, start, qualifier = _title_marker(self.plain, m.start())
            if marker and marker not in ("former", "ex"):
                continue
            first = " ".join(who.split()[:-1])
            # A possessive’s curly apostrophe ("Mayor Jo Obi’s office") is not part of the name, as a straight one is not.
            out.append(Title(start, m.end(), head, _surname(who).rstrip("’"), first, bool(marker), qualifier))
        return tuple(out)

    @cached_property
    def appositive_titles(self) -> tuple[Title, ...]:
        """Titles set off beside a name ("Reel, the club's manager,", "The club's former captain, Joss
        Merriday,", "Vaz was the former president of ..."); a past tense without "former" ("Vaz was the
        president") tells nothing of now and is left out. The qualifier is the possessive before the office."""
        out = []
        heads = _office_heads()
        for key in ("title_after_name", "title_after_name_bare", "title_before_name", "title_before_name_owner"):
            for m in _pattern(key).finditer(self.plain):
                who = _clean_name(m.group("who"))
                if not who or who.split()[0].lower() in _function_words() or who.split()[-1].lower().rstrip(".") in heads:
                    continue
                verb = (m.groupdict().get("verb") or "").lower()
                former = bool(m.group("former"))
                if not former and verb.startswith(("was", "had")):
                    continue
                owner = m.groupdict().get("pos") or m.groupdict().get("of")
                # "the group's former finance director": the words before the office qualify it too
                mods = {w for w in (m.groupdict().get("mods") or "").split() if w not in heads and w not in _function_words()}
                qualifier = frozenset(({_POSSESSIVE.sub("", owner.lower())} if owner else set()) | mods)
                if not former and m.groupdict().get("org"):  # "Ruiz, chief economist at the lender Harbour Mutual"
                    qualifier |= {w.lower() for w in m.group("org").split()}
                out.append(
                    Title(m.start(), m.end(), _office_head(m.groupdict().get("last") or m.group("t"), heads),
                          _surname(who).rstrip("’"), " ".join(who.split()[:-1]), former, qualifier)
                )
        return tuple(out)

    @cached_property
    def continuing_titles(self) -> tuple[Title, ...]:
        """Offices held now, told by a verb: "Doe, who remains chief executive", "Doe continues as the
        club's manager" (current titles for DAT005; the head is the last office word)."""
        if not regex.search(_continuing_verbs(), self.plain):
            return ()
        out = []
        heads = _office_heads()
        for m in _pattern("title_continuing").finditer(self.plain):
            who = _clean_name(m.group("who"))
            if not who or who.split()[0].lower() in _function_words():
                continue
            # "who remains finance director": the words before the office qualify it, as "finance" does in
            # "former finance director Doe".
            mods = {w for w in m.group("mods").split() if w not in heads and w not in _function_words()}
            qualifier = frozenset(({_POSSESSIVE.sub("", m.group("pos").lower())} if m.group("pos") else set()) | mods)
            out.append(Title(m.start(), m.end(), _office_head(m.group("last"), heads), _surname(who).rstrip("’"),
                             " ".join(who.split()[:-1]), False, qualifier))  # fmt: skip
        return tuple(out)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.doc.sentences]

    def sentence(self, offset: int) -> tuple[int, int]:
        """The sentence around an offset (an empty range between sentences)."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.doc.sentences[i].end:
            return self.doc.sentences[i].start, self.doc.sentences[i].end
        return offset, offset


#: Month names as written in text (an abbreviation's full stop is left to the patterns after it).
_MONTH_WORDS = _Vocabulary(lambda name: {w.capitalize(): n for w, n in number_table(name).items()}, "months.txt")
#: Words for a part of a year, as the keys of _PARTS ("Early" too).
_PART_WORDS = _Vocabulary(
    lambda name: {f: v for k, v in word_table(name).items() for f in ((k, k.capitalize()) if " " not in k else (k,))},
    "year-part-words.txt",
)

_MONTH_PREFIXES = _Vocabulary(lambda name: tuple(dict.fromkeys(w[:3].capitalize() for w in number_table(name))), "months.txt")
#: Words that make a relative time, and the unit each one counts in.
_RELATIVE_WORDS = _Vocabulary(word_table, "relative-time-words.txt")
#: Parts of a day that make a relative time only after "this" ("this morning").
_PART_OF_DAY = _Vocabulary(word_list, "day-parts.txt")
#: What to look for to find every relative-time word: none is another's prefix ("week" finds "weekend").
_RELATIVE_PREFIXES = _Vocabulary(lambda name: tuple(w for w in word_table(name) if not any(w != o and w.startswith(o) for o in word_table(name))), "relative-time-words.txt")


def _words_at(text: str, prefixes: Iterable[str], vocabulary: Container[str]) -> list[tuple[int, str]]:
    """Where words of a vocabulary occur as whole words, in text order.

    Each word is found by a prefix it starts with ("Sep" for "Sept." and
    "September") and read to its end. ``str.find`` is several times faster than
    a regular expression that may start at any word.
    """
    out = []
    for prefix in prefixes:
        i = text.find(prefix)
        while i >= 0:
            j = i + len(prefix)
            while j < len(text) and text[j].isalpha():
                j += 1
            if (i == 0 or not text[i - 1].isalnum()) and text[i:j] in vocabulary:
                out.append((i, text[i:j]))
            i = text.find(prefix, j)
    return sorted(out)




def extract_timeline(doc: "Document", as_of: dt.date | None = None) -> Timeline:
    """The article's time line, shared by every rule on the same document and as-of date."""
    return doc.index.cached(f"timeline:{as_of}", lambda: Timeline(doc, as_of))
