"""Part/whole family on wordings the rules were not tuned on: other subjects, past intakes,
derived nouns ("escapees" of the "inmates who escaped"). The texts are written for these
tests; none of their phrases or figures come from the labelled articles or held-out sets."""

from __future__ import annotations

from reader import analyze


def _checks(text: str, rule: str) -> list[tuple[str, str, set[str]]]:
    a = analyze(text)
    by_id = {c.id: c.text for c in a.claims}
    return [(c.status, c.message, {by_id[i] for i in c.claims}) for c in a.checks if c.rule == rule]


def _fails(text: str) -> list[tuple[str, str]]:
    a = analyze(text)
    return [(c.rule, c.message) for c in a.checks if c.status == "fail"]


# ------------------------------------------------- parts of other subjects are no breakdown


def test_breakdown_mixing_people_and_things_does_not_fail() -> None:
    text = (
        "The storm killed 17 people, of whom three were firefighters, and flattened "
        "about 4,800 barns, of which 900 collapsed entirely."
    )
    assert [s for s, _, _ in _checks(text, "sum_mismatch")] == ["warn"]


def test_breakdown_of_one_subject_still_fails() -> None:
    text = "The league fined 40 players, of whom 25 were strikers and 21 were defenders."
    assert [s for s, _, _ in _checks(text, "sum_mismatch")] == ["fail"]


def test_kinds_of_a_whole_the_text_does_not_name_still_fail() -> None:
    text = "The depot holds 120 vehicles: 70 vans, 38 trucks and 19 buses."
    assert "fail" in [s for s, _, _ in _checks(text, "sum_mismatch")]


def test_kinds_of_a_whole_that_add_up_pass() -> None:
    text = "The depot holds 127 vehicles: 70 vans, 38 trucks and 19 buses."
    assert "fail" not in [s for s, _, _ in _checks(text, "sum_mismatch")]


# ------------------------------------------------- a ledger whose intake is of another time


def test_displaced_in_an_earlier_year_is_not_this_years_intake() -> None:
    text = (
        "Some 31,000 residents fled the rising water, three times as many as in 2011, when "
        "about 9,000 people were displaced. About 14,500 people are still living in sports "
        "halls, and 12 people were killed."
    )
    assert not [f for f in _fails(text) if f[0] == "ledger_mismatch"]


def test_dead_are_not_part_of_the_evacuated() -> None:
    text = (
        "Officials evacuated 600 villagers from the slopes. Forty villagers were killed in "
        "the landslide and 590 villagers are still in shelters."
    )
    # read, but a death toll is no outflow of an evacuation: a warning at most
    assert [s for s, _, _ in _checks(text, "ledger_mismatch")] == ["warn"]
