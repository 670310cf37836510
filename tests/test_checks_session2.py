"""Relations added in the second session, each with a consistent twin and a near miss:
a running balance ("leaving 7,250"), a fused measure restated ("the 12-kilometre zone"),
an enumeration whose intro carries a date, and a change verb far from its "by"."""

from test_checks_support import rule_checks, rule_statuses

# ----------------------------------------------------------------- running balance


def _shelters(closing: str) -> str:
    return (
        "By Saturday night, 5,200 people were sleeping in school halls. On Sunday 1,300 more "
        f"arrived at the shelters, while 700 left to stay with relatives, leaving {closing} "
        "in the shelters, officials said.\n"
    )


def test_balance_that_does_not_add_up_fails() -> None:
    checks = rule_checks(_shelters("6,400"), "ledger_mismatch")
    fails = [c for c in checks if c[0] == "fail"]
    assert fails and {"5,200", "1,300", "700", "6,400"} <= fails[0][2]
    assert "5,800" in fails[0][1]


def test_balance_that_adds_up_passes() -> None:
    statuses = rule_statuses(_shelters("5,800"), "ledger_mismatch")
    assert "pass" in statuses and "fail" not in statuses


def test_balance_with_an_unsigned_figure_is_not_read() -> None:
    text = (
        "The ward held 40 patients on Monday. Twelve more were admitted, and 9 doctors "
        "worked the night, leaving 60 on the ward.\n"
    )
    assert "fail" not in rule_statuses(text, "ledger_mismatch")


def test_balance_opening_must_be_the_one_count_of_its_sentence() -> None:
    text = (
        "The ward held 40 patients and 30 visitors on Monday. Twelve more were admitted and "
        "nine were discharged, leaving 60 on the ward.\n"
    )
    assert "fail" not in rule_statuses(text, "ledger_mismatch")


def test_balance_in_one_sentence() -> None:
    text = "Police arrested 14 people, and six were released without charge, leaving nine held.\n"
    assert "fail" in rule_statuses(text, "ledger_mismatch")


# ------------------------------------------------------------ fused measure restated


def _zone(first: str, later: str) -> str:
    return (
        f"Officials declared an {first} exclusion zone around the crater on Friday.\n\n"
        "Ash fell on villages to the south.\n\n"
        f"Residents of the {later} exclusion zone will not be allowed home for weeks.\n"
    )


def test_fused_measure_restated_differently_fails() -> None:
    assert "fail" in rule_statuses(_zone("8-kilometre", "12-kilometre"), "figure_drift")


def test_fused_measure_restated_alike_passes() -> None:
    statuses = rule_statuses(_zone("8-kilometre", "8-kilometre"), "figure_drift")
    assert "pass" in statuses and "fail" not in statuses


def test_indefinite_second_mention_is_another_thing() -> None:
    text = (
        "Officials declared an 8-kilometre exclusion zone on Friday.\n\n"
        "Neighbouring Mount Pel has a 12-kilometre exclusion zone of its own.\n"
    )
    assert "fail" not in rule_statuses(text, "figure_drift")


def test_three_sizes_of_one_noun_are_not_paired() -> None:
    text = (
        "The city runs a 5-kilometre race and an 8-kilometre race in May.\n\n"
        "Entries for the 10-kilometre race open on Monday.\n"
    )
    assert "fail" not in rule_statuses(text, "figure_drift")


# ------------------------------------------------------------- enumeration, dated intro


def _squad(n: str, names: str) -> str:
    return f"{n} Hawks were named in the national squad for the tests on 15 October: {names}.\n"


def test_enumeration_with_a_date_in_its_intro_fails_on_a_miscount() -> None:
    text = _squad("Three", "Vale, Pryor, lock Cal Dow and flanker Sio Lata")
    assert rule_statuses(text, "enumeration_mismatch") == ["fail"]


def test_enumeration_with_a_date_in_its_intro_passes() -> None:
    text = _squad("Four", "Vale, Pryor, lock Cal Dow and flanker Sio Lata")
    assert rule_statuses(text, "enumeration_mismatch") == ["pass"]


def test_enumeration_intro_with_another_figure_is_not_a_list_of_the_count() -> None:
    text = "Three Hawks scored 40 points in the final: Vale, Pryor, Dow and Lata.\n"
    assert "fail" not in rule_statuses(text, "enumeration_mismatch")


# ------------------------------------------------------------ change verb far from "by"


def _price(pct: str) -> str:
    return (
        "Halden Pharma said on Tuesday that it would cut the list price of its insulin pen "
        f"by {pct} to $58, from $98.\n"
    )


def test_change_verb_nine_words_back_is_read_and_fails() -> None:
    assert "fail" in rule_statuses(_price("35%"), "change_mismatch")


def test_change_verb_nine_words_back_passes_when_right() -> None:
    statuses = rule_statuses(_price("41%"), "change_mismatch")
    assert "pass" in statuses and "fail" not in statuses


# ------------------------------------------------------------------- vote shares


def _vote(a: str, b: str, c: str) -> str:
    return (
        f"Of the union's 2,800 members, {a} voted for the strike, {b} against and {c} "
        "abstained, on a turnout of 64%.\n"
    )


def test_vote_shares_over_100_fail() -> None:
    checks = rule_checks(_vote("71%", "24%", "8%"), "shares_exceed_100")
    assert [c[0] for c in checks] == ["fail"]
    assert "64%" not in checks[0][2]  # the turnout is a rate, not a share


def test_vote_shares_within_100_pass() -> None:
    assert rule_statuses(_vote("71%", "24%", "5%"), "shares_exceed_100") == ["pass"]


# ---------------------------------------------------------------------- "N of them"


def _rooms(damaged: str) -> str:
    return (
        "The three-storey inn has 60 rooms. Officials said smoke had damaged "
        f"{damaged} of them, and the roof was lost.\n"
    )


def test_of_them_part_larger_than_the_group_just_counted_fails() -> None:
    checks = rule_checks(_rooms("72"), "part_exceeds_whole")
    assert [(c[0], c[2]) for c in checks] == [("fail", {"72", "60"})]


def test_of_them_part_within_the_group_passes() -> None:
    assert rule_statuses(_rooms("48"), "part_exceeds_whole") == ["pass"]


def test_of_them_with_two_groups_before_is_not_guessed() -> None:
    text = "The inn has 60 rooms and 80 staff. Officials said smoke had damaged 72 of them.\n"
    assert "fail" not in rule_statuses(text, "part_exceeds_whole")


# ------------------------------------------------ ages: a quoted "I", a relative clause


def _owner(age: str) -> str:
    return (
        "Hotel fire\n\nBy Ann Reed\n\nNEWTOWN — Fire swept the hotel.\n\n"
        "The blaze began shortly after 2 a.m. on Aug. 9, 2026, officials said.\n\n"
        f"Its owner, Harold Pitt, {age}, who bought it in 2009, watched from the road.\n\n"
        '"My father ran the desk when I was born in 1958," Pitt said.\n'
    )


def test_quoted_birth_year_against_an_apposed_age_fails() -> None:
    checks = rule_checks(_owner("63"), "age_mismatch")
    assert [c[0] for c in checks] == ["fail"]
    assert "2026" in checks[0][1] and "Pitt" in checks[0][1]


def test_quoted_birth_year_against_the_right_age_passes() -> None:
    assert rule_statuses(_owner("68"), "age_mismatch") == ["pass"]


def test_a_quote_by_someone_else_is_not_the_owners_birth() -> None:
    text = _owner("63").replace("Pitt said", "his daughter Jo Marr said")
    assert "fail" not in rule_statuses(text, "age_mismatch")


# ------------------------------------------------------- a rate of two sibling figures


def _tackles(rate: str) -> str:
    return f"The Owls made 1,850 tackles and missed 150, a completion rate of {rate}.\n"


def test_rate_of_siblings_reads_their_sum_and_passes() -> None:
    checks = rule_checks(_tackles("about 92%"), "percent_of_mismatch")
    assert [c[0] for c in checks] == ["pass"]
    assert "2,000" in checks[0][1]


def test_rate_that_fits_no_reading_still_fails() -> None:
    assert "fail" in rule_statuses(_tackles("about 70%"), "percent_of_mismatch")


# ----------------------------------------- changes and multiples: which figures they join


def test_a_to_figure_right_after_another_change_is_not_this_changes_end() -> None:
    text = (
        "Traffic at Terminal 2 rose 14% to 5.7 million passengers, while Terminal 1 handled "
        "the remaining 12.9 million, up about 5% from 12.3 million.\n"
    )
    checks = rule_checks(text, "change_mismatch")
    assert "fail" not in [c[0] for c in checks]
    assert any({"12.9 million", "12.3 million"} <= c[2] for c in checks)


def test_a_to_figure_governed_by_another_verb_is_not_an_end() -> None:
    text = (
        "The college received 31,240 applications, up 8% from 28,930 last year, and offered "
        "admission to 4,860 students.\n"
    )
    assert "fail" not in rule_statuses(text, "change_mismatch")


def _spending(pct: str) -> str:
    return f"Spending on parks rises to $41 million from $34 million, a {pct} increase.\n"


def test_change_is_judged_on_the_stated_figures_not_the_far_ends_of_rounding() -> None:
    # 34.5 -> 40.5 would be a 17.4% rise, but nobody writes $34 million for 34.5
    assert "fail" in rule_statuses(_spending("17%"), "change_mismatch")


def test_change_within_rounding_of_the_stated_figures_passes() -> None:
    statuses = rule_statuses(_spending("21%"), "change_mismatch")
    assert "pass" in statuses and "fail" not in statuses


def _waves(multiple: str) -> str:
    return f"Waves reached 6 metres on Saturday, {multiple} the 4-metre limit for the ferry.\n"


def test_multiple_judged_on_the_stated_figures_fails() -> None:
    assert "fail" in rule_statuses(_waves("twice"), "ratio_mismatch")


def test_multiple_that_fits_the_stated_figures_passes() -> None:
    text = "Waves reached 8 metres on Saturday, twice the 4-metre limit for the ferry.\n"
    assert rule_statuses(text, "ratio_mismatch") == ["pass"]


# ------------------------------------------------------- shares of a named whole


def _ports(a: str, b: str, c: str) -> str:
    return (
        f"Ardlow handles {a} of the country's container traffic, the rival port of Sellan "
        f"{b} and a string of smaller ports the remaining {c}, the ministry said.\n"
    )


def test_shares_of_a_named_whole_over_100_fail() -> None:
    checks = rule_checks(_ports("41%", "38%", "24%"), "shares_exceed_100")
    assert [c[0] for c in checks] == ["fail"]
    assert "container" in checks[0][1]


def test_shares_of_a_named_whole_that_close_at_100_pass() -> None:
    assert rule_statuses(_ports("41%", "38%", "21%"), "shares_exceed_100") == ["pass"]


def test_shares_of_two_different_wholes_are_not_summed() -> None:
    text = (
        "Ardlow handles 61% of the country's container traffic. Sellan handles 58% of the "
        "country's grain exports.\n"
    )
    assert "fail" not in rule_statuses(text, "shares_exceed_100")


def _origins(a: str, b: str, c: str) -> str:
    return (
        f"According to the report, {a} of first-years come from the province, {b} from other "
        f"parts of the country and {c} from abroad.\n"
    )


def test_shares_by_origin_over_100_fail() -> None:
    assert rule_statuses(_origins("46%", "29%", "27%"), "shares_exceed_100") == ["fail"]


def test_shares_by_origin_within_100_pass() -> None:
    assert rule_statuses(_origins("46%", "29%", "25%"), "shares_exceed_100") == ["pass"]


def test_from_figures_that_are_changes_are_not_origins() -> None:
    text = "Sales rose 46% from 2019, profits 29% from 2020 and wages 37% from 2021.\n"
    assert "fail" not in rule_statuses(text, "shares_exceed_100")


# ------------------------------------------- a group named by a phrase, sentences back


def _centres(children: str) -> str:
    return (
        "Shelters in schools and church halls were housing 9,400 people on Friday, the "
        "emergency office said. Around 1,500 homes are known to have been flooded.\n\n"
        "Roads to the north remain closed.\n\n"
        f"Children account for {children} of those in the shelters, the charity said.\n"
    )


def test_of_those_in_a_named_place_ties_to_that_group_and_fails() -> None:
    checks = rule_checks(_centres("9,900"), "part_exceeds_whole")
    assert [(c[0], c[2]) for c in checks] == [("fail", {"9,900", "9,400"})]


def test_of_those_in_a_named_place_passes_when_smaller() -> None:
    assert rule_statuses(_centres("3,900"), "part_exceeds_whole") == ["pass"]


def test_of_those_in_a_place_no_figure_names_is_not_guessed() -> None:
    text = _centres("9,900").replace("of those in the shelters", "of those in the hospitals")
    assert rule_statuses(text, "part_exceeds_whole") == []


def _finishers(n: str) -> str:
    return (
        "A record 14,200 runners started, 8,100 men and 6,100 women, and 13,650 reached the "
        f"finish. Of the women who started, {n} crossed the line.\n"
    )


def test_of_the_women_who_started_ties_to_the_women_in_the_start_list() -> None:
    checks = rule_checks(_finishers("6,350"), "part_exceeds_whole")
    assert [(c[0], c[2]) for c in checks] == [("fail", {"6,350", "6,100"})]


def test_of_the_women_who_started_passes_when_fewer_finished() -> None:
    assert rule_statuses(_finishers("5,880"), "part_exceeds_whole") == ["pass"]


# ------------------------------------ a rate closing the part's clause, a reduced relative


def _yield(rate: str) -> str:
    return (
        "The college received 31,240 applications and offered admission to 4,860 students, "
        "the college said in its report on Wednesday. "
        "Of the students offered a place this year, 2,970 had accepted by the June 1 "
        f"deadline, giving a yield of {rate}.\n"
    )


def test_rate_closing_the_parts_clause_against_the_named_group_fails() -> None:
    checks = rule_checks(_yield("58%"), "percent_of_mismatch")
    assert [(c[0], c[2]) for c in checks] == [("fail", {"58%", "2,970", "4,860"})]


def test_rate_closing_the_parts_clause_passes_when_right() -> None:
    assert rule_statuses(_yield("61%"), "percent_of_mismatch") == ["pass"]


def test_reduced_relative_names_the_group_for_part_whole() -> None:
    text = _yield("61%").replace("2,970", "5,970")
    assert "fail" in rule_statuses(text, "part_exceeds_whole")


# ------------------------------------------------------ names first, then their count


def _rivers(n: str) -> str:
    return (
        "The Arden, the Mole and the Tay all burst their banks overnight. "
        f"The {n} rivers drain most of the uplands.\n"
    )


def test_names_then_a_wrong_count_fails() -> None:
    assert rule_statuses(_rivers("four"), "enumeration_mismatch") == ["fail"]


def test_names_then_the_right_count_passes() -> None:
    assert rule_statuses(_rivers("three"), "enumeration_mismatch") == ["pass"]


def test_an_indefinite_count_after_names_is_another_set() -> None:
    text = "The Arden, the Mole and the Tay burst their banks. Four rivers drain the uplands.\n"
    assert rule_statuses(text, "enumeration_mismatch") == []


# ---------------------------------------------------- a share of a figure in a state


def _appeal(pct: str) -> str:
    return (
        f"The appeal for $12.5 million is {pct} funded, with $4.1 million received so far, "
        "the agency said.\n"
    )


def test_share_in_a_state_against_the_amount_in_it_fails() -> None:
    checks = rule_checks(_appeal("42%"), "percent_of_mismatch")
    assert [(c[0], c[2]) for c in checks] == [("fail", {"42%", "$12.5 million", "$4.1 million"})]


def test_share_in_a_state_passes_when_right() -> None:
    assert rule_statuses(_appeal("33%"), "percent_of_mismatch") == ["pass"]


# ------------------------------------ a bound, then the whole of a part restating it


def _applicants(n: str) -> str:
    return (
        "Medicine remained the most competitive course, with more than 4,000 applicants "
        "for 180 places.\n\n"
        f"The office interviewed 620 of medicine's {n} applicants over six weeks in February.\n"
    )


def test_whole_of_a_part_below_an_earlier_bound_conflicts() -> None:
    checks = rule_checks(_applicants("3,870"), "bound_conflict")
    assert [(c[0], c[2]) for c in checks] == [("fail", {"4,000", "3,870"})]


def test_whole_of_a_part_within_an_earlier_bound_passes() -> None:
    assert rule_statuses(_applicants("4,170"), "bound_conflict") == ["pass"]


def test_the_parts_verb_is_not_the_wholes() -> None:
    from reader.checks.relations import Context
    from reader.document import Document
    from reader.extract import extract_claims

    doc = Document.from_text(_applicants("3,870"))
    claims = extract_claims(doc)
    ctx = Context(doc, claims)
    whole = next(c for c in claims if c.text == "3,870")
    part = next(c for c in claims if c.text == "620")
    assert "interview" not in ctx.predicate_stems(whole)
    assert "interview" in ctx.predicate_stems(part)


# ------------------------------------------------- the dead, told by verb and by noun


def _outbreak(later: str) -> str:
    return (
        "The outbreak has sickened 2,140 people and killed 61 since the first cases were "
        "confirmed on 3 May, the ministry said.\n\n"
        "Rains have cut roads to the worst-hit districts.\n\n"
        f"Of the {later} deaths recorded since May, most were in the north.\n"
    )


def test_killed_then_deaths_differing_is_drift() -> None:
    checks = rule_checks(_outbreak("67"), "figure_drift")
    assert [(c[0], c[2]) for c in checks] == [("fail", {"61", "67"})]
    assert "dead" in checks[0][1]


def test_killed_then_the_same_deaths_passes() -> None:
    assert rule_statuses(_outbreak("61"), "figure_drift") == ["pass"]


def test_deaths_at_another_time_are_not_compared() -> None:
    text = _outbreak("67").replace("since May", "since January")
    assert "fail" not in rule_statuses(text, "figure_drift")


# ------------------------------------------------------------ changes that are not


def test_signed_up_is_a_phrasal_verb_not_a_rise() -> None:
    text = (
        "The club had 120 members in January. It signed up 30 new members and 10 resigned, "
        "bringing the total to 140.\n"
    )
    assert rule_statuses(text, "change_mismatch") == []
    assert rule_statuses(text, "ledger_mismatch") == ["pass"]


def test_an_open_ended_figure_is_no_endpoint_of_a_change() -> None:
    text = (
        "The fund paid out more than $600 in claims. Operating costs had risen 24% in two "
        "years, from $25 million.\n"
    )
    assert rule_statuses(text, "change_mismatch") == []


# ---------------------------------------------------------- precision: not the pair


def test_a_change_in_a_new_clause_with_its_own_subject_is_not_the_pairs() -> None:
    text = (
        "Landings fell for a third straight year, to 8,300 tonnes from 9,100, and scientists "
        "have recommended a 10% cut in the quota.\n"
    )
    assert rule_statuses(text, "change_mismatch") == []


def test_an_apposed_change_after_its_pair_is_still_read() -> None:
    text = "Landings fell to 8,300 tonnes from 9,100, a 19% drop.\n"
    assert rule_statuses(text, "change_mismatch") == ["fail"]


def test_the_level_before_a_change_is_of_the_same_kind() -> None:
    text = (
        "The port handled 1.26 million containers, measured in 20-foot units, down 31% from "
        "1.83 million a year earlier.\n"
    )
    checks = rule_checks(text, "change_mismatch")
    assert [(c[0], c[2]) for c in checks] == [("pass", {"31%", "1.26 million", "1.83 million"})]


def test_down_from_names_an_earlier_level_not_the_whole() -> None:
    text = "Fees totalled $212 million, or about 0.45% of assets, down from $231 million.\n"
    assert "fail" not in rule_statuses(text, "percent_of_mismatch")


# --------------------------------------------- a set stated whole, then more of it


def _wards(n: str) -> str:
    return (
        "The force divides the city into 22 wards. Overall crime fell in 15 of them. "
        f"Knife offences, however, rose in {n} wards.\n"
    )


def test_more_of_a_noun_than_its_stated_whole_fails() -> None:
    checks = rule_checks(_wards("23"), "part_exceeds_whole")
    assert ("fail", {"23", "22"}) in [(c[0], c[2]) for c in checks]


def test_fewer_of_a_noun_than_its_stated_whole_does_not_fail() -> None:
    assert "fail" not in rule_statuses(_wards("13"), "part_exceeds_whole")


def test_the_same_noun_somewhere_else_is_another_set() -> None:
    text = _wards("23").replace("rose in 23 wards", "rose in 23 wards in Lisbon")
    assert "fail" not in rule_statuses(text, "part_exceeds_whole")


def _train(n: str) -> str:
    return (
        "The six-carriage service was travelling at about 68 mph when it left the track.\n\n"
        f"{n} carriages left the rails, investigators said.\n"
    )


def test_more_carriages_than_a_fused_size_fails() -> None:
    assert rule_statuses(_train("Seven"), "part_exceeds_whole") == ["fail"]


def test_carriages_within_a_fused_size_do_not_fail() -> None:
    assert rule_statuses(_train("Four"), "part_exceeds_whole") == []


# ------------------------------------------- the injured, told by verb and restated


def _derailment(later: str) -> str:
    return (
        "A train carrying 318 people derailed outside Ashby on Friday, injuring more than 40, "
        "officials said.\n\n"
        f"Of the {later} people injured, nine remained in hospital on Sunday.\n\n"
        "It was the worst accident on the line since 2009, when a derailment near the town "
        "injured 28.\n"
    )


def test_injuring_more_than_then_fewer_injured_conflicts() -> None:
    checks = rule_checks(_derailment("37"), "bound_conflict")
    assert [(c[0], c[2]) for c in checks if c[0] == "fail"] == [("fail", {"40", "37"})]


def test_injuring_more_than_then_more_injured_passes() -> None:
    assert "fail" not in rule_statuses(_derailment("43"), "bound_conflict")


def test_a_past_event_told_with_when_is_another_count() -> None:
    statuses = rule_checks(_derailment("43"), "bound_conflict")
    assert not any("28" in c[2] for c in statuses)


def _admitted(later: str) -> str:
    return (
        "At least 67 people sought treatment during the outbreak, and nine were admitted to "
        "hospital.\n\n"
        f"Of the {later} people admitted to hospital, two remain in care.\n"
    )


def test_were_admitted_then_a_different_number_admitted_is_drift() -> None:
    checks = rule_checks(_admitted("11"), "figure_drift")
    assert [(c[0], c[2]) for c in checks] == [("fail", {"nine", "11"})]
    assert "admitted" in checks[0][1]


def test_were_admitted_then_the_same_number_passes() -> None:
    assert rule_statuses(_admitted("nine"), "figure_drift") == ["pass"]


# ------------------------------------------------ grades and portfolio breakdowns


def _grades(c: str) -> str:
    return (
        f"Among those who passed, 18% earned the top grade, an A, while 34% received a B and "
        f"{c} a C, according to the board.\n"
    )


def test_grade_shares_over_100_fail() -> None:
    assert rule_statuses(_grades("50%"), "shares_exceed_100") == ["fail"]


def test_grade_shares_within_100_pass() -> None:
    assert rule_statuses(_grades("48%"), "shares_exceed_100") == ["pass"]


def _portfolio(last: str) -> str:
    return (
        "Public equities returned 14.1% and made up 46% of the portfolio at year-end. Bonds, "
        "which returned 2.3%, accounted for 24%; private equity for 14%; real estate for 11%; "
        f"and infrastructure for {last}.\n"
    )


def test_portfolio_parts_over_100_fail_and_returns_are_not_parts() -> None:
    checks = rule_checks(_portfolio("8%"), "shares_exceed_100")
    assert [c[0] for c in checks] == ["fail"]
    assert "14.1%" not in checks[0][2] and "2.3%" not in checks[0][2]


def test_portfolio_parts_at_100_pass() -> None:
    assert rule_statuses(_portfolio("5%"), "shares_exceed_100") == ["pass"]


def test_overlapping_traits_of_one_group_only_warn() -> None:
    text = "Among the victims, 60% were women, 55% were over 30 and 20% lived abroad.\n"
    assert "fail" not in rule_statuses(text, "shares_exceed_100")


# ------------------------------------------------------------------ a vote tally


def _tally(pct: str) -> str:
    return (
        f"Members approved the deal by 3,118 votes to 742, or {pct} of the ballots cast, the "
        "union said.\n"
    )


def test_tally_share_that_misses_fails() -> None:
    checks = rule_checks(_tally("78%"), "percent_of_mismatch")
    assert [(c[0], c[2]) for c in checks] == [("fail", {"78%", "3,118", "742"})]
    assert "3,860" in checks[0][1]


def test_tally_share_that_fits_passes() -> None:
    assert rule_statuses(_tally("81%"), "percent_of_mismatch") == ["pass"]


def test_more_than_half_of_them_reads_the_current_level_and_its_bound() -> None:
    text = (
        "Knife offences rose 12%, to 1,064 from 950. More than half of them, 571, were "
        "recorded in the city centre.\n"
    )
    checks = rule_checks(text, "percent_of_mismatch")
    assert [(c[0], c[2]) for c in checks] == [("pass", {"half", "571", "1,064"})]
    assert "more than half of 1,064 is 532" in checks[0][1]


def test_a_closing_figure_of_another_noun_is_no_balance() -> None:
    text = (
        "A train carrying 318 people derailed on Friday, injuring more than 40 and leaving "
        "two carriages on their sides.\n"
    )
    assert rule_statuses(text, "ledger_mismatch") == []


# ------------------------------------------------- drift: another owner, a norm


def test_another_owners_set_is_not_the_first_figure() -> None:
    text = (
        "A year earlier, 77.6% of 47,950 candidates passed.\n\n"
        "The tutoring programme reaches 212 schools. In those schools, 2,302 of the "
        "programme's 3,150 exam candidates passed, up from 66% a year earlier.\n"
    )
    assert "fail" not in rule_statuses(text, "figure_drift")


def test_a_norm_is_not_the_events_figure() -> None:
    text = (
        "The ship lost 46 containers overboard on Wednesday. Of the 46 containers lost, eight "
        "were recovered.\n\n"
        "An industry group estimates that about 1,500 containers are lost at sea worldwide "
        "in a typical year.\n"
    )
    assert "fail" not in rule_statuses(text, "figure_drift")


# ---------------------------------------------- "3,500 day tickets" is no duration


def test_a_singular_time_unit_before_a_plural_noun_is_a_kind_of_thing() -> None:
    from reader import analyze

    text = "Organisers sold 3,500 day tickets. The strike lasted 12 days. He spent 3 days away.\n"
    kinds = {c.text: c.kind for c in analyze(text).claims}
    assert kinds["3,500"] == "count"
    assert kinds["12 days"] == "duration" and kinds["3 days"] == "duration"


def test_dates_in_a_relative_clause_on_another_noun_do_not_time_the_duration() -> None:
    text = (
        "The audit blamed a seven-month dispute over the retractable roof and steel prices "
        "that rose by nearly 60% between 2020 and 2022.\n"
    )
    assert rule_statuses(text, "duration_mismatch") == []


def test_a_relative_clause_on_the_durations_own_noun_still_times_it() -> None:
    text = "The 17-day strike that began on March 3 ended on March 26.\n"
    assert rule_statuses(text, "duration_mismatch") == ["fail"]


def test_a_measure_and_its_conversion_are_not_two_parts() -> None:
    text = (
        "The 42.195-kilometre (26.2-mile) course, which climbs a total of 180 metres (590 "
        "feet), was run in cold weather.\n"
    )
    assert rule_statuses(text, "sum_mismatch") == []


# ------------------------------------- after the final blind set: margins, waits, doubles


def test_a_margin_over_capacity_is_not_a_share() -> None:
    text = "The prison held 1,240 inmates in a facility built for 900, about 38% over capacity.\n"
    assert "fail" not in rule_statuses(text, "percent_of_mismatch")


def test_a_change_in_weeks_is_checked() -> None:
    text = "The median wait fell to 14.2 weeks from 16.8 weeks, a drop of {d} weeks.\n"
    assert rule_statuses(text.format(d="1.6"), "change_mismatch") == ["fail"]
    assert rule_statuses(text.format(d="2.6"), "change_mismatch") == ["pass"]


def test_a_multiple_after_a_long_clause_takes_that_clauses_figure() -> None:
    text = (
        "But 7,350 patients had been waiting for more than a year, nearly double the 3,800 "
        "in September. The trust treated 48,600 patients.\n"
    )
    checks = rule_checks(text, "ratio_mismatch")
    assert [(c[0], c[2]) for c in checks] == [("pass", {"double", "7,350", "3,800"})]
