"""The command line paces the garbage collector before it imports anything heavy (lint/startup.py);
a program that imports credlint as a library keeps its own collector settings."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points

from tests.conftest import ROOT



def _run(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True)


def test_the_console_script_is_the_startup_entry() -> None:
    (script,) = [e for e in entry_points(group="console_scripts") if e.name == "credlint"]
    assert script.value == "lint.startup:main"


def test_the_command_line_runs_with_the_young_generation_paced() -> None:
    code = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('threshold', gc.get_threshold(), file=sys.stderr))\n"
        "sys.argv = ['credlint', '--version']\n"
        "import lint.startup\n"
        "lint.startup.main()\n"
    )
    proc = _run(code)
    assert proc.stdout.startswith("credlint ")
    from lint.startup import YOUNG_GENERATION

    assert f"threshold ({YOUNG_GENERATION}, 10, 10)" in proc.stderr


def test_importing_credlint_as_a_library_leaves_the_collector_alone() -> None:
    proc = _run("import gc, lint.api, lint.cli, lint.engine; print(gc.get_threshold())")
    assert proc.stdout.strip() == "(700, 10, 10)", proc.stderr


def test_a_collector_switched_off_stays_off() -> None:
    proc = _run("import gc; gc.set_threshold(0); import lint.startup; lint.startup.pace_collector(); print(gc.get_threshold()[0])")
    assert proc.stdout.strip() == "0", proc.stderr


def test_dataclass_methods_come_from_the_store_and_behave_as_compiled(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The command line hands dataclasses the compiled methods of the texts it has met before:
    a second process compiles none of them again, and the classes behave as dataclasses do."""
    import dataclasses

    from lint import prebuilt, startup

    store = tmp_path / "_prebuilt"
    monkeypatch.setattr(prebuilt, "package_store", lambda: store)
    monkeypatch.setattr(dataclasses, "exec", exec, raising=False)  # removed again after the test

    def define() -> type:
        @dataclasses.dataclass(frozen=True, order=True)
        class Span:
            """A test span."""

            start: int
            end: int = 0
            tags: tuple[str, ...] = dataclasses.field(default=())

        return Span

    first = startup.cache_dataclass_methods()
    assert first is not None
    Span = define()
    assert first.new and not first.stored  # __init__, __repr__, __eq__, order, frozen __setattr__…
    startup._keep(first)
    assert (store / startup.DATACLASSES_FILE).is_file()
    dataclasses.exec = exec  # type: ignore[attr-defined] # a new process
    second = startup.cache_dataclass_methods()
    assert second is not None and set(first.new) <= set(second.stored)
    Again = define()
    assert not second.new and second.used == set(first.new)
    a, b = Again(1, 2), Again(1, 3, ("x",))
    assert a < b and a == Again(1, 2) and hash(a) == hash(Again(1, 2)) and repr(b) == "test_dataclass_methods_come_from_the_store_and_behave_as_compiled.<locals>.define.<locals>.Span(start=1, end=3, tags=('x',))"
    try:
        a.start = 5  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a frozen dataclass accepted an assignment")
    # a damaged store is refused: the methods are compiled again, never taken from it
    path = store / startup.DATACLASSES_FILE
    head, _, body = path.read_bytes().partition(b"\n")
    path.write_bytes(head + b"\n" + body[:-1] + bytes([body[-1] ^ 1]))
    dataclasses.exec = exec  # type: ignore[attr-defined]
    third = startup.cache_dataclass_methods()
    assert third is not None and not third.stored
    define()
    assert set(third.new) == set(first.new)


def test_library_users_keep_dataclasses_as_they_are() -> None:
    proc = _run("import dataclasses, lint.api, lint.cli, lint.engine; print(hasattr(dataclasses, 'exec'))")
    assert proc.stdout.strip() == "False", proc.stderr


def test_a_run_without_a_config_or_a_cache_write_never_imports_their_modules(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The TOML parser is for a config file or a user's pack (the built-in packs come prebuilt),
    ``tempfile`` for writing a cache entry: a one-file ``--no-cache`` run needs neither."""
    article = tmp_path / "a.txt"
    article.write_text("Ferry timetable changes\n\nThe ferry will stop at the north pier on weekdays, the council said.\n", encoding="utf-8")
    base = [sys.executable, "-X", "importtime", "-m", "lint", "check", "-q", "--exit-zero", str(article)]

    def imported(*extra: str) -> set[str]:
        proc = subprocess.run([*base, *extra], cwd=tmp_path, capture_output=True, text=True, check=True)
        return {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines() if "|" in line}

    assert not imported("--no-cache") & {"tomllib", "tempfile"}
    (tmp_path / "credlint.toml").write_text('ignore = ["readability"]\n', encoding="utf-8")
    assert "tomllib" in imported("--no-cache")  # a config file is read with it
    assert "tempfile" in imported("--cache-dir", str(tmp_path / "cache"))  # an entry is written with it
