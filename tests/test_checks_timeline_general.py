"""Durations and ages read from the relation, however the reporter words it.

Each reading has a consistent twin (pass), an inconsistent one (fail) and a near miss
(nothing, or a warn where the tie is inferred). The sentences are made up.
"""

from __future__ import annotations

from tests.test_checks_support import fail_messages, rule_statuses

DUR = "duration_mismatch"
AGE = "age_mismatch"


# ------------------------------------------------------------ a span told by its events


def test_span_told_by_start_and_end_verbs() -> None:
    base = (
        "Nurses went back on Friday after a {n}-day walkout that started on June 3 and ended "
        "when the health board raised its offer on June 21."
    )
    assert rule_statuses(base.format(n=18), DUR) == ["pass"]
    assert rule_statuses(base.format(n=12), DUR) == ["fail"]


def test_span_lifted_after_imposed() -> None:
    base = "The curfew, imposed on 4 May 2022 and lifted on 30 May, lasted {n} days."
    assert rule_statuses(base.format(n=26), DUR) == ["pass"]
    assert rule_statuses(base.format(n=19), DUR) == ["fail"]


def test_two_dates_of_other_events_are_no_span() -> None:
    # the second date belongs to a relative clause about something else
    text = (
        "The 30-day review began on May 1, 2023, and the board, which ended its session "
        "on May 12, will decide in June."
    )
    assert "fail" not in rule_statuses(text, DUR)


def test_inclusive_and_exclusive_counts_both_pass() -> None:
    base = "A {n}-day strike that began March 3, 2021, and ended March 26 closed the mills."
    assert rule_statuses(base.format(n=23), DUR) == ["pass"]
    assert rule_statuses(base.format(n=24), DUR) == ["pass"]
    assert rule_statuses(base.format(n=17), DUR) == ["fail"]


def test_years_from_until() -> None:
    base = "She ran the observatory from 2009 until 2014, {n} years in all."
    assert rule_statuses(base.format(n="five"), DUR) == ["pass"]
    assert rule_statuses(base.format(n="eight"), DUR) == ["fail"]


# ------------------------------------------------------------ "after <event> on <date>"


def test_absence_after_an_injury_until_a_return() -> None:
    base = (
        "The winger was out for {n} weeks after breaking an ankle on Jan. 4, 2022, and did "
        "not start again until March 1."
    )
    assert rule_statuses(base.format(n="eight"), DUR) == ["pass"]
    # completed weeks: 56 days is eight weeks, and so is eight weeks and a few days
    assert rule_statuses(base.format(n="four"), DUR) == ["fail"]
    assert rule_statuses(base.format(n="12"), DUR) == ["fail"]


def test_gap_to_an_undated_event_is_not_checked() -> None:
    # "19 years after the flood": the flood's date is not given, so nothing to compare
    text = "The mill reopened on 2 May 2019, 19 years after the flood that ruined the town."
    assert rule_statuses(text, DUR) == []


def test_gap_between_an_apposed_date_and_a_dated_event() -> None:
    base = "The ferry sank on May 3, 2012, {n} years after her launch on June 1, 1993."
    assert rule_statuses(base.format(n=19), DUR) == ["pass"]
    assert rule_statuses(base.format(n=25), DUR) == ["fail"]


def test_gap_before_an_event_is_measured_backwards() -> None:
    base = "The dam was finished on 2 March 1961, {n} years before the flood of 5 May 1971."
    assert rule_statuses(base.format(n=10), DUR) == ["pass"]
    assert rule_statuses(base.format(n=4), DUR) == ["fail"]


def test_ago_stays_unchecked() -> None:
    text = "Work began on 3 March 2015 and ended on 9 April 2015, ten years ago."
    assert not [m for r, m in fail_messages(text) if r == DUR]
