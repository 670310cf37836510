"""A measure in apposition ("won the race on Sunday, a 42-kilometre run") and a later
definite measure of the thing its clause names ("the 40-kilometre race")."""

from reader.analysis import analyze


def _drift(text: str) -> list[str]:
    return [c.status for c in analyze(text).checks if c.rule == "figure_drift"]


def _article(first: str, later: str) -> str:
    return (
        f"Ama Boateng won the coastal relay on Sunday, a tough {first} slog by the cliffs.\n\n"
        "She finished four minutes clear of the field.\n\n"
        f"Officials said the {later} relay drew record crowds.\n"
    )


def test_apposed_measure_restated_differently_fails() -> None:
    assert "fail" in _drift(_article("64-kilometre", "46-kilometre"))


def test_apposed_measure_restated_alike_passes() -> None:
    statuses = _drift(_article("64-kilometre", "64-kilometre"))
    assert statuses and "fail" not in statuses


def test_another_unit_is_not_compared() -> None:
    assert "fail" not in _drift(_article("64-kilometre", "46-mile"))


def test_a_thing_not_named_in_the_host_clause_is_not_tied() -> None:
    text = (
        "Ama Boateng won on Sunday, a gruelling 64-kilometre slog along the cliffs.\n\n"
        "Officials said the 46-kilometre relay drew record crowds.\n"
    )
    assert "fail" not in _drift(text)
