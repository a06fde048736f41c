"""Encodings articles arrive in: UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from lint.cli import app

runner = CliRunner()
#: A curly quote, an accented name and a euro sign: bytes that differ in every encoding.
ARTICLE = "Café owners protest €2 fee\n\nExperts say the fee will hurt “small” cafés, said Zoë Brandt.\n"


@pytest.mark.parametrize(
    ("encoded", "note"),
    [
        (ARTICLE.encode("utf-8"), None),
        (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), "decoded as utf-8-sig"),
        (ARTICLE.encode("utf-16"), "decoded as utf-16"),  # Python writes a BOM (little-endian here)
        (b"\xfe\xff" + ARTICLE.encode("utf-16-be"), "decoded as utf-16"),
        (ARTICLE.encode("utf-32"), "decoded as utf-32"),
        (ARTICLE.encode("cp1252"), None),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-32-bom", "windows-1252"],
)
def test_each_encoding_gives_the_same_findings_and_is_reported(tmp_path, monkeypatch, encoded, note):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_bytes(encoded)
    result = runner.invoke(app, ["check", "a.txt", "-q", "-v", "--no-cache", "--select", "SRC006"])
    assert result.exit_code == 0, result.stderr  # a warning-severity finding only
    # The BOM is not a character of line 1: columns are the same as without it.
    assert result.stdout == "a.txt:3:1: SRC006 Vague attribution 'Experts say': nobody is named\n"
    if note:
        assert f"a.txt: note: {note}" in result.stderr
    if encoded == ARTICLE.encode("cp1252"):
        assert "a.txt: warning: not valid UTF-8; read as Windows-1252" in result.stderr
    elif note is None:
        assert result.stderr == ""


def test_notes_only_in_verbose_mode(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_bytes(ARTICLE.encode("utf-16"))
    quiet = runner.invoke(app, ["check", "a.txt", "-q", "--no-cache", "--select", "SRC006"])
    assert "note:" not in quiet.stderr


def test_a_broken_utf16_file_is_an_input_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_bytes(b"\xff\xfe" + ARTICLE.encode("utf-16-le")[:-1])  # odd byte count
    result = runner.invoke(app, ["check", "a.txt", "--no-cache"])
    assert result.exit_code == 2 and "a.txt: error: invalid utf-16 text after its byte-order mark" in result.stderr
