"""Each rule family on hand-built claims: consistent, inconsistent and near-miss.

Claims are made with test_checks_support.claims, so these tests do not depend on
the extractor; the texts are written for the tests.
"""

from __future__ import annotations

from test_checks_support import run, statuses

from reader.checks import (
    ages,
    changes,
    conversion,
    drift,
    durations,
    enumeration,
    ledger,
    part_whole,
    percent_of,
    ratios,
    shares,
    sums,
)

# ---------------------------------------------------------------- part of whole


def test_part_of_stated_whole_passes() -> None:
    text = "Inspectors visited 12 of the 40 plants."
    assert statuses(run(part_whole.check, text, ("12", "count", 12), ("40", "count", 40))) == [
        "pass"
    ]


def test_part_larger_than_whole_fails_with_arithmetic() -> None:
    text = "Inspectors visited 45 of the 40 plants."
    [check] = run(part_whole.check, text, ("45", "count", 45), ("40", "count", 40))
    assert check.status == "fail"
    assert "45" in check.message and "40" in check.message


def test_part_within_open_whole_is_ambiguous_when_the_whole_is_what_remains() -> None:
    # near miss: 13 <= "more than 90", but were the 90 counted before or after the release?
    text = "The group released 13 of the more than 90 captives still held."
    checks = run(
        part_whole.check,
        text,
        ("13", "count", 13, {"predicate": "released"}),
        ("90", "count", 90, {"bound": "lower"}),
    )
    assert statuses(checks) == ["warn"]


def test_whole_named_elsewhere_for_the_same_noun_phrase() -> None:
    text = (
        "The county has 31 school districts. "
        "Test scores fell in 33 of the county's school districts."
    )
    checks = run(part_whole.check, text, ("31", "count", 31), ("33", "count", 33))
    assert statuses(checks) == ["fail"]


# ---------------------------------------------------------------------- sums


def test_colon_breakdown_that_adds_up_passes() -> None:
    text = "The clinic saw 30 patients: 12 adults, 10 teenagers and 8 children."
    specs = [("30", "count", 30), ("12", "count", 12), ("10", "count", 10), ("8", "count", 8)]
    assert statuses(run(sums.check, text, *specs)) == ["pass"]


def test_colon_breakdown_that_does_not_add_up_fails() -> None:
    text = "The clinic saw 30 patients: 12 adults, 10 teenagers and 9 children."
    specs = [("30", "count", 30), ("12", "count", 12), ("10", "count", 10), ("9", "count", 9)]
    [check] = run(sums.check, text, *specs)
    assert check.status == "fail" and "31" in check.message


def test_partial_breakdown_may_fall_short() -> None:
    # near miss: "including" lists only some of the parts
    text = "The clinic saw 30 patients, including: 12 adults and 10 teenagers."
    specs = [("30", "count", 30), ("12", "count", 12), ("10", "count", 10)]
    assert "fail" not in statuses(run(sums.check, text, *specs))


# --------------------------------------------------------------- percent of


def test_share_of_stated_whole_passes() -> None:
    text = "The drive reached 3,600 homes, or 90% of the 4,000 it targeted."
    specs = [("3,600", "count", 3600), ("90%", "percent", 90), ("4,000", "count", 4000)]
    assert statuses(run(percent_of.check, text, *specs)) == ["pass"]


def test_share_of_stated_whole_wrong_fails() -> None:
    text = "The drive reached 3,000 homes, or 90% of the 4,000 it targeted."
    specs = [("3,000", "count", 3000), ("90%", "percent", 90), ("4,000", "count", 4000)]
    [check] = run(percent_of.check, text, *specs)
    assert check.status == "fail" and "3,600" in check.message


def test_share_with_no_whole_states_the_implied_total() -> None:
    text = "The flood displaced 2 million people — 25% of all the people in the basin."
    specs = [("2 million", "count", 2_000_000), ("25%", "percent", 25)]
    [check] = run(percent_of.check, text, *specs)
    assert check.status == "pass" and "8 million" in check.message


# ------------------------------------------------------------------- shares


def test_shares_summing_to_99_9_pass() -> None:
    text = "The Blues took 50.1% of the vote, the Reds took 30.5% and the Greens took 19.3%."
    specs = [("50.1%", "percent", 50.1), ("30.5%", "percent", 30.5), ("19.3%", "percent", 19.3)]
    assert statuses(run(shares.check, text, *specs)) == ["pass"]


def test_shares_of_one_vote_over_100_fail() -> None:
    text = "The Blues took 50.1% of the vote, the Reds took 35.5% and the Greens took 19.3%."
    specs = [("50.1%", "percent", 50.1), ("35.5%", "percent", 35.5), ("19.3%", "percent", 19.3)]
    [check] = run(shares.check, text, *specs)
    assert check.status == "fail" and "104.9" in check.message


def test_rates_are_not_shares() -> None:
    # near miss: three percentages in a row, but rates of different groups
    text = "Coverage was 96% among infants; it was 91% among teenagers and 88% among adults."
    specs = [("96%", "percent", 96), ("91%", "percent", 91), ("88%", "percent", 88)]
    assert run(shares.check, text, *specs) == []


# --------------------------------------------------------------- conversion
# measures carry what the extractor gives them: the unit and the SI value
POUNDS_30 = {"unit": "pound", "normalized": 30 * 0.45359237, "normalized_unit": "kilogram"}


def SI_KG(x: float) -> dict[str, object]:  # noqa: N802 - reads as a unit
    return {"normalized": float(x), "normalized_unit": "kilogram"}


def test_conversion_within_rounding_passes() -> None:
    text = "The fish weighed 30 pounds (14 kg)."
    specs = [
        ("30 pounds", "measure", 30, POUNDS_30),
        ("14 kg", "measure", 14, {"unit": "kilogram", **SI_KG(14)}),
    ]
    assert statuses(run(conversion.check, text, *specs)) == ["pass"]


def test_wrong_conversion_fails() -> None:
    text = "The fish weighed 30 pounds (19 kg)."
    specs = [
        ("30 pounds", "measure", 30, POUNDS_30),
        ("19 kg", "measure", 19, {"unit": "kilogram", **SI_KG(19)}),
    ]
    [check] = run(conversion.check, text, *specs)
    assert check.status == "fail" and "13.6" in check.message


def test_rounded_cooking_temperature_passes() -> None:
    # near miss: 400°F is 204.4°C, written 200°C in every recipe
    text = "Roast at 400°F (200°C) for 20 minutes."
    specs = [
        ("400°F", "measure", 400, {"unit": "degree_Fahrenheit"}),
        ("200°C", "measure", 200, {"unit": "degree_Celsius"}),
    ]
    assert statuses(run(conversion.check, text, *specs)) == ["pass"]


# ---------------------------------------------------------------- durations


def test_duration_matching_its_dates_counts_both_ends() -> None:
    text = "The festival ran from 1 May to 10 May 2024 and lasted 10 days."
    specs = [
        ("1 May", "date", "2024-05-01"),
        ("10 May 2024", "date", "2024-05-10"),
        ("10 days", "duration", 10, {"unit": "day"}),
    ]
    assert statuses(run(durations.check, text, *specs)) == ["pass"]


def test_duration_contradicting_its_dates_fails() -> None:
    text = "The festival ran from 1 May to 10 May 2024 and lasted 14 days."
    specs = [
        ("1 May", "date", "2024-05-01"),
        ("10 May 2024", "date", "2024-05-10"),
        ("14 days", "duration", 14, {"unit": "day"}),
    ]
    assert statuses(run(durations.check, text, *specs)) == ["fail"]


def test_gap_to_another_event_is_not_this_span() -> None:
    # near miss: "20 years after" relates to another event's date
    text = "The quake struck 20 years after the 1990 flood and two years after the 2008 fire."
    specs = [
        ("20 years", "duration", 20, {"unit": "year"}),
        ("1990", "date", "1990"),
        ("2008", "date", "2008"),
    ]
    assert run(durations.check, text, *specs) == []


# --------------------------------------------------------------------- ages


def test_age_at_death_from_birth_date() -> None:
    text = "Ana Ruiz, born on May 2, 1940, died on June 1, 2020. She was 80."
    specs = [
        ("May 2, 1940", "date", "1940-05-02"),
        ("June 1, 2020", "date", "2020-06-01"),
        ("80", "age", 80),
    ]
    assert statuses(run(ages.check, text, *specs)) == ["pass"]


def test_wrong_age_at_death_fails() -> None:
    text = "Ana Ruiz, born on May 2, 1940, died on April 1, 2020. She was 80."
    specs = [
        ("May 2, 1940", "date", "1940-05-02"),
        ("April 1, 2020", "date", "2020-04-01"),
        ("80", "age", 80),
    ]
    [check] = run(ages.check, text, *specs)
    assert check.status == "fail" and "79" in check.message


def test_age_of_another_person_is_not_compared() -> None:
    # near miss: "Lee, 52" is someone else
    text = "Ana Ruiz, born on May 2, 1940, died on June 1, 2020, said her friend Lee, 52."
    specs = [
        ("May 2, 1940", "date", "1940-05-02"),
        ("June 1, 2020", "date", "2020-06-01"),
        ("52", "age", 52),
    ]
    assert run(ages.check, text, *specs) == []


# -------------------------------------------------------------- enumeration


def test_count_matching_its_list() -> None:
    text = "The mayor named three priorities: housing, transit and parks."
    assert statuses(run(enumeration.check, text, ("three", "count", 3))) == ["pass"]


def test_count_contradicting_its_list_fails() -> None:
    text = "The mayor named two priorities: housing, transit and parks."
    assert statuses(run(enumeration.check, text, ("two", "count", 2))) == ["fail"]


def test_list_with_an_inner_and_is_one_item() -> None:
    # near miss: "fish and chips" is one item of an Oxford-comma list
    text = "The menu has three dishes: soup, fish and chips, and pie."
    assert statuses(run(enumeration.check, text, ("three", "count", 3))) == ["pass"]


# -------------------------------------------------------------------- drift


def test_same_figure_twice_passes() -> None:
    text = "The storm destroyed 320 homes. Officials said the 320 homes destroyed were insured."
    specs = [("320", "count", 320), ("the 320|320", "count", 320)]
    assert statuses(run(drift.check, text, *specs)) == ["pass"]


def test_same_figure_drifting_fails() -> None:
    text = "The storm destroyed 320 homes. Officials said the 230 homes destroyed were insured."
    specs = [("320", "count", 320), ("230", "count", 230)]
    assert statuses(run(drift.check, text, *specs)) == ["fail"]


def test_figures_for_different_times_are_not_compared() -> None:
    # near miss: the same noun and verb, but last year versus this year
    text = "The storm destroyed 320 homes. A year earlier, floods destroyed 230 homes."
    specs = [("320", "count", 320), ("230", "count", 230)]
    assert "fail" not in statuses(run(drift.check, text, *specs))


def test_bound_conflict() -> None:
    text = "At least 40 runners finished the race. The 35 runners who finished got medals."
    specs = [("40", "count", 40, {"bound": "lower"}), ("35", "count", 35)]
    [check] = run(drift.check, text, *specs)
    assert (check.rule, check.status) == ("bound_conflict", "fail")


# ------------------------------------------------------------------ changes


def test_percent_change_matching_endpoints() -> None:
    text = "Revenue rose 25% to $500 million from $400 million."
    specs = [
        ("25%", "percent", 25),
        ("$500 million", "money", 500e6, {"currency": "USD"}),
        ("$400 million", "money", 400e6, {"currency": "USD"}),
    ]
    assert statuses(run(changes.check, text, *specs)) == ["pass"]


def test_percent_change_contradicting_endpoints_fails() -> None:
    text = "Revenue rose 15% to $500 million from $400 million."
    specs = [
        ("15%", "percent", 15),
        ("$500 million", "money", 500e6, {"currency": "USD"}),
        ("$400 million", "money", 400e6, {"currency": "USD"}),
    ]
    [check] = run(changes.check, text, *specs)
    assert check.status == "fail" and "25" in check.message


def test_points_are_the_difference_of_two_percentages() -> None:
    text = "Turnout rose to 62% from 55%, a gain of 7 percentage points."
    specs = [
        ("62%", "percent", 62),
        ("55%", "percent", 55),
        ("7 percentage points", "percent", 7, {"percentage_points": True}),
    ]
    assert statuses(run(changes.check, text, *specs)) == ["pass"]
    wrong = text.replace("7 percentage", "9 percentage")
    specs[2] = ("9 percentage points", "percent", 9, {"percentage_points": True})
    assert statuses(run(changes.check, wrong, *specs)) == ["fail"]


# ------------------------------------------------------------------- ratios


def test_multiple_matching_its_figures() -> None:
    text = "Rents here are twice as high as in the suburbs: $2,400 against $1,200."
    specs = [
        ("twice", "ratio", 2.0),
        ("$2,400", "money", 2400, {"currency": "USD"}),
        ("$1,200", "money", 1200, {"currency": "USD"}),
    ]
    assert statuses(run(ratios.check, text, *specs)) == ["pass"]


def test_multiple_contradicting_its_figures_fails() -> None:
    text = "Rents here are three times as high as in the suburbs: $2,400 against $1,200."
    specs = [
        ("three times", "ratio", 3.0),
        ("$2,400", "money", 2400, {"currency": "USD"}),
        ("$1,200", "money", 1200, {"currency": "USD"}),
    ]
    assert statuses(run(ratios.check, text, *specs)) == ["fail"]


def test_frequency_is_not_a_multiple() -> None:
    # near miss: "three times a week" compares nothing
    text = "She trains three times a week and ran 40 km last month."
    specs = [("three times", "ratio", 3.0), ("40 km", "measure", 40, {"unit": "kilometer"})]
    assert run(ratios.check, text, *specs) == []


# ------------------------------------------------------------------- ledger


def test_ledger_that_adds_up() -> None:
    text = "Rebels abducted 50 workers. Since then 30 have been freed, leaving 20 still held."
    specs = [("50", "count", 50), ("30", "count", 30), ("20", "count", 20)]
    checks = run(ledger.check, text, *specs)
    assert statuses(checks) == ["pass"] and "50" in checks[0].message


def test_ledger_that_does_not_add_up_fails() -> None:
    text = "Rebels abducted 50 workers. Since then 30 have been freed, leaving 25 still held."
    specs = [("50", "count", 50), ("30", "count", 30), ("25", "count", 25)]
    [check] = run(ledger.check, text, *specs)
    assert check.status == "fail" and "55" in check.message


def test_ledger_without_completeness_only_bounds() -> None:
    # near miss: 30 freed + 12 held < 50, but nothing says the account is complete
    text = "Rebels abducted 50 workers. Since then 30 have been freed. At least 12 are still held."
    specs = [("50", "count", 50), ("30", "count", 30), ("12", "count", 12, {"bound": "lower"})]
    assert statuses(run(ledger.check, text, *specs)) == ["pass"]
