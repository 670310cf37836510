"""Extraction readings added in the third session."""

import pytest

from reader.document import Document
from reader.extract import extract_claims


def _durations(text: str) -> list[tuple[str, float | None, str | None]]:
    claims = extract_claims(Document.from_text(text))
    return [(c.text, c.value, c.unit) for c in claims if c.kind == "duration"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It had been in orbit for nine years and three months.",
            [("nine years and three months", 9.25, "year")],
        ),
        (
            "She won in 2 hours, 6 minutes and 51 seconds.",
            [("2 hours, 6 minutes and 51 seconds", 2 + 6 / 60 + 51 / 3600, "hour")],
        ),
        ("He ran 1 minute 14 seconds.", [("1 minute 14 seconds", 1 + 14 / 60, "minute")]),
    ],
)
def test_a_span_told_in_falling_units_is_one_duration(text: str, expected: list) -> None:
    got = _durations(text)
    assert [(t, u) for t, _, u in got] == [(t, u) for t, _, u in expected]
    assert got[0][1] == pytest.approx(expected[0][1])


def test_a_list_of_spans_is_not_one_duration() -> None:
    text = "She won in 2 hours, 6 minutes and 51 seconds, 38 seconds ahead; it took 3 days, 4 days."
    assert [t for t, _, _ in _durations(text)] == [
        "2 hours, 6 minutes and 51 seconds",
        "38 seconds",
        "3 days",
        "4 days",
    ]


def test_rising_units_are_two_durations() -> None:
    assert len(_durations("It took three months and two years.")) == 2
