"""The built wheel carries the built-in rules: build it, install it in a fresh venv, lint the examples."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def test_wheel_installs_and_lints_a_seed(tmp_path: Path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
        check=True, capture_output=True, timeout=600,
    )
    (wheel,) = dist.glob("credlint-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)], check=True, timeout=600)
    # The bundled examples (always in the checkout, unlike ../shared): a callout and a breadcrumb.
    # Copied to, and run from, an unrelated folder so that nothing can come from the checkout.
    targets = []
    for name in ("content-farm-callouts.md", "scraped-page.txt"):
        targets.append(tmp_path / name)
        targets[-1].write_bytes((ROOT / "examples" / name).read_bytes())
    proc = subprocess.run(
        [str(bin_dir / "credlint"), "check", *map(str, targets), "--format", "json"],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    codes = [{f["code"] for f in entry["findings"]} for entry in report["files"]]
    assert "FIL001" in codes[0] and "BPL001" in codes[1], codes
    listing = subprocess.run([str(bin_dir / "credlint"), "rules"], capture_output=True, text=True, cwd=tmp_path)
    assert "FIL001" in listing.stdout
    # the HTML report's stylesheet and script are package data of the wheel
    html = subprocess.run(
        [str(bin_dir / "credlint"), "check", str(targets[0]), "--format", "html", "-o", str(tmp_path / "r.html")],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
    )
    assert html.returncode == 1, html.stderr
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "credlint-a0" in page and "mark.m" in page and "function renderBlock" in page
    # and the Python API works from the installed package
    api = subprocess.run(
        [str(bin_dir / "python"), "-c", f"import lint; r = lint.check_text(open({str(targets[0])!r}).read()); print(r.grade)"],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
    )
    assert api.returncode == 0 and api.stdout.strip() in "ABCDF", api.stderr
    # The prebuilt store the package writes into itself goes with it on uninstall: every file
    # of lint/_prebuilt is listed in the wheel's RECORD (as a placeholder that the build replaced).
    build = subprocess.run([str(bin_dir / "python"), "-m", "lint.prebuild"], capture_output=True, text=True,
                           cwd=tmp_path, timeout=600)
    assert build.returncode == 0, build.stderr
    site = Path(subprocess.run([str(bin_dir / "python"), "-c", "import lint, os; print(os.path.dirname(lint.__file__))"],
                               capture_output=True, text=True, cwd=tmp_path, check=True).stdout.strip())
    store = site / "_prebuilt"
    (record,) = site.parent.glob("credlint-*.dist-info/RECORD")
    listed = {line.split(",", 1)[0] for line in record.read_text(encoding="utf-8").splitlines()}
    written = {f"lint/_prebuilt/{p.name}" for p in store.iterdir()}
    assert "lint/_prebuilt/patterns.json" in written and (store / "patterns.json").stat().st_size > 1000
    assert written <= listed, written - listed
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "uninstall", "-y", "-q", "credlint"], check=True, timeout=600)
    assert not store.exists() and not site.exists(), sorted(p.name for p in site.rglob("*"))[:10]
