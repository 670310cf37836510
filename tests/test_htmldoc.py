"""Saved web pages: the article text trafilatura finds, laid out as reader's text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.document import InputError, read_document
from reader.htmldoc import HtmlArticle, extract_article

REAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "real"
PAGES = sorted(REAL.glob("*.html")) if REAL.is_dir() else []
needs_pages = pytest.mark.skipif(not PAGES, reason="../shared/eval/real is not beside the tree")


@needs_pages
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_real_page_reads_as_its_extracted_text(page: Path) -> None:
    # SOURCES.md: the .txt is trafilatura's text with the title first and blank lines
    # between paragraphs; reading the page must give the same text, so offsets agree.
    expected = page.with_suffix(".txt").read_text(encoding="utf-8")
    doc = read_document(page)
    assert doc.text == expected
    assert doc.name == page.name
    assert doc.paragraphs and doc.sentences


def test_title_goes_first_and_is_not_repeated() -> None:
    assert HtmlArticle("Headline", "First para.\nSecond.").text == (
        "Headline\n\nFirst para.\n\nSecond.\n"
    )
    assert HtmlArticle("Headline", "Headline\nBody.").text == "Headline\n\nBody.\n"
    assert HtmlArticle(None, "Body.  \n\n\nMore.").text == "Body.\n\nMore.\n"


NO_TEXT = "<html><head><script>var x = 1;</script></head><body><img src='a.png'></body></html>"


def _page(body: str) -> str:
    nav = "<nav><ul>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(8))
    return (
        "<html><head><title>Town budget grows</title></head><body>"
        f"{nav}</ul></nav><article><h1>Town budget grows</h1>{body}</article>"
        "<footer>Copyright 2020 Example News. All rights reserved.</footer></body></html>"
    )


def test_article_text_without_navigation_or_footer() -> None:
    paras = [
        "The town council approved a budget of $4.5 million on Tuesday, up 12% on last year.",
        "Of the 30 new posts, 18 go to schools and 12 to roads, the mayor said at the meeting.",
        "Residents will vote on the plan in a referendum planned for the spring of next year.",
    ]
    article = extract_article(_page("".join(f"<p>{p}</p>" for p in paras)), "t.html")
    assert article.title == "Town budget grows"
    for p in paras:
        assert p in article.text
    assert "Section 3" not in article.text
    assert "Copyright" not in article.text


@pytest.mark.parametrize("content", [b"", b"   \n", NO_TEXT.encode(), b"\x00\x01binary\xff" * 40])
def test_page_without_article_text_is_one_clear_error(tmp_path: Path, content: bytes) -> None:
    page = tmp_path / "empty.html"
    page.write_bytes(content)
    with pytest.raises(InputError, match=r"empty.html: .*(no article text|empty|cannot read)"):
        read_document(page)


def test_cli_on_a_page_without_text_exits_2_with_one_line(tmp_path: Path) -> None:
    page = tmp_path / "nav-only.html"
    page.write_text(NO_TEXT)
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "check", str(page)], capture_output=True, timeout=60
    )
    assert proc.returncode == 2
    assert proc.stdout == b""
    lines = proc.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "no article text" in lines[0]
    assert page.read_text().startswith("<html>")  # the input is left as it was
