"""Saved web pages: the main article text and title, without navigation or ads.

trafilatura finds the article body (the well-kept main-text extractor); this
module lays it out as reader's plain text: the page title as the first
paragraph, then one paragraph per block, separated by blank lines. Offsets
are then into that text, as for any .txt article.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass
from pathlib import Path

from reader.document import Document, InputError

HTML_SUFFIXES = (".html", ".htm")


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    title: str | None
    body: str

    @property
    def text(self) -> str:
        """Title, then the body's paragraphs, each separated by a blank line."""
        paragraphs = [line.rstrip() for line in self.body.split("\n") if line.strip()]
        title = (self.title or "").strip()
        # trafilatura often repeats the headline as the body's first block.
        if title and (not paragraphs or paragraphs[0].strip() != title):
            paragraphs.insert(0, title)
        return "\n\n".join(paragraphs) + "\n" if paragraphs else ""


def extract_article(html: str | bytes, name: str = "<html>") -> HtmlArticle:
    """The main text and title of a web page; InputError when it has none."""
    import trafilatura  # slow to import: only when a page is read

    # trafilatura logs and warns (dates, timezones) on ordinary pages; the
    # reader's user needs none of it on the terminal.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            body = trafilatura.extract(html, include_comments=False, include_tables=True)
            metadata = trafilatura.extract_metadata(html)
        except Exception as exc:  # lxml/trafilatura raise many kinds on broken markup
            raise InputError(f"{name}: cannot read this HTML page ({exc})") from None
    if not body or not body.strip():
        raise InputError(f"{name}: no article text found in this HTML page")
    title = metadata.title if metadata is not None else None
    return HtmlArticle(title=title, body=body)


def read_html_document(path: str | Path, data: bytes | None = None) -> Document:
    """A Document from a saved .html page (``data`` when already read)."""
    p = Path(path)
    if data is None:
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if not data.strip():
        raise InputError(f"{path}: empty file, no article text")
    article = extract_article(data, str(path))
    return Document.from_text(article.text, p.name)
