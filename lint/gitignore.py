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
            j = pattern.find("]", i + 1)
            if j == -1:
                out.append(regex.escape(c))
            else:
                body = pattern[i + 1 : j].replace("\\", "\\\\")
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append(f"[{body}]")
                i = j
        elif c == "\\" and i + 1 < len(pattern):
            i += 1
            out.append(regex.escape(pattern[i]))
        else:
            out.append(regex.escape(c))
        i += 1
    return "".join(out)


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
            if prefix_to_root:
                # A parent's pattern is relative to the parent: strip our offset.
                full = rf"^{body}(?:/.*)?$" if anchored else rf"^(?:.*/)?{body}(?:/.*)?$"
                rx = regex.compile(full)
                self.rules.append((f"\0{prefix_to_root}", rx, negated, dir_only))
                continue
            full = rf"^{body}(?:/.*)?$" if anchored else rf"^(?:.*/)?{body}(?:/.*)?$"
            self.rules.append((base, regex.compile(full), negated, dir_only))

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
