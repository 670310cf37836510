"""A bound and a later restatement of one count over one period ("the two days")."""

from reader.analysis import analyze


def _rules(text: str) -> list[tuple[str, str]]:
    return [
        (c.rule, c.status)
        for c in analyze(text).checks
        if c.rule in ("bound_conflict", "figure_drift")
    ]


_FIRST = (
    "Over 3,400 trains were cancelled on Monday and Tuesday as signal workers walked out, "
    "the operator said.\n\n"
    "Unions said talks would resume next week.\n\n"
)


def test_restated_below_the_bound_over_the_same_period_fails() -> None:
    text = (
        _FIRST
        + "On Wednesday, Railco said the 3,150 trains cancelled over the two days cost it dearly.\n"
    )
    assert ("bound_conflict", "fail") in _rules(text)


def test_restated_within_the_bound_passes() -> None:
    text = (
        _FIRST
        + "On Wednesday, Railco said the 3,520 trains cancelled over the two days cost it dearly.\n"
    )
    rules = _rules(text)
    assert ("bound_conflict", "pass") in rules
    assert all(s != "fail" for _, s in rules)


def test_two_day_period_in_words_ties_too() -> None:
    text = (
        "More than 900 sailings were cancelled during a two-day storm, the ferry line said.\n\n"
        "The line later put the 870 sailings cancelled during the two days down to high winds.\n"
    )
    assert ("bound_conflict", "fail") in _rules(text)


def test_another_period_is_not_tied() -> None:
    text = (
        _FIRST + "On Wednesday, Railco said the 3,150 trains cancelled over the three days hurt.\n"
    )
    assert all(s != "fail" for _, s in _rules(text))


def test_another_verb_is_not_tied() -> None:
    text = (
        _FIRST
        + "On Wednesday, Railco said the 3,150 trains delayed over the two days cost it dearly.\n"
    )
    assert all(s != "fail" for _, s in _rules(text))
