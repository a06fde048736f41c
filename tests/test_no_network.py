"""credlint never touches the network, not even through textstat's first-use dictionary download.

textstat 0.7.x asks nltk to download the CMU pronouncing dictionary the first time it
counts English syllables; offline that fails or hangs. The run below happens in a fresh
interpreter (so nothing is imported or cached yet), with HOME and NLTK_DATA pointing at
empty folders (so no dictionary is found), and with an audit hook that records every
attempt to create an internet socket or resolve a host name, in the main process and in
the worker processes alike. Readability metrics are computed (JSON output), so textstat
is exercised on every file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import ROOT

_RUNNER = textwrap.dedent(
    """
    import os, runpy, socket, sys

    LOG = os.environ["CREDLINT_NET_LOG"]

    def hook(event, args):
        blocked = event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
                            "socket.gethostbyaddr", "socket.connect", "socket.sendto", "urllib.Request")
        if event == "socket.__new__":
            blocked = args[1] in (socket.AF_INET, socket.AF_INET6)
        if blocked:
            with open(LOG, "a") as fh:
                fh.write(f"{os.getpid()} {event} {args!r}\\n")
            raise OSError(f"network access attempted: {event}")

    sys.addaudithook(hook)
    sys.argv = ["credlint", *sys.argv[1:]]
    runpy.run_module("lint", run_name="__main__")
    """
)


def _articles(tmp_path: Path) -> list[str]:
    """Our own example articles, plus the shared seeds when they are there."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Council passes budget\n\n" + "The council met on Monday and passed the budget after a long debate. " * 12,
        encoding="utf-8",
    )
    (folder / "b.md").write_text(
        "# Port reopens\n\nThe port reopened on Monday, officials said. Ships queued outside the harbour. " * 6,
        encoding="utf-8",
    )
    paths = [str(folder)]
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():
        paths.append(str(seeds))
    return paths


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_full_run_opens_no_internet_socket(tmp_path: Path, jobs: str) -> None:
    log = tmp_path / "net.log"
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "CREDLINT_NET_LOG": str(log),
        "HOME": str(home),
        "NLTK_DATA": str(home / "nltk_data"),
        "PYTHONPATH": str(ROOT),
    }
    proc = subprocess.run(
        [sys.executable, "-c", _RUNNER, "check", *_articles(tmp_path), "--format", "json", "--metrics",
         "--no-cache", "--jobs", jobs, "--fail-under", "0"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    attempts = log.read_text() if log.exists() else ""
    assert not attempts, f"credlint tried to use the network:\n{attempts}"
    assert proc.returncode in (0, 1), proc.stderr
    report = json.loads(proc.stdout)
    files = report["files"] if isinstance(report, dict) else report
    measured = [f for f in files if (f.get("metrics") or {}).get("flesch_reading_ease") is not None]
    assert measured, "no file got readability metrics, so textstat was never exercised"


def test_the_hook_does_catch_a_connection(tmp_path: Path) -> None:
    """The guard itself works: a run that does reach for the network is caught."""
    log = tmp_path / "net.log"
    code = _RUNNER.replace('runpy.run_module("lint", run_name="__main__")', 'socket.create_connection(("192.0.2.1", 9), timeout=0.01)')
    proc = subprocess.run([sys.executable, "-c", code], env={**os.environ, "CREDLINT_NET_LOG": str(log)},
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0
    assert "socket" in log.read_text()
