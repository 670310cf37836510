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


# ------------------------------------------------ a weekday-named dateline leaves little lag


def _rescue(age: str) -> str:
    return (
        "HOLMBERG - Crews pulled four climbers from a crevasse on Sunday, March 9, 2025, "
        "police said.\n\n"
        "The team's leader, Anja Terwel, was among those rescued. Terwel, who was born in "
        f"Holmberg on April 20, 1983, has climbed for 20 years. Police said the {age} had "
        "not been hurt.\n"
    )


def test_a_birthday_weeks_after_a_weekday_dateline_cannot_fall_between() -> None:
    assert "fail" in rule_statuses(_rescue("42-year-old"), AGE)
    statuses = rule_statuses(_rescue("41-year-old"), AGE)
    assert "pass" in statuses and "fail" not in statuses


def test_a_plain_dateline_still_allows_a_birthday_in_the_print_lag() -> None:
    # no weekday named: the article may be printed weeks later, a birthday between
    text = _rescue("42-year-old").replace("on Sunday, March 9, 2025", "on March 29, 2025")
    assert "fail" not in rule_statuses(text, AGE)


# ------------------------------------------------ a name used as a modifier is not the person


def _captain(age: str) -> str:
    return (
        "The barge sank in the river at about 2 a.m. on June 3, 2025, near Oberfeld.\n\n"
        "The skipper, Jonas Brenner, a Velden native born in 1970, survived and has been "
        f"questioned by police. The {age} had run the barge for nine years.\n"
    )


def test_a_name_after_a_is_a_modifier_not_the_person_born() -> None:
    assert "fail" in rule_statuses(_captain("58-year-old"), AGE)
    statuses = rule_statuses(_captain("55-year-old"), AGE)
    assert "pass" in statuses and "fail" not in statuses


# ------------------------------------------------ a birth implied by an age at a dated moment


def _founder(age: str) -> str:
    return (
        "TROMSVIK - A Veyra drone operated by Skarn Robotics crashed on Friday, "
        "May 16, 2025, the company said.\n\n"
        "Skarn founder Mikkel Aasen, who started the company in 2011 at the age of 29, said "
        "the cause was not yet known.\n\n"
        f'"We will find it," the {age} told reporters.\n'
    )


def test_an_age_at_a_dated_moment_implies_the_birth_a_later_age_must_fit() -> None:
    # 29 in 2011: born 1981 or 1982, so 42-44 in May 2025
    assert "fail" in rule_statuses(_founder("47-year-old"), AGE)
    statuses = rule_statuses(_founder("43-year-old"), AGE)
    assert "pass" in statuses and "fail" not in statuses


def test_a_later_paragraph_naming_someone_else_keeps_the_age_apart() -> None:
    text = _founder("47-year-old").replace(
        '"We will find it," the', "Nora Lind, a pilot, spoke. The"
    )
    assert "fail" not in rule_statuses(text, AGE)


# ------------------------------------------------ a birthday still to come


def _chief(age: str) -> str:
    return (
        "The bakery chain will close 40 shops, said its chief executive, Paula Hendry, who "
        "will turn 51 in October.\n\n"
        f"Hendry, who joined as an apprentice, has led the chain for six years. The {age} "
        "said the closures would save money.\n"
    )


def test_an_age_yet_to_be_turned_is_a_year_more_than_now() -> None:
    assert "fail" in rule_statuses(_chief("51-year-old"), AGE)
    statuses = rule_statuses(_chief("50-year-old"), AGE)
    assert "pass" in statuses and "fail" not in statuses


def test_an_age_turned_in_the_past_is_no_birthday_to_come() -> None:
    text = _chief("51-year-old").replace("who will turn 51 in October", "who turned 51 in October")
    assert "fail" not in rule_statuses(text, AGE)


# ------------------------------------------------ the older of two ages told together


def _arrest(ages: str) -> str:
    return (
        "Thieves took paintings from the gallery in March.\n\n"
        f"On May 6, 2025, police arrested two women, aged {ages}, at a house near the port. "
        "The elder suspect, a framer born on Aug. 21, 1989, was known to police.\n"
    )


def test_the_elder_of_two_ages_is_the_larger() -> None:
    assert "fail" in rule_statuses(_arrest("36 and 29"), AGE)  # born Aug. 1989: 35 in May 2025
    statuses = rule_statuses(_arrest("35 and 29"), AGE)
    assert "pass" in statuses and "fail" not in statuses


def test_the_younger_of_two_ages_is_the_smaller() -> None:
    text = _arrest("41 and 36").replace("The elder suspect", "The younger suspect")
    assert "fail" in rule_statuses(text, AGE)
    text = _arrest("41 and 35").replace("The elder suspect", "The younger suspect")
    assert "fail" not in rule_statuses(text, AGE)


# ------------------------------------- a past span dated by its start, over by the report


def _hearing(span: str, tense: str = "heard") -> str:
    return (
        "DORRINGTON - A tribunal on Friday, June 12, 2026, upheld the dismissal of a "
        "hospital porter, the panel said.\n\n"
        f"The panel {tense} from 14 witnesses during the {span} hearing, which opened on "
        "May 18.\n"
    )


def test_a_past_span_cannot_outlast_the_report_that_tells_it() -> None:
    assert "fail" in rule_statuses(_hearing("six-week"), DUR)  # May 18 to June 12: 26 days
    assert "fail" not in rule_statuses(_hearing("four-week"), DUR)


def test_a_span_still_running_is_not_bounded_by_the_report() -> None:
    assert "fail" not in rule_statuses(_hearing("six-week", "will hear"), DUR)


# ------------------------------------------------ a lead's day takes the year its sentence states


def _race(age: str, lead_year: str = "the 2024 edition ended") -> str:
    return (
        f"KESTON - A record that had stood since 2016 fell as {lead_year} on Saturday, "
        "Aug. 10, with a dinner on the quay.\n\n"
        f"The youngest rider, Tove Alsen, born in January 2006, is the {age} daughter of two "
        "farmers.\n"
    )


def test_a_lead_day_without_its_year_takes_the_year_its_sentence_states() -> None:
    # born January 2006: 18 in August 2024
    assert "fail" in rule_statuses(_race("17-year-old"), AGE)
    statuses = rule_statuses(_race("18-year-old"), AGE)
    assert "pass" in statuses and "fail" not in statuses


def test_a_lead_that_looks_ahead_gives_no_year_to_its_day() -> None:
    text = _race("17-year-old", "organisers said the 2030 edition will be held")
    assert "fail" not in rule_statuses(text, AGE)


def _manager(age: int) -> str:
    return (
        "LORTON - A public inquiry heard on Tuesday, Oct. 1, 2024, that managers ignored "
        "warnings.\n\n"
        f"The plant's former manager, Hugo Belling, {age}, who joined Marrex in 1994 at the age "
        "of 26, is due to give evidence.\n"
    )


def test_an_age_apposed_to_the_name_is_now_the_dated_one_in_its_clause_then() -> None:
    assert "fail" in rule_statuses(_manager(58), AGE)  # born 1967-68: 55-57 in Oct. 2024
    statuses = rule_statuses(_manager(56), AGE)
    assert "pass" in statuses and "fail" not in statuses


def test_a_lead_told_on_a_bare_weekday_leaves_the_later_date_an_earlier_events() -> None:
    # the dated paragraph is the blast a year before the inquiry: not the article's date
    text = (
        "LORTON - A public inquiry heard on Tuesday that managers ignored warnings.\n\n"
        "The blast, shortly after 2 a.m. on Feb. 27, 2023, destroyed a warehouse.\n\n"
        "The plant's former manager, Hugo Belling, 58, who joined Marrex in 1994 at the age "
        "of 26, is due to give evidence.\n"
    )
    assert "fail" not in rule_statuses(text, AGE)


# ------------------------------------------------ a start in the span's clause, the end later


def _stoppage(days: str, later: str = "called off the walkout") -> str:
    return (
        "Buses ran again on Monday across Dunmore after drivers accepted a pay offer, ending "
        f"a {days} strike that began on March 2.\n\n"
        f"The union, which has 900 members, {later} late on March 20, after talks.\n"
    )


def test_a_span_started_in_its_clause_ends_where_a_later_sentence_ends_it_by_name() -> None:
    assert "fail" in rule_statuses(_stoppage("12-day"), DUR)  # March 2 to 20: 18 days
    statuses = rule_statuses(_stoppage("18-day"), DUR)
    assert "pass" in statuses and "fail" not in statuses


def test_a_later_date_ending_something_else_is_not_the_spans_end() -> None:
    text = _stoppage("12-day", "called off the ballot")
    assert "fail" not in rule_statuses(text, DUR)


def _when(age: str) -> str:
    return (
        "TROMSVIK - A Veyra drone operated by Skarn Robotics crashed on Friday, "
        "May 16, 2025, the company said.\n\n"
        "Aasen was 29 when he started the company in 2011. Mikkel Aasen said the cause was "
        "not yet known.\n\n"
        f'"We will find it," the {age} told reporters.\n'
    )


def test_an_age_when_something_happened_in_a_year_implies_the_birth() -> None:
    assert "fail" in rule_statuses(_when("47-year-old"), AGE)
    statuses = rule_statuses(_when("43-year-old"), AGE)
    assert "pass" in statuses and "fail" not in statuses
