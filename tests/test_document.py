import pytest

from reader.document import Document, InputError, decode_text
from reader.markdown import strip_markdown


def sentences(text: str) -> list[str]:
    doc = Document.from_text(text)
    return [doc.sentence_text(s) for s in doc.sentences]


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = "On Oct. 7, 2023, U.S. officials met Dr. Kone. They left. Then Gov. Ray spoke!"
    assert sentences(text) == [
        "On Oct. 7, 2023, U.S. officials met Dr. Kone.",
        "They left.",
        "Then Gov. Ray spoke!",
    ]


def test_decimals_and_initials_stay_inside_the_sentence() -> None:
    assert sentences("It rose 4.5% as John F. Kennedy said. Next.") == [
        "It rose 4.5% as John F. Kennedy said.",
        "Next.",
    ]


def test_quotes_close_with_their_sentence() -> None:
    assert sentences("He said, “We must.” Then he left.") == [
        "He said, “We must.”",
        "Then he left.",
    ]


def test_paragraphs_and_offsets() -> None:
    text = "First para.\n\n  Second para. Two.\n"
    doc = Document.from_text(text)
    assert [(text[p.start : p.end]) for p in doc.paragraphs] == ["First para.", "Second para. Two."]
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1]
    for s in doc.sentences:
        assert doc.sentence_at(s.start) == s
        assert doc.sentence_at(s.end - 1) == s


def test_markdown_keeps_offsets() -> None:
    md = "# Title 1\n\nSome **bold 42** and [a link](http://x.org/9) and `code`.\n"
    plain = strip_markdown(md)
    assert len(plain) == len(md)
    assert plain[md.index("42") : md.index("42") + 2] == "42"
    assert "http" not in plain and "#" not in plain and "**" not in plain


def test_undecodable_bytes_are_an_input_error() -> None:
    with pytest.raises(InputError, match="UTF-8"):
        decode_text(b"caf\xe9", "x.txt")
    assert decode_text(b"a\r\nb", "x.txt") == "a\nb"


def test_empty_text() -> None:
    doc = Document.from_text("")
    assert doc.paragraphs == () and doc.sentences == () and doc.sentence_at(0) is None


def test_an_abbreviation_can_also_end_a_sentence() -> None:
    text = "Troops left the U.S. The next day, U.S. officials met at 5 p.m. Friday. It ended."
    assert sentences(text) == [
        "Troops left the U.S.",
        "The next day, U.S. officials met at 5 p.m. Friday.",
        "It ended.",
    ]
