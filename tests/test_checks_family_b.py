"""Time, units and restatements, end to end through reader.analyze.

Each mechanism has an inconsistent text and a consistent twin (or a near miss
within rounding) that must not fail. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from test_checks_support import rule_messages as _checks
from test_checks_support import rule_statuses as _statuses

# ------------------------------------------------------------ changes: which from/to


def test_each_change_takes_its_own_from_to_pair() -> None:
    text = (
        "The day fare climbs by 12.5%, to £4.50 from £4.00, and the night fare goes "
        "to £6.30 from £5.25, an increase of 20%."
    )
    checks = _checks(text, "change_mismatch")
    assert [s for s, _ in checks] == ["pass", "pass"]
    assert any("12.5" in m for _, m in checks) and any("20%" in m for _, m in checks)


def test_change_against_its_own_pair_still_fails() -> None:
    text = (
        "The day fare climbs by 12.5%, to £4.50 from £4.00, and the night fare goes "
        "to £6.30 from £5.25, an increase of 27%."
    )
    [fail] = [m for s, m in _checks(text, "change_mismatch") if s == "fail"]
    assert "27" in fail and "5.25" in fail


@pytest.mark.parametrize("verb", ["jumps", "climbs", "rises", "grows"])
def test_present_tense_change_verbs_are_read(verb: str) -> None:
    text = f"The toll {verb} by 25% to $5 from $4 next month."
    assert _statuses(text, "change_mismatch") == ["pass"]
    wrong = f"The toll {verb} by 40% to $5 from $4 next month."
    assert _statuses(wrong, "change_mismatch") == ["fail"]


# ---------------------------------------------------------- conversions: compounds


@pytest.mark.parametrize(
    "text",
    [
        "The jockey rode at 9 st 2 lb (58 kg) in the final race.",
        "The jockey rode at 58 kg (9 st 2 lb) in the final race.",
        "The centre stands 6 ft 11 in (211 cm) in his socks.",
        "The newborn weighed 8 lb 6 oz (3.8 kg) at birth.",
        "The lock gate is 12 feet 6 inches (3.81 metres) wide.",
    ],
)
def test_compound_imperial_measures_convert_as_one(text: str) -> None:
    assert _statuses(text, "conversion_mismatch") == ["pass"]


@pytest.mark.parametrize(
    "text",
    [
        "The jockey rode at 9 st 2 lb (64 kg) in the final race.",
        "The centre stands 6 ft 11 in (199 cm) in his socks.",
    ],
)
def test_wrong_compound_conversion_fails(text: str) -> None:
    assert _statuses(text, "conversion_mismatch") == ["fail"]


# ------------------------------------------------ conversions: temperature differences


@pytest.mark.parametrize(
    "text",
    [
        "Last summer the lake was 1.8C (3.2F) warmer than the long-term average.",
        "Night-time lows have risen by 0.5C (0.9F) since the 1980s.",
        "The treaty sets a 2C (3.6F) limit on warming.",
    ],
)
def test_temperature_difference_converts_without_offset(text: str) -> None:
    assert _statuses(text, "conversion_mismatch") == ["pass"]


def test_wrong_temperature_difference_fails() -> None:
    text = "Last summer the lake was 1.8C (4.2F) warmer than the long-term average."
    assert _statuses(text, "conversion_mismatch") == ["fail"]


def test_absolute_temperature_keeps_its_offset() -> None:
    assert _statuses("At noon it was 30C (86F) in the shade.", "conversion_mismatch") == ["pass"]
    assert _statuses("At noon it was 30C (96F) in the shade.", "conversion_mismatch") == ["fail"]


# ------------------------------------------------------------ ages: birth place first


def test_age_after_birth_place_and_region() -> None:
    ok = "Born on 9 June 1961 in Tulsa, Oklahoma, Harlow enlisted in 1980, aged 19."
    bad = "Born on 9 June 1961 in Tulsa, Oklahoma, Harlow enlisted in 1980, aged 22."
    assert _statuses(ok, "age_mismatch") == ["pass"]
    [(status, msg)] = _checks(bad, "age_mismatch")
    assert status == "fail" and "18–19" in msg


def test_age_with_birth_place_before_the_date() -> None:
    ok = "Born in Aarhus on 2 February 1975, Lund opened her first shop in 2001 at 25."
    bad = "Born in Aarhus on 2 February 1975, Lund opened her first shop in 2001 at 31."
    assert _statuses(ok, "age_mismatch") == ["pass"]
    assert _statuses(bad, "age_mismatch") == ["fail"]


# ------------------------------------------------------ bounds: the whole set restated


def test_all_of_the_described_set_against_a_lower_bound() -> None:
    bad = (
        "At least 35 people were injured when the stand collapsed. "
        "All 29 of the injured were treated at the county hospital."
    )
    ok = bad.replace("All 29", "All 41")
    [(status, msg)] = _checks(bad, "bound_conflict")
    assert status == "fail" and "35" in msg and "29" in msg
    assert _statuses(ok, "bound_conflict") == ["pass"]


def test_a_part_of_the_described_set_is_no_restatement() -> None:
    text = (
        "At least 35 people were injured when the stand collapsed. "
        "Nine of the injured were children."
    )
    assert _statuses(text, "bound_conflict") == []


def test_a_second_incident_is_not_the_same_set() -> None:
    text = (
        "At least 35 people were injured in the collapse on Friday. "
        "On Sunday, 20 people were injured in a crush at another ground in Leeds."
    )
    assert "fail" not in _statuses(text, "bound_conflict") + _statuses(text, "figure_drift")


# ----------------------------------------------------------- lifetimes said two ways


def test_service_life_against_a_hyphenated_lifetime() -> None:
    bad = (
        "The new bridge will serve for at least 100 years, engineers said. "
        "Over its 75-year lifetime, the bridge will carry a billion vehicles."
    )
    ok = bad.replace("75-year", "120-year")
    assert _statuses(bad, "bound_conflict") == ["fail"]
    assert _statuses(ok, "bound_conflict") == ["pass"]


def test_design_life_and_expected_life_may_differ() -> None:
    text = (
        "The rover was built to operate for at least 15 years. "
        "Its 10-year design lifetime was set before launch, but the rover may outlast it."
    )
    assert _statuses(text, "bound_conflict") == []


# ------------------------------------------------- the same record with two totals


def test_same_wins_against_two_totals_drift() -> None:
    bad = (
        "Over nine seasons the coach led 180 matches and won 97 of them. "
        "Pressed about his 97 wins in 171 matches, he laughed."
    )
    ok = bad.replace("171", "180")
    fails = [m for s, m in _checks(bad, "figure_drift") if s == "fail"]
    assert len(fails) == 1 and "180" in fails[0] and "171" in fails[0]
    assert _statuses(ok, "figure_drift") == ["pass"]


def test_different_seasons_are_different_records() -> None:
    text = "The club won 20 of 38 games in 2021. In 2022 it won 20 of 36 games."
    assert "fail" not in _statuses(text, "figure_drift")


def test_one_level_at_two_clock_times_is_no_drift() -> None:
    text = (
        "At 4 p.m. the dam's spare capacity stood at 14 percent, engineers said. "
        "At 7:30 p.m. its spare capacity stood at 8.2 percent, they said."
    )
    assert "fail" not in _statuses(text, "figure_drift")


# ------------------------------------------- durations measured against an earlier span


def _stay(days: str) -> str:
    return (
        "Divers pulled the last of the cavers out on Sunday, June 23, after heavy rain had "
        "sealed the cave entrance on Saturday, June 15. The group was found huddled on a ledge. "
        f"Medics said the six had endured {days} underground in near darkness."
    )


def test_stay_in_days_against_the_span_stated_earlier() -> None:
    [(status, msg)] = _checks(_stay("11 days"), "duration_mismatch")
    assert status == "fail" and "8 days" in msg
    assert _statuses(_stay("eight days"), "duration_mismatch") == ["pass"]
    assert _statuses(_stay("nine days"), "duration_mismatch") == ["pass"]  # both ends counted


def test_hyphenated_wait_after_the_span() -> None:
    text = (
        "The ferry finally sailed on Monday, 14 April, after the strike that halted it began "
        "on 2 April. The {n}-day stoppage cost the operator dearly."
    )
    assert _statuses(text.format(n=17), "duration_mismatch") == ["fail"]
    assert _statuses(text.format(n=12), "duration_mismatch") == ["pass"]


def test_a_partial_or_recurring_span_is_not_measured() -> None:
    text = (
        "Divers pulled the last of the cavers out on Sunday, June 23, after heavy rain had "
        "sealed the cave entrance on Saturday, June 15. For the first three days they had no "
        "food. Rescuers worked 12-day rotations at the site."
    )
    assert _statuses(text, "duration_mismatch") == []


def test_a_stay_far_from_the_span_is_another_stay() -> None:
    text = (
        "Divers pulled the last of the cavers out on Sunday, June 23, after heavy rain had "
        "sealed the cave entrance on Saturday, June 15. Two of them then spent 40 days in "
        "hospital."
    )
    assert _statuses(text, "duration_mismatch") == []


def test_two_spans_in_reach_leave_the_duration_untied() -> None:
    text = (
        "The ship left port on May 2. It was boarded on May 9 and released on May 20. "
        "The crew had spent 16 days at sea."
    )
    assert "fail" not in _statuses(text, "duration_mismatch")


def test_span_across_february_allows_a_leap_day() -> None:
    text = (
        "The plant restarted on 4 March, after a fire shut it on Feb. 24. "
        "The {n}-day outage hit output."
    )
    assert _statuses(text.format(n=9), "duration_mismatch") == ["pass"]
    assert _statuses(text.format(n=10), "duration_mismatch") == ["pass"]
    assert _statuses(text.format(n=14), "duration_mismatch") == ["fail"]


def test_span_stated_with_began_and_a_definite_stoppage() -> None:
    text = (
        "Nurses went back to the wards on Tuesday, 21 May, ending a walkout that began on "
        "Thursday, 9 May. The {n}-day walkout closed two clinics."
    )
    assert _statuses(text.format(n=12), "duration_mismatch") == ["pass"]
    assert _statuses(text.format(n=15), "duration_mismatch") == ["fail"]


# ------------------------------------------- changes: a bracketed conversion is no level


def test_change_skips_the_bracketed_conversion_of_the_level() -> None:
    text = (
        "The mill ground 8.1 million tonnes (8.9 million tons) of grain last year, "
        "down 5% from 8.5 million tonnes in 2021."
    )
    [(status, msg)] = _checks(text, "change_mismatch")
    assert status == "pass" and "8.1 million" in msg
    wrong = text.replace("down 5%", "down 12%")
    assert _statuses(wrong, "change_mismatch") == ["fail"]


# --------------------------------------------- ages: who the birth date belongs to


def test_age_person_is_the_named_one_not_a_later_place() -> None:
    text = (
        "Obituary: Walter Brandt, stonemason\n\n"
        "Born on 2 March 1940 in Ulm, Brandt trained at Freiburg, finishing in 1958 "
        "at the age of {age}. He became a partner in 1971, aged 31."
    )
    checks = _checks(text.format(age=18), "age_mismatch")
    assert [s for s, _ in checks] == ["pass", "pass"]
    assert all("Brandt" in m for _, m in checks)
    assert "fail" in _statuses(text.format(age=20), "age_mismatch")


def test_qualified_conversion_inside_brackets() -> None:
    assert _statuses("The trail is 16 km (nearly 10 miles) long.", "conversion_mismatch") == [
        "pass"
    ]
    assert _statuses("The trail is 16 km (nearly 14 miles) long.", "conversion_mismatch") == [
        "fail"
    ]


# ------------------------------------------------------- levels at another time, ratios


def test_a_level_at_its_low_point_is_not_the_current_figure() -> None:
    text = (
        "Rangers counted 3,100 ibex in 11 herds, the biggest of which, in the Vell valley, "
        "numbered 540. Hunting had cut numbers sharply by 1990. At their low point the herds "
        "in the Vell valley numbered only 90 ibex."
    )
    assert "fail" not in _statuses(text, "figure_drift")


def test_a_multiple_is_not_read_between_figures_of_different_things() -> None:
    text = (
        "The ferry will call at 9 piers and is expected to carry 12,000 riders a day, "
        "about four times the number who now take the bus."
    )
    assert _statuses(text, "ratio_mismatch") == []


# ------------------------------------------------ regressions from consistent articles


def test_change_takes_the_from_beside_it_and_the_level_before() -> None:
    text = (
        "The chain reported operating profit of $96 million, up 20% from $80 million, as "
        "store visits rose to 14.2 million from 13.1 million."
    )
    [(status, msg)] = _checks(text, "change_mismatch")
    assert status == "pass" and "$80 million" in msg and "$96 million" in msg
    wrong = text.replace("up 20%", "up 35%")
    assert _statuses(wrong, "change_mismatch") == ["fail"]


def test_a_hyphenated_duration_is_no_date_range() -> None:
    text = (
        "She won the title on Sunday, 16 June, taking six of her nine games in the "
        "eight-day event that opened on Sunday, 9 June."
    )
    assert _statuses(text, "duration_mismatch") == ["pass"]
    assert "fail" not in _statuses(text, "age_mismatch")


def test_event_dates_without_a_year_do_not_date_an_age() -> None:
    text = (
        "Tomas Ek, 15, won the junior final on Saturday, 3 August. "
        "Ek, who was born on 30 January 2009, trains in Umea."
    )
    assert _statuses(text, "age_mismatch") == []


def test_each_date_goes_with_the_nearest_age() -> None:
    text = (
        "Born on 8 May 2001, Ines Haas started skating at the age of 4 and won her first "
        "national medal in 2015, aged {age}."
    )
    assert _statuses(text.format(age=14), "age_mismatch") == ["pass"]
    assert _statuses(text.format(age=17), "age_mismatch") == ["fail"]


def test_a_quote_after_a_count_is_no_list() -> None:
    text = 'The striker scored in 14 games and lost only two. "I never expected that," she said.'
    assert _statuses(text, "enumeration_mismatch") == []


def test_a_span_still_to_come_is_not_measured_against_past_dates() -> None:
    text = (
        "Firefighters put out the blaze on Thursday, 8 May, after it broke out on Tuesday, "
        "6 May. The depot will stay shut for five days."
    )
    assert _statuses(text, "duration_mismatch") == []


def test_a_dated_sentence_after_a_count_is_no_list() -> None:
    text = (
        "Guards detained the three intruders at the gate. The alarm sounded on Tuesday, "
        "4 March, when a fence was cut, and police arrived within minutes."
    )
    assert _statuses(text, "enumeration_mismatch") == []


def test_days_named_in_two_sentences_only_warn() -> None:
    text = (
        "The tanker ran aground on Friday, 3 October. Salvage teams refloated it on "
        "Monday, 13 October. The crew had spent {n} days aboard the stricken ship."
    )
    assert _statuses(text.format(n=10), "duration_mismatch") == ["pass"]
    assert _statuses(text.format(n=13), "duration_mismatch") == ["warn"]


def test_three_days_in_reach_leave_a_stay_untied() -> None:
    text = (
        "The tanker ran aground on Friday, 3 October. Tugs arrived on Sunday, 5 October. "
        "Salvage teams refloated it on Monday, 13 October. The crew had spent 13 days aboard."
    )
    assert _statuses(text, "duration_mismatch") == []


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        (
            "More than 80 cars were damaged in the hailstorm.",
            "In all, 65 cars were damaged.",
            "fail",
        ),
        (
            "More than 80 cars were damaged in the hailstorm.",
            "In all, 95 cars were damaged.",
            "pass",
        ),
        (
            "At least 25 people were hurt at the concert.",
            "All 19 of the injured were fans.",
            "fail",
        ),
        ("At least 25 people were injured at the concert.", "The 31 injured were fans.", "pass"),
        ("At least 25 people were injured at the concert.", "The 18 injured were fans.", "fail"),
    ],
)
def test_totals_restated_against_bounds(first: str, second: str, status: str) -> None:
    assert _statuses(f"{first} {second}", "bound_conflict") == [status]


@pytest.mark.parametrize(
    "text",
    [
        "More than 80 cars were damaged in the hailstorm. In Brenn alone, 65 cars were damaged.",
        "At least 25 people were injured at the concert. Medics said 9 people were injured "
        "in the crush at the gate.",
        "At least 25 people were injured at the concert. Among the injured were 4 children.",
    ],
)
def test_subsets_of_a_bounded_total_do_not_conflict(text: str) -> None:
    assert "fail" not in _statuses(text, "bound_conflict") + _statuses(text, "figure_drift")


# ---------------------------------------------------------------- ratios in apposition


def test_multiple_in_apposition_to_the_figure_before_it() -> None:
    text = "The new kiln fires 2,400 bricks a day, three times the 800 of the old one."
    assert _statuses(text, "ratio_mismatch") == ["pass"]
    wrong = text.replace("three times", "five times")
    assert _statuses(wrong, "ratio_mismatch") == ["fail"]


def test_x_to_y_ratio_reads_its_figures_in_order() -> None:
    text = "The club signed 24 players and released 8, a 3-to-1 ratio."
    assert _statuses(text, "ratio_mismatch") == ["pass"]


def test_share_after_a_one_in_ratio() -> None:
    assert _statuses("Roughly 3 in 4 members, 74%, backed the deal.", "ratio_mismatch") == ["pass"]
    assert _statuses("Roughly 3 in 4 members, 52%, backed the deal.", "ratio_mismatch") == ["fail"]


def test_ranges_convert_end_to_end() -> None:
    ok = "Swells of 12 to 18 feet (3.7 to 5.5 metres) battered the pier."
    bad = "Swells of 12 to 18 feet (3.7 to 7.5 metres) battered the pier."
    assert _statuses(ok, "conversion_mismatch") == ["pass"]
    assert _statuses(bad, "conversion_mismatch") == ["fail"]


# ------------------------------------------------------------- one person, two ages


def test_one_person_given_two_ages() -> None:
    bad = (
        'Lifeguard Pavel Novak, 38, swam out to the boat. "The current was strong," said Novak, 41.'
    )
    ok = bad.replace("41", "38")
    assert _statuses(bad, "figure_drift") == ["fail"]
    assert _statuses(ok, "figure_drift") == ["pass"]


def test_two_people_sharing_a_surname_are_two_ages() -> None:
    text = (
        "Lena Novak, 66, watched from the shore. Her grandson, Jan Novak, 12, waved. "
        "Novak, 12, later said he had not been scared."
    )
    assert _statuses(text, "figure_drift") == []


def test_an_age_at_a_dated_event_is_another_time() -> None:
    text = "Pavel Novak, 38, swam out. In 2009, Novak, 23, won a national medal."
    assert _statuses(text, "figure_drift") == []


def test_second_change_does_not_borrow_the_first_ones_pair() -> None:
    text = "Enrolment fell by 10%, from 8,000 to 7,200, and fee income fell 4% to £52 million."
    checks = _checks(text, "change_mismatch")
    assert [s for s, _ in checks] == ["pass"]


def test_change_on_last_seasons_figure() -> None:
    ok = "Crowds averaged 23,540, up 7% on last season's 22,000."
    bad = "Crowds averaged 23,540, up 17% on last season's 22,000."
    assert _statuses(ok, "change_mismatch") == ["pass"]
    assert _statuses(bad, "change_mismatch") == ["fail"]


def test_a_fronted_part_is_not_the_whole_restated() -> None:
    text = (
        "More than 52,000 applicants were waiting for a council home in March. "
        "Of those, 8,300 had waited more than five years."
    )
    assert "fail" not in _statuses(text, "bound_conflict") + _statuses(text, "figure_drift")


def test_to_before_a_verb_does_not_join_two_dates() -> None:
    text = (
        "Drivers voted on Friday, 8 March, to end a stoppage that began on 19 February, "
        "accepting a deal that lifts pay by 12% over three years."
    )
    assert "fail" not in _statuses(text, "duration_mismatch")


@pytest.mark.parametrize(
    "second",
    [
        "Her mother, who died in 1990 aged 71, had been a teacher.",
        "In 1994 her son, then aged 9, was badly hurt.",
        "She joined the board in 2002, when its chairman, aged 66, was about to retire.",
        "Her brother Karl died in 2008, aged 52.",
    ],
)
def test_ages_of_kin_and_colleagues_are_not_hers(second: str) -> None:
    first = "Born on 11 April 1958 in Graz, Erika Moser qualified as a pilot in 1980, aged 22."
    text = f"{first} {second}"
    assert _statuses(text, "age_mismatch") == ["pass"]


def test_her_own_age_after_kin_is_still_checked() -> None:
    text = (
        "Born on 11 April 1958, Erika Moser lost her father early. "
        "She qualified as a pilot in 1980, aged 29."
    )
    assert _statuses(text, "age_mismatch") == ["fail"]


def test_an_aside_after_and_is_not_a_list_item() -> None:
    ok = "The scheme has three stages: new cycle lanes, wider pavements and, by 2027, a bridge."
    bad = "The scheme has four stages: new cycle lanes, wider pavements and, by 2027, a bridge."
    assert _statuses(ok, "enumeration_mismatch") == ["pass"]
    assert _statuses(bad, "enumeration_mismatch") == ["fail"]


def test_a_stay_shorter_than_the_span_only_warns() -> None:
    text = (
        "The inquiry opened on 6 May and closed on 30 May with its findings. "
        "The minister had spent {n} days giving evidence, aides said."
    )
    assert _statuses(text.format(n=18), "duration_mismatch") == ["warn"]
    assert _statuses(text.format(n=31), "duration_mismatch") == ["fail"]
