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
