"""The built-in rule set and the compiled patterns, prebuilt once instead of in every process.

A cold start used to parse the built-in TOML packs (9–14 ms) and compile each regular
expression it met (the ``regex`` module parses a pattern in Python: about 1 ms apiece, 80–100
ms a run). Both results are the same in every process, so they are built once and stored:

``rules.json``
    The built-in packs as parsed tables, with each ``phrases_file`` read into its rule. Pure
    data (JSON), validated by :mod:`lint.rulepack` exactly as the TOML it replaces.
``patterns.json``
    The compiled program of every pattern credlint's own code and built-in rules use, in the
    form the ``regex`` module pickles a pattern to (its opcode string, group tables and
    required-characters hints), written as typed JSON and handed back to ``regex``'s C engine;
    beside each, the literals every match must contain (:mod:`lint.prefilter`, which would
    otherwise parse each rule's pattern again in every process).

**Where.** Both go into ``lint/_prebuilt/`` inside the installed package, beside the code that
wrote them: the first run after an install or an upgrade builds them (``python -m
lint.prebuild`` builds them ahead, e.g. after installing into a folder its users cannot
write). When the package folder is read-only and holds no valid store, the rule set goes to
the user's cache folder (``$XDG_CACHE_HOME/credlint/prebuilt``; never ``--cache-dir`` or
``CREDLINT_CACHE_DIR``, never the checked folder) and the patterns are compiled in the process,
as before.

**Trust.** A compiled program is not data the way an article is: ``regex``'s engine runs it as
given, so a forged one could do what a corrupt pickle can. That is why a program is only ever
read from inside the installed package, the same trust as the package's ``.py`` and ``.pyc``
files, and never from a cache folder or anything the linted folder can supply. The rule set is
plain JSON wherever it lives, read with ``json.loads`` and validated field by field.

**Format.** In the package folder a file's body is ``marshal`` data, the format of the
package's own ``.pyc`` files and read as fast (the 1.1 MB gazetteer indexes: about 11 ms against
29 for the same data as JSON), tagged with the interpreter that wrote it; ``marshal.loads`` builds
values and never runs code. Outside the package (the user's cache folder) a body is always JSON:
``marshal`` is not meant for data another hand may have written.

**Staleness.** Each file starts with a header line: the format, a signature, a stamp and the
SHA-256 of the rest. The rule set depends on credlint's version and every built-in pack and
word list; the patterns also on the Python and ``regex`` versions and credlint's modules. The
signature hashes those files' names, sizes and times (cheap, checked at every start), the stamp
their bytes (computed only when the signature differs). A file that matches neither is stale,
one whose digest differs is damaged: either is ignored and rebuilt. Any pattern not in the
store (a user pack's, a new one) is compiled as usual: the store changes how fast credlint
starts, never what it finds.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import json
import marshal
import os
import sys
from pathlib import Path
from typing import Any, Callable

from lint.locations import user_cache_dir
from lint.rulesdir import builtin_rules_dir

#: Bump when the layout of either file changes.
FORMAT = 4
#: What a ``marshal`` body was written by: read back only by the same interpreter and format.
MARSHAL = f"{sys.implementation.cache_tag} {marshal.version}"
PACKAGE_DIR = Path(__file__).resolve().parent
STORE = "_prebuilt"
RULES_FILE = "rules.json"
PATTERNS_FILE = "patterns.json"
#: Set in the environment of the process that builds the pattern store (it must not wait on itself).
BUILDING = "CREDLINT_PREBUILDING"


# -- where ----------------------------------------------------------------------------
def package_store() -> Path:
    return PACKAGE_DIR / STORE


def user_store() -> Path:
    return user_cache_dir() / "prebuilt"


def writable(folder: Path) -> bool:
    """Whether ``folder`` (or the nearest folder it would be made in) can be written by this user."""
    probe = folder
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    return os.access(probe, os.W_OK)


# -- stamps ---------------------------------------------------------------------------
class Stamp:
    """What a store file depends on, told two ways: a *signature* of the files' names, sizes and
    modification times (cheap: checked first, on every start) and a *stamp* that hashes their
    bytes (computed only when the signature differs, e.g. after a reinstall that kept every
    byte but touched the times)."""

    def __init__(self, salt: str, files: list[tuple[str, Path]], content: bool, base: Stamp | None = None) -> None:
        """``base``: another stamp this one includes (its files are not listed, walked and
        ``stat``-ed again: the rule set's, which every derived file depends on)."""
        self._salt, self._files, self._content, self._base = salt, files, content, base
        self._stamp: str | None = None
        h = hashlib.sha256(f"{salt}\0{base.signature if base else ''}\0".encode())
        for rel, path in files:
            st = path.stat()
            h.update(f"{rel} {st.st_size} {st.st_mtime_ns}\0".encode())
        self.signature = h.hexdigest()

    @property
    def stamp(self) -> str:
        if self._stamp is None:
            h = hashlib.sha256(f"{self._salt}\0{self._base.stamp if self._base else ''}\0".encode())
            for rel, path in self._files:
                h.update(rel.encode() + b"\0")
                if self._content:
                    h.update(path.read_bytes() + b"\0")
            self._stamp = h.hexdigest()
        return self._stamp


def _files(folder: Path, suffix: str = "") -> list[tuple[str, Path]]:
    out = []
    for top, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and d != STORE)
        out += [(os.path.relpath(os.path.join(top, n), folder), Path(top, n)) for n in names if n.endswith(suffix)]
    return sorted(out)


@functools.cache
def rules_stamp(rules_dir: Path) -> Stamp:
    """The rule set's: credlint's version and every built-in pack and word list."""
    from lint import __version__

    return Stamp(f"credlint-rules {FORMAT} {__version__}", _files(rules_dir), content=True)


@functools.cache
def patterns_stamp(rules_dir: Path) -> Stamp:
    """The patterns': the rule set's, the interpreter, the ``regex`` version and credlint's
    modules (an edited module may declare new patterns)."""
    import regex

    salt = f"{rules_stamp(rules_dir).signature} {sys.version} {sys.implementation.cache_tag} regex {regex.__version__}"
    return Stamp(salt, _files(PACKAGE_DIR, ".py"), content=True)


# -- files ----------------------------------------------------------------------------
def in_package(path: Path) -> bool:
    """Whether ``path`` is a file of the package's own store (where a body may be ``marshal``)."""
    return path.parent == package_store()


def read_store(path: Path, stamp: Stamp) -> Any | None:
    """The body of a store file, or None when it is missing, stale or damaged."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    header, _, body = raw.partition(b"\n")
    try:
        head = json.loads(header)
        if not isinstance(head, dict) or head.get("format") != FORMAT:
            return None
        if head.get("signature") != stamp.signature and head.get("stamp") != stamp.stamp:
            return None
        if head.get("sha256") != hashlib.sha256(body).hexdigest():
            return None
        if head.get("body") == "marshal":
            # the package's own data, as trusted as its .pyc files: never from a cache folder
            return marshal.loads(body) if head.get("marshal") == MARSHAL and in_package(path) else None
        return json.loads(body)
    except (ValueError, EOFError, TypeError, UnicodeDecodeError):
        return None


def write_store(path: Path, stamp: Stamp, payload: Any) -> bool:
    """Write atomically (a temporary file renamed into place); False when the folder refuses.
    In the package's store the body is ``marshal`` data, elsewhere JSON."""
    import tempfile

    head: dict[str, Any] = {"format": FORMAT, "signature": stamp.signature, "stamp": stamp.stamp}
    if in_package(path):
        body = marshal.dumps(payload)
        head.update(body="marshal", marshal=MARSHAL)
    else:
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    head["sha256"] = hashlib.sha256(body).hexdigest()
    header = json.dumps(head).encode()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(header + b"\n" + body)
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError:
        return False
    return True


# -- the rule set ---------------------------------------------------------------------
def parse_packs(rules_dir: Path) -> dict[str, list[dict[str, Any]]] | None:
    """Every built-in pack's ``[[rule]]`` tables, each ``phrases_file`` read into ``phrases``
    (what the pack loader would read). None if a pack is unreadable: the loader reports it."""
    import tomllib

    packs: dict[str, list[dict[str, Any]]] = {}
    try:
        for pack in sorted(rules_dir.glob("*.toml")):
            tables = tomllib.loads(pack.read_text(encoding="utf-8")).get("rule", [])
            if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
                return None
            for table in tables:
                rel = table.get("phrases_file")
                if isinstance(rel, str):
                    lines = (pack.parent / rel).resolve().read_text(encoding="utf-8").splitlines()
                    listed = [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
                    table["phrases"] = [*table.get("phrases", []), *listed]
                    del table["phrases_file"]
            packs[pack.name] = tables
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    return packs


def builtin_tables(rules_dir: Path) -> dict[str, list[dict[str, Any]]] | None:
    """The built-in packs' tables by file name: from the store, else parsed and stored (in the
    package when it is writable, else in the user's cache folder)."""
    stamp = rules_stamp(rules_dir)
    for folder in (package_store(), user_store()):
        tables = read_store(folder / RULES_FILE, stamp)
        if isinstance(tables, dict):
            return tables
    tables = parse_packs(rules_dir)
    if tables is None:
        return None
    folder = package_store() if writable(package_store()) else user_store()
    write_store(folder / RULES_FILE, stamp, tables)
    return tables


# -- data derived from the rule files ------------------------------------------------
def derived(name: str, build: Callable[[], Any], inputs: list[Path], *, as_built: bool = False) -> Any:
    """Plain data that a module derives from the built-in rule files and ``inputs`` (its own
    source, a package's data files): from ``name.json`` in the store when its stamp matches,
    else built, stored (package folder, else the user's cache folder) and returned as read back.
    ``as_built`` returns the value built (tuples stay tuples, shared objects shared, as the
    package's ``marshal`` store reads them back; a JSON store gives lists)."""
    from lint import __version__

    files = [(f"+{p.name}", p) for p in inputs]
    stamp = Stamp(f"credlint-{name} {FORMAT} {__version__}", files, content=True, base=rules_stamp(_rules_dir()))
    for folder in (package_store(), user_store()):
        body = read_store(folder / f"{name}.json", stamp)
        if body is not None:
            return body
    value = build() if as_built else json.loads(json.dumps(build()))  # as a later run reads it back (lists, not tuples)
    write_store((package_store() if writable(package_store()) else user_store()) / f"{name}.json", stamp, value)
    return value


def _rules_dir() -> Path:
    return builtin_rules_dir()


# -- the patterns ---------------------------------------------------------------------
def encode(value: Any) -> Any:
    """``regex``'s pickled form of a pattern as JSON: bytes, tuples and dicts tagged."""
    if isinstance(value, (str, int)) or value is None:
        return value
    if isinstance(value, bytes):
        return {"b": base64.b64encode(value).decode("ascii")}
    if isinstance(value, tuple):
        return {"t": [encode(v) for v in value]}
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {"d": [[encode(k), encode(v)] for k, v in value.items()]}
    raise TypeError(f"cannot store a {type(value).__name__}")


def decode(value: Any) -> Any:
    if isinstance(value, list):
        return [decode(v) for v in value]
    if isinstance(value, dict):
        if "b" in value:
            return base64.b64decode(value["b"])
        if "t" in value:
            return tuple(decode(v) for v in value["t"])
        return {decode(k): decode(v) for k, v in value["d"]}
    return value


def pattern_entries(patterns: Callable[[], dict[tuple[str, int], Any]]) -> list[list[Any]]:
    """``[source, flags, program, literal flags, literals, lead]`` for each compiled pattern (the
    program as ``regex`` pickles it), checked to round-trip through ``marshal``: the literals are :func:`lint.prefilter.required_literals` of the
    pattern's source and the case, multi-line, dot-all and verbose flags it was compiled with
    (inline ones included), as lists (``None`` when none are proven); the lead is
    :func:`lint.prefilter.leading_literals` of its source and flags, as a list, and
    :func:`lint.prefilter.leads_start_words` after it."""
    from regex import _regex

    from lint.prefilter import LITERAL_FLAGS, leading_literals, leads_start_words, required_literals

    entries = []
    for (source, flags), rx in sorted(patterns().items()):
        data = rx._pickled_data
        if data[5]:  # named lists (``\\L<name>``) hold caller data: never stored
            continue
        if _regex.compile(*marshal.loads(marshal.dumps(data)))._pickled_data != data:
            continue
        lit_flags = rx.flags & LITERAL_FLAGS
        clauses = required_literals(rx.pattern, lit_flags)
        literals = None if clauses is None else [sorted(c) for c in clauses]
        lead = leading_literals(rx.pattern, int(rx.flags))
        stored_lead = None if lead is None else [sorted(lead[0]), lead[1], lead[2], leads_start_words(rx.pattern, int(rx.flags))]
        entries.append([source, int(flags), data, int(lit_flags), literals, stored_lead])
    return entries


def std_entries(patterns: Callable[[], dict[tuple[str, int], Any]]) -> list[list[Any]]:
    """``["re", source, flags, program]`` for each standard ``re`` pattern compiled through
    :func:`lint.patterns.std_compile`: the program is what ``re``'s compiler hands to ``_sre``
    (its flags, opcodes, group count and named groups), kept only when the pattern rebuilt from
    it (:func:`std_program`, after a ``marshal`` round trip) equals a fresh ``re.compile`` (a
    pattern object compares equal on its source, flags and opcodes)."""
    import re
    from re import _compiler, _parser  # type: ignore[attr-defined]

    entries = []
    for (source, flags), rx in sorted(patterns().items()):
        parsed = _parser.parse(source, flags)
        stored = [int(flags | parsed.state.flags), [int(op) for op in _compiler._code(parsed, flags)], parsed.state.groups - 1, dict(parsed.state.groupdict)]
        try:
            same = std_program(source, marshal.loads(marshal.dumps(stored))) == re.compile(source, flags) == rx
        except (RuntimeError, TypeError, ValueError):
            same = False
        if same:
            entries.append(["re", source, int(flags), stored])
    return entries


def std_program(source: str, stored: Any) -> Any:
    """A standard ``re`` pattern from its stored program (:func:`std_entries`), as
    ``re._compiler.compile`` builds it from the same program (``_sre`` checks the opcodes)."""
    import _sre

    flags, code, groups, groupindex = stored
    indexgroup: list[str | None] = [None] * (groups + 1)
    for name, i in groupindex.items():
        indexgroup[i] = name
    return _sre.compile(source, flags, code, groups, groupindex, tuple(indexgroup))


def _stored_lead(lead: list[Any] | None) -> tuple[Any, bool]:
    """A stored lead as :func:`lint.prefilter.leading_literals` returns it, and whether its
    literals begin runs of letters (:func:`lint.prefilter.leads_start_words`)."""
    if lead is None:
        return None, False
    return (frozenset(lead[0]), lead[1], lead[2]), bool(lead[3]) if len(lead) > 3 else False


def load_store(
    rules_dir: Path | None = None,
) -> tuple[dict[tuple[str, int], Any], dict[tuple[str, int], Any], dict[tuple[str, int], Any], dict[tuple[str, int], Any]]:
    """The stored programs by (source, flags) (:func:`program` makes each a pattern), the required
    literals by (source, literal flags), as :func:`lint.prefilter.required_literals` returns them,
    the standard ``re`` programs by (source, flags) (:func:`std_program`), and the leading
    literals by (source, compiled flags), as :func:`lint.prefilter.leading_literals` returns them,
    each with whether they begin runs of letters (:func:`lint.prefilter.leads_start_words`);
    built first when missing or stale (and the package folder is writable); empty when there is
    no valid store."""
    rules_dir = _rules_dir() if rules_dir is None else rules_dir
    body = read_store(package_store() / PATTERNS_FILE, patterns_stamp(rules_dir))
    if body is None and not os.environ.get(BUILDING):
        ensure_patterns(rules_dir)  # missing or stale: built in the background for later runs
    entries = [e for e in body if isinstance(e, list) and len(e) == 6] if isinstance(body, list) else []
    programs = {(e[0], e[1]): e[2] for e in entries}
    literals = {(e[0], e[3]): None if e[4] is None else tuple(frozenset(c) for c in e[4]) for e in entries}
    leads = {(e[0], _compiled_flags(e[2])): _stored_lead(e[5]) for e in entries}
    std = {(e[1], e[2]): e[3] for e in body if isinstance(e, list) and len(e) == 4 and e[0] == "re"} if isinstance(body, list) else {}
    return programs, literals, std, leads


def _compiled_flags(stored: Any) -> int:
    """The flags of a stored program as the compiled pattern reports them (``regex`` adds its
    defaults and the pattern's inline flags to those it was given)."""
    data = stored if isinstance(stored, tuple) else decode(stored)
    return int(data[1])


def load_patterns(rules_dir: Path | None = None) -> dict[tuple[str, int], Any]:
    """The stored programs by (source, flags) (:func:`load_store`)."""
    return load_store(rules_dir)[0]


def program(stored: Any) -> Any:
    """A compiled pattern from its stored program (what unpickling one does): ``regex``'s
    pickled tuple as the package store keeps it, or that tuple as :func:`encode` writes it in JSON."""
    from regex import _regex

    return _regex.compile(*(stored if isinstance(stored, tuple) else decode(stored)))


def ensure_patterns(rules_dir: Path) -> None:
    """Start building the pattern store when it is missing or stale and the package folder is
    writable, in a separate process (it lints every rule's examples to meet every pattern), and
    never wait for it: this run compiles the patterns it needs itself, as before, and the runs
    after the build load them. A build already under way (it holds the lock) is left alone."""
    import subprocess

    store = package_store()
    if not writable(store) or locked(store):
        return
    env = {**os.environ, BUILDING: "1", "PYTHONPATH": os.pathsep.join(filter(None, [str(PACKAGE_DIR.parent), os.environ.get("PYTHONPATH")]))}
    try:
        subprocess.Popen(  # noqa: S603 - credlint's own module, by the running interpreter
            [sys.executable, "-m", "lint.prebuild", "--patterns"], env=env, start_new_session=True,
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
    except OSError:
        pass  # no build: credlint stays as fast as it was


def locked(folder: Path) -> bool:
    """Whether a build holds ``folder/.lock`` now (POSIX; elsewhere never)."""
    try:
        import fcntl
    except ImportError:
        return False
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        return True  # cannot even take a look: leave the store alone
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def _lock(folder: Path) -> Callable[[], None]:
    """An exclusive lock on ``folder/.lock`` (POSIX); returns its release."""
    try:
        import fcntl
    except ImportError:  # Windows: the rename is atomic, a duplicate build only costs time
        return lambda: None
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX)
    return lambda: os.close(fd)
