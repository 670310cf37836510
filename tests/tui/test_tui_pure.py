"""The TUI's pure parts: the wrap index and what the keys move through."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from reader.model import Analysis
from reader.tui import navigation as nav
from reader.tui.components.article_view import wrap_spans


def lines(text: str, width: int) -> list[str]:
    starts, ends = wrap_spans(text, width)
    return [text[a:b] for a, b in zip(starts, ends, strict=True)]


def test_wrap_breaks_at_spaces_and_keeps_paragraphs() -> None:
    text = "one two three four five\n\nsix"
    assert lines(text, 10) == ["one two", "three four", "five", "", "six"]


def test_wrap_hard_breaks_a_word_longer_than_the_line() -> None:
    assert lines("abcdefghijkl mn", 8) == ["abcdefgh", "ijkl mn"]


def test_wrap_measures_wide_characters_in_cells() -> None:
    text = "東京都の人口は約1400万人です。" * 2
    for line in lines(text, 10):
        assert cell_len(line) <= 10


@given(st.text(alphabet=st.sampled_from("ab cd\n東é’"), max_size=300), st.integers(8, 40))
def test_wrap_covers_every_character_once_in_order(text: str, width: int) -> None:
    starts, ends = wrap_spans(text, width)
    pos = 0
    for a, b in zip(starts, ends, strict=True):
        assert a >= pos and b >= a
        assert text[pos:a].strip() == ""  # only the break's space or newline is skipped
        assert cell_len(text[a:b]) <= width
        pos = b
    assert pos == len(text)


def test_filters_cycle_through_present_kinds(analysis: Analysis) -> None:
    names = nav.filter_names(analysis)
    assert names == ["all", "flagged", "count", "percent", "measure", "money", "duration"]
    assert nav.next_filter(names, "duration") == "all"
    assert [c.id for c in nav.filter_claims(analysis, "flagged")] == ["c6", "c7", "c8", "c9"]


def test_flagged_cursor_wraps_and_starts_from_outside(analysis: Analysis) -> None:
    cursor = nav.FlaggedCursor.of(analysis)
    assert cursor.step("c1") == "c6" and cursor.step("c1", forward=False) == "c9"
    assert cursor.step("c9") == "c6" and cursor.step("c6", forward=False) == "c9"
    assert nav.FlaggedCursor([]).step("c1") is None


def test_find_all_and_next_match() -> None:
    starts = nav.find_all("abcabcab", "AB")
    assert starts == [0, 3, 6]
    assert nav.next_match(starts, 0) == 1
    assert nav.next_match(starts, 6) == 0
    assert nav.next_match(starts, 3, forward=False) == 0
    assert nav.next_match([], 0) is None
