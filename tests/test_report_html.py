"""The shareable HTML report: self-contained, complete, and the article intact."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from verdict_helpers import hand_analysis

from reader.report_html import render_html
from reader.verdicts import VerdictStore

ARTICLE = (
    "Officials said 13 of the 90 hostages were freed, and <b>34</b> are dead & gone.\n"
    "\n"
    "Later 13 more were freed, 26 in all, and 40% of families were told.\n"
)
CHECKS = [
    ("sum_total", "fail", [1, 4, 5], "13 + 13 = 26, but 30 were reported"),
    ("part_of_whole", "warn", [1, 2], "13 of 90 <is> plausible"),
    ("part_of_whole", "pass", [4, 2], "13 <= 90"),
]


class Page(HTMLParser):
    """Collects what the tests look at: tags with attributes, text, marks."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.marks: dict[str, str] = {}
        self._mark: str | None = None
        self._section: list[str] = []
        self.section_text: dict[str, list[str]] = {}
        self._in_sup = False  # verdict glyphs: not the article's words

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "mark" and a.get("id"):
            self._mark = a["id"]
            self.marks[self._mark] = a.get("class") or ""
        if tag == "section":
            self._section.append(a.get("id") or "")
        self._in_sup = self._in_sup or tag == "sup"

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._mark = None
        if tag == "section":
            self._section.pop()
        if tag == "sup":
            self._in_sup = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._section and not self._in_sup:
            self.section_text.setdefault(self._section[-1], []).append(data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


@pytest.fixture
def reviewed(tmp_path: Path):
    analysis = hand_analysis(ARTICLE, CHECKS)
    store = VerdictStore(tmp_path / "v.sqlite3")
    store.mark(analysis, analysis.claim("c2"), "disputed", "ministry says 92 <held>")
    store.mark(analysis, analysis.claim("c6"), "confirmed")
    store.mark(analysis, analysis.checks[0], "needs-source", "ask the desk")
    return analysis, store.review(analysis)


def test_report_has_no_external_references(reviewed) -> None:
    analysis, review = reviewed
    page = parse(render_html(analysis, review))
    for tag, attrs in page.tags:
        for name in ("src", "href", "action", "srcset", "data", "poster"):
            value = attrs.get(name)
            assert value is None or value.startswith("#"), (tag, name, value)
        assert tag not in ("script", "iframe", "object", "embed", "link", "img")
    assert "@import" not in render_html(analysis, review)
    assert "url(" not in render_html(analysis, review)


def test_article_text_is_all_there_and_every_claim_marked(reviewed) -> None:
    analysis, review = reviewed
    page = parse(render_html(analysis, review))
    article = "".join(page.section_text["article"])
    for para in analysis.document.paragraphs:  # markup in the article is text, escaped
        assert analysis.document.text[para.start : para.end] in article
    assert set(page.marks) == {c.id for c in analysis.claims}
    assert "fail" in page.marks["c1"] and "fail" in page.marks["c5"]
    assert "warn" in page.marks["c2"]  # worst status: warn beats pass
    assert page.marks["c3"] == "claim"  # in no check


def test_flagged_list_holds_every_flagged_check_and_claim(reviewed) -> None:
    analysis, review = reviewed
    page = parse(render_html(analysis, review))
    flagged = "".join(page.section_text["flagged"])
    for check in analysis.failed + analysis.warned:
        assert check.message in flagged
        for cid in check.claims:
            assert f"“{analysis.claim(cid).text}”" in flagged
    assert "13 <= 90" not in flagged  # passes only with include_passes
    links = {a["href"] for t, a in page.tags if t == "a"}
    assert {f"#{cid}" for k in analysis.failed + analysis.warned for cid in k.claims} <= links
    everything = parse(render_html(analysis, review, include_passes=True))
    assert "13 <= 90" in "".join(everything.section_text["flagged"])


def test_verdicts_and_notes_are_in_the_report(reviewed) -> None:
    analysis, review = reviewed
    page = parse(render_html(analysis, review))
    flagged = "".join(page.section_text["flagged"])
    assert "needs-source" in flagged and "ask the desk" in flagged
    verdicts = "".join(page.section_text["verdicts"])
    assert "disputed" in verdicts and "ministry says 92 <held>" in verdicts
    assert "confirmed" in verdicts
    marked = {a.get("class") for t, a in page.tags if t == "sup"}
    assert {"v disputed", "v confirmed"} <= marked


def test_report_without_checks_or_verdicts_says_so() -> None:
    analysis = hand_analysis("Nothing adds up to 7 here.\n")
    page = parse(render_html(analysis))
    assert "No inconsistencies found" in "".join(page.section_text["flagged"])
    assert "verdicts" not in page.section_text


def test_report_is_responsive_and_printable(reviewed) -> None:
    html = render_html(*reviewed)
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert "@media print" in html and "@media (max-width:" in html
