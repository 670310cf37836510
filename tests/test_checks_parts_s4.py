"""Readings added in the fourth recall session for parts, percentages, lists and ratios,
each with an inconsistent case, a consistent twin and a near miss."""

import pytest
from test_checks_support import rule_checks, rule_statuses

# ------------------------------------------ "N of the <qualified noun>" named from afar


def _clinic(part: str) -> str:
    return (
        "Flu spreads through Brackley care homes\n\n"
        "Staff logged 212 falls and 95 pressure sores over the winter. Among the rarer "
        "problems, the county nurses recorded 57 cases of shingles, most in January.\n\n"
        "Visiting hours were cut in three homes. The county said 18 homes had agency staff.\n\n"
        "Families were told by letter. Two homes closed to new residents for a month.\n\n"
        f"{part} of the shingles cases were in residents aged over 90, the report said.\n"
    )


@pytest.mark.parametrize(("part", "expected"), [("Sixty-two", "fail"), ("Forty-one", "pass")])
def test_a_qualified_noun_after_of_the_names_the_earlier_count(part: str, expected: str) -> None:
    statuses = [
        s for s, _, texts in rule_checks(_clinic(part), "part_exceeds_whole") if "57" in texts
    ]
    assert statuses == [expected]


def test_a_bare_noun_from_afar_is_not_tied() -> None:
    # "the cases" alone, seven sentences on, could be any cases: no verdict against the 57
    text = _clinic("Sixty-two").replace("of the shingles cases", "of the cases")
    assert not [t for _, _, t in rule_checks(text, "part_exceeds_whole") if "57" in t]


def _ferry(part: str, admitted: str = "admitted") -> str:
    return (
        "Storm strands ferry off Harwick\n\n"
        "The ferry left with 640 passengers and 52 crew on Friday. Waves broke two windows "
        "on the upper deck.\n\n"
        "Nineteen passengers were taken to Harwick Infirmary after the ship docked.\n\n"
        "The operator said it would refund every fare.\n\n"
        f"A nurse said {part} of the ferry passengers {admitted} were over 80.\n"
    )


@pytest.mark.parametrize(("part", "expected"), [("23", "fail"), ("12", "pass")])
def test_a_group_narrowed_by_a_participle_is_the_smaller_count(part: str, expected: str) -> None:
    checks = rule_checks(_ferry(part), "part_exceeds_whole")
    assert [s for s, _, t in checks if "Nineteen" in t] == [expected]
    assert not [t for _, _, t in checks if "640" in t]  # not all the passengers aboard


def test_without_the_participle_the_group_is_all_passengers() -> None:
    checks = rule_checks(_ferry("23", admitted="questioned"), "part_exceeds_whole")
    assert "fail" not in [s for s, _, t in checks if "Nineteen" in t]


# ------------------------------------------------------------- lists with asides on items


@pytest.mark.parametrize(
    ("count", "expected"), [("five", "fail"), ("four", "pass"), ("three", "fail")]
)
def test_a_relative_clause_on_an_item_is_no_item(count: str, expected: str) -> None:
    text = (
        f"Only {count} horses were pulled up: Amber Reef, which lost a shoe at the second "
        "fence, and Dunmore Lad, Kestrel Bay and Night Owl, all of which tired badly.\n"
    )
    assert rule_statuses(text, "enumeration_mismatch") == [expected]


@pytest.mark.parametrize(("count", "expected"), [("Four", "fail"), ("Three", "pass")])
def test_names_after_a_colon_belong_to_the_count_of_people(count: str, expected: str) -> None:
    text = (
        f"{count} riders share the lead on 41 points after nine stages: Tomas Brek of "
        "Slovakia, 24, Anna Lind of Sweden, 31, and Paulo Reis of Brazil, who turned "
        "professional in 2019 and has won twice this year.\n"
    )
    checks = rule_checks(text, "enumeration_mismatch")
    assert [s for s, _, t in checks if count in t] == [expected]
    assert not [t for _, _, t in checks if "nine" in t]  # the names are no stages


def test_a_list_of_people_is_not_counted_against_a_count_of_things() -> None:
    text = (
        "The panel met for three sessions: Ruth Hale, 52, and Omar Said, who chairs it, "
        "attended all of them.\n"
    )
    assert "fail" not in rule_statuses(text, "enumeration_mismatch")


@pytest.mark.parametrize(
    ("places", "expected"),
    [
        ("at Hull, Leeds, York and Derby", "fail"),
        ("at Hull, Leeds and York", "pass"),
        ("at Hull and Leeds", "warn"),  # one town may have two of them
    ],
)
def test_places_after_a_partitive_name_the_part(places: str, expected: str) -> None:
    text = f"The grocer will close three of its depots, {places}, and move the staff.\n"
    assert rule_statuses(text, "enumeration_mismatch") == [expected]


# ------------------------------------------------------------------ shares read from afar


@pytest.mark.parametrize(("done", "expected"), [("3,380", "fail"), ("3,810", "pass")])
def test_a_rate_of_occurrences_is_of_the_set_counted_before(done: str, expected: str) -> None:
    text = (
        "Auditors checked 4,700 prescriptions at random and found the dose written correctly "
        f"{done} times, an accuracy rate of 81%.\n"
    )
    assert rule_statuses(text, "percent_of_mismatch") == [expected]


def test_a_multiple_is_no_count_of_occurrences() -> None:
    text = (
        "Auditors checked 4,700 prescriptions, and errors were 12 times more common at night, "
        "an error rate of 9%.\n"
    )
    assert "fail" not in rule_statuses(text, "percent_of_mismatch")


def _fuel(share: str, verb: str = "burn") -> str:
    return (
        "Ships brought in 2.6 million litres of diesel a day in March, or "
        f"{share} of the island's consumption. Islanders {verb} 14.5 million litres of diesel "
        "a day, most of it in power stations.\n"
    )


@pytest.mark.parametrize(("share", "expected"), [("23%", "fail"), ("18%", "pass")])
def test_a_whole_named_by_what_is_done_is_the_figure_told_with_the_doing(
    share: str, expected: str
) -> None:
    assert rule_statuses(_fuel(share), "percent_of_mismatch") == [expected]


def test_a_figure_told_with_another_doing_is_not_the_whole() -> None:
    # refineries that produce 14.5 million litres do not tell what the island consumes
    assert "fail" not in rule_statuses(_fuel("23%", verb="refine"), "percent_of_mismatch")


def _merger(share: str) -> str:
    return (
        "Two grain traders will merge, creating a company that will store about 4.2 million "
        "tonnes of wheat a year. The deal needs approval from regulators.\n\n"
        "Farmers' groups have objected. The new company will hold "
        f"about {share} of the 21.5 million tonnes harvested in the country each year.\n"
    )


@pytest.mark.parametrize(("share", "expected"), [("25%", "fail"), ("20%", "pass")])
def test_a_share_of_a_stated_whole_reads_its_part_told_of_the_same_subject(
    share: str, expected: str
) -> None:
    assert rule_statuses(_merger(share), "percent_of_mismatch") == [expected]


def test_a_share_far_from_any_told_part_is_not_judged() -> None:
    # 4.2 million is about 20% of 21.5 million: a share of 60% is about something else
    assert rule_statuses(_merger("60%"), "percent_of_mismatch") == []


# ------------------------------------------------------- one for every K of a population


def _jail(rate: str, about: str = "") -> str:
    return (
        "Brenmoor prisons hold record numbers\n\n"
        "The number of people held in Brenmoor's prisons reached 12,600 in May, officials "
        "said.\n\n"
        "The 14 prisons were built to hold 10,100 people. About 900 prisoners sleep in "
        "converted workshops.\n\n"
        f"The service employs 3,150 guards, or {about}one for every {rate} prisoners.\n"
    )


@pytest.mark.parametrize(("rate", "expected"), [("3.2", "fail"), ("4.0", "pass"), ("4", "pass")])
def test_one_for_every_k_is_read_against_the_population(rate: str, expected: str) -> None:
    # 12,600 / 3,150 = 4.0; the capacity of 10,100 (3.2 per guard) is no population
    assert expected in rule_statuses(_jail(rate), "ratio_mismatch")
    if expected == "pass":
        assert "fail" not in rule_statuses(_jail(rate), "ratio_mismatch")


def test_an_approximate_rate_against_a_population_is_only_worth_a_look() -> None:
    statuses = rule_statuses(_jail("3.2", about="about "), "ratio_mismatch")
    assert "fail" not in statuses


@pytest.mark.parametrize(("count", "expected"), [("four", "fail"), ("three", "pass")])
def test_a_set_named_as_people_with_their_ages(count: str, expected: str) -> None:
    text = (
        f"The {count} climbers, identified by mountain rescue as Jana Holt, 27; Per Moen, 33; "
        "and Lia Ferrante, 45, were flown to Bergstad on Monday.\n"
    )
    assert rule_statuses(text, "enumeration_mismatch") == [expected]


def test_some_of_a_set_named_as_is_no_count_of_the_list() -> None:
    text = (
        "Two of the climbers, identified by mountain rescue as Jana Holt, 27; Per Moen, 33; "
        "and Lia Ferrante, 45, were flown to Bergstad on Monday.\n"
    )
    assert "fail" not in rule_statuses(text, "enumeration_mismatch")


def _kettles(part: str, first: str = "United Kingdom") -> str:
    return (
        "Brightwell recalls kettles\n\n"
        "Brightwell is recalling 96,000 kettles sold in the United Kingdom and Ireland. "
        f"Of those, 71,000 kettles were sold in the {first} and the rest in Ireland.\n\n"
        "The lids can come loose. No injuries were reported. Owners should stop using them.\n\n"
        f"Supermarkets accounted for {part} of the U.K. units, the company said.\n"
    )


@pytest.mark.parametrize(("part", "expected"), [("74,500", "fail"), ("52,000", "pass")])
def test_units_of_a_place_are_the_product_counted_for_that_place(part: str, expected: str) -> None:
    checks = rule_checks(_kettles(part), "part_exceeds_whole")
    assert [s for s, _, t in checks if "71,000" in t and part in t] == [expected]


def test_the_units_of_a_place_are_not_read_against_a_union_of_places() -> None:
    # 74,500 is within the 96,000 sold in both places; only the one-place count is its whole
    checks = rule_checks(_kettles("74,500", first="Channel Islands"), "part_exceeds_whole")
    assert not [t for _, _, t in checks if "74,500" in t and "96,000" in t]


# --------------------------------------------------- a measure of a noun measured whole


def _barley(part: str) -> str:
    return (
        "Hail hits the Ardel plain\n\n"
        "Barley, the plain's main spring crop, was planted on 9,200 hectares this year. "
        "A farmer near Kell grows barley and oats on 80 hectares.\n\n"
        f"Insurers have paid out on {part} hectares of flattened barley fields so far.\n"
    )


@pytest.mark.parametrize(("part", "expected"), [("9,700", "fail"), ("6,100", "pass")])
def test_a_qualified_measure_of_a_crop_is_within_the_area_sown(part: str, expected: str) -> None:
    statuses = [
        s for s, _, t in rule_checks(_barley(part), "part_exceeds_whole") if "9,200 hectares" in t
    ]
    assert statuses == [expected]


def test_a_farm_that_grows_the_crop_is_not_its_whole() -> None:
    # the 80 hectares is one farm's, the crop an object there, not the sentence's subject
    checks = rule_checks(_barley("6,100"), "part_exceeds_whole")
    assert not [t for _, _, t in checks if "80 hectares" in t]


def test_a_measure_without_a_qualifier_is_only_worth_a_look() -> None:
    text = _barley("9,700").replace("flattened barley fields", "barley")
    assert "fail" not in rule_statuses(text, "part_exceeds_whole")


# ----------------------------------------------------------- one group of several


def _herds(size: str, group: str = "The biggest of those herds") -> str:
    return (
        "Rangers counted 120 elephants in five herds during the survey. "
        f"{group}, which ranges along the river, now numbers {size} animals.\n"
    )


@pytest.mark.parametrize(("size", "expected"), [("134", "fail"), ("46", "pass")])
def test_one_of_several_groups_holds_no_more_than_all_of_them(size: str, expected: str) -> None:
    checks = rule_checks(_herds(size), "part_exceeds_whole")
    assert [s for s, _, t in checks if "120" in t and size in t] == [expected]


def test_a_group_of_another_count_is_not_one_of_them() -> None:
    # "a herd" seen elsewhere is not said to be one of the five
    checks = rule_checks(_herds("134", group="A herd in the next valley"), "part_exceeds_whole")
    assert not [t for _, _, t in checks if "120" in t and "134" in t]
