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


# ------------------------------------------------------- changes: like ends, one span unit


def test_a_change_takes_no_end_counting_another_thing() -> None:
    text = (
        "A dozen eggs cost 58.90 crowns in February, up 71% from 34.40 crowns a year earlier, "
        "and some stores have limited shoppers to two cartons each.\n"
    )
    assert rule_statuses(text, "change_mismatch") == ["pass"]
    wrong = text.replace("up 71%", "up 61%")
    assert "fail" in rule_statuses(wrong, "change_mismatch")


def test_a_change_in_seconds_of_figures_in_minutes() -> None:
    text = (
        "Crews took an average of 8.2 minutes to arrive, down from 9.0 minutes a year "
        "earlier, an improvement of {} seconds.\n"
    )
    assert rule_statuses(text.format(48), "change_mismatch") == ["pass"]
    assert "fail" in rule_statuses(text.format(30), "change_mismatch")


# ---------------------------------------------- a counted number of sized things, restated


def test_a_total_of_sized_things_is_their_count_times_the_size() -> None:
    text = "The crop was 14.2 million 60-kilogram bags, or about {} tonnes.\n"
    assert rule_statuses(text.format("852,000"), "conversion_mismatch") == ["pass"]
    assert rule_statuses(text.format("702,000"), "conversion_mismatch") == ["fail"]
    single = "Each 60-kilogram (132-pound) bag is weighed twice.\n"
    assert rule_statuses(single, "conversion_mismatch") == ["pass"]
