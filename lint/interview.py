"""Interviews told as questions and answers: the answers are the interviewee's words.

A Q&A is a professional format ("Q&A: the rabbi running a night shelter"): the reporter's questions
stand as short paragraphs ending in a question mark, and the answers under them are the
interviewee's own speech, in the first person and unquoted. Read as the writer's voice, every "I"
and "you" of the answers would look like opinion, and every question like a rhetorical one. This
module finds the turns of such an interview so that the rules that read the writer's voice leave
them out. An FAQ block appended to a story is not an interview: the answers must carry most of the
body, and a person must be named in full before the first question (the interviewee).
"""

from __future__ import annotations

from lint.document import Document, Span
from lint.patterns import LazyPattern
from lint.gazetteer import is_given_name
from lint.people import NAME_PAIR, extract_people

#: A question turn: one short paragraph ending in a question mark, after an optional "Q:" / "Q." label.
_QUESTION = LazyPattern(r"(?:Q[:.][ \u00a0]*)?[^\n?]{8,300}\?[ \u00a0]*")
#: The most sentences a question turn holds ("You ran it alone for years. Why stop now?").
_QUESTION_SENTENCES = 3
#: Questions answered before a body counts as an interview.
_MIN_TURNS = 2
#: The most paragraphs per question from the first question on (an answer runs one to a few paragraphs).
_BLOCKS_PER_QUESTION = 4
#: The largest share of the body's words an interview's introduction takes before the first question.
_MAX_INTRO = 0.3
#: The same when most answers speak in the first person: a profile that sets out the subject's
#: career before an edited interview (round 14); an FAQ answers for an institution or "you".
_MAX_INTRO_FIRST_PERSON = 0.5

#: The first person singular: here the test of an answer in the interviewee's voice, and one of TON003's signals.
FIRST_PERSON = LazyPattern(r"(?<![\p{L}\p{N}'’.-])(?:I(?:['’](?:m|ve|d|ll))?|me|my|myself|mine)(?![\p{L}\p{N}'’-])")


def interview_turns(doc: Document) -> tuple[Span, ...]:
    """The question and answer paragraphs of an interview in Q&A form, or nothing."""
    return doc.memo("interview.turns", lambda: _turns(doc))


def in_interview(doc: Document, offset: int) -> bool:
    """Whether an offset lies in a question or an answer of a Q&A interview."""
    return any(t.start <= offset < t.end for t in interview_turns(doc))


def _turns(doc: Document) -> tuple[Span, ...]:
    blocks = [b for b in doc.blocks if b.start >= doc.body_start]
    questions = [_is_question(doc, b) for b in blocks]
    answered = [i for i, q in enumerate(questions) if q and i + 1 < len(blocks) and not questions[i + 1]]
    if len(answered) < _MIN_TURNS:
        return ()
    first = blocks[answered[0]].start
    if len(blocks) - answered[0] > _BLOCKS_PER_QUESTION * sum(questions):
        return ()  # a question heading or two in a story is no interview
    body = doc.count_words(doc.body_start)
    # the turns end with the last answer: its first paragraph, and those after it that still speak
    # as "I"; a closing paragraph of the writer's own (a sign-off, a moral, a poll) is no answer
    last = max(i for i, q in enumerate(questions) if q) + 1
    while last + 1 < len(blocks) and _in_first_person(doc, [blocks[last + 1]]):
        last += 1
    kept = blocks[answered[0] : last + 1]
    intro = doc.count_words(doc.body_start, first)
    short_intro = intro <= _MAX_INTRO * body
    spoken = [b for b, q in zip(kept, questions[answered[0] :]) if not q]
    if not short_intro and not (intro <= _MAX_INTRO_FIRST_PERSON * body and _in_first_person(doc, spoken)):
        return ()  # questions late in the piece: an FAQ appended to a story
    if not _someone_named(doc, doc.body_start, first):
        return ()  # nobody introduced before the questions: an explainer's FAQ, not an interview
    # the answers carry most of the body (every paragraph from the first question counted as one);
    # after a long introduction, the questions and answers carry more of it than the introduction
    if short_intro:
        answers = [b for b, q in zip(blocks[answered[0] :], questions[answered[0] :]) if not q]
        if sum(doc.count_words(b.start, b.end) for b in answers) * 2 < body:
            return ()  # a few questions at the end of a story: an appended FAQ
    elif sum(doc.count_words(b.start, b.end) for b in kept) <= intro:
        return ()
    return tuple(Span(b.start, b.end) for b in kept)


def _in_first_person(doc: Document, answers: list[Span]) -> bool:
    """Whether most answers speak as "I": the interviewee's own voice."""
    spoken = sum(1 for b in answers if FIRST_PERSON.search(doc.plain, b.start, b.end))
    return spoken * 2 > len(answers)


def _someone_named(doc: Document, start: int, end: int) -> bool:
    """Whether a person is named in full between two offsets: a name the people extraction reads,
    or a given name (``gazetteers/given-names.txt``) followed by a capitalised word."""
    if any(m.full and start <= m.start < end for m in extract_people(doc).mentions):
        return True
    return any(is_given_name(m.group(1)) for m in NAME_PAIR.finditer(doc.plain, start, end, overlapped=True))


def _is_question(doc: Document, block: Span) -> bool:
    text = doc.plain[block.start : block.end].strip()
    if not _QUESTION.fullmatch(text):
        return False
    return sum(1 for s in doc.sentences if block.start <= s.start < block.end) <= _QUESTION_SENTENCES
