"""A month named alone is a date when a word before it makes it one."""

import pytest

from reader import analyze


def dates(text: str) -> list[tuple[str, str]]:
    return [(c.text, str(c.value)) for c in analyze(text).claims if c.kind == "date"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The dig resumed in October.", [("October", "--10")]),
        ("Prices have fallen since February.", [("February", "--02")]),
        ("Work stops by mid-July.", [("July", "--07")]),
        ("The plant opened in June 2021.", [("June 2021", "2021-06")]),
    ],
)
def test_a_month_after_a_time_word_is_a_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", ["May said the vote would pass.", "April Doyle won the seat."])
def test_a_month_word_as_a_name_is_no_date(text: str) -> None:
    assert dates(text) == []
