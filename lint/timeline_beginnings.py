"""One thing's beginning, whatever word names it: "founded", "opened its doors", "launched", "its
2020 inauguration", "came online".

DAT001 compares two mentions of one event named by one word ("opened" and "its opening"). A
writer who misdates a beginning often names it with another word the second time ("the exchange
was launched in 2016" ... "since it was inaugurated in 2014"). The event keys of
rules/data/event-words.txt that begin a thing are sorted into stages (rules/data/beginning-stages.txt):
the thing is made (create), built (build), then opened to its users (use). Words of one stage name
one moment; across stages the order is fixed. A pair that breaks either is one beginning given two
dates.

Only beginnings of the thing itself count: a verb with an object of its own ("opened a second
store in 2019", "launched its first app") begins something else, and a person's own beginning
("she founded the clinic") is the founder's act, not the thing's.
"""

import regex
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from lint.patterns import LazyPattern, alternation_source
from lint.patterns import compile as compile_pattern
from lint.wordlists import data_lines, word_list, word_table

if TYPE_CHECKING:
    from lint.timeline import DatedEvent, Timeline

#: "it was inaugurated", "its 1971 inauguration": the taking-office words said of a thing.
_THING_BEFORE = LazyPattern(r"(?:\b(?:it|which|that)\s+(?:was|had\s+been|has\s+been)\s+|\bits\s+(?:\S+\s+)?)$", regex.I)

_RANK = {"create": 0, "build": 1, "use": 2}


class Beginning(NamedTuple):
    event: "DatedEvent"
    stage: str


@lru_cache(maxsize=None)
def _stages() -> dict[str, str]:
    """rules/data/beginning-stages.txt as {event key: stage}."""
    out = {}
    for line in data_lines("beginning-stages.txt"):
        parts = line.lower().split()
        if len(parts) == 2:
            out[parts[0]] = parts[1]
    return out


@lru_cache(maxsize=None)
def _object_pattern() -> regex.Pattern[str]:
    """"opened its first store in", "launched a new app on": a determiner after the verb starts an
    object (rules/data/object-determiners.txt)."""
    determiners = alternation_source(word_list("object-determiners.txt"))
    return compile_pattern(rf"^\s*(?:[\p{{L}}-]+\s+){{0,1}}?(?i:{determiners})\s+(?P<w>[\p{{L}}-]+)")


def _has_object(text: str, verb_end: int) -> bool:
    """Words between the verb and its date that start with a determiner: the verb has an object,
    unless the object is the thing's own ("opened its doors": rules/data/own-objects.txt)."""
    m = _object_pattern().match(text, verb_end)
    return bool(m) and m.group("w").lower() not in word_list("own-objects.txt")


def beginnings(tl: "Timeline") -> list[Beginning]:
    """The dated beginnings of things in the article, with their stage (years only)."""
    stages, plain, out = _stages(), tl.plain, []
    for ev in tl.dated_events:
        if ev.qualified or ev.year is None or ev.recurring or ev.subject in ("he", "she"):
            continue
        stage = stages.get(ev.event)
        if ev.event == "take-office" and _THING_BEFORE.search(plain, max(0, ev.start - 30), ev.start):
            stage = "use"  # "since it was inaugurated in 2014", "its 1971 inauguration"
        if stage is None:
            continue
        if not ev.noun:
            text = plain[ev.start : ev.end]
            verb = regex.match(r"[\p{L}-]+(?:\s+(?:in|online|service|live|up))?", text)
            if verb is None or _has_object(text, verb.end()):
                continue
        out.append(Beginning(ev, stage))
    for ev in _timeline_entries(tl):
        if ev.event in stages and not any(b.event.start <= ev.start < b.event.end for b in out):
            out.append(Beginning(ev, stages[ev.event]))
    return out


@lru_cache(maxsize=None)
def _entry_pattern() -> regex.Pattern[str]:
    """A line of a timeline: a year (perhaps after a month, perhaps in bold) and a dash or a colon, then
    a short subject and a verb of rules/data/timeline-entry-verbs.txt."""
    from lint.timeline import _MON, _YEAR

    verbs = alternation_source(sorted(word_table("timeline-entry-verbs.txt"), key=len, reverse=True))
    return compile_pattern(
        rf"(?m)^[ \t]*(?:[-*•][ \t]*)?(?:\*\*)?(?:(?:{_MON})\.?[ \t]+)?(?P<y>{_YEAR})(?:\*\*)?[ \t]*[-–—:][ \t]*(?:\*\*)?"
        rf"(?:(?:[Tt]he|[Ii]ts|[Aa])[ \t]+)?(?:\p{{L}}[\p{{L}}'’-]*[ \t]+){{0,2}}?(?P<s>\p{{L}}[\p{{L}}-]*)[ \t]+(?P<v>(?i:{verbs}))\b"
    )


def _timeline_entries(tl: "Timeline") -> list["DatedEvent"]:
    """"1974 – The bridge opens to traffic": a beginning dated by the timeline line it opens (its subject, the
    word before the verb)."""
    from lint.timeline import DatedEvent

    if "\n" not in tl.plain:
        return []
    table = word_table("timeline-entry-verbs.txt")
    out = []
    for m in _entry_pattern().finditer(tl.plain):
        event = table[m.group("v").lower()]
        out.append(DatedEvent(m.start("y"), m.end("v"), event, m.group("s").lower(), int(m.group("y")), None, None, False, True))
    return out


def _new_pair(a: Beginning, b: Beginning) -> bool:
    """A pair the one-word comparison of DAT001 does not make: two words, or one verb twice with no
    subject named ("Unit 1, which was commissioned in 1987" ... "since coming online in 1989")."""
    if a.event.event != b.event.event:
        return True
    return not (a.event.noun or b.event.noun or (a.event.subject and a.event.subject == b.event.subject))


def _conflict(a: Beginning, b: Beginning) -> bool:
    """Two beginnings named by different words that cannot both be right."""
    ya, yb = a.event.year, b.event.year
    assert ya is not None and yb is not None
    if a.stage == b.stage:
        return abs(ya - yb) >= 2
    first, then = (a, b) if _RANK[a.stage] < _RANK[b.stage] else (b, a)
    return first.event.year > then.event.year + 1  # type: ignore[operator]


def _context_words(tl: "Timeline", ev: "DatedEvent") -> set[str]:
    """The content words before a mention in its sentence ("the dairy, founded in"), and those of the
    sentence before when the mention's own says "it" ("Since it was inaugurated")."""
    from lint.timeline import _function_words

    s, _ = tl.sentence(ev.start)
    text = tl.plain[s : ev.start]
    if regex.search(r"\b(?:it|its)\b", text, regex.I) and s > 0:
        text = tl.plain[tl.sentence(s - 1)[0] : s] + " " + text
    stop = _function_words()
    return {w for w in (x.lower() for x in regex.findall(r"\p{L}[\p{L}-]{3,}", text)) if w not in stop}


def _one_thing(tl: "Timeline", a: Beginning, b: Beginning, named: set[Any]) -> bool:
    """Whether two mentions can be of one thing: the same named subject; or, where a mention names none
    and the article's beginnings name at most one thing, a content word the two mentions' sentences
    share before them ("the dairy ... opened its doors", "the dairy, founded in")."""
    sa, sb = a.event.subject, b.event.subject
    if sa and sb:
        return bool(sa == sb)
    if len(named) > 1:
        return False
    if len(named) == 1 and any(_refers_back(tl, x.event) for x in (a, b) if not x.event.subject):
        return True  # "the exchange was launched in 2016" ... "since it was inaugurated in 2014"
    return bool(_context_words(tl, a.event) & _context_words(tl, b.event))


#: "For the startup, set up in 2019 ...": a participle set off after a definite common noun, which points
#: back as "it" does.
_DEFINITE_BEFORE = LazyPattern(r"\b[Tt]he\s+\p{Ll}[\p{Ll}-]+\s*,\s*$")


def _refers_back(tl: "Timeline", ev: "DatedEvent") -> bool:
    """"its 1958 dedication", "it was inaugurated", "the startup, set up in": a mention that points back to
    a thing named before."""
    if _THING_BEFORE.search(tl.plain, max(0, ev.start - 30), ev.start) or tl.plain[ev.start : ev.start + 4].lower() == "its ":
        return True
    return not ev.noun and bool(_DEFINITE_BEFORE.search(tl.plain, max(0, ev.start - 40), ev.start))


def conflicting_beginnings(tl: "Timeline") -> list[tuple[Beginning, list[Beginning]]]:
    """Each beginning that another, named by another word, contradicts; the side with more
    contradictions (else the later one) is reported, against the mentions it contradicts."""
    found = beginnings(tl)
    named = {b.event.subject for b in found if b.event.subject}
    read = set(tl.dated_events)  # a timeline line's beginning is not among them: DAT001's one-word pairs never see it
    clashes: dict[int, list[Beginning]] = {i: [] for i in range(len(found))}
    for i, a in enumerate(found):
        for j, b in enumerate(found):
            if i != j and (_new_pair(a, b) or a.event not in read or b.event not in read) and _one_thing(tl, a, b, named) and _conflict(a, b):
                clashes[i].append(b)
    out = []
    for i, a in enumerate(found):
        if not clashes[i]:
            continue
        worse = [b for b in clashes[i] if len(clashes[found.index(b)]) < len(clashes[i])
                 or (len(clashes[found.index(b)]) == len(clashes[i]) and b.event.start < a.event.start)]
        if worse:
            out.append((a, worse))
    return out
