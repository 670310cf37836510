"""Readings added in the fourth session, each with a consistent twin and a near miss."""

from test_checks_support import rule_checks, rule_statuses

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


# ------------------------------------------- an amount pointed back to, two digits swapped


def _attack(later: str, between: str = "") -> str:
    return (
        "Ransomware attack cost council £4.3 million\n\n"
        "A ransomware attack last spring cost the council £4.3 million, a review found. "
        f"Restoring systems took four months.{between}\n\n"
        f"Councillors called for an inquiry into the {later} bill.\n"
    )


def test_a_definite_amount_swapping_two_digits_of_the_lead_amount_fails() -> None:
    assert "fail" in rule_statuses(_attack("£3.4 million"), "figure_drift")


def test_the_lead_amount_restated_or_another_amount_told_before_passes() -> None:
    assert "fail" not in rule_statuses(_attack("£4.3 million"), "figure_drift")
    # an amount told before the definite mention is what it points back to
    told = " Insurers will pay £3.4 million of it."
    assert "fail" not in rule_statuses(_attack("£3.4 million", told), "figure_drift")


def test_two_digit_figures_that_are_not_amounts_are_left_alone() -> None:
    text = "The club has 43 members.\n\nThe 34 members voted on Monday.\n"
    assert not [s for s in rule_statuses(text, "figure_drift") if s == "fail"]


# ----------------------------------------------- a speaker and a sentence opener own nothing


def _beds(later: str) -> str:
    return (
        "More than 2,000 prisoners are now sleeping on temporary beds in gyms. "
        "The prisons were built to hold 15,800 people.\n\n"
        f"Idony Penhallow of the Justice Project said the {later} prisoners on temporary beds were "
        '"a symptom of sentencing policy".\n'
    )


def test_the_set_a_speaker_restates_is_the_same_set() -> None:
    assert "fail" in rule_statuses(_beds("1,860"), "bound_conflict")
    assert "fail" not in rule_statuses(_beds("2,140"), "bound_conflict")


# --------------------------------------- the article's organisation, by name and description


def _firm(later: str) -> str:
    return (
        "Quorvant to cut 1,850 jobs\n\n"
        "Quorvant Software said on Wednesday it would cut 1,850 jobs. "
        "The company, which employs more than 13,500 people in 22 countries, said most cuts "
        "would fall in engineering.\n\n"
        "Analysts welcomed the plan. Quorvant shares rose 4%.\n\n"
        f"{later} employees, and its headcount will stay above the 9,400 of 2019.\n"
    )


def test_the_organisation_named_and_described_is_one_owner() -> None:
    assert "fail" in rule_statuses(_firm("Quorvant currently has 13,200"), "bound_conflict")
    assert "fail" not in rule_statuses(_firm("Quorvant currently has 13,900"), "bound_conflict")


def test_another_organisation_named_is_another_owner() -> None:
    text = _firm("Its rival Bexmoor currently has 13,200")
    assert "fail" not in rule_statuses(text, "bound_conflict")


# ------------------------------------------------ a set told by its state, in a plan


def _homes(later: str) -> str:
    return (
        "More than 40 homes were destroyed, according to the agency, and another 115 were "
        "damaged.\n\n"
        f"The government said it would rebuild {later} on safer ground within two years.\n"
    )


def test_a_set_named_by_its_state_in_a_plan_is_the_set_told_before() -> None:
    assert "fail" in rule_statuses(_homes("all 38 destroyed homes"), "bound_conflict")
    assert "fail" not in rule_statuses(_homes("all 44 destroyed homes"), "bound_conflict")


def test_a_planned_number_is_no_restatement() -> None:
    assert "fail" not in rule_statuses(_homes("38 new homes"), "bound_conflict")


# ----------------------------------------------------- a thing's relative clause in a list


def _areas(n: str) -> str:
    return (
        f"The report identified {n} areas where the school must improve: attendance; behaviour "
        "at break times; the consistency of science teaching; and support for pupils with "
        'special needs, whose plans were "too often not followed".\n'
    )


def test_a_list_of_things_with_whose_on_its_last_item_is_counted() -> None:
    assert rule_statuses(_areas("three"), "enumeration_mismatch") == ["fail"]
    assert rule_statuses(_areas("four"), "enumeration_mismatch") == ["pass"]


# ------------------------------------------ a share apposed to "N of the M": of that whole


def test_a_share_apposed_to_a_part_of_its_whole_takes_that_whole() -> None:
    text = (
        "Of the 168 submitted books, 97 were by women, and independent publishers accounted "
        "for four of the six shortlisted titles, {} of the list.\n"
    )
    assert rule_statuses(text.format("two-thirds"), "percent_of_mismatch") == ["pass"]
    assert "fail" in rule_statuses(text.format("half"), "percent_of_mismatch")


def test_a_share_of_a_field_after_n_of_the_entrants_is_of_the_entrants() -> None:
    text = (
        "The tournament drew 212 entrants. Women made up 41 of the entrants, just under {}% of "
        "the field.\n\nThirty-seven players withdrew, leaving 175 in the field for the final.\n"
    )
    assert "fail" not in rule_statuses(text.format(20), "percent_of_mismatch")
    assert "fail" in rule_statuses(text.format(30), "percent_of_mismatch")


# ------------------------------------------- the rest of all on board, not of one group


def test_the_rest_of_those_on_board_includes_who_is_told_beside_the_passengers() -> None:
    told = (
        "The cabin was carrying 13 passengers{}. Four passengers died and the other {} people "
        "on board were injured.\n"
    )
    assert "fail" not in rule_statuses(told.format(" and an attendant", 10), "sum_mismatch")
    assert "fail" in rule_statuses(told.format("", 10), "sum_mismatch")
    assert "pass" in rule_statuses(told.format("", 9), "sum_mismatch")


# ---------------------------------------------- who did it is not one of what they did


def test_the_subject_count_is_not_a_part_of_the_total_of_its_objects() -> None:
    text = (
        "In all, the 20 clubs completed 163 permanent transfers and 41 loans, a total of {} "
        "incoming deals.\n"
    )
    assert rule_statuses(text.format(204), "sum_mismatch") == ["pass"]
    assert rule_statuses(text.format(214), "sum_mismatch") == ["fail"]
    listed = "In all, 20 clubs, 163 players and 41 agents attended, a total of 224 people.\n"
    assert rule_statuses(listed, "sum_mismatch") == ["pass"]


# ------------------------------------- wrong flags found on sets 17 and 18 after scoring


def test_the_workers_of_several_other_employers_are_not_the_plants() -> None:
    text = (
        "Calvex to close Wrenbury plant\n\n"
        "WRENBURY - Calvex will close its car plant, it said on Monday.\n\n"
        "Calvex said the plant's 3,420 workers would be offered voluntary redundancy or "
        "transfers.\n\n"
        "The closure will ripple through a network of 37 local suppliers, which {} about "
        "5,200 people, according to the county council.\n"
    )
    assert "fail" not in rule_statuses(text.format("together employ"), "figure_drift")


def test_a_usual_length_is_no_span_of_the_dates() -> None:
    text = (
        "The shutdown, which began on May 29 and ended on June 26, 2024, had been cut to "
        "{} days from the usual six weeks.\n"
    )
    assert rule_statuses(text.format(28), "duration_mismatch") == ["pass"]
    assert rule_statuses(text.format(21), "duration_mismatch") == ["fail"]


def test_a_figure_in_the_fronted_whole_phrase_is_no_part() -> None:
    text = (
        "Of the 612,000 birds kept on the 11 farms, 418,500 have been culled, 96,000 were sent "
        "to slaughter and {} remain on farms.\n"
    )
    assert rule_statuses(text.format("97,500"), "sum_mismatch") == ["pass"]
    fails = [c for c in rule_checks(text.format("103,500"), "sum_mismatch") if c[0] == "fail"]
    assert fails and "= 618,000" in fails[0][1]


# --------------------------------------- "the remaining N%" closes the paragraph's shares


def _buyers(rest: int, extra: str = "") -> str:
    return (
        f"Exports rose 10.1% on the year.{extra}\n\n"
        "Egypt remained the largest buyer, taking 24% of shipments. Indonesia bought 17% and "
        "Turkey 14%, while Bangladesh, which returned after a two-year absence, accounted for "
        f"11%. More than 30 other countries shared the remaining {rest}%, the board said.\n"
    )


def test_the_rest_closes_the_shares_told_across_a_paragraph() -> None:
    assert "fail" in rule_statuses(_buyers(37), "shares_exceed_100")
    assert rule_statuses(_buyers(34), "shares_exceed_100") == ["pass"]


def test_a_change_in_the_paragraph_is_no_share_of_it() -> None:
    text = (
        "Egypt took 24% of shipments, up 5% on the year. Indonesia bought 17% and Turkey 14%. "
        "Other countries shared the remaining 45%.\n"
    )
    assert rule_statuses(text, "shares_exceed_100") == ["pass"]


# ------------------------------------- "The 23-year-old Spaniard": the person just named


def _stage(age: int, other: str = "") -> str:
    return (
        "PIC DE LORRE — Aurelio Quiroga won the 14th stage of the Tour of Ardesca on "
        "Saturday, July 19, 2025, finishing alone at the summit.\n\n"
        f"The {age}-year-old Spaniard covered the 187-kilometre stage in under five hours.{other}"
        "\n\n"
        '"I have dreamed of this climb," said Quiroga, who was born in Bilbao on Nov. 2, '
        "2000.\n"
    )


def test_an_age_epithet_opening_a_sentence_is_the_person_just_named() -> None:
    assert "fail" in rule_statuses(_stage(23), "age_mismatch")
    assert "pass" in rule_statuses(_stage(24), "age_mismatch")


# --------------------------------------------- a margin told among the parts is no part


def test_a_margin_between_two_parts_is_skipped_not_added() -> None:
    text = (
        "Ostrova won 48,212 votes and Fenwick took 39,870, a gap of 8,342 votes. Dace finished "
        "third with {}.\n\nIn all, 97,426 valid votes were cast, the elections office said.\n"
    )
    assert "fail" in rule_statuses(text.format("9,244"), "sum_mismatch")
    assert "fail" not in rule_statuses(text.format("9,344"), "sum_mismatch")


# ------------------------------------ "Of the X who ..., N were <the group named before>"


def _ill(n: int, group: str = "children under 12") -> str:
    return (
        "The ship carried 128 children under 12, most of them with grandparents.\n\n"
        f"Of the passengers who fell ill, {n} were {group}, the agency said.\n"
    )


def test_a_narrowed_set_of_a_group_counted_whole_is_no_larger() -> None:
    assert rule_statuses(_ill(139), "part_exceeds_whole") == ["fail"]
    assert rule_statuses(_ill(39), "part_exceeds_whole") == ["pass"]


def test_another_group_or_one_noun_is_not_tied() -> None:
    assert "fail" not in rule_statuses(_ill(139, "adults over 70"), "part_exceeds_whole")
    assert "fail" not in rule_statuses(_ill(139, "children"), "part_exceeds_whole")
