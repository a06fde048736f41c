"""Encodings articles arrive in: UTF-8 with or without BOM, UTF-16 and UTF-32 with BOM, Windows-1252.

Every encoding gives the same text (the BOM is not a character of line 1, so columns do not
move) and the same findings, and ``--verbose`` says which decoding was used for each file.
"""

from __future__ import annotations

import codecs

import pytest
from typer.testing import CliRunner

from lint.cli import app
from lint.errors import InputError
from lint.loader import decode

runner = CliRunner()
#: A curly quote, an accented name and a euro sign: bytes that differ in every encoding.
ARTICLE = "Café owners protest €2 fee\n\nExperts say the fee will hurt “small” cafés, said Zoë Brandt.\n"
FINDING = "a.txt:3:1: SRC006 Vague attribution 'Experts say': nobody is named\n"

ENCODINGS = [
    (ARTICLE.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8 with BOM"),
    (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-16le with BOM"),
    (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16be with BOM"),
    (codecs.BOM_UTF32_LE + ARTICLE.encode("utf-32-le"), "utf-32le with BOM"),
    (codecs.BOM_UTF32_BE + ARTICLE.encode("utf-32-be"), "utf-32be with BOM"),
    (ARTICLE.encode("cp1252"), "windows-1252"),
]


@pytest.mark.parametrize(("encoded", "name"), ENCODINGS, ids=[name for _, name in ENCODINGS])
def test_each_encoding_decodes_to_the_same_text(encoded, name):
    assert decode(encoded, "a.txt") == (ARTICLE, name)


@pytest.mark.parametrize(("encoded", "name"), ENCODINGS, ids=[name for _, name in ENCODINGS])
def test_each_encoding_gives_the_same_findings_and_is_reported_in_verbose_mode(tmp_path, monkeypatch, encoded, name):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_bytes(encoded)
    verbose = runner.invoke(app, ["check", "a.txt", "-q", "-v", "--no-cache", "--select", "SRC006"])
    assert verbose.exit_code == 0, verbose.stderr  # a warning-severity finding only
    assert verbose.stdout == FINDING
    quiet = runner.invoke(app, ["check", "a.txt", "-q", "--no-cache", "--select", "SRC006"])
    assert quiet.stdout == FINDING and "note:" not in quiet.stderr
    if name == "windows-1252":  # a guess, so it is a warning whether verbose or not
        warning = "a.txt: warning: not valid UTF-8; read as Windows-1252 (save the file as UTF-8 to be sure)\n"
        assert verbose.stderr == warning and quiet.stderr == warning
    else:
        assert verbose.stderr == f"a.txt: note: decoded as {name}\n"
        assert quiet.stderr == ""


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le")[:-1], "invalid utf-16 text after its byte-order mark"),
        (codecs.BOM_UTF32_BE + b"\x00\x11\x00\x00", "invalid utf-32 text after its byte-order mark"),
        (codecs.BOM_UTF8 + b"caf\xe9", "invalid utf-8 text after its byte-order mark"),
        (b"caf\xe9 \x81", "not valid UTF-8 or Windows-1252 text"),  # 0x81 is unassigned in Windows-1252
        (ARTICLE.encode("utf-16-le"), "binary file (contains NUL bytes), not an article"),  # no BOM: no guess
    ],
    ids=["odd-utf-16", "utf-32-out-of-range", "bad-utf-8-after-bom", "not-cp1252", "utf-16-without-bom"],
)
def test_undecodable_bytes_are_an_input_error(tmp_path, monkeypatch, data, why):
    with pytest.raises(InputError) as caught:
        decode(data, "a.txt")
    assert caught.value.why == why
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_bytes(data)
    result = runner.invoke(app, ["check", "a.txt", "--no-cache"])
    assert result.exit_code == 2 and f"a.txt: error: {why}" in result.stderr
