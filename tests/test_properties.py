"""For any text, extraction never raises and every span is valid."""

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.document import Document
from reader.extract import extract_claims
from reader.markdown import strip_markdown

# Text built from the pieces numeric claims are made of, so the grammar is exercised.
PIECES = st.sampled_from(
    [
        "12",
        "1,200",
        "4.5",
        "-3",
        "½",
        "1/3",
        " ",
        " ",
        ", ",
        ". ",
        "\n",
        "-",
        "–",
        "%",
        "$",
        "£",
        "€",
        "per cent",
        "million",
        "bn",
        "m",
        "k",
        "to",
        "and",
        "between",
        "more than",
        "about",
        "nearly",
        "one",
        "two-thirds",
        "a dozen",
        "half",
        "a",
        "in",
        "of the",
        "hostages",
        "years old",
        "-year-old",
        "aged",
        "pounds",
        "km/h",
        "°F",
        "C",
        "Oct.",
        "7",
        "2023",
        "March",
        "1920s",
        "’30s",
        "mid-",
        "Voyager",
        "COVID-19",
        "thousands",
        "times",
        "twice",
        "Section",
        "p.m.",
        ":",
        "(",
        ")",
        "“",
        "”",
    ]
)
ARTICLE_LIKE = st.lists(PIECES, max_size=40).map("".join)


def check_spans(text: str) -> None:
    doc = Document.from_text(text)
    found = extract_claims(doc)
    previous_end = -1
    for c in found:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end] == c.text
        assert c.start >= previous_end  # claims do not overlap
        previous_end = c.end
        if c.kind == "date":
            assert isinstance(c.value, str)
        elif c.value is not None:
            assert isinstance(c.value, float)
        if c.low is not None and c.high is not None:
            assert c.low <= c.high


@settings(max_examples=150, deadline=None)
@given(ARTICLE_LIKE)
def test_article_like_text(text: str) -> None:
    check_spans(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_text(text: str) -> None:
    check_spans(text)


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=st.sampled_from("#*_`[]()>-! 12ab\n"), max_size=80))
def test_markdown_keeps_length(text: str) -> None:
    assert len(strip_markdown(text)) == len(text)
