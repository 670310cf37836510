"""Documents: the reading text, its paragraphs and sentences, with offsets.

Every offset in reader is a character offset into ``Document.text``. For
Markdown the markup is blanked out with spaces rather than removed, so the
reading text has the same length as the file and an offset means the same
place in both.
"""

from __future__ import annotations

import bisect
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from reader.markdown import strip_markdown


class InputError(Exception):
    """A document that cannot be read; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int


# Words that end with a period without ending the sentence.
ABBREVIATIONS = frozenset(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    mr mrs ms dr prof st sr jr gen col lt sgt capt cmdr adm gov sen rep rev hon pres
    inc corp co ltd llc bros dept univ assn est approx vs etc al fig no nos vol pp
    mt ft ave blvd rd
    """.split()
)

# After an abbreviation that may also end a sentence ("in the U.S.", "at 5 p.m.",
# "Acme Inc."), one of these words starting the next one shows it did.
_SENTENCE_STARTERS = frozenset(
    """
    The A An It He She They We I In On At But And This That These Those There Its His Her
    Their Our What When Where Why How As For If By After Before Since While Meanwhile However
    Officials Police
    """.split()
)
_MAY_END = frozenset("u.s. u.k. u.n. e.u. a.m. p.m. etc inc co ltd corp jr sr".split())
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_PARAGRAPH_BREAK = re.compile(r"\n")


@dataclass(frozen=True)
class Document:
    text: str
    name: str = "<text>"
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    _sentence_starts: list[int] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def from_text(cls, text: str, name: str = "<text>") -> Document:
        paragraphs = tuple(split_paragraphs(text))
        sentences = tuple(split_sentences(text, paragraphs))
        doc = cls(text=text, name=name, paragraphs=paragraphs, sentences=sentences)
        doc._sentence_starts.extend(s.start for s in sentences)
        return doc

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding ``offset`` (or the nearest one before it)."""
        if not self.sentences:
            return None
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        return self.sentences[max(i, 0)]

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]


def split_paragraphs(text: str) -> list[Paragraph]:
    """Each non-blank line run is a paragraph (news text puts one per line)."""
    out: list[Paragraph] = []
    pos = 0
    for match in _PARAGRAPH_BREAK.finditer(text + "\n"):
        start, end = pos, match.start()
        pos = match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Paragraph(len(out), start, end))
    return out


def ends_with_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` belongs to an abbreviation or initial."""
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot]
    if not word:
        return False
    if "." in word:  # U.S., a.m., e.g.
        return True
    if len(word) == 1 and word.isupper():  # an initial: "John F. Kennedy"
        return True
    return word.lower() in ABBREVIATIONS


def _abbreviation_ends_sentence(text: str, dot: int, end: int, limit: int) -> bool:
    """ "in the U.S. The next day": an abbreviation that also ends its sentence."""
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if (word + "." if "." in word else word) not in _MAY_END:
        return False
    nxt = re.match(r"\s+([A-Z][a-z]*)\b", text[end:limit])
    return nxt is not None and nxt.group(1) in _SENTENCE_STARTERS


def split_sentences(
    text: str, paragraphs: tuple[Paragraph, ...] | list[Paragraph]
) -> list[Sentence]:
    """Sentences within each paragraph; "Oct." and "U.S." do not end one."""
    out: list[Sentence] = []
    for para in paragraphs:
        start = para.start
        for match in _SENTENCE_END.finditer(text, para.start, para.end):
            punct = match.group().rstrip("\"'”’)]")
            if punct == "." and ends_with_abbreviation(text, match.start()):
                if not _abbreviation_ends_sentence(text, match.start(), match.end(), para.end):
                    continue
            end = match.end()
            out.append(Sentence(len(out), start, end, para.index))
            start = end
            while start < para.end and text[start].isspace():
                start += 1
        if start < para.end:
            out.append(Sentence(len(out), start, para.end, para.index))
    return out


# ---------------------------------------------------------------- reading files

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".html", ".htm")


def decode_text(data: bytes, name: str) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not UTF-8 text (undecodable byte at offset {exc.start})"
        ) from None
    # Offsets are into the text as read; only normalise line endings.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_document(path: str | Path) -> Document:
    """Read a .txt, .md or saved .html file, or standard input for ``-``."""
    name = str(path)
    if name == "-":
        data = sys.stdin.buffer.read()
        return Document.from_text(decode_text(data, "<stdin>"), "<stdin>")
    p = Path(path)
    if not p.exists():
        raise InputError(f"{name}: no such file")
    if p.is_dir():
        raise InputError(f"{name}: is a directory, not a file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from None
    if p.suffix.lower() in (".html", ".htm"):
        from reader.htmldoc import read_html_document  # imports trafilatura: only for pages

        return read_html_document(p, data)
    text = decode_text(data, name)
    if p.suffix.lower() in (".md", ".markdown"):
        text = strip_markdown(text)
    return Document.from_text(text, p.name)
