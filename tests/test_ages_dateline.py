"""An apposed age read at the article's own date when no other date is tied to it."""

from reader.analysis import analyze


def _ages(text: str) -> list[tuple[str, str]]:
    return [(c.status, c.message) for c in analyze(text).checks if c.rule == "age_mismatch"]


_LEAD = "Flooding closed the harbour road at Tessby on Tuesday, 14 March 2023, officials said.\n\n"


def test_apposed_age_off_by_years_at_dateline_fails() -> None:
    text = _LEAD + (
        "The harbour master, Greta Lindqvist, 44, led the clean-up. "
        "Port records say she was born on 2 June 1970 and joined in 1995.\n"
    )
    out = _ages(text)
    assert [s for s, _ in out] == ["fail"]
    assert "52" in out[0][1]


def test_apposed_age_consistent_with_dateline_passes() -> None:
    text = _LEAD + (
        "The harbour master, Greta Lindqvist, 52, led the clean-up. "
        "Port records say she was born on 2 June 1970 and joined in 1995.\n"
    )
    assert [s for s, _ in _ages(text)] == ["pass"]


def test_birthday_just_after_dateline_only_warns() -> None:
    # born 20 March: the piece may be printed after the birthday, so one year over is a warn
    text = _LEAD + (
        "The harbour master, Greta Lindqvist, 53, led the clean-up. "
        "Port records say she was born on 20 March 1970 and joined in 1995.\n"
    )
    assert [s for s, _ in _ages(text)] == ["warn"]


def test_two_full_dates_in_the_lead_tie_nothing() -> None:
    text = (
        "The road shut on 14 March 2023 and reopened on 2 May 2024, officials said.\n\n"
        "The harbour master, Greta Lindqvist, 44, led the clean-up. "
        "Port records say she was born on 2 June 1970 and joined in 1995.\n"
    )
    assert all(s != "fail" for s, _ in _ages(text))
