"""The HTML report without a browser: one self-contained file, escaped, with a working CSP,
and every finding placed on the characters it flagged (the browser tests check the page)."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from lint.cli import app
from lint.engine import LintSettings, run
from lint.loader import load, text_document
from lint.rulepack import load_packs
from lint.view import build_view
from tests.conftest import ROOT

runner = CliRunner()
EXAMPLES = ROOT / "examples"

HOSTILE = """Council votes on the {{barrier}} </textarea> plan

Key Takeaway: the council met <script>window.pwned = 1</script> on Tuesday.

The vote was 7-2, said Ana Ruiz, who chairs the council. "It passed," she said. </script><img src=x onerror=alert(1)>

Leave a Comment
"""
HOSTILE_MD = """---
title: "Harbor vote </title><script>alert('t')</script>"
author: Kim {{user.name}}
---

The council met on Tuesday, said Ana Ruiz, who chairs it.
"""


class _Page(HTMLParser):
    """Collects what a self-containment check needs: tags, attributes, scripts and styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.styles: list[str] = []
        self._in: tuple[str, dict[str, str | None]] | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag in ("script", "style"):
            self._in, self._buf = (tag, a), []

    def handle_data(self, data: str) -> None:
        if self._in:
            self._buf.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._in and tag == self._in[0]:
            text = "".join(self._buf)
            if tag == "script":
                self.scripts.append((self._in[1], text))
            else:
                self.styles.append(text)
            self._in = None


def render(paths: list[str], tmp_path: Path, *extra: str, status: tuple[int, ...] = (0, 1)) -> str:
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["check", *paths, "--format", "html", "-o", str(out), "--no-cache", "-j", "1", *extra])
    assert result.exit_code in status, result.output
    return out.read_text(encoding="utf-8")


def parse(page: str) -> _Page:
    p = _Page()
    p.feed(page)
    p.close()
    return p


def data(p: _Page, ident: str) -> Any:
    return next(json.loads(text) for attrs, text in p.scripts if attrs.get("id") == ident)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    d = tmp_path_factory.mktemp("hostile")
    (d / "story.txt").write_text(HOSTILE, encoding="utf-8")
    (d / "title.md").write_text(HOSTILE_MD, encoding="utf-8")
    out = d / "report.html"
    result = runner.invoke(app, ["check", str(d / "story.txt"), str(d / "title.md"), "--format", "html", "-o", str(out), "--no-cache"])
    assert result.exit_code == 1, result.output
    return out.read_text(encoding="utf-8"), d


def test_one_self_contained_file(tmp_path: Path) -> None:
    page = render([str(EXAMPLES)], tmp_path)
    p = parse(page)
    for tag, attrs in p.tags:
        assert "src" not in attrs, f"<{tag}> loads {attrs['src']}"
        if tag == "link":
            pytest.fail(f"<link> to {attrs.get('href')}")
        href = attrs.get("href")
        assert href is None or href.startswith("#"), f"<{tag} href={href}> leaves the page"
    assert "@import" not in page and "url(" not in "".join(p.styles)
    assert "http://" not in "".join(p.styles) and "https://" not in "".join(text for _, text in p.scripts)
    # exactly one executable script and one stylesheet, both inline
    executable = [text for attrs, text in p.scripts if attrs.get("type") != "application/json"]
    assert len(executable) == 1 and len(p.styles) == 1


def test_csp_allows_exactly_the_page_script_and_style(tmp_path: Path) -> None:
    p = parse(render([str(EXAMPLES / "invented-expert.txt")], tmp_path))
    csp = next(a["content"] for t, a in p.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'none'"

    def sha(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    script = next(text for attrs, text in p.scripts if attrs.get("type") != "application/json")
    assert directives["script-src"] == sha(script)
    assert directives["style-src"] == sha(p.styles[0])
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    # no inline style attributes or event handlers, which such a policy would block
    for tag, attrs in p.tags:
        assert "style" not in attrs and not any(k.startswith("on") for k in attrs), tag


def test_hostile_article_text_stays_text(hostile: tuple[str, Path]) -> None:
    page, _ = hostile
    p = parse(page)
    executable = [text for attrs, text in p.scripts if attrs.get("type") != "application/json"]
    assert len(executable) == 1 and "pwned" not in executable[0]
    assert not any(t == "img" for t, _ in p.tags), "the article's <img onerror> became markup"
    assert "<textarea" not in page.lower() and "</textarea>" not in page.lower()
    # the article comes back intact from the embedded JSON
    article = data(p, "credlint-a0")
    shown = "\n".join(text for _, text in article["blocks"])
    assert "window.pwned = 1" in shown and "{{barrier}}" in shown and "</textarea>" in shown
    assert "onerror=alert(1)" in shown
    titled = data(p, "credlint-a1")
    assert titled["blocks"][0] == ["headline", "Harbor vote </title><script>alert('t')</script>"]
    assert any("Kim {{user.name}}" in text for _, text in titled["blocks"])
    # raw '<' never appears inside a data script, so none of them can be closed early
    for attrs, text in p.scripts:
        if attrs.get("type") == "application/json":
            assert "<" not in text and ">" not in text


def test_hostile_text_is_escaped_in_the_index(hostile: tuple[str, Path]) -> None:
    page, _ = hostile
    title = page[page.index("<title>") : page.index("</title>") + 8]
    assert "<script" not in title
    index = data(parse(page), "credlint-index")
    assert "</title><script>" in index[1][2]  # the title as text, carried as data


def _expected_text(doc: Any, f: dict[str, Any]) -> str:
    """What a finding covers in the masked view of the file, white space removed."""
    start = doc.line_starts[f["line"] - 1] + f["col"] - 1
    end = doc.line_starts[f["endLine"] - 1] + f["endCol"] - 1
    return re.sub(r"\s+", "", doc.plain[start : max(end, start + 1)])


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.iterdir() if p.is_file()))
def test_every_finding_is_placed_on_its_text(name: str, tmp_path: Path) -> None:
    page = render([str(EXAMPLES / name)], tmp_path)
    article = data(parse(page), "credlint-a0")
    doc = load(str(EXAMPLES / name))
    for f in article["findings"]:
        expected = _expected_text(doc, f)
        if not expected:
            continue
        assert f["marks"], f"{f['code']} at {f['line']}:{f['col']} is not placed"
        shown = "".join(article["blocks"][b][1][s:e] for b, s, e in f["marks"])
        assert re.sub(r"\s+", "", shown) == expected, f["code"]


def test_markup_is_dropped_and_offsets_survive() -> None:
    text = "# A **bold** [headline](https://example.org/x)\n\nThe *vote* was `7-2`, said &amp; Ana.\n"
    doc = text_document("x.md", text)
    view = build_view(doc)
    assert [b.text for b in view.blocks] == ["A bold headline", "The vote was , said &amp; Ana."]
    place = view.placer()
    start = text.index("headline")
    assert place(start, start + len("headline")) == [(0, 7, 15)]
    # a range over markup maps to the visible characters inside it
    assert place(text.index("*vote*"), text.index("*vote*") + 6) == [(1, 4, 8)]
    # a range across two blocks is cut in two pieces
    assert [p[0] for p in place(text.index("bold"), text.index("was"))] == [0, 1]


def test_front_matter_is_shown_and_findings_in_it_are_placed() -> None:
    text = "---\ntitle: Harbor vote\ndate: 2024-03-02\n---\n\nThe council met on Tuesday.\n"
    view = build_view(text_document("x.md", text))
    kinds = [b.kind for b in view.blocks]
    assert kinds[:2] == ["headline", "meta"] and view.blocks[0].text == "Harbor vote"
    assert view.blocks[1].text == "date: 2024-03-02"
    at = text.index("2024")
    assert view.placer()(at, at + 10) == [(1, 6, 16)]


def test_html_page_is_shown_as_extracted(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    page_src = (
        "<!doctype html><html><head><title>x</title></head><body><nav>Home &raquo; News</nav>"
        "<article><h1>Council backs barrier</h1><p>By Kim Lee</p>"
        "<p>The council voted on Tuesday to build the barrier &amp; a new quay. It costs a lot, "
        "according to the budget office, which published its figures.</p>"
        "<p>Key Takeaway: the vote was close.</p></article>"
        "<footer>Leave a Comment</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(page_src, encoding="utf-8")
    article = data(parse(render([str(tmp_path / "page.html")], tmp_path)), "credlint-a0")
    shown = [text for _, text in article["blocks"]]
    assert "Council backs barrier" in shown[0]
    assert any("barrier & a new quay" in t for t in shown)
    assert not any("Home" in t for t in shown), "navigation was extracted away"
    fil = next(f for f in article["findings"] if f["code"] == "FIL001")
    b, s, e = fil["marks"][0]
    assert shown[b][s:e].startswith("Key Takeaway")


def test_related_spans_are_linked_both_ways(tmp_path: Path) -> None:
    text = (
        "Harbor plan moves ahead\n\n"
        "Dr. Nadia Brandt, an economist at the Coastal Policy Institute, said the barrier would hold.\n\n"
        "Later in the day Dr. Nadia Brandt, a historian at the University of Hull, said costs would rise.\n"
    )
    a = tmp_path / "a.txt"
    a.write_text(text, encoding="utf-8")
    article = data(parse(render([str(a)], tmp_path)), "credlint-a0")
    linked = [f for f in article["findings"] if f["related"]]
    assert linked, "expected a finding with related spans (conflicting identity)"
    for f in linked:
        for r in f["related"]:
            assert r["marks"], "a related span in the same file is placed"
    assert any(f["back"] for f in article["findings"]), "the other occurrence links back"


def test_cross_file_findings_link_both_articles(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(
        "Harbor plan moves ahead\n\nDr. Nadia Brandt, an economist at the Coastal Policy Institute, said the barrier would hold.\n",
        encoding="utf-8",
    )
    (tmp_path / "two.txt").write_text(
        "Harbor costs questioned\n\nDr. Nadia Brandt, a historian at the University of Hull, said the costs would rise.\n",
        encoding="utf-8",
    )
    page = render([str(tmp_path / "one.txt"), str(tmp_path / "two.txt")], tmp_path)
    section = page[page.index('id="cross-h"') :]
    section = section[: section.index("</section>")]
    assert 'href="#f/0/' in section and 'href="#f/1/' in section


def test_index_data_is_worst_first_ready_and_complete(tmp_path: Path) -> None:
    page = render([str(EXAMPLES), str(tmp_path / "missing.md")], tmp_path, status=(2,))
    rows = data(parse(page), "credlint-index")
    assert len(rows) == 5
    error_rows = [r for r in rows if r[12] is not None]
    assert len(error_rows) == 1 and "no such file" in error_rows[0][12]
    scores = {r[1].rsplit("/", 1)[-1]: r[3] for r in rows if r[12] is None}
    assert scores["clean-wire-story.md"] == 100.0 and scores["scraped-page.txt"] < 80
    # the per-rule table and the histogram are in the page itself, not only in data
    assert 'class="histogram"' in page and "fail-under 80" in page and 'data-rule="FIL001"' in page


def test_large_runs_keep_one_light_index(tmp_path: Path) -> None:
    """Articles are data, not DOM: the page's markup does not grow with the number of files."""
    rules = load_packs()
    paths = []
    for k in range(40):
        p = tmp_path / f"a{k:02d}.txt"
        p.write_text(f"Harbor story {k}\n\nKey Takeaway: item {k} matters.\n\nThe council voted {k} times on Tuesday.\n", encoding="utf-8")
        paths.append(str(p))
    from lint.report import Report
    from lint.reporters.html_report import render as render_html

    def markup_tags(n: int) -> int:
        results = run(paths[:n], LintSettings(rules=tuple(rules), with_view=True, with_metrics=True))
        page = render_html(Report(results=results, rules=rules, fail_under=80, fail_on="error"))
        return len(parse(page).tags) - sum(1 for t, a in parse(page).tags if t == "script")

    assert markup_tags(40) == markup_tags(4)


def test_api_renders_html_too() -> None:
    import lint

    page = lint.check_paths([str(EXAMPLES / "invented-expert.txt")], config=None).render("html")
    assert page.startswith("<!DOCTYPE html>") and "credlint-a0" in page


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_colours_pass_wcag_aa() -> None:
    """Text on every category tint, and every colour used for text, reach 4.5:1 (AA);
    the strong shades are also the code labels beside marks, so they are held to 4.5 too."""
    css = (ROOT / "lint" / "reporters" / "html_assets" / "report.css").read_text(encoding="utf-8")
    root = dict(re.findall(r"--([a-z]+):\s*(#[0-9a-f]{6})", css[css.index(":root") : css.index("}", css.index(":root"))]))
    fg, white, panel = root["fg"], "#ffffff", root["panel"]
    cats = re.findall(r'\[data-cat="([a-z-]+)"\] \{ --tint: (#[0-9a-f]{6}); --strong: (#[0-9a-f]{6}); \}', css)
    assert len(cats) >= 9
    for name, tint, strong in cats:
        assert contrast(fg, tint) >= 4.5, f"text on the {name} tint"
        assert contrast(strong, white) >= 4.5, f"{name} code labels on white"
        assert contrast(strong, tint) >= 3, f"{name} underline against its tint"
    for name in ("muted", "accent", "pass", "fail"):
        assert contrast(root[name], white) >= 4.5 and contrast(root[name], panel) >= 4.5, name
    for colour in re.findall(r'\.sev\[data-sev="\w+"\] \{ color: (#[0-9a-f]{6}); \}', css):
        assert contrast(colour, white) >= 4.5
    for colour in re.findall(r'\.grade\[data-grade="[A-F]"\] \{ background: (#[0-9a-f]{6}); \}', css):
        assert contrast(white, colour) >= 4.5
    assert len(re.findall(r'\.grade\[data-grade="[A-F]"\] \{ background', css)) == 5


def test_cached_results_keep_their_view(tmp_path: Path) -> None:
    """A second run served from the cache gives the same report (views are cached with results)."""
    story = tmp_path / "story.md"
    story.write_text(HOSTILE_MD + "\nKey Takeaway: it matters.\n", encoding="utf-8")
    pages = []
    for _ in range(2):
        out = tmp_path / "r.html"
        result = runner.invoke(app, ["check", str(story), "--format", "html", "-o", str(out), "--cache-dir", str(tmp_path / "c")])
        assert result.exit_code == 1, result.output
        pages.append(out.read_text(encoding="utf-8"))
    assert (tmp_path / "c").is_dir()
    assert pages[0] == pages[1] and "Key Takeaway" in data(parse(pages[1]), "credlint-a0")["blocks"][-1][1]


def test_windows_line_endings_and_a_bom_keep_marks_in_place(tmp_path: Path) -> None:
    source = (EXAMPLES / "content-farm-callouts.md").read_text(encoding="utf-8")
    crlf = tmp_path / "crlf.md"
    crlf.write_bytes(b"\xef\xbb\xbf" + source.replace("\n", "\r\n").encode("utf-8"))
    article = data(parse(render([str(crlf)], tmp_path)), "credlint-a0")
    doc = load(str(crlf))
    placed = 0
    for f in article["findings"]:
        expected = _expected_text(doc, f)
        if expected:
            shown = "".join(article["blocks"][b][1][s:e] for b, s, e in f["marks"])
            assert re.sub(r"\s+", "", shown) == expected, f["code"]
            placed += 1
    assert placed >= 10
    assert not any("\r" in text for _, text in article["blocks"] if _ != "meta")
