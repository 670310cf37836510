"""Behaviour of the claim engine on sentences written the way news is."""

import pytest

from reader.document import Document
from reader.extract import extract_claims
from reader.model import Claim


def claims(text: str) -> list[Claim]:
    return extract_claims(Document.from_text(text))


def only(text: str) -> Claim:
    found = claims(text)
    assert len(found) == 1, [(c.text, c.kind) for c in found]
    return found[0]


@pytest.mark.parametrize(
    "text, span, kind, value",
    [
        ("Officials counted 251 hostages.", "251", "count", 251),
        ("They freed five farmworkers.", "five", "count", 5),
        ("Twenty-two parishes were hit.", "Twenty-two", "count", 22),
        ("It bought a dozen trucks.", "a dozen", "count", 12),
        ("The city has 6 million people.", "6 million", "count", 6_000_000),
        ("Turnout fell to 1.2m voters.", "1.2m", "count", 1_200_000),
        ("Prices rose 40% last year.", "40%", "percent", 40),
        ("Prices rose 18 per cent.", "18 per cent", "percent", 18),
        ("Prices rose 5.1 percent.", "5.1 percent", "percent", 5.1),
        ("It raised $4.5 billion.", "$4.5 billion", "money", 4_500_000_000),
        ("It raised $4.5bn.", "$4.5bn", "money", 4_500_000_000),
        ("It spent £20m on roads.", "£20m", "money", 20_000_000),
        ("It spent €142 million.", "€142 million", "money", 142_000_000),
        ("It cost 140 million dollars.", "140 million dollars", "money", 140_000_000),
        ("He lost 30 pounds.", "30 pounds", "measure", 30),
        ("It flew 210 miles.", "210 miles", "measure", 210),
        ("It burned 48,200 acres.", "48,200 acres", "measure", 48200),
        ("Winds hit 120 mph.", "120 mph", "measure", 120),
        ("It reached 94°F.", "94°F", "measure", 94),
        ("Outside it was -57 C.", "-57 C", "measure", -57),
        ("Take one 20-milligram tablet.", "20-milligram", "measure", 20),
        ("Add 1½ cups of lentils.", "1½ cups", "measure", 1.5),
        ("Add 1/3 cup of water.", "1/3 cup", "measure", 1 / 3),
        ("The talks lasted 42 days.", "42 days", "duration", 42),
        ("He signed a five-year deal.", "five-year", "duration", 5),
        ("They waited a day and a half.", "a day and a half", "duration", 1.5),
        ("Gadi Moses, 80 years old, was freed.", "80 years old", "age", 80),
        ("A 34-year-old man was hurt.", "34-year-old", "age", 34),
        ("The mayor, Jane Osei, 51, said so.", "51", "age", 51),
        ("She joined at age 23 and stayed.", "23", "age", 23),
        ("Nearly one in five residents moved.", "one in five", "ratio", 0.2),
        ("About one patient in 16 fell ill.", "one patient in 16", "ratio", 0.0625),
        ("Three out of four riders agreed.", "Three out of four", "ratio", 0.75),
        ("Nausea was twice as common.", "twice", "ratio", 2),
        ("Sales have doubled.", "doubled", "ratio", 2),
        ("They were assigned in a 3-to-1 ratio.", "3-to-1", "ratio", 3),
        ("About two-thirds of the staff left.", "two-thirds", "ratio", 2 / 3),
        ("Half of the towns shrank.", "Half", "ratio", 0.5),
        ("The shares trade at 31 times earnings.", "31 times", "ratio", 31),
    ],
)
def test_reads_kind_and_value(text: str, span: str, kind: str, value: float) -> None:
    c = only(text)
    assert c.text == span
    assert c.kind == kind
    assert c.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text, bound, low, high",
    [
        ("Hamas held more than 90 hostages.", "lower", 90, None),
        ("At least 34 are dead.", "lower", 34, None),
        ("Nearly 3,000 homes were lost.", "upper", None, 3000),
        ("Up to 18 inches of rain fell.", "upper", None, 18),
        ("Fewer than 40,000 ballots were spoiled.", "upper", None, 40000),
        ("About 600 jobs will go.", "approx", None, None),
        ("Residents aged 65 and over voted.", "lower", 65, None),
        ("It won by 20 points or more.", "lower", 20, None),
        ("The fire burned 500 acres.", "exact", 500, 500),
    ],
)
def test_qualifiers_set_the_interval(text: str, bound: str, low, high) -> None:
    c = only(text)
    assert (c.bound, c.low, c.high) == (bound, low, high)


@pytest.mark.parametrize(
    "text, span, low, high, kind",
    [
        (
            "Losses were between $8 billion and $12 billion.",
            "$8 billion and $12 billion",
            8e9,
            12e9,
            "money",
        ),
        ("A surge of 12 to 15 feet hit.", "12 to 15 feet", 12, 15, "measure"),
        ("Expect 20-30 mph winds.", "20-30 mph", 20, 30, "measure"),
        ("Simmer for 25–30 minutes.", "25–30 minutes", 25, 30, "duration"),
        ("It costs $8 to $12 billion.", "$8 to $12 billion", 8e9, 12e9, "money"),
        ("Voters aged 18 to 29 stayed home.", "18 to 29", 18, 29, "age"),
        ("Between 3% and 5% of homes.", "3% and 5%", 3, 5, "percent"),
    ],
)
def test_ranges_are_one_claim_with_both_ends(text, span, low, high, kind) -> None:
    c = only(text)
    assert (c.text, c.value, c.low, c.high, c.kind) == (span, None, low, high, kind)


def test_a_change_from_one_figure_to_another_is_two_claims() -> None:
    found = claims("Containment rose from 20% to 35% overnight.")
    assert [(c.text, c.value) for c in found] == [("20%", 20), ("35%", 35)]


def test_an_interval_in_two_units_is_two_ends() -> None:
    found = claims("Every child aged 9 months to 14 years was vaccinated.")
    assert [(c.text, c.kind, c.bound) for c in found] == [
        ("9 months", "age", "lower"),
        ("14 years", "age", "upper"),
    ]


def test_percentage_points_are_distinct_from_percent() -> None:
    found = claims("Turnout rose to 61.3%, up 4.2 percentage points.")
    assert [(c.kind, c.percentage_points) for c in found] == [
        ("percent", False),
        ("percent", True),
    ]


def test_vague_amounts() -> None:
    c = only("Rescuers pulled thousands of people from the water.")
    assert (c.kind, c.value, c.low, c.high, c.bound, c.vague) == (
        "count",
        None,
        2000,
        None,
        "lower",
        True,
    )


def test_measures_are_normalised_through_si() -> None:
    c = only("He lost 30 pounds in captivity.")
    assert c.unit == "pound"
    assert c.normalized == pytest.approx(13.6078, rel=1e-4)
    assert c.normalized_unit == "kilogram"


def test_money_has_a_currency_code() -> None:
    assert [c.currency for c in claims("It cost $5, £6, €7 and ¥8 and 9 euros.")] == [
        "USD",
        "GBP",
        "EUR",
        "JPY",
        "EUR",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It was his second term.",
        "Talks on phase two begin.",
        "He fought in World War II.",
        "Voyager 2 left the solar system.",
        "Cases of COVID-19 rose.",
        "An F-16 crashed.",
        "The Boeing 737 was grounded.",
        "Under Section 427 of the code.",
        "The G7 met in Rome.",
        "Resolution 2791 passed.",
        "Call 1-800-555-0199 for help.",
        "Call the office at (555) 304-2190 now.",
        "The meeting is at 6:30 p.m. sharp.",
        "Doors open at 7 p.m.",
        "One of the slogans was false.",
        "It was one of the worst.",
        "They won 121-108 on the road.",
        "The team lost 2-3 to Spain.",
        "As shown [3], see p. 12 and pp. 40-45.",
        "Doyle, who wears No. 7, scored.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert [(c.text, c.kind) for c in claims(text)] == []


def test_the_day_of_a_date_is_part_of_the_date() -> None:
    found = claims("As of Feb. 5, the 1988 covenant stood.")
    assert [(c.text, c.kind, c.value) for c in found] == [
        ("Feb. 5", "date", "--02-05"),
        ("1988", "date", "1988"),
    ]


def test_a_list_of_named_counts_is_counted() -> None:
    text = "The Union won 61 seats, the Democrats 44, Homeland Front 23 and Forward 10."
    assert [c.value for c in claims(text)] == [61, 44, 23, 10]


def test_subject_and_predicate() -> None:
    text = (
        "As of Feb. 5, Hamas had released 13 of the more than 90 Israeli hostages still "
        "held in Gaza. At least 34 are dead."
    )
    by_text = {c.text: c for c in claims(text)}
    assert (by_text["13"].subject, by_text["13"].predicate) == ("israeli hostages", "released")
    assert (by_text["90"].subject, by_text["90"].predicate) == ("israeli hostages", "held")
    assert by_text["34"].predicate == "dead"
    assert by_text["34"].subject == "israeli hostages"


def test_subject_stops_at_the_head_noun() -> None:
    c = claims("Officials said two pilots asked for help.")[0]
    assert c.subject == "pilots"
    d = claims("The fire destroyed 1,140 structures, officials said.")[0]
    assert (d.subject, d.predicate) == ("structures", "destroyed")


def test_claims_carry_sentence_and_paragraph() -> None:
    found = claims("One line with 5 cats.\nAnother with 7 dogs. And 9 birds.")
    assert [(c.sentence, c.paragraph) for c in found] == [(0, 0), (1, 1), (2, 1)]


def test_spans_and_ids() -> None:
    text = "They counted 42 geese and 7 swans on Oct. 7, 2023."
    found = claims(text)
    assert [c.id for c in found] == ["c1", "c2", "c3"]
    for c in found:
        assert text[c.start : c.end] == c.text


@pytest.mark.parametrize(
    "text, span, kind, value, currency",
    [
        ("Shares fell to 212.5p on Monday.", "212.5p", "money", 212.5, "GBP"),
        ("He was fined Rs 5 lakh.", "Rs 5 lakh", "money", 500_000, "INR"),
        ("It fell to minus 20 degrees Celsius.", "minus 20 degrees Celsius", "measure", -20, None),
        ("The ratio was 3:1 in favour.", "3:1", "ratio", 3, None),
        ("An area twice the size of Wales.", "twice", "ratio", 2, None),
    ],
)
def test_more_forms(text: str, span: str, kind: str, value: float, currency) -> None:
    c = only(text)
    assert (c.text, c.kind, c.currency) == (span, kind, currency)
    assert c.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "He bought an iPhone 12 yesterday.",
        "It happened on 9/11 and the shop runs 24/7.",
        "Windows 10 shipped late.",
        "The score stood at 2-2 at half time.",
        "They met at 10am and again at 14:30.",
    ],
)
def test_more_non_quantities(text: str) -> None:
    assert [(c.text, c.kind) for c in claims(text)] == []


def test_the_noun_a_figure_sizes() -> None:
    c = only("It has a workforce of 19,800, the filing shows.")
    assert c.subject == "workforce"


def test_top_ten_is_a_rank_not_a_bound() -> None:
    c = only("Its top 10 clients left.")
    assert (c.bound, c.low, c.high) == ("exact", 10, 10)


def test_subject_is_inherited_from_the_last_count_not_from_a_place() -> None:
    text = "The outbreak sickened at least 87 people in 14 states, and 23 have been hospitalized."
    by_text = {c.text: c for c in claims(text)}
    assert by_text["23"].subject == "people"
    assert by_text["23"].predicate == "hospitalized"


def test_subject_for_a_partitive_pronoun() -> None:
    text = "A total of 12,400 residents were ordered out. By Wednesday, 7,900 of them had returned."
    by_text = {c.text: c for c in claims(text)}
    assert (by_text["7,900"].subject, by_text["7,900"].predicate) == ("residents", "returned")


@pytest.mark.parametrize(
    "text, span",
    [
        ("Smith, who turned 90 last week, swims daily.", "90"),
        ("His wife, 87, joined him.", "87"),
        ("She became the youngest mayor at 29, and left at 33.", "29"),
        ("The average age of a farmer is now 58, up from 55 a decade ago.", "55"),
        ("The victims included an 18-month-old girl.", "18-month-old"),
        ("In his early forties, he ran the race.", "forties"),
    ],
)
def test_more_ages(text: str, span: str) -> None:
    by_text = {c.text: c for c in claims(text)}
    assert by_text[span].kind == "age"


def test_index_points_restated_as_a_percent_are_not_percentage_points() -> None:
    found = claims("The index gained 312 points, or 0.9%, to close higher.")
    assert [(c.text, c.kind) for c in found] == [("312", "count"), ("0.9%", "percent")]


def test_a_third_as_an_ordinal_is_no_fraction() -> None:
    assert [c.text for c in claims("Earnings fell for a third consecutive quarter.")] == []
    assert [c.text for c in claims("It rose by a third this year.")] == ["a third"]


def test_one_in_every_ten() -> None:
    c = only("One in every 10 deaths is linked to smoke.")
    assert (c.kind, c.value) == ("ratio", 0.1)


def test_a_change_shares_the_unit_written_once() -> None:
    found = claims("The crew asked to climb from 32,000 to 38,000 feet.")
    assert [(c.text, c.kind, c.unit) for c in found] == [
        ("32,000", "measure", "foot"),
        ("38,000 feet", "measure", "foot"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He lives at 10 Downing Street.",
        "The march reached 1600 Pennsylvania Avenue.",
        "It is a twenty-first century problem.",
    ],
)
def test_addresses_and_ordinals_are_no_quantities(text: str) -> None:
    assert [(c.text, c.kind) for c in claims(text)] == []


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Roughly one-in-five homes flooded.", "one-in-five", 0.2),
        ("Two of every three voters agreed.", "Two of every three", 2 / 3),
        ("Sales saw a fivefold rise.", "fivefold", 5),
        ("Cases saw a 10-fold jump.", "10-fold", 10),
    ],
)
def test_more_ratios(text: str, span: str, value: float) -> None:
    c = only(text)
    assert (c.text, c.kind) == (span, "ratio")
    assert c.value == pytest.approx(value)


def test_journal_references_and_hyphenated_units() -> None:
    assert claims("Nature 574, 16-17 (2019)") == []
    c = only("They searched a 100-square-kilometre area.")
    assert (c.kind, c.unit) == ("measure", "square_kilometer")


def test_points_scored_beside_a_percentage_are_a_count() -> None:
    found = claims("Pike scored 22 points and shot 41.2 percent, a gain of 4 points.")
    assert [(c.text, c.kind) for c in found] == [
        ("22", "count"),
        ("41.2 percent", "percent"),
        ("4 points", "percent"),
    ]


def test_a_total_counts_what_came_before_and_finite_verbs_end_the_phrase() -> None:
    text = "Corvia hosted 742,000 refugees and Belmar 515,000, for a total of 1,257,000."
    assert claims(text)[-1].subject == "refugees"
    c = claims("About 68,000 people crossed while 9,500 went home.")[-1]
    assert (c.subject, c.predicate) == ("people", "went")
