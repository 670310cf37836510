"""Readings added in the fourth session, each with a consistent twin and a near miss."""

from test_checks_support import rule_statuses

# ------------------------------------------------------------- a window is not a span


def test_a_moment_in_a_window_is_no_span_of_the_dates() -> None:
    window = (
        "Repairs will take six to eight weeks, and the company expects to restart the unit "
        "between Dec. 5 and Dec. 19.\n"
    )
    assert "fail" not in rule_statuses(window, "duration_mismatch")
    span = "The line will be closed for seven weeks, between Dec. 5 and Dec. 19.\n"
    assert "fail" in rule_statuses(span, "duration_mismatch")


# ---------------------------------------------------- who is on shift is not the payroll


def _plant(shift: str, payroll: str) -> str:
    return (
        f"Three of the {shift} workers on the overnight shift were treated for smoke "
        "inhalation, the company said. Repairs will take a month.\n\n"
        f"The refinery employs {payroll} people, including around 400 contract workers.\n"
    )


def test_the_workers_on_a_shift_are_not_the_workforce() -> None:
    assert "fail" not in rule_statuses(_plant("38", "1,150"), "figure_drift")


def test_the_workforce_told_twice_still_fails() -> None:
    text = (
        "The plant's 1,400 workers were sent home on Monday. Repairs will take a month.\n\n"
        "The refinery employs 1,150 people, the company said.\n"
    )
    assert "fail" in rule_statuses(text, "figure_drift")
