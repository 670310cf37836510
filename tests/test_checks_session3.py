"""Readings added in the third session, each with a consistent twin and a near miss."""

import pytest
from test_checks_support import rule_checks, rule_statuses

# ------------------------------------------------------ conversion worked from the stated figure


@pytest.mark.parametrize(
    ("pair", "expected"),
    [
        ("190-metre (632-foot)", "fail"),  # 190 m is 623 ft: 632 was not worked from 190
        ("190-metre (623-foot)", "pass"),
        ("190-metre (620-foot)", "pass"),  # a rounded conversion
        ("14-kilogram (30-pound)", "pass"),  # two roundings, neither finer than the other
        ("1,200-metre (three-quarters of a mile)", "pass"),  # words state no precision
        ("8-ounce (225-gram)", "pass"),  # a conversion rounded to the five
        ("8-ounce (232-gram)", "fail"),
    ],
)
def test_a_fine_conversion_must_come_from_the_figure_as_stated(pair: str, expected: str) -> None:
    text = f"The {pair} span dropped into the river on Tuesday.\n"
    assert expected in rule_statuses(text, "conversion_mismatch")
    if expected == "pass":
        assert "fail" not in rule_statuses(text, "conversion_mismatch")


# ----------------------------------------------------------------- transposed digits


def _waiting(later: str) -> str:
    return (
        "The trust said 7,350 patients had been waiting for more than a year, nearly double "
        "the 3,800 in September 2024. Orthopaedics accounted for 11,200 patients. "
        f"The {later} patients waiting more than 52 weeks include 410 children.\n"
    )


def test_a_figure_restated_with_two_digits_swapped_fails() -> None:
    fails = [c for c in rule_checks(_waiting("7,530"), "figure_drift") if c[0] == "fail"]
    assert fails and {"7,350", "7,530"} <= fails[0][2]
    assert "swapped" in fails[0][1]


def test_the_same_figure_restated_is_no_transposition() -> None:
    assert "fail" not in rule_statuses(_waiting("7,350"), "figure_drift")


def test_swapped_digits_on_different_nouns_are_two_figures() -> None:
    text = (
        "The survey counted 214 grey wolves in the park this winter. "
        "Farmers reported 412 sheep killed over the same months.\n"
    )
    assert "fail" not in rule_statuses(text, "figure_drift")


def test_two_digit_figures_are_not_read_as_transposed() -> None:
    text = "The club signed 12 players in June. The 21 players on the roster trained on Monday.\n"
    assert all("swapped" not in c[1] for c in rule_checks(text, "figure_drift"))


# ------------------------------------------------------------- spans told by their events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The {n}-day festival opens on Sept. 4 with a family saga by the director Ines "
            "Lobato, and closes on Sept. 15 with the awards.\n",
            {"10": "fail", "11": "pass"},
        ),
        (
            "The ship left the port on Nov. 3 on a voyage scheduled to take {n} days, and had "
            "been due in Rellingen on Nov. 9.\n",
            {"5": "fail", "6": "pass"},
        ),
        (
            "Dockworkers voted on Oct. 21 to ratify a new contract, ending a {n}-day walkout "
            "that began on Sept. 30.\n",
            {"19": "fail", "21": "pass"},
        ),
    ],
)
def test_a_span_told_by_its_opening_and_closing_events(text: str, expected: dict) -> None:
    for n, status in expected.items():
        statuses = rule_statuses(text.format(n=n), "duration_mismatch")
        assert status in statuses and (status == "fail" or "fail" not in statuses)


def test_an_end_told_of_another_subject_is_not_the_span() -> None:
    text = (
        "The survey started on March 3 with 40 volunteers, and the results, released on "
        "May 2, took 12 days to compile.\n"
    )
    assert "fail" not in rule_statuses(text, "duration_mismatch")


# ------------------------------------------------------------------- precision guards


def test_a_multiple_whose_base_is_named_takes_no_figure_from_the_next_clause() -> None:
    text = (
        "At Selsby the rate reaches 3.2 metres a year, more than double the county average, "
        "and in the worst storms single sections have lost 10 metres overnight.\n"
    )
    assert "fail" not in rule_statuses(text, "ratio_mismatch")


def test_a_multiple_takes_its_own_sentence_figure_before_a_distant_one() -> None:
    text = (
        "Officers counted {n} adult salmon this season, the highest total since records began "
        "in 1968 and more than double last year's 8,970, the trust said.\n\n"
        "The busiest single day was Oct. 14, when 1,106 salmon passed the weir.\n"
    )
    assert rule_statuses(text.format(n="18,420"), "ratio_mismatch") == ["pass"]
    assert "fail" not in rule_statuses(text.format(n="14,420"), "ratio_mismatch")
    assert "warn" in rule_statuses(text.format(n="14,420"), "ratio_mismatch")


@pytest.mark.parametrize(("kept", "expected"), [("85", "pass"), ("120", "fail")])
def test_the_other_share_is_the_complement(kept: str, expected: str) -> None:
    text = (
        "Anglers caught 1,420 salmon this season and released 94% of them under the code, "
        f"so that only about {kept} fish were kept.\n"
    )
    statuses = rule_statuses(text, "percent_of_mismatch")
    assert expected in statuses


def test_the_last_months_of_a_span_are_a_part_of_it() -> None:
    text = (
        "Work started in May 2022 and ran until the week before the opening on Sept. 6, 2025, "
        "with the last four months given over to testing.\n"
    )
    assert "fail" not in rule_statuses(text, "duration_mismatch")


@pytest.mark.parametrize(
    ("earlier", "expected"), [("1.38 million", "pass"), ("1.22 million", "fail")]
)
def test_a_bare_earlier_level_takes_the_unit_of_its_figure(earlier: str, expected: str) -> None:
    text = (
        "The redesigned network adds 31 routes. The redesigned network will run 1.42 million "
        f"service hours a year, up from {earlier}, an increase of 2.9%.\n"
    )
    assert rule_statuses(text, "change_mismatch") == [expected]


@pytest.mark.parametrize(("earlier", "expected"), [("€200,000", "pass"), ("€180,000", "fail")])
def test_an_earlier_level_per_unit(earlier: str, expected: str) -> None:
    text = (
        "The average farm will receive about €41,000. Basic payments will be capped at "
        f"€150,000 per farm, down from {earlier}, a cut of 25%.\n"
    )
    assert rule_statuses(text, "change_mismatch") == [expected]


@pytest.mark.parametrize(("old", "expected"), [("17", "pass"), ("12", "fail")])
def test_a_multiple_skips_a_bracketed_conversion(old: str, expected: str) -> None:
    text = (
        "The new site covers 64 hectares (158 acres), nearly four times the "
        f"{old} hectares of the old grounds.\n"
    )
    assert rule_statuses(text, "ratio_mismatch") == [expected]


# ------------------------------------------------------------------------- shares


@pytest.mark.parametrize(("rest", "expected"), [("9", "fail"), ("8", "pass"), ("7", "pass")])
def test_whole_number_shares_round_to_within_a_point(rest: str, expected: str) -> None:
    text = (
        "European productions account for 38% of the line-up. Asian cinema makes up 24%, "
        f"films from North America 17% and Latin American titles 14%. The remaining {rest}% "
        "come from Africa.\n"
    )
    statuses = rule_statuses(text, "shares_exceed_100")
    assert expected in statuses and (expected == "fail" or "fail" not in statuses)


def test_three_shares_making_101_are_rounding() -> None:
    text = "The Alliance won 34% of the vote, Labour took 34% and the Greens won 33%.\n"
    assert "fail" not in rule_statuses(text, "shares_exceed_100")


def test_shares_listed_after_a_colon_said_to_be_exclusive() -> None:
    text = (
        "Each job is logged under a single category: 41% involved damp and mould, 27% heating, "
        "19% roofs and windows, and {last}% electrical faults.\n"
    )
    assert "fail" in rule_statuses(text.format(last="16"), "shares_exceed_100")
    assert "fail" not in rule_statuses(text.format(last="13"), "shares_exceed_100")
    loose = text.format(last="16").replace("under a single category", "by its trades")
    assert "fail" not in rule_statuses(loose, "shares_exceed_100")


def test_a_share_a_party_is_entitled_to() -> None:
    text = (
        "Holmland receives 41% of the cod quota. Vestria is entitled to 27% and Kalder to 18%, "
        "and Ostmark takes 9%. The remaining {rest}% goes to the Tern Islands.\n"
    )
    assert "fail" in rule_statuses(text.format(rest="7"), "shares_exceed_100")
    assert "fail" not in rule_statuses(text.format(rest="5"), "shares_exceed_100")


# ------------------------------------------------------------ remainders and their groups


def test_a_remainder_is_not_a_part_of_a_later_intake() -> None:
    text = (
        "In total they recovered 1,960 bricks of cocaine. Of those, 1,240 were packed among the "
        "crates, while the remaining 680 were concealed inside the units.\n\n"
        "Police arrested nine people in raids on Wednesday.\n"
    )
    assert "fail" not in rule_statuses(text, "ledger_mismatch")


def test_a_remainder_is_not_a_part_of_one_listed_item() -> None:
    text = (
        "Orthopaedics accounted for 11,200 patients, followed by ophthalmology with 9,150, "
        "general surgery with 6,800, and ear, nose and throat with 4,100. The remaining "
        "17,350 patients were spread across 19 other specialties.\n"
    )
    assert "fail" not in rule_statuses(text, "part_exceeds_whole")


# ------------------------------------------------------------------- a workforce restated


def _steelworks(later: str) -> str:
    return (
        "Dravo Metals agreed on Thursday to buy the Kessling steelworks, ending months of "
        "uncertainty for the more than 3,400 people employed at the site.\n\n"
        f"Dravo has promised to keep the site's entire workforce of {later} on existing "
        "contracts for at least two years.\n"
    )


def test_a_workforce_told_by_a_verb_and_by_a_noun_must_agree() -> None:
    fails = [c for c in rule_checks(_steelworks("3,150"), "bound_conflict") if c[0] == "fail"]
    assert fails and {"3,400", "3,150"} <= fails[0][2]
    assert "fail" not in rule_statuses(_steelworks("3,520"), "bound_conflict")


def test_jobs_cut_are_no_headcount() -> None:
    text = (
        "The company employs more than 3,400 people at the site. It will cut 3,150 jobs over "
        "two years, and some 240 administrative staff positions will go.\n"
    )
    for rule in ("bound_conflict", "figure_drift"):
        assert "fail" not in rule_statuses(text, rule)


def test_a_peak_workforce_is_not_todays() -> None:
    text = (
        "At the height of construction, more than 6,000 workers lived on the site. "
        "Today the site has 1,900 workers.\n"
    )
    assert "fail" not in rule_statuses(text, "bound_conflict")


def test_a_fused_noun_ties_a_transposed_count() -> None:
    text = (
        "The recount confirmed her as the winner, though her margin narrowed to 212 votes "
        "from 245 on election night.\n\nThe {n}-vote margin is the narrowest since 1998.\n"
    )
    assert any("swapped" in c[1] for c in rule_checks(text.format(n="221"), "figure_drift"))
    assert "fail" not in rule_statuses(text.format(n="212"), "figure_drift")


def test_a_measure_in_one_unit_restated_with_digits_swapped() -> None:
    text = (
        "Volunteers pulled {a} tonnes of rubbish out of the river over the weekend.\n\n"
        "The trust said the {b} tonnes collected this year compared with 9.8 tonnes in 2023.\n"
    )
    assert any(
        "swapped" in c[1] for c in rule_checks(text.format(a="14.2", b="12.4"), "figure_drift")
    )
    assert "fail" not in rule_statuses(text.format(a="14.2", b="14.2"), "figure_drift")


def test_two_sums_above_two_bases_are_not_transposed() -> None:
    text = (
        "That total is $530 million above the administration's request. It's also nearly "
        "$350 million above the agency's enacted 2014 budget.\n"
    )
    assert "fail" not in rule_statuses(text, "figure_drift")


# ------------------------------------------------------------------------- ledgers


@pytest.mark.parametrize(("closing", "expected"), [("14,951", "fail"), ("14,915", "pass")])
def test_a_year_ending_with_its_stock(closing: str, expected: str) -> None:
    text = (
        "Brennock began that year with 14,820 homes. Over the following 12 months it built or "
        "bought 365 properties, sold 212 to tenants and demolished 58 at its Carrow Fields "
        f"estate, ending the year with {closing} homes, the auditors said.\n"
    )
    assert rule_statuses(text, "ledger_mismatch") == [expected]


@pytest.mark.parametrize(("closing", "expected"), [("3,041", "fail"), ("3,014", "pass")])
def test_leaving_it_with_a_stock(closing: str, expected: str) -> None:
    text = (
        "The force began the campaign in April of last year with 2,870 officers. Since then it "
        "has hired the 412 recruits, while 268 officers have left through retirement, leaving "
        f"it with {closing} officers today.\n"
    )
    assert rule_statuses(text, "ledger_mismatch") == [expected]


def _ferry(missing: str) -> str:
    return (
        "The ferry was carrying 312 people when it rolled over near the port.\n\n"
        "By Wednesday evening, 241 people had been rescued and 14 bodies recovered, the coast "
        f"guard said. A further {missing} people were still unaccounted for.\n"
    )


def test_those_unaccounted_for_are_everyone_else_aboard() -> None:
    assert "fail" in rule_statuses(_ferry("51"), "ledger_mismatch")
    assert rule_statuses(_ferry("57"), "ledger_mismatch") == ["pass"]


def test_missing_people_not_said_unaccounted_may_be_some_of_the_rest() -> None:
    text = _ferry("51").replace("still unaccounted for", "still missing")
    assert "fail" not in rule_statuses(text, "ledger_mismatch")


# ---------------------------------------------------------------------------- ages


@pytest.mark.parametrize(("now", "expected"), [("56", "fail"), ("54", "pass"), ("55", "pass")])
def test_an_age_then_plus_the_years_since_is_the_age_now(now: str, expected: str) -> None:
    text = (
        f"Chief Constable Dorothy Renner, {now}, who joined the force 35 years ago as a "
        "19-year-old constable, said the numbers were encouraging.\n"
    )
    assert rule_statuses(text, "age_mismatch") == [expected]


def _zoo(later: str = "") -> str:
    return (
        "Zoo move falls behind schedule\n\nHARWICK, June 16, 2025 — Keepers have moved 214 "
        "animals to the new site. The zoo now expects to finish about three months later than "
        f"scheduled.{later}\n\nTamsin, the herd's {{age}}-year-old matriarch, was born at "
        "Harwick on Aug. 9, 1975.\n"
    )


def test_a_printed_dateline_dates_an_age_born_at_a_place() -> None:
    assert rule_statuses(_zoo().format(age=50), "age_mismatch") == ["fail"]
    assert rule_statuses(_zoo().format(age=49), "age_mismatch") == ["pass"]


# ----------------------------------------------------------------- parts of a set told


@pytest.mark.parametrize(("found", "expected"), [("19", "fail"), ("11", "pass")])
def test_a_participle_points_to_the_set_its_verb_counted(found: str, expected: str) -> None:
    text = (
        "X-ray scanners flagged 17 of the 212 containers taken off the ship.\n\n"
        f"Drugs were found in {found} of the flagged containers.\n"
    )
    checks = rule_checks(text, "part_exceeds_whole")
    mine = [c for c in checks if found in c[2]]
    assert mine and mine[0][0] == expected and "17" in mine[0][2]


@pytest.mark.parametrize(("part", "expected"), [("3,420", "fail"), ("2,420", "pass")])
def test_those_points_to_the_count_of_its_noun_just_before(part: str, expected: str) -> None:
    text = (
        "The rising water will submerge land belonging to 3,150 households in 23 villages. "
        f"The minister said {part} of those households had already accepted compensation.\n"
    )
    assert expected in rule_statuses(text, "part_exceeds_whole")


# ------------------------------------------------------------------------ percent of


@pytest.mark.parametrize(("part", "expected"), [("2.6 million", "fail"), ("2.2 million", "pass")])
def test_a_whole_named_then_stated(part: str, expected: str) -> None:
    text = (
        f"Dunmore produced {part} tonnes of steel last year, 18% of the country's total output "
        "of 12.4 million tonnes.\n"
    )
    assert rule_statuses(text, "percent_of_mismatch") == [expected]


@pytest.mark.parametrize(("part", "expected"), [("5,120", "fail"), ("5,720", "pass")])
def test_of_that_points_to_the_figure_just_told_not_its_rate(part: str, expected: str) -> None:
    text = (
        "The waterway handled 13,960 transits in the fiscal year, or about 38 a day. Container "
        f"ships made up 41% of that traffic, some {part} vessels.\n"
    )
    assert rule_statuses(text, "percent_of_mismatch") == [expected]


def test_of_that_takes_a_yearly_budget_not_a_price_per_meal() -> None:
    text = (
        "The council has budgeted about £82 million a year, at a cost of £2.90 a meal. About "
        "two-fifths of that, some £34 million, would have been set aside anyway.\n"
    )
    assert rule_statuses(text, "percent_of_mismatch") == ["pass"]


@pytest.mark.parametrize(("part", "expected"), [("486", "fail"), ("640", "pass")])
def test_a_share_of_a_stock_that_moved_a_little(part: str, expected: str) -> None:
    text = (
        "The association began the year with 14,820 homes and ended it with 14,951 homes.\n\n"
        f"On March 31, 4.3% of the association's homes were standing empty, {part} homes "
        "in all.\n"
    )
    assert expected in rule_statuses(text, "percent_of_mismatch")


# --------------------------------------------------------- comparisons, multiples, lists


@pytest.mark.parametrize(("old", "expected"), [("€365,000", "fail"), ("€358,000", "pass")])
def test_a_share_more_than_another_figure(old: str, expected: str) -> None:
    text = f"Koral earns €412,000 for the title, 15% more than the {old} paid last year.\n"
    assert rule_statuses(text, "change_mismatch") == [expected]


@pytest.mark.parametrize(("new", "expected"), [("1,840", "fail"), ("2,170", "pass")])
def test_times_that_of_is_a_multiple(new: str, expected: str) -> None:
    text = (
        f"The station will have a capacity of {new} megawatts, about three and a half times "
        "that of the country's largest plant, the 620-megawatt Korsa station.\n"
    )
    assert rule_statuses(text, "ratio_mismatch") == [expected]


def test_three_times_that_year_is_no_multiple() -> None:
    text = "He won the race three times that year, and 12 times in all.\n"
    assert rule_statuses(text, "ratio_mismatch") == []


@pytest.mark.parametrize(("times", "expected"), [("nine", "fail"), ("12", "pass")])
def test_times_that_figure_takes_the_figure_just_told(times: str, expected: str) -> None:
    text = (
        "The works made an operating profit of £96 million last year. At £1.15 billion, the "
        f"buyer is paying {times} times that figure.\n"
    )
    assert rule_statuses(text, "ratio_mismatch") == [expected]


@pytest.mark.parametrize(("n", "expected"), [("three", "fail"), ("two", "pass")])
def test_an_abbreviation_does_not_end_a_list(n: str, expected: str) -> None:
    text = (
        f"They were treated at {n} hospitals: St. Anselm's in Kavel and the naval hospital "
        "at Port Orrin.\n"
    )
    assert rule_statuses(text, "enumeration_mismatch") == [expected]


@pytest.mark.parametrize(("days", "expected"), [("16", "fail"), ("20", "pass")])
def test_the_days_since_a_date_run_to_the_article_date(days: str, expected: str) -> None:
    text = (
        "PORT ELSWICK — Vesna Koral won the Harbourline Open on Sunday, June 15, 2025.\n\n"
        "Her run began on May 26 with a qualifying win; in the "
        f"{days} days since, she has beaten four seeded players.\n"
    )
    assert rule_statuses(text, "duration_mismatch") == [expected]


def _mine(missing: str) -> str:
    return (
        "Rescuers have brought 41 miners to the surface alive and recovered six bodies since "
        f"a roof collapse at the mine, but {missing} men remain unaccounted for.\n\n"
        "Fifty-seven men were working a night shift when part of a gallery roof gave way.\n"
    )


def test_people_at_work_when_disaster_struck_are_all_accounted() -> None:
    fails = [c for c in rule_checks(_mine("nine"), "ledger_mismatch") if c[0] == "fail"]
    assert fails and "56" in fails[0][1] and "57" in fails[0][1]
    assert rule_statuses(_mine("ten"), "ledger_mismatch") == ["pass"]


@pytest.mark.parametrize(("cash", "expected"), [("£620 million", "fail"), ("£640 million", "pass")])
def test_a_named_amount_composed_of_parts_after_its_figure(cash: str, expected: str) -> None:
    text = (
        "Dravo agreed on Thursday to buy the steelworks for £1.15 billion.\n\n"
        f"The headline price is made up of {cash} in cash, £340 million of debt that Dravo will "
        "assume, and up to £170 million in further payments, the two companies said.\n"
    )
    assert rule_statuses(text, "sum_mismatch") == [expected]


@pytest.mark.parametrize(("earlier", "expected"), [("50,000", "pass"), ("52,000", "fail")])
def test_a_bare_earlier_level_after_its_unit(earlier: str, expected: str) -> None:
    text = (
        f"The haddock quota rises by 8% to 54,000 tonnes, from {earlier}. Together, the three "
        "quotas amount to just under 300,000 tonnes.\n"
    )
    assert rule_statuses(text, "change_mismatch") == [expected]


def test_the_first_listed_part_is_no_whole_of_a_share() -> None:
    text = (
        "The collection comprises 148 prints, 41 drawings and 23 paintings. A selection of 55 "
        "works, about a quarter of the collection, will go on show.\n"
    )
    assert "fail" not in rule_statuses(text, "percent_of_mismatch")


@pytest.mark.parametrize(("spoiled", "expected"), [("5", "fail"), ("3", "pass")])
def test_shares_of_ballots_backed_and_rejected(spoiled: str, expected: str) -> None:
    text = (
        "Of those voting, 74% backed the offer and 23% rejected it, while "
        f"{spoiled}% of ballots were spoiled, the union said.\n"
    )
    statuses = rule_statuses(text, "shares_exceed_100")
    assert expected in statuses and (expected == "fail" or "fail" not in statuses)


@pytest.mark.parametrize(("n", "expected"), [("five", "fail"), ("four", "pass")])
def test_all_n_of_the_owners_set_in_named_places(n: str, expected: str) -> None:
    text = (
        f"The strike shut lecture halls at all {n} of the university's campuses, in Elsmere, "
        "Northgate, Brannock and Lyle Bay, and postponed exams.\n"
    )
    assert rule_statuses(text, "enumeration_mismatch") == [expected]


@pytest.mark.parametrize(("rest", "expected"), [("9.7", "fail"), ("11.5", "pass")])
def test_parts_in_an_elided_unit_and_the_rest(rest: str, expected: str) -> None:
    text = (
        "Fenwick & Hale sold 41.6 million pints last year. Its flagship bitter accounted for "
        "18.2 million pints and its lager for 11.9 million, while seasonal ales made up the "
        f"remaining {rest} million.\n"
    )
    assert rule_statuses(text, "sum_mismatch") == [expected]


def test_an_elided_unit_is_read_as_the_unit_before() -> None:
    from reader.document import Document
    from reader.extract import extract_claims

    text = "Its bitter accounted for 18.2 million pints and its lager for 11.9 million."
    claims = extract_claims(Document.from_text(text))
    assert [(c.kind, c.unit) for c in claims] == [("measure", "pint"), ("measure", "pint")]


@pytest.mark.parametrize(("fleet", "expected"), [("36", "fail"), ("38", "pass")])
def test_a_fleet_left_after_returns_and_deliveries(fleet: str, expected: str) -> None:
    text = (
        "Skyvale began the year with 46 aircraft. It has since handed 11 back to leasing "
        f"companies and taken delivery of three new jets, leaving a fleet of {fleet}.\n"
    )
    assert rule_statuses(text, "ledger_mismatch") == [expected]


@pytest.mark.parametrize(("k", "expected"), [("12", "fail"), ("nine", "pass")])
def test_one_for_every_restates_the_two_counts_before(k: str, expected: str) -> None:
    text = (
        "The prison had 154 officers in post for its 1,386 prisoners during the inspection, "
        f"or one officer for every {k} men, and 31 posts were vacant.\n"
    )
    assert rule_statuses(text, "ratio_mismatch") == [expected]


def test_one_for_every_is_read_as_a_ratio() -> None:
    from reader.document import Document
    from reader.extract import extract_claims

    claims = extract_claims(Document.from_text("There is one for every 12,000 residents."))
    assert [(c.kind, c.text) for c in claims] == [("ratio", "one for every 12,000")]


@pytest.mark.parametrize(("months", "expected"), [("27", "fail"), ("30", "pass")])
def test_a_build_period_from_its_begin_and_finish(months: str, expected: str) -> None:
    text = (
        "Construction is due to begin in September 2025 and finish in March 2028, a build "
        f"period of {months} months.\n"
    )
    assert rule_statuses(text, "duration_mismatch") == [expected]


@pytest.mark.parametrize(("part", "expected"), [("296", "fail"), ("196", "pass")])
def test_of_the_noun_just_counted(part: str, expected: str) -> None:
    text = (
        "Inspectors counted 287 assaults in the 12 months to March, up from 201 a year "
        f"earlier.\n\nBy the report's count, {part} of the assaults were on officers.\n"
    )
    assert expected in rule_statuses(text, "part_exceeds_whole")


def test_of_the_noun_counted_twice_before_is_not_guessed() -> None:
    text = (
        "Inspectors counted 287 assaults at Hollins and 150 assaults at Brent.\n\n"
        "By the report's count, 296 of the assaults were on officers.\n"
    )
    assert "fail" not in rule_statuses(text, "part_exceeds_whole")


def _port(later: str) -> str:
    return (
        "MARLOW SOUND — The government on March 20, 2025, approved a £640 million expansion of "
        'the port.\n\n"This is the biggest thing to happen here," said chief executive Anita '
        "Sorensen, who was born in 1971. The {age}-year-old said construction would start in "
        f"the autumn.\n\nThe first berth should be operating by 2028, {later}.\n"
    )


def test_a_plan_told_ahead_is_no_look_back_from_the_lead() -> None:
    text = _port("with the full terminal open a year later")
    assert rule_statuses(text.format(age=51), "age_mismatch") == ["fail"]
    assert rule_statuses(text.format(age=53), "age_mismatch") == ["pass"]


@pytest.mark.parametrize(("count", "expected"), [("587", "fail"), ("612", "pass")])
def test_a_threshold_passed_then_the_count(count: str, expected: str) -> None:
    text = (
        "Self-harm incidents exceeded 600 for the first time in the jail's history.\n\n"
        f"Inspectors said the {count} self-harm incidents recorded during the year were a "
        "consequence of boredom.\n"
    )
    assert rule_statuses(text, "bound_conflict") == [expected]


def test_a_threshold_and_a_count_of_another_year() -> None:
    text = (
        "Self-harm incidents exceeded 600 in 2024.\n\n"
        "Inspectors said the 587 self-harm incidents recorded in 2023 were a record.\n"
    )
    assert "fail" not in rule_statuses(text, "bound_conflict")


@pytest.mark.parametrize(("later", "expected"), [("26", "fail"), ("22", "pass")])
def test_a_tenure_told_twice(later: str, expected: str) -> None:
    text = (
        "In 1988 he joined the Crescent Conservatory, where he taught for 22 years.\n\n"
        f'"In his {later} years at the conservatory he never once raised his voice," a '
        "former student said.\n"
    )
    assert rule_statuses(text, "figure_drift") == [expected]


def test_a_tenure_at_another_place_is_another() -> None:
    text = (
        "In 1988 he joined the Crescent Conservatory, where he taught for 22 years.\n\n"
        "In his 26 years at the orchestra he played every season.\n"
    )
    assert rule_statuses(text, "figure_drift") == []


def test_a_gapped_count_after_a_label_noun_is_read() -> None:
    from reader.document import Document
    from reader.extract import extract_claims

    text = (
        "The city division received 274 officers and the county division 191, while the "
        "remaining 137 joined the roads unit. He won stage 14 and stage 15."
    )
    claims = extract_claims(Document.from_text(text))
    assert [c.text for c in claims] == ["274", "191", "137"]


def test_the_rest_of_parts_far_from_their_whole_is_only_worth_a_look() -> None:
    text = (
        "Northvale Police took on 612 new officers in 2024.\n\nThe force lost 230 officers to "
        "retirement. Another 382 officers leaving were replaced.\n\nThe recruits were posted "
        "to three divisions. The city division received 274 officers and the county division "
        "191, while the remaining 137 officers joined the roads unit.\n"
    )
    statuses = rule_statuses(text, "sum_mismatch")
    assert "warn" in statuses and "fail" not in statuses


@pytest.mark.parametrize(("last", "expected"), [("27", "fail"), ("17", "pass")])
def test_shares_with_their_verb_gapped_and_a_remainder(last: str, expected: str) -> None:
    text = (
        "The company said roughly 46% of the affected roles are in engineering, 31% in sales "
        f"and marketing and {last}% in customer support, with the remainder in finance.\n"
    )
    statuses = rule_statuses(text, "shares_exceed_100")
    assert expected in statuses and (expected == "fail" or "fail" not in statuses)


def _shift(missing: str) -> str:
    return (
        "Mine rescue: 19 saved\n\nThirty-eight men were working the lower seam when the roof "
        "gave way. Eleven escaped on their own through a ventilation drift. The 19 rescued on "
        "Thursday had sheltered in a refuge chamber.\n\nSearch teams have recovered the bodies "
        f"of four miners. {missing} remain missing, the company said, adding that every other "
        "member of the shift had been accounted for.\n"
    )


def test_those_who_escaped_are_a_fate_of_their_own() -> None:
    fails = [c for c in rule_checks(_shift("Six"), "ledger_mismatch") if c[0] == "fail"]
    assert fails and {"Thirty-eight", "Eleven", "Six"} <= fails[0][2]
    assert rule_statuses(_shift("Four"), "ledger_mismatch") == ["pass"]


@pytest.mark.parametrize(("crew", "expected"), [("19", "fail"), ("17", "pass")])
def test_those_aboard_are_passengers_and_crew(crew: str, expected: str) -> None:
    text = (
        "The ferry was carrying 214 people when it rolled over. It was licensed to carry 350 "
        f"passengers. Of those aboard, 197 were passengers.\n\nAll {crew} crew members "
        "survived.\n"
    )
    assert rule_statuses(text, "sum_mismatch") == [expected]


# ------------------------------------------------- precision on the final blind set


def test_a_count_of_leaks_logged_by_staff_is_no_workforce() -> None:
    text = (
        "An explosion killed seven workers at the plant, the inquiry heard.\n\n"
        "Counsel said staff had logged 14 leaks at the site in the three years before.\n"
    )
    assert "fail" not in rule_statuses(text, "figure_drift")


def test_a_relative_of_the_same_surname_is_another_person() -> None:
    text = (
        "The youngest of the dead, apprentice Liam Carr, born on Sept. 3, 2003, was 19 when "
        'the plant exploded on Feb. 27, 2023.\n\n"He had been there eight months," said '
        "Carr's mother, Janet Carr, 46.\n"
    )
    assert "fail" not in rule_statuses(text, "age_mismatch")


def test_percentages_listed_in_one_sentence_are_not_one_figure_told_twice() -> None:
    text = (
        "The appeal drew 6,400 donors. According to the trust, 58% gave less than £50, 31% "
        "gave between £50 and £500 and 14% gave more than £500.\n"
    )
    assert "fail" not in rule_statuses(text, "figure_drift")


def test_a_transposed_figure_names_every_earlier_mention() -> None:
    text = (
        "Pennywise cuts prices on 1,450 lines\n\nPennywise said it would cut prices on 1,450 "
        "everyday products by 9%.\n\nThe 1,540 reduced lines will stay at their new prices.\n"
    )
    fails = [c for c in rule_checks(text, "figure_drift") if c[0] == "fail"]
    assert len(fails) == 1 and "swapped" in fails[0][1]


@pytest.mark.parametrize(("pct", "expected"), [("15%", "fail"), ("13%", "pass")])
def test_up_on_the_previous_years_figure(pct: str, expected: str) -> None:
    text = (
        "Rescue teams were called out 412 times in the 12 months to Sept. 30, up "
        f"{pct} on the previous year's 364, the association said.\n"
    )
    assert rule_statuses(text, "change_mismatch") == [expected]


@pytest.mark.parametrize(("pct", "expected"), [("14%", "fail"), ("11%", "pass")])
def test_a_fare_each_way_from_a_date_up_from_the_old_one(pct: str, expected: str) -> None:
    text = (
        "A foot passenger will pay £14.20 each way from Nov. 4, up from £12.80, an increase "
        f"of {pct}.\n"
    )
    assert rule_statuses(text, "change_mismatch") == [expected]


@pytest.mark.parametrize(("treated", "expected"), [("36", "fail"), ("30", "pass")])
def test_of_those_in_a_state_points_to_the_one_count_in_it(treated: str, expected: str) -> None:
    text = (
        "Besides the seven dead, 34 people were injured, 11 of them seriously.\n\n"
        "Counsel said staff had logged 14 leaks. Only two were inspected.\n\n"
        f"Hospital records indicated that {treated} of those injured were treated for burns.\n"
    )
    checks = [c for c in rule_checks(text, "part_exceeds_whole") if treated in c[2]]
    assert checks and checks[0][0] == expected and "34" in checks[0][2]


@pytest.mark.parametrize(("top", "expected"), [("14", "fail"), ("11", "pass")])
def test_donors_by_band_are_exclusive(top: str, expected: str) -> None:
    text = (
        "According to the trust, 58% gave less than £50, 31% gave between £50 and £500 and "
        f"{top}% gave more than £500.\n"
    )
    statuses = rule_statuses(text, "shares_exceed_100")
    assert expected in statuses and (expected == "fail" or "fail" not in statuses)


def test_giving_money_and_time_may_overlap() -> None:
    text = "Of the members surveyed, 60% gave money to the appeal and 45% gave time.\n"
    assert "fail" not in rule_statuses(text, "shares_exceed_100")


@pytest.mark.parametrize(("pct", "expected"), [("87%", "fail"), ("81%", "pass")])
def test_a_share_restating_n_of_m(pct: str, expected: str) -> None:
    text = f"The worst-hit site lost 520,000 of its 640,000 fish, or {pct}.\n"
    assert rule_statuses(text, "percent_of_mismatch") == [expected]


@pytest.mark.parametrize(("pct", "expected"), [("71%", "fail"), ("67%", "pass")])
def test_a_share_of_the_figure_of_which_is_a_part(pct: str, expected: str) -> None:
    text = (
        "Sales rose 11% to £6.9 billion in the year, of which own-label products accounted "
        f"for £4.6 billion, or {pct}.\n"
    )
    assert rule_statuses(text, "percent_of_mismatch") == [expected]


@pytest.mark.parametrize(("total", "expected"), [("376", "fail"), ("367", "pass")])
def test_innings_and_their_aggregate(total: str, expected: str) -> None:
    text = (
        "Cole, 34, finished as the leading run-scorer. His innings of 41, 88, 12, 103, 27 and "
        f"96 not out gave him a series aggregate of {total} at an average of 75.2.\n"
    )
    assert rule_statuses(text, "sum_mismatch") == [expected]
