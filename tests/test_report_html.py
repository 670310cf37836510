"""The shareable HTML report: self-contained, complete, and the article intact."""

from __future__ import annotations

import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from verdict_helpers import hand_analysis

from reader.analysis import analyze
from reader.document import read_document
from reader.report_html import render_html
from reader.verdicts import VerdictStore, source_of

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


# ------------------------------------------------------------------ the CLI


def reader_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "READER_DB"} | (env or {})
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=full_env,
    )


@pytest.fixture
def marked_article(tmp_path: Path) -> tuple[Path, Path, str]:
    """An article on disk with a verdict on its first claim, and the db holding it."""
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    analysis = analyze(read_document(article))
    if not analysis.claims:
        pytest.skip("the extractor finds no claim in the sample")
    db = tmp_path / "verdicts.sqlite3"
    store = VerdictStore(db)
    store.mark(
        analysis, analysis.claims[0], "disputed", "checked <by> the desk", source_of(article)
    )
    store.close()
    return article, db, analysis.claims[0].text


def test_cli_export_html_includes_the_verdicts(marked_article, tmp_path: Path) -> None:
    article, db, claim_text = marked_article
    out = tmp_path / "report.html"
    proc = reader_cli("export", str(article), "--format", "html", "-o", str(out), "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    page = parse(out.read_text(encoding="utf-8"))
    verdicts = "".join(page.section_text["verdicts"])
    assert "disputed" in verdicts and "checked <by> the desk" in verdicts
    assert f"“{claim_text}”" in verdicts
    # READER_DB is read when --db is not given.
    proc = reader_cli("export", str(article), "-f", "html", env={"READER_DB": str(db)})
    assert proc.returncode == 0 and "checked &lt;by&gt; the desk" in proc.stdout


def test_cli_export_html_with_a_corrupt_db_exits_2_and_writes_nothing(
    marked_article, tmp_path: Path
) -> None:
    article, _, _ = marked_article
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database\n" * 50)
    out = tmp_path / "report.html"
    out.write_text("an earlier report")
    proc = reader_cli(
        "export", str(article), "-f", "html", "-o", str(out), "--force", "--db", str(bad)
    )
    assert proc.returncode == 2 and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and "nothing written" in lines[0]
    assert out.read_text() == "an earlier report"
    assert bad.read_bytes() == b"not a database\n" * 50


def test_cli_export_html_without_a_db_creates_none(marked_article, tmp_path: Path) -> None:
    article, _, _ = marked_article
    missing = tmp_path / "none" / "verdicts.sqlite3"
    proc = reader_cli("export", str(article), "-f", "html", "--db", str(missing))
    assert proc.returncode == 0 and proc.stdout.startswith("<!DOCTYPE html>")
    assert not missing.exists() and not missing.parent.exists()


def test_flagged_exports_carry_claim_and_check_verdicts(reviewed) -> None:
    import csv
    import io
    import json

    from reader.export import render_flagged

    analysis, review = reviewed  # c2 disputed (in the warn check), the fail check needs-source
    data = json.loads(render_flagged(analysis, "json", review=review))
    by_rule = {k["rule"]: k for k in data["checks"]}
    assert by_rule["sum_total"]["verdict"]["verdict"] == "needs-source"
    assert by_rule["sum_total"]["verdict"]["note"] == "ask the desk"
    assert by_rule["part_of_whole"]["verdict"] is None
    claims = {c["id"]: c for c in by_rule["part_of_whole"]["claims"]}
    assert claims["c2"]["verdict"]["verdict"] == "disputed"
    assert claims["c1"]["verdict"] is None

    rows = list(csv.DictReader(io.StringIO(render_flagged(analysis, "csv", review=review))))
    assert {(r["rule"], r["check_verdict"]) for r in rows} == {
        ("sum_total", "needs-source"),
        ("part_of_whole", ""),
    }
    assert [r["claim_note"] for r in rows if r["claim_id"] == "c2"] == ["ministry says 92 <held>"]

    md = render_flagged(analysis, "md", review=review)
    assert "Verdict: **needs-source** — ask the desk" in md
    assert "| disputed: ministry says 92 <held> |" in md
    # Without a review the columns are there and empty.
    plain = list(csv.DictReader(io.StringIO(render_flagged(analysis, "csv"))))
    assert all(r["claim_verdict"] == "" for r in plain)


def test_cli_export_json_reads_the_verdicts(marked_article, tmp_path: Path) -> None:
    import json

    article, db, _ = marked_article
    proc = reader_cli("export", str(article), "-f", "json", "--all", "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    verdicts = [c["verdict"] for k in json.loads(proc.stdout)["checks"] for c in k["claims"]]
    assert all(v is None or v["verdict"] == "disputed" for v in verdicts)


def test_flagged_json_and_md_list_verdicts_on_claims_outside_any_flag(reviewed) -> None:
    import json

    from reader.export import render_flagged

    analysis, review = reviewed  # c6 ("40%") is confirmed and in no check
    verdicts = json.loads(render_flagged(analysis, "json", review=review))["verdicts"]
    assert {"id": "c6", "text": "40%", "verdict": "confirmed", "note": ""} in verdicts
    assert [v["id"] for v in verdicts] == ["c2", "c6"]
    md = render_flagged(analysis, "md", review=review)
    assert "## Verdicts on claims" in md and "| c6 | 40% | confirmed |" in md
    assert json.loads(render_flagged(analysis, "json"))["verdicts"] == []
