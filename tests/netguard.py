"""A credlint run in a fresh interpreter that records and refuses every use of the network.

An audit hook watches the main process and the worker processes alike: any host-name
lookup, connection, datagram, or bind to anything but the loopback address is written to
``$CREDLINT_NET_LOG`` and refused. Creating a socket and binding it to loopback is allowed:
urllib3, which trafilatura imports, probes IPv6 support at import time by binding a
socket to ::1 (nothing is sent).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import ROOT

_LINT = 'runpy.run_module("lint", run_name="__main__")'

GUARD = textwrap.dedent(
    f"""
    import os, runpy, sys

    LOG = os.environ["CREDLINT_NET_LOG"]

    def hook(event, args):
        blocked = event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
                            "socket.gethostbyaddr", "socket.connect", "socket.sendto", "socket.sendmsg",
                            "urllib.Request")
        if event == "socket.bind" and isinstance(args[1], tuple):
            blocked = args[1][0] not in ("::1", "127.0.0.1", "localhost")
        if blocked:
            with open(LOG, "a") as fh:
                fh.write(f"{{os.getpid()}} {{event}} {{args!r}}\\n")
            raise OSError(f"network access attempted: {{event}}")

    sys.addaudithook(hook)
    sys.argv = ["credlint", *sys.argv[1:]]
    {_LINT}
    """
)


def guarded(args: list[str], tmp_path: Path, code: str = GUARD) -> tuple[subprocess.CompletedProcess[str], str]:
    """Run ``credlint ARGS`` (or other ``code``) under the guard, with HOME and NLTK_DATA
    pointing at empty folders; the process and what the guard recorded."""
    log, home = tmp_path / "net.log", tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {**os.environ, "CREDLINT_NET_LOG": str(log), "HOME": str(home), "NLTK_DATA": str(home / "nltk_data"), "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", code, *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    return proc, log.read_text() if log.exists() else ""


def guarded_connection(tmp_path: Path, host: str) -> tuple[subprocess.CompletedProcess[str], str]:
    """The guard around a plain TCP connection instead of credlint: proof that it catches one."""
    return guarded([], tmp_path, GUARD.replace(_LINT, f'import socket; socket.create_connection(("{host}", 9), timeout=0.01)'))
