"""An event labelled by its date ("the 2019 agreement", "the Aug. 25 intrusion", "since the 19 May
breach") against the date the article gives the same noun elsewhere ("the agreement that both sides
signed in 2017"), whatever the noun.

DAT001's other readers know the events of rules/data/event-words.txt. A writer names many more
events (agreements, removals, takeovers, breaches, strikes), and the editor's check is the same:
the noun the label dates, dated again elsewhere in the article with another date. The noun is read
from the structure, not a list:

- a label is a determiner, a date and a noun ("the March 17 X", "its 2021 X", "Acme's 2019 X");
- a label dated to a day or a month may name any noun (it dates an occurrence); one dated to a
  year names an event only when its noun is made from a verb (removal, agreement, closure, signing,
  takeover: rules/data/event-noun-endings.txt), since "the 2025 budget" or "the 2024 season" name a
  period, not the day something happened;
- the other mention is the same noun followed, within its clause, by one date after "in", "on" or
  "of" ("the agreement that the two sides signed in 2017", "the strike on Oct. 9"), with no other
  modifier before it ("Missouri's Republican primary", "the dissent memo") unless it is the
  indefinite introduction before the label ("a collective agreement"); failing that,
  the verb the noun is made from, dated in its clause ("the 2020 signing" against "signed the deal
  on 12 May 2019", "the 2023 removal" against "was removed in 2022").

It stays silent where the article may mean two events: the noun in the plural anywhere, two labels
of the noun with different dates, a qualifier before the other mention ("a second breach", "the
earlier agreement", "a new strike") or in the label's sentence ("a second one"), another modifier
before the other mention ("Missouri's Republican primary"), recurring kinds (elections), or a
sentence that gives two dates.
"""

from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

import regex

from lint.patterns import LazyPattern, alternation_source
from lint.patterns import compile as compile_pattern
from lint.timeline import _MON, _YEAR
from lint.wordlists import word_list

if TYPE_CHECKING:
    from lint.timeline import Timeline

#: A date as written before a noun or after "in"/"on": "March 17", "17 March", "Nov. 2023", "2019".
_DATE = (
    rf"(?:(?P<mon>{_MON})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>{_YEAR}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MON})\.?(?:,?\s+(?P<y2>{_YEAR}))?"
    rf"|(?P<mon3>{_MON})\.?,?\s+(?P<y3>{_YEAR})"
    rf"|(?P<y4>{_YEAR}))"
)
_LABEL = LazyPattern(
    rf"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\p{{L}}[\p{{L}}-]+['’]s)\s+{_DATE}\s+(?P<n1>\p{{Ll}}[\p{{Ll}}-]+)(?:\s+(?P<n2>\p{{Ll}}[\p{{Ll}}-]+))?"
)
#: The other mention's date: "in"/"on"/"of" and a date, at most ten words after the noun, in its clause.
_AFTER = LazyPattern(rf"^(?P<gap>(?:[\p{{L}}'’-]+\s+){{0,10}}?)(?:in|on|of)\s+(?:the\s+)?{_DATE}(?![\d-])")


@cache
def _before_qualifier() -> regex.Pattern[str]:
    """A qualifier just before a label's noun (rules/data/instance-qualifiers.txt): "another recall"."""
    return compile_pattern(rf"\b(?:{alternation_source(word_list('instance-qualifiers.txt'))})\s+(?:\p{{Ll}}+\s+)?$", regex.I)


@cache
def _several() -> regex.Pattern[str]:
    """Words in the label's own sentence that make it one of several (rules/data/instance-markers.txt)."""
    return compile_pattern(rf"\b(?:{alternation_source(word_list('instance-markers.txt'))})\b", regex.I)


#: A nominalisation's ending and the endings of the verb stems it may come from ("removal": "remove").
_NOMINAL_STEMS = (("ation", ("ate", "")), ("tion", ("te", "t")), ("sion", ("de", "d")), ("ment", ("",)),
                  ("al", ("", "e")), ("ure", ("e", "")), ("ing", ("", "e")))
#: A verb's date: straight after it ("signed 12 May 2019") or after "in"/"on" within a few words.
_VERB_AFTER = LazyPattern(rf"^(?:(?P<gap>(?:[\p{{L}}'’-]+\s+){{0,6}}?)(?:in|on)\s+(?:the\s+)?)?{_DATE}(?![\d-])")


class Value(NamedTuple):
    year: int | None
    month: int | None
    day: int | None


class Label(NamedTuple):
    start: int
    end: int
    noun: str
    value: Value
    #: The word before the head in a compound ("bond" of "the 2021 bond measure"), which may name it alone.
    modifier: str | None = None


class Mention(NamedTuple):
    start: int
    end: int
    value: Value


@lru_cache(maxsize=None)
def _endings() -> tuple[str, ...]:
    return tuple(sorted(word_list("event-noun-endings.txt"), key=len, reverse=True))


def _value(m: regex.Match[str]) -> Value:
    from lint.timeline import month_number

    g = m.groupdict()
    mon = g.get("mon") or g.get("mon2") or g.get("mon3")
    day = g.get("d") or g.get("d2")
    year = g.get("y") or g.get("y2") or g.get("y3") or g.get("y4")
    return Value(int(year) if year else None, month_number(mon) if mon else None, int(day) if day else None)


def _event_noun(word: str) -> bool:
    """A noun made from a verb: "removal", "agreement", "closure", "signing", "takeover"."""
    return any(word.endswith(e) and len(word) - len(e) >= 3 for e in _endings())


def _differ(a: Value, b: Value) -> bool | None:
    """Whether two dates cannot be one day (None: they cannot be compared)."""
    if a.year and b.year and a.year != b.year:
        return True
    if a.month and b.month:
        if a.month != b.month:
            return bool(a.year and b.year) or bool(a.day and b.day)
        if a.day and b.day:
            return a.day != b.day
    if a.year and b.year:
        return False
    return None


def labels(tl: "Timeline") -> list[Label]:
    from lint.timeline import _function_words

    stop, out = _function_words(), []
    for m in _LABEL.finditer(tl.plain):
        value = _value(m)
        nouns = [w for w in (m.group("n1"), m.group("n2")) if w]
        while nouns and nouns[-1] in stop:
            nouns.pop()
        if len(nouns) == 2 and _event_noun(nouns[0]):
            nouns.pop()  # "the 2019 signing say": a noun made from a verb is the head, whatever follows
        if not nouns or nouns[0] in stop:
            continue
        noun = nouns[-1]
        if noun.endswith("s") and not noun.endswith("ss"):
            continue
        if not value.month and not _event_noun(noun):
            continue
        end = m.end("n2") if len(nouns) == 2 else m.end("n1")
        out.append(Label(m.start(), end, noun, value, nouns[0] if len(nouns) == 2 else None))
    return out


def _mentions(tl: "Timeline", noun: str, skip: list[tuple[int, int]], modifier: str | None, label_start: int) -> list[Mention]:
    from lint.timeline import _function_words

    plain, out, stop = tl.plain, [], _function_words()
    for m in regex.finditer(rf"(?i)\b{regex.escape(noun)}\b", plain):
        if any(a <= m.start() < b for a, b in skip):
            continue
        before = regex.search(r"(?:([\p{L}'’-]+)\s+)?([\p{L}'’-]+)\s+$", plain[max(0, m.start() - 40) : m.start()])
        det = (before.group(1) or "").lower() if before else ""
        word = before.group(2).lower() if before else ""
        if word in ("a", "an") and m.start() > label_start:
            continue  # "a memo on Sept. 1" after "the July 28 memo": another one
        if word and word not in stop and word != modifier and not (det in ("a", "an") and m.start() < label_start):
            # "the 2021 municipal election" is not "the general election in 2023", nor "the April 19 primary"
            # "Missouri's Republican primary"; "a collective agreement" may introduce what "the 2019 agreement" names
            continue
        if _before_qualifier().search(plain, max(0, m.start() - 30), m.start()):
            continue
        s, t = tl.sentence(m.start())
        after = _AFTER.match(plain[m.end() : t].lstrip(" ,"))
        if not after or regex.search(r"[,;:()—–]", after.group("gap")):
            continue
        if len(tl.years_in(s, t)) > 1:
            continue  # "the strike of 2019 and the one of 2021"
        out.append(Mention(m.start(), m.end() + len(plain[m.end() : t]) - len(plain[m.end() : t].lstrip(" ,")) + after.end(), _value(after)))
    return out


def _past_forms(noun: str) -> list[str]:
    """The past participles a nominalisation may come from: "signing" -> "signed", "removal" -> "removed"."""
    for ending, stems in _NOMINAL_STEMS:
        if noun.endswith(ending):
            base = noun[: -len(ending)]
            return list(dict.fromkeys(w + ("d" if w.endswith("e") else "ed") for w in (base + s for s in stems) if len(w) >= 3))
    return []


def _verb_mentions(tl: "Timeline", noun: str) -> list[Mention]:
    """"the two sides signed 12 May 2019", "the dam was removed in the summer of 2022": the verb a
    nominalised label comes from, dated in its clause."""
    plain, out = tl.plain, []
    for form in _past_forms(noun):
        for m in regex.finditer(rf"(?i)\b{regex.escape(form)}\b", plain):
            if _before_qualifier().search(plain, max(0, m.start() - 30), m.start()):
                continue
            s, t = tl.sentence(m.start())
            rest = plain[m.end() : t]
            after = _VERB_AFTER.match(rest.lstrip(" "))
            if not after or regex.search(r"[,;:()—–]", after.group("gap") or ""):
                continue
            if len(tl.years_in(s, t)) > 1:
                continue
            out.append(Mention(m.start(), m.end() + len(rest) - len(rest.lstrip(" ")) + after.end(), _value(after)))
    return out


def labels_against_mentions(tl: "Timeline") -> list[tuple[Label, list[Mention]]]:
    """Each label whose date every other dated mention of its noun contradicts."""
    from lint.timeline import _event_words

    found = labels(tl)
    lower, out = tl.lower, []
    recurring = {w for w, (_, _, marker) in _event_words().items() if marker == "days"}
    for lab in found:
        noun = lab.noun
        if noun in recurring:
            continue  # elections: compared by the day only, by the one-word reader
        if _several().search(tl.plain, *tl.sentence(lab.start)):
            continue  # "the March 9 walkout was a second one"
        if regex.search(rf"\b{regex.escape(noun)}(?:s|es)\b", lower):
            continue  # "breaches", "agreements": more than one
        if any(o.noun == noun and _differ(o.value, lab.value) for o in found if o is not lab):
            continue  # "the 2011 flood ... the 1995 flood": two events told apart by their dates
        skip = [(o.start, o.end) for o in found]
        mentions = _mentions(tl, noun, skip, lab.modifier, lab.start)
        if not mentions and lab.modifier and lab.modifier not in lower.replace(f"{lab.modifier}s", ""):
            mentions = []
        elif not mentions and lab.modifier:
            mentions = _mentions(tl, lab.modifier, skip, None, lab.start)  # "the 2021 bond measure" ... "the bond voters approved in 2022"
        if not mentions:
            mentions = _verb_mentions(tl, noun) or (_verb_mentions(tl, lab.modifier) if lab.modifier else [])
        if not mentions:
            continue
        verdicts = [_differ(lab.value, x.value) for x in mentions]
        if any(v is False for v in verdicts) or not all(verdicts):
            continue
        values = {x.value for x in mentions}
        if len(values) == 1 or all(not _differ(a, b) for a in values for b in values):
            out.append((lab, mentions))
    return out
