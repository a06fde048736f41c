"""The HTML report in a real browser: headless Chromium (Debian's ``chromium``) driven by
Playwright for Python.

Every page is opened with all requests intercepted: the report file itself is served, any
other request is recorded and refused, and the test fails if there was one. Console errors
and uncaught exceptions fail the test too. Where Chromium or Playwright is missing the tests
skip with the reason; ``.ci/run`` sets ``CREDLINT_BROWSER_TESTS=require`` so that in CI they
fail instead. Screenshots of every view are written to ``$CREDLINT_SCREENSHOTS`` when set
(else to the test's temporary folder).
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import Any, Iterator

import pytest
from typer.testing import CliRunner

from lint.cli import app
from lint.loader import load
from tests.conftest import ROOT, SEEDS, need

REQUIRED = os.environ.get("CREDLINT_BROWSER_TESTS") == "require"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
EXAMPLES = ROOT / "examples"
runner = CliRunner()


def unavailable(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"{reason} (CREDLINT_BROWSER_TESTS=require: browser tests may not skip)")
    pytest.skip(reason)


def chromium_path() -> str | None:
    for candidate in (os.environ.get("CREDLINT_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and os.path.exists(candidate):
            return candidate
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright for Python is not installed (pip install -e '.[test]')")
    exe = chromium_path()
    if exe is None:
        unavailable("Chromium is not installed (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=FLAGS)
        yield b
        b.close()


class Session:
    """One page with its request log and console errors."""

    def __init__(self, page: Any, shots: Path) -> None:
        self.page = page
        self.shots = shots
        self.outside: list[str] = []
        self.errors: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"uncaught: {e}"))
        page.route("**/*", self._route)
        self.report_url = ""

    def _route(self, route: Any) -> None:
        if route.request.url.split("#")[0] == self.report_url:
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def open(self, report: Path) -> None:
        self.report_url = report.resolve().as_uri()
        self.page.goto(self.report_url)
        self.page.wait_for_selector("html[data-ready]")

    def go(self, fragment: str) -> None:
        self.page.evaluate(f"location.hash = {fragment!r}")
        if fragment.startswith("#f/"):
            self.page.wait_for_selector("#detail .article")
        else:
            self.page.wait_for_selector("#index-view:not(.away)")

    def shot(self, name: str) -> Path:
        path = self.shots / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=False)
        assert path.stat().st_size > 10_000, f"{name}: blank screenshot?"
        return path


@pytest.fixture
def session(browser: Any, tmp_path: Path) -> Iterator[Session]:
    shots = Path(os.environ.get("CREDLINT_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    s = Session(context.new_page(), shots)
    yield s
    context.close()
    assert not s.outside, f"requests left the page: {s.outside}"
    assert not s.errors, f"console errors: {s.errors}"


def report_of(paths: list[Path], out: Path, *extra: str) -> Path:
    result = runner.invoke(app, ["check", *map(str, paths), "--format", "html", "-o", str(out), "--no-cache", "-j", "1", *extra])
    assert result.exit_code in (0, 1), result.output
    return out


@pytest.fixture(scope="module")
def examples_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return report_of([EXAMPLES], tmp_path_factory.mktemp("examples") / "report.html")


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    need(SEEDS)
    return report_of(sorted(SEEDS.glob("*.txt")), tmp_path_factory.mktemp("seeds") / "report.html")


#: For every finding of the shown article: its file position and the text of its marks
#: (pieces in one block joined, blocks separated by a space).
MARKED_TEXT = """() => {
  const a = JSON.parse(document.getElementById('credlint-a' + location.hash.split('/')[1]).textContent);
  return a.findings.map((f, fi) => {
    const parts = [];
    document.querySelectorAll('#detail mark.m').forEach(m => {
      if ((' ' + m.dataset.f + ' ').includes(' ' + fi + ' ')) parts.push([m.closest('[data-block]').dataset.block, m.textContent]);
    });
    let text = '', block = null;
    for (const [b, t] of parts) { text += (block !== null && b !== block ? ' ' : '') + t; block = b; }
    return {code: f.code, line: f.line, col: f.col, endLine: f.endLine, endCol: f.endCol, text};
  });
}"""


def expected_text(doc: Any, f: dict[str, Any]) -> str:
    start = doc.line_starts[f["line"] - 1] + f["col"] - 1
    end = doc.line_starts[f["endLine"] - 1] + f["endCol"] - 1
    return re.sub(r"\s+", "", doc.plain[start : max(end, start + 1)])


def check_marks(session: Session, paths: list[Path], label: str) -> int:
    """Open every article and compare each finding's marks with the file's text at its position."""
    rows = session.page.evaluate("JSON.parse(document.getElementById('credlint-index').textContent)")
    by_path = {r[1]: r[0] for r in rows}
    checked = 0
    for path in paths:
        i = by_path[str(path)]
        session.go(f"#f/{i}")
        doc = load(str(path))
        for f in session.page.evaluate(MARKED_TEXT):
            want = expected_text(doc, f)
            if not want:
                continue  # a finding on markup alone (nothing visible to mark)
            assert re.sub(r"\s+", "", f["text"]) == want, f"{path.name}: {f['code']} at {f['line']}:{f['col']}"
            checked += 1
        session.shot(f"{label}-{path.stem}")
    return checked


def test_every_mark_sits_on_its_text_examples(session: Session, examples_report: Path) -> None:
    session.open(examples_report)
    session.shot("examples-index")
    assert check_marks(session, sorted(p for p in EXAMPLES.iterdir() if p.is_file()), "examples") > 20


def test_every_mark_sits_on_its_text_seeds(session: Session, seeds_report: Path) -> None:
    session.open(seeds_report)
    session.shot("seeds-index")
    assert check_marks(session, sorted(SEEDS.glob("*.txt")), "seeds") > 100


def test_click_and_focus_show_the_explanation(session: Session, examples_report: Path) -> None:
    session.open(examples_report)
    session.page.click("text=content-farm-callouts.md")
    session.page.wait_for_selector("#detail .article")
    mark = session.page.locator("mark.m", has_text="Key Takeaway").first
    mark.click()
    card = session.page.locator("#explain .card").first
    text = card.inner_text()
    assert "FIL001" in text and "template-callout" in text
    assert "Why it matters:" in text and "How to fix:" in text
    assert "Key Takeaway" in text  # the message names the flagged label
    assert "selected" in (mark.get_attribute("class") or "")
    session.shot("examples-explanation")
    # keyboard: j moves to the next finding in reading order, focuses its mark and explains it
    current = session.page.locator("ol.findings button[aria-current=true]")
    before = int(current.get_attribute("data-select"))
    session.page.keyboard.press("j")
    assert int(current.get_attribute("data-select")) == before + 1
    active = session.page.evaluate("document.activeElement.tagName + ' ' + (document.activeElement.dataset.f || '')")
    assert active.startswith("MARK") and str(before + 1) in active.split()[1:]
    code = session.page.evaluate(f"JSON.parse(document.getElementById('credlint-a' + location.hash.split('/')[1]).textContent).findings[{before + 1}].code")
    assert session.page.locator("#explain .card h4").first.inner_text().startswith(code)
    session.page.keyboard.press("k")
    assert int(current.get_attribute("data-select")) == before
    session.page.keyboard.press("Escape")
    session.page.wait_for_selector("#index-view:not(.away)")


def test_focusing_a_mark_explains_it(session: Session, examples_report: Path) -> None:
    session.open(examples_report)
    i = session.page.evaluate(
        "JSON.parse(document.getElementById('credlint-index').textContent).find(r => r[1].endsWith('invented-expert.txt'))[0]"
    )
    session.go(f"#f/{i}")
    session.page.focus("mark.m >> nth=0")
    codes = session.page.eval_on_selector("mark.m", "m => m.title")
    assert session.page.locator("#explain .card h4").first.inner_text().split()[0] in codes.split(", ")


def test_related_spans_link_both_ways_across_files(session: Session, tmp_path: Path) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("Harbor plan moves ahead\n\nDr. Nadia Brandt, an economist at the Coastal Policy Institute, said the barrier would hold.\n", encoding="utf-8")
    two.write_text("Harbor costs questioned\n\nDr. Nadia Brandt, a historian at the University of Hull, said the costs would rise.\n", encoding="utf-8")
    session.open(report_of([one, two], tmp_path / "report.html"))
    links = session.page.locator("ul.cross a")
    assert links.count() >= 2
    session.page.locator("ul.cross a", has_text="two.txt").first.click()
    session.page.wait_for_selector("#detail mark.m.selected")
    assert "two.txt" in session.page.inner_text("#article-title")
    card = session.page.locator("#explain .card").first.inner_text()
    assert "SRC003" in card and "one.txt" in card
    # the card's link goes back to the other article, to the other identity
    session.page.locator("#explain a", has_text="one.txt").first.click()
    session.page.wait_for_selector("#detail mark.m.selected")
    assert "one.txt" in session.page.inner_text("#article-title")
    assert "Coastal Policy Institute" in session.page.locator("mark.m.selected").first.inner_text()


def open_article(session: Session, tmp_path: Path, *paragraphs: str) -> None:
    """Write one plain-text article, make its report and open the article."""
    story = tmp_path / "story.txt"
    story.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    session.open(report_of([story], tmp_path / "report.html"))
    session.go("#f/0")


def test_related_spans_in_one_file_are_outlined(session: Session, tmp_path: Path) -> None:
    open_article(
        session, tmp_path,
        "Harbor plan moves ahead",
        "Dr. Nadia Brandt, an economist at the Brookings Institution, said the barrier would hold.",
        "Later in the day Dr. Nadia Brandt, a historian at the University of Hull, said costs would rise.",
    )
    session.page.locator("mark.m", has_text="Nadia Brandt").first.click()
    outlined = session.page.locator("#detail .rel")
    assert outlined.count() >= 1
    assert "University of Hull" in " ".join(outlined.all_inner_texts())
    # the other occurrence names this one back
    back = session.page.locator("#explain button[data-select], #explain button[data-goto]")
    assert back.count() >= 1
    back.first.click()
    assert "University of Hull" in session.page.locator("mark.m.selected").first.inner_text()
    session.shot("related-in-one-file")


def visible_rows(session: Session) -> list[tuple[str, float]]:
    return [
        (r[0], float(r[1]))
        for r in session.page.evaluate(
            "[...document.querySelectorAll('#files tbody tr:not(.input-error)')].map(t => [t.querySelector('a').textContent, t.dataset.score])"
        )
    ]


def test_sort_and_filter(session: Session, examples_report: Path) -> None:
    session.open(examples_report)
    rows = visible_rows(session)
    assert len(rows) == 4
    assert [s for _, s in rows] == sorted(s for _, s in rows), "worst first by default"
    session.page.click("th button[data-sort=score]")
    assert [s for _, s in visible_rows(session)] == sorted((s for _, s in rows), reverse=True)
    session.page.click("th button[data-sort=path]")
    names = [n for n, _ in visible_rows(session)]
    assert names == sorted(names)
    session.page.select_option("#f-rule", "FIL001")
    filtered = [n for n, _ in visible_rows(session)]
    assert filtered and all(not n.endswith("clean-wire-story.md") for n in filtered)
    fil_files = session.page.evaluate(
        "JSON.parse(document.getElementById('credlint-index').textContent).filter(r => (' ' + r[9] + ' ').includes(' FIL001 ')).map(r => r[1]).sort()"
    )
    assert sorted(filtered) == fil_files
    session.page.select_option("#f-rule", "")
    session.page.select_option("#f-cat", "sourcing")
    assert all(not n.endswith("clean-wire-story.md") for n, _ in visible_rows(session))
    session.page.click("button[type=reset]")
    session.page.fill("#f-text", "clean-wire")
    assert [n for n, _ in visible_rows(session)] == [str(EXAMPLES / "clean-wire-story.md")]
    session.page.fill("#f-text", "")
    session.page.check("#f-failing")
    assert len(visible_rows(session)) == 3
    session.shot("examples-filtered")
    # a rule in the per-rule table filters the file list
    session.page.uncheck("#f-failing")
    session.page.click("button.rule-filter[data-rule=FIL001]")
    assert session.page.input_value("#f-rule") == "FIL001"


def test_large_runs_page_the_file_list(session: Session, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for k in range(130):
        (folder / f"a{k:03d}.txt").write_text(f"Harbor story {k}\n\nKey Takeaway: item {k} matters.\n", encoding="utf-8")
    session.open(report_of([folder], tmp_path / "report.html"))
    assert session.page.locator("#files tbody tr").count() == 100
    session.page.click("#show-more")
    assert session.page.locator("#files tbody tr").count() == 130
    session.page.select_option("#f-sev", "error")  # back to the first page of the list
    assert session.page.locator("#files tbody tr").count() == 100
    pdf = session.page.pdf()  # printing shows every matching file
    assert pdf.startswith(b"%PDF") and session.page.locator("#files tbody tr").count() == 130
    assert session.page.locator("#detail .article").count() == 0, "no article is rendered before it is opened"
    session.go("#f/129")
    assert session.page.locator("#detail .article").count() == 1
    # the list is put away while an article is open: not shown, not focusable
    assert not session.page.is_visible("#files tbody tr >> nth=0")
    assert session.page.get_attribute("#index-view", "inert") == ""
    session.go("")
    assert session.page.is_visible("#files tbody tr >> nth=0") and session.page.get_attribute("#index-view", "inert") is None


def test_the_content_security_policy_is_enforced(browser: Any, examples_report: Path) -> None:
    """The page works under its own CSP, and that CSP blocks any script the page does not carry."""
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(examples_report.resolve().as_uri())
    page.wait_for_selector("html[data-ready]")
    assert errors == [], "the page's own script or style was refused"
    violations = page.evaluate(
        """() => new Promise(resolve => {
            const seen = [];
            document.addEventListener('securitypolicyviolation', e => seen.push(e.violatedDirective));
            const s = document.createElement('script');
            s.textContent = 'window.__injected = 1';
            document.body.appendChild(s);
            const st = document.createElement('div');
            st.setAttribute('style', 'color: red');
            document.body.appendChild(st);
            setTimeout(() => resolve([seen, window.__injected === undefined]), 100);
        })"""
    )
    page.close()
    seen, not_run = violations
    assert not_run and any(v.startswith("script-src") for v in seen)


def test_a_hostile_article_renders_as_text(session: Session, tmp_path: Path) -> None:
    open_article(
        session, tmp_path,
        "Council votes on the {{barrier}} </textarea> plan",
        "Key Takeaway: the council met <script>window.pwned = 1</script> on Tuesday.",
        'The vote was 7-2, said Ana Ruiz. </script><img src=x onerror="window.pwned = 2">',
    )
    text = session.page.inner_text("#detail .article")
    # each piece shows as typed (a rule's mark may follow a flagged span: "{{barrier}}" is a placeholder)
    assert "<script>window.pwned = 1</script>" in text and "{{barrier}}" in text and "</textarea> plan" in text
    assert '<img src=x onerror="window.pwned = 2">' in text
    assert session.page.evaluate("window.pwned === undefined")
    assert session.page.locator("#detail img").count() == 0


def test_print_stylesheet(session: Session, examples_report: Path) -> None:
    session.open(examples_report)
    session.page.emulate_media(media="print")
    assert not session.page.is_visible("#filters")
    session.go("#f/0")
    assert not session.page.is_visible(".detail-nav")
    assert session.page.is_visible("#detail .article")
    session.page.emulate_media(media="screen")
