"""Readings added in the third session, each with a consistent twin and a near miss."""

import pytest
from test_checks_support import rule_checks, rule_statuses

# ------------------------------------------------------ conversion worked from the stated figure


@pytest.mark.parametrize(
    ("pair", "expected"),
    [
        ("190-metre (632-foot)", "fail"),  # 190 m is 623 ft: 632 was not worked from 190
        ("190-metre (623-foot)", "pass"),
        ("190-metre (620-foot)", "pass"),  # a rounded conversion
        ("14-kilogram (30-pound)", "pass"),  # two roundings, neither finer than the other
        ("1,200-metre (three-quarters of a mile)", "pass"),  # words state no precision
        ("8-ounce (225-gram)", "pass"),  # a conversion rounded to the five
        ("8-ounce (232-gram)", "fail"),
    ],
)
def test_a_fine_conversion_must_come_from_the_figure_as_stated(pair: str, expected: str) -> None:
    text = f"The {pair} span dropped into the river on Tuesday.\n"
    assert expected in rule_statuses(text, "conversion_mismatch")
    if expected == "pass":
        assert "fail" not in rule_statuses(text, "conversion_mismatch")


# ----------------------------------------------------------------- transposed digits


def _waiting(later: str) -> str:
    return (
        "The trust said 7,350 patients had been waiting for more than a year, nearly double "
        "the 3,800 in September 2024. Orthopaedics accounted for 11,200 patients. "
        f"The {later} patients waiting more than 52 weeks include 410 children.\n"
    )


def test_a_figure_restated_with_two_digits_swapped_fails() -> None:
    fails = [c for c in rule_checks(_waiting("7,530"), "figure_drift") if c[0] == "fail"]
    assert fails and {"7,350", "7,530"} <= fails[0][2]
    assert "swapped" in fails[0][1]


def test_the_same_figure_restated_is_no_transposition() -> None:
    assert "fail" not in rule_statuses(_waiting("7,350"), "figure_drift")


def test_swapped_digits_on_different_nouns_are_two_figures() -> None:
    text = (
        "The survey counted 214 grey wolves in the park this winter. "
        "Farmers reported 412 sheep killed over the same months.\n"
    )
    assert "fail" not in rule_statuses(text, "figure_drift")


def test_two_digit_figures_are_not_read_as_transposed() -> None:
    text = "The club signed 12 players in June. The 21 players on the roster trained on Monday.\n"
    assert all("swapped" not in c[1] for c in rule_checks(text, "figure_drift"))


# ------------------------------------------------------------- spans told by their events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The {n}-day festival opens on Sept. 4 with a family saga by the director Ines "
            "Lobato, and closes on Sept. 15 with the awards.\n",
            {"10": "fail", "11": "pass"},
        ),
        (
            "The ship left the port on Nov. 3 on a voyage scheduled to take {n} days, and had "
            "been due in Rellingen on Nov. 9.\n",
            {"5": "fail", "6": "pass"},
        ),
        (
            "Dockworkers voted on Oct. 21 to ratify a new contract, ending a {n}-day walkout "
            "that began on Sept. 30.\n",
            {"19": "fail", "21": "pass"},
        ),
    ],
)
def test_a_span_told_by_its_opening_and_closing_events(text: str, expected: dict) -> None:
    for n, status in expected.items():
        statuses = rule_statuses(text.format(n=n), "duration_mismatch")
        assert status in statuses and (status == "fail" or "fail" not in statuses)


def test_an_end_told_of_another_subject_is_not_the_span() -> None:
    text = (
        "The survey started on March 3 with 40 volunteers, and the results, released on "
        "May 2, took 12 days to compile.\n"
    )
    assert "fail" not in rule_statuses(text, "duration_mismatch")
