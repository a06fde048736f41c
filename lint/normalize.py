"""Text as rules match it, and the way back to the characters of the file.

Two copies of one article must get the same findings whatever their line
endings and whatever invisible characters are sprinkled in them, or a
linter is trivial to evade (``Key\u200b Takeaway``) and a Windows checkout
gets another verdict than a Linux one. Before a document is built, its text is
normalised:

- every line break (``\\r\\n``, a lone ``\\r``) becomes ``\\n``;
- default-ignorable code points (zero-width space and joiners, soft hyphen,
  word joiner, a byte-order mark inside the text, variation selectors, bidi
  controls, tags: Unicode's ``Default_Ignorable_Code_Point``) are removed.

Nothing else changes, and :class:`SourceMap` keeps the way back: every
offset of the normalised text maps to the offset of the same character in the
original, so a finding's line, column and snippet are those of the file the
user opens (columns still count the invisible characters, as editors do).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from lint.patterns import LazyPattern

_REMOVED = LazyPattern(r"\r\n?|\p{Default_Ignorable_Code_Point}+")
_BREAK = LazyPattern(r"\r\n|\r|\n")


@dataclass(frozen=True, eq=False)
class SourceMap:
    """Offsets of a normalised text → offsets of the original.

    ``points[i]`` is a normalised offset from which on the original lies
    ``shifts[i]`` characters further; before the first point the two agree.
    """

    original: str
    points: tuple[int, ...]
    shifts: tuple[int, ...]
    _line_starts: list[int] = field(default_factory=list, repr=False)

    def offset(self, norm: int) -> int:
        """The original offset of the character at ``norm`` (or of the end of the text)."""
        i = bisect.bisect_right(self.points, norm) - 1
        return norm + (self.shifts[i] if i >= 0 else 0)

    def end_offset(self, norm: int, start: int) -> int:
        """The original offset of an exclusive end: just after the character before it, so a
        span never swallows the invisible characters that follow it."""
        return self.offset(norm) if norm <= start else self.offset(norm - 1) + 1

    def line_starts(self) -> list[int]:
        if not self._line_starts:
            self._line_starts.extend([0, *(m.end() for m in _BREAK.finditer(self.original))])
        return self._line_starts


def normalize(text: str) -> tuple[str, SourceMap | None]:
    """The text rules match on, and the map back (None when nothing changed)."""
    pieces: list[str] = []
    points: list[int] = []
    shifts: list[int] = []
    pos = shift = 0
    for m in _REMOVED.finditer(text):
        pieces.append(text[pos : m.start()])
        norm_at = m.start() - shift  # where the match starts in the normalised text
        if m.group()[0] == "\r":
            pieces.append("\n")
            shift += len(m.group()) - 1
            norm_at += 1  # the "\n" stands for the "\r"; what follows is shifted
        else:
            shift += len(m.group())
        if points and points[-1] == norm_at:
            shifts[-1] = shift
        else:
            points.append(norm_at)
            shifts.append(shift)
        pos = m.end()
    if pos == 0 and not pieces:
        return text, None
    pieces.append(text[pos:])
    return "".join(pieces), SourceMap(text, tuple(points), tuple(shifts))
