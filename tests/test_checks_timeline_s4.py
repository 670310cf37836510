"""Durations and ages read in more of the ways reporters tie them to dates (fourth session):
each reading with a consistent twin, an inconsistent one and a near miss."""

import pytest
from test_checks_support import rule_statuses

DUR = "duration_mismatch"
AGE = "age_mismatch"


# ------------------------------------------------ a trailing window is no span between dates


def test_a_window_ending_at_a_date_is_not_measured_from_an_earlier_date() -> None:
    text = (
        "Bonuses are set by the rate of growth in October, or 3%. Output rose 2.2% in the "
        "four months to May, well ahead of October's 0.9% rate.\n"
    )
    assert "fail" not in rule_statuses(text, DUR)


# ------------------------------------------------ a difference told with "by" is not a span


def test_extending_a_term_by_some_years_is_not_the_term() -> None:
    text = (
        "The lease will run from March 3, 2027, to March 2, 2032, a five-year term, with "
        "an option to extend it by up to three years.\n"
    )
    statuses = rule_statuses(text, DUR)
    assert "pass" in statuses and "fail" not in statuses


# ------------------------------------------------ whole years between two exact days


@pytest.mark.parametrize(
    ("stated", "expected"),
    [
        ("a seven-year term", "fail"),  # Jan. 5, 2027 to Jan. 4, 2035 is eight whole years
        ("an eight-year term", "pass"),
    ],
)
def test_a_term_ending_the_day_before_an_anniversary_is_the_whole_years(
    stated: str, expected: str
) -> None:
    text = f"The franchise runs from Jan. 5, 2027, to Jan. 4, 2035, {stated}, the ministry said.\n"
    statuses = rule_statuses(text, DUR)
    assert expected in statuses
    if expected == "pass":
        assert "fail" not in statuses


def test_completed_years_short_of_the_anniversary_still_pass() -> None:
    # April 10, 1971 to Feb. 2, 2019: 47 years and ten months, "47 years" completed
    text = "They ran the shop from April 10, 1971, until Feb. 2, 2019, some 47 years.\n"
    assert "fail" not in rule_statuses(text, DUR)


# ------------------------------------------------ the end in one paragraph, the start the next


def _festival(days: str) -> str:
    return (
        "The festival closed with a fireworks display over the old harbour on Saturday, "
        f"Aug. 16, after {days} of concerts.\n\n"
        "The festival opened on Aug. 4 with 80 bands on six stages.\n"
    )


def test_an_end_and_a_start_told_in_adjacent_paragraphs_of_the_same_thing() -> None:
    assert "fail" in rule_statuses(_festival("15 days"), DUR)
    statuses = rule_statuses(_festival("13 days"), DUR)
    assert "pass" in statuses and "fail" not in statuses


def test_a_next_paragraph_about_something_else_is_not_the_start() -> None:
    text = (
        "The festival closed with a fireworks display over the old harbour on Saturday, "
        "Aug. 16, after 15 days of concerts.\n\n"
        "The museum opened on Aug. 4 with 80 paintings in six rooms.\n"
    )
    assert "fail" not in rule_statuses(text, DUR)


# ------------------------------------------------ a span apposed to its end date


def _outage(days: str) -> str:
    return (
        "A storm knocked out the county's water plant on March 9, 2026, flooding its pump "
        "hall. Supplies to the county were not fully back until May 1, "
        f"an outage of {days}.\n"
    )


def test_a_span_apposed_to_its_end_date_runs_from_the_previous_sentences_date() -> None:
    assert "fail" in rule_statuses(_outage("35 days"), DUR)
    statuses = rule_statuses(_outage("53 days"), DUR)
    assert "pass" in statuses and "fail" not in statuses


def test_a_span_apposed_to_a_date_without_until_is_not_its_end() -> None:
    text = (
        "A storm knocked out the county's water plant on March 9, 2026, flooding its pump "
        "hall. The county held a hearing on May 1, a session of 35 days of evidence.\n"
    )
    assert "fail" not in rule_statuses(text, DUR)
