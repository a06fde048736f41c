""".gitignore matching for directory walks, without calling git.

Supports what article repositories use: comments, blank lines, ``!`` negation,
trailing ``/`` for directories, leading ``/`` or an inner ``/`` to anchor a
pattern to its file's folder, ``*``, ``?``, ``[...]`` and ``**``. The
``.gitignore`` files of the walked folder, of every folder below it, and of
its parent folders up to the repository root are read.
"""

from __future__ import annotations

from pathlib import Path

import regex


def _translate(pattern: str) -> str:
    """A gitignore glob (without its anchoring) as a regular expression."""
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append(r"(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("/**", i) and i + 3 == len(pattern):
            out.append(r"/.*")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(r".*")
            i += 2
            continue
        if c == "*":
            out.append(r"[^/]*")
        elif c == "?":
            out.append(r"[^/]")
        elif c == "[":
            bracket = _bracket(pattern, i)
            if bracket is None:  # no closing bracket: a literal "["
                out.append(regex.escape(c))
            else:
                cls, i = bracket
                out.append(cls)
        elif c == "\\" and i + 1 < len(pattern):
            i += 1
            out.append(regex.escape(pattern[i]))
        else:
            out.append(regex.escape(c))
        i += 1
    return "".join(out)


_POSIX_CLASSES = frozenset("alnum alpha blank cntrl digit graph lower print punct space upper xdigit".split())


def _bracket(pattern: str, start: int) -> tuple[str, int] | None:
    """A ``[...]`` expression at ``start`` as a regex class and the index of its ``]``, as git
    reads it: ``!`` or ``^`` negates, a ``]`` first is literal, ``[:alpha:]`` classes, ranges
    (a reversed one, ``[z-a]``, matches nothing), backslash escapes. None when it never closes."""
    i = start + 1
    negate = i < len(pattern) and pattern[i] in "!^"
    i += negate
    items: list[str] = []
    first = True
    while i < len(pattern):
        c = pattern[i]
        if c == "]" and not first:
            if not items:
                return ("[^/]" if negate else "(?!)"), i
            return f"[{'^/' if negate else ''}{''.join(items)}]", i
        first = False
        if c == "[" and pattern.startswith("[:", i):
            end = pattern.find(":]", i + 2)
            if end != -1 and pattern[i + 2 : end] in _POSIX_CLASSES:
                items.append(pattern[i : end + 2])
                i = end + 2
                continue
        if c == "\\" and i + 1 < len(pattern):
            i += 1
            c = pattern[i]
        if i + 2 < len(pattern) and pattern[i + 1] == "-" and pattern[i + 2] != "]":
            low, high = c, pattern[i + 2]
            if high == "\\" and i + 3 < len(pattern):
                high = pattern[i + 3]
                i += 1
            if low <= high:
                items.append(f"{regex.escape(low)}-{regex.escape(high)}")
            i += 3
            continue
        items.append(regex.escape(c))
        i += 1
    return None


class GitIgnore:
    """The ignore rules that apply below ``root`` (paths are relative to it)."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        # (base folder relative to root, compiled pattern, negated, dir_only)
        self.rules: list[tuple[str, regex.Pattern[str], bool, bool]] = []
        self._loaded: set[str] = set()
        parents = []
        for parent in [self.root, *self.root.parents]:
            parents.append(parent)
            if (parent / ".git").exists():
                break
        else:
            parents = [self.root]
        for parent in reversed(parents[1:]):
            self._read(parent / ".gitignore", prefix_to_root=str(self.root.relative_to(parent)).replace("\\", "/"))
        self._load_dir("")

    def _read(self, file: Path, base: str = "", prefix_to_root: str = "") -> None:
        try:
            lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return
        for line in lines:
            line = line.rstrip()
            if not line or line.startswith("#"):
                continue
            negated = line.startswith("!")
            if negated:
                line = line[1:]
            dir_only = line.endswith("/")
            line = line.rstrip("/")
            if not line:
                continue
            anchored = "/" in line
            line = line.lstrip("/")
            body = _translate(line)
            full = rf"^{body}(?:/.*)?$" if anchored else rf"^(?:.*/)?{body}(?:/.*)?$"
            try:
                rx = regex.compile(full)
            except regex.error:  # a line git itself would not match anything with
                continue
            # A parent's pattern is relative to the parent: strip our offset.
            self.rules.append((f"\0{prefix_to_root}" if prefix_to_root else base, rx, negated, dir_only))

    def _load_dir(self, rel_dir: str) -> None:
        if rel_dir in self._loaded:
            return
        self._loaded.add(rel_dir)
        self._read(self.root / rel_dir / ".gitignore", base=rel_dir)

    def ignored(self, rel: str, is_dir: bool) -> bool:
        """Whether a path (relative to root, ``/``-separated) is ignored."""
        parent = rel.rsplit("/", 1)[0] if "/" in rel else ""
        self._load_dir(parent)
        verdict = False
        for base, rx, negated, dir_only in self.rules:
            if base.startswith("\0"):
                candidate = f"{base[1:]}/{rel}"
            elif base:
                if not rel.startswith(base + "/"):
                    continue
                candidate = rel[len(base) + 1 :]
            else:
                candidate = rel
            if dir_only and not is_dir and "/" not in candidate:
                continue
            if rx.match(candidate):
                verdict = not negated
        return verdict
