"""The screens before costly patterns never change what the pattern finds."""

from __future__ import annotations

import importlib
import pkgutil
import re

from hypothesis import given, settings
from hypothesis import strategies as st

import reader.checks
from reader.checks.screens import EndScreened, WordScreened, end_word


def _screened() -> list[tuple[str, EndScreened | WordScreened]]:
    found = []
    for info in pkgutil.iter_modules(reader.checks.__path__):
        module = importlib.import_module(f"reader.checks.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, (EndScreened, WordScreened)):
                found.append((f"{info.name}.{name}", value))
    return found


SCREENED = _screened()
# the words the patterns are written with, and what trips a naive screen: case, marks,
# digits, curly apostrophes, other spaces, and the letters re.I reads as ASCII ones
_WORDS = sorted({w for _, s in SCREENED for w in re.findall(r"[a-z]+", s.pattern.pattern.lower())})
_TOKENS = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_WORDS).map(str.upper),
    st.sampled_from(_WORDS).map(str.title),
    st.sampled_from(
        [" ", "  ", "\n", "\u00a0", ",", ".", ":", "(", "—", "'", "’", "'s", "’s", "-", "12"]
    ),
    st.sampled_from(["\u0131", "\u017f", "\u0130", "\u212a", "é"]),
)
_TEXTS = st.lists(_TOKENS, max_size=12).map("".join)


def test_the_rules_use_screens() -> None:
    assert len(SCREENED) >= 12


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_screened_pattern_finds_what_the_pattern_finds(data: st.DataObject) -> None:
    for name, screened in SCREENED:
        # a text the pattern matches (cased and spaced every way), or one of loose words
        text = data.draw(
            st.one_of(st.from_regex(screened.pattern, fullmatch=False), _TEXTS), label=name
        )
        text = data.draw(_TEXTS) + text + data.draw(st.sampled_from(["", " ", ".", "x"]))
        if isinstance(screened, EndScreened):
            got, want = screened.search(text), screened.pattern.search(text)
        else:
            got, want = screened.match(text), screened.pattern.match(text)
        assert (got and got.span()) == (want and want.span()), name


@settings(max_examples=200, deadline=None)
@given(text=_TEXTS, pos=st.integers(0, 40), cut=st.integers(0, 40))
def test_a_screened_search_keeps_pos_and_endpos(text: str, pos: int, cut: int) -> None:
    endpos = max(pos, len(text) - cut)
    for name, screened in SCREENED:
        if isinstance(screened, EndScreened):
            got = screened.search(text, pos, endpos)
            want = screened.pattern.search(text, pos, endpos)
            assert (got and got.span()) == (want and want.span()), name


def test_end_word_reads_the_last_word_of_an_ascii_token() -> None:
    assert end_word("the total of ") == "of"
    assert end_word("rose by") == "by"
    assert end_word("(rose  \n") == "rose"
    assert end_word("the workers' ") == ""
    assert end_word("the company's ") == "s"
    assert end_word("   ") == ""
    assert end_word("") == ""
    assert end_word("the firm’s ") is None  # not ASCII: nothing read from it
