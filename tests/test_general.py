"""The general rules behind the claim engine, each on sentences of our own."""

import pytest

from reader.document import Document
from reader.extract import extract_claims
from reader.model import Claim


def claims(text: str) -> list[Claim]:
    return extract_claims(Document.from_text(text))


def spans(text: str) -> list[tuple[str, str, object]]:
    return [(c.text, c.kind, c.value) for c in claims(text)]


@pytest.mark.parametrize(
    "text, span, value, unit, bound",
    [
        ("The pilot circled for nearly an hour.", "an hour", 1, "hour", "upper"),
        ("The crew rested another day before the climb.", "another day", 1, "day", "exact"),
        ("The bridge stood for more than a century.", "a century", 100, "year", "lower"),
        ("It has been shut for a decade.", "a decade", 10, "year", "exact"),
        ("The queue took half a decade to clear.", "half a decade", 5, "year", "exact"),
        (
            "Almost a quarter of a century has passed.",
            "a quarter of a century",
            25,
            "year",
            "upper",
        ),
        ("The hearing lasted a week and a half.", "a week and a half", 1.5, "week", "exact"),
    ],
)
def test_a_span_of_time_named_by_an_article(
    text: str, span: str, value: float, unit: str, bound: str
) -> None:
    (c,) = [c for c in claims(text) if c.kind == "duration"]
    assert (c.text, c.value, c.unit, c.bound) == (span, value, unit, bound)


@pytest.mark.parametrize(
    "text",
    [
        "Porters earn £9.80 an hour.",
        "The ward serves one hot meal a day.",
        "Wells supply 40 litres per household a day.",
        "She trains twice a week.",
        "Each shift is ten hours a night.",
        "It was a day of mourning.",
        "The dam is a full day's walk away.",
    ],
)
def test_a_rate_or_a_name_for_a_time_is_no_duration(text: str) -> None:
    assert [c.text for c in claims(text) if c.kind == "duration" and c.value == 1] == []


@pytest.mark.parametrize(
    "text, span, value, bound",
    [
        ("Rents are now more than triple what they were.", "triple", 3, "lower"),
        ("The port could double its capacity.", "double", 2, "exact"),
        ("Output will roughly quadruple by 2040.", "quadruple", 4, "approx"),
        ("The new hall is three and a half times larger.", "three and a half times", 3.5, "exact"),
    ],
)
def test_multiples_written_as_words(text: str, span: str, value: float, bound: str) -> None:
    (c,) = [c for c in claims(text) if c.kind == "ratio"]
    assert (c.text, c.value, c.bound) == (span, value, bound)


@pytest.mark.parametrize(
    "text",
    ["They shared a double room.", "She won the triple jump.", "He took a double shift."],
)
def test_double_as_an_adjective_is_no_multiple(text: str) -> None:
    assert claims(text) == []


def test_pence_and_cents_are_money_valued_as_stated() -> None:
    found = claims("A stamp rose by 12p, and a pencil costs 45 cents.")
    assert [(c.text, c.kind, c.value, c.unit, c.currency) for c in found] == [
        ("12p", "money", 12, "penny", "GBP"),
        ("45 cents", "money", 45, "cent", "USD"),
    ]
    # normalised to the whole currency, which is what the checks compare
    assert [c.normalized for c in found] == [0.12, 0.45]


def test_a_price_range_with_two_symbols_is_no_negative() -> None:
    (c,) = claims("The lamps sell for $35-$48 online.")
    assert (c.kind, c.low, c.high, c.currency) == ("money", 35, 48, "USD")
    (d,) = claims("Crude briefly traded at -$4.")
    assert d.value == -4


def test_two_counts_joined_by_in_are_no_ratio() -> None:
    found = claims("He kicked 9 goals in 31 matches and took 3 titles in 12 years.")
    assert [(c.text, c.kind) for c in found] == [
        ("9", "count"),
        ("31", "count"),
        ("3", "count"),
        ("12 years", "duration"),
    ]
    (r,) = claims("About one nurse in 12 quit.")
    assert (r.kind, r.value) == ("ratio", 1 / 12)


@pytest.mark.parametrize(
    "text, span",
    [
        ("Volunteers number 3,215 this year.", "3,215"),
        ("The second stage 48 seconds later fired.", "48 seconds"),
    ],
)
def test_a_figure_with_separators_or_a_unit_is_no_label(text: str, span: str) -> None:
    assert span in [c.text for c in claims(text)]


@pytest.mark.parametrize(
    "text, year",
    [
        ("Fares have risen each year since 2017: the latest rise is 4%.", "2017"),
        ("Nothing changed until 1994 when the mill shut.", "1994"),
    ],
)
def test_a_year_after_a_date_word_is_a_date(text: str, year: str) -> None:
    dates = [c.value for c in claims(text) if c.kind == "date"]
    assert dates == [year]
    assert not any(c.value == float(year) for c in claims(text) if c.kind == "count")


@pytest.mark.parametrize(
    "text, span",
    [
        ("At 52, he ran his first race.", "52"),
        ("She quit school at 16 and went to sea.", "16"),
        ("Few men over 70 still farm.", "70"),
        ("A runner of 38 rarely wins.", "38"),
        ("The fee is lower for 16- to 17-year-olds.", "16- to 17-year-olds"),
        ("Most 25-year-olds rent.", "25-year-olds"),
    ],
)
def test_ages_of_people(text: str, span: str) -> None:
    assert (span, "age") in [(c.text, c.kind) for c in claims(text)]


@pytest.mark.parametrize(
    "text, span",
    [
        ("The yield stood at 41, and fell.", "41"),
        ("A club of 38 members met.", "38"),
    ],
)
def test_levels_and_counts_after_at_or_of_are_no_ages(text: str, span: str) -> None:
    assert (span, "count") in [(c.text, c.kind) for c in claims(text)]


def test_the_subject_of_a_level_is_the_object_brought_to_it() -> None:
    text = (
        "The agency hired 40 new nurses in May. The recruits, most from abroad, "
        "brought the hospital staff to 1,930."
    )
    last = claims(text)[-1]
    assert (last.text, last.subject) == ("1,930", "hospital staff")
    toll = claims("Rescuers put the death toll at 27.")[0]
    assert toll.subject == "death toll"


def test_quarter_and_half_take_a_unit_straight() -> None:
    (c,) = claims("The track is a quarter mile.")
    assert (c.text, c.kind, c.value, c.unit) == ("a quarter mile", "measure", 0.25, "mile")


@pytest.mark.parametrize(
    "text, span, unit",
    [
        ("The tank holds 14 US gallons.", "14 US gallons", "gallon"),
        ("The hull weighs 300 long tons.", "300 long tons", "long_ton"),
        ("A reading every 5 milliseconds.", "5 milliseconds", "millisecond"),
    ],
)
def test_qualified_units(text: str, span: str, unit: str) -> None:
    (c,) = claims(text)
    assert (c.text, c.unit) == (span, unit)


def test_fractions_before_a_verb_are_no_ordinals() -> None:
    found = claims("About a quarter commute by bus and a fifth said no, but a third term looms.")
    assert [(c.text, c.value) for c in found] == [("a quarter", 0.25), ("a fifth", 0.2)]


def test_multiple_before_a_noun_is_an_adjective() -> None:
    assert claims("Sales hit double digits.") == []


def test_a_part_of_which_takes_the_unit_of_its_whole() -> None:
    found = claims("The ship logged 4,800 nautical miles, of which 900 were in ice.")
    assert [(c.text, c.kind, c.unit) for c in found] == [
        ("4,800 nautical miles", "measure", "nautical_mile"),
        ("900", "measure", "nautical_mile"),
    ]


def test_a_vague_amount_of_a_unit() -> None:
    (c,) = claims("The cave was used for hundreds of years.")
    assert (c.text, c.kind, c.unit, c.low, c.bound) == (
        "hundreds of years",
        "duration",
        "year",
        200,
        "lower",
    )


def test_subjects_of_fronted_groups_and_partitive_participles() -> None:
    text = (
        "Rescuers logged 70 calls. Among the stranded hikers, 12 had frostbite. "
        "All 9 of the wounded were flown out."
    )
    found = claims(text)
    assert [(c.text, c.subject) for c in found] == [
        ("70", "calls"),
        ("12", "stranded hikers"),
        ("9", "wounded"),
    ]


def test_a_capitalised_name_is_no_verb() -> None:
    (c,) = claims("Harding recalls 3,000 heaters.")
    assert (c.subject, c.predicate) == ("heaters", None)


@pytest.mark.parametrize(
    "text, span, kind",
    [
        ("He was 19 when he enlisted.", "19", "age"),
        ("By 40 she had sold the farm.", "40", "age"),
        ("The rate was 19 when markets shut.", "19", "count"),
        ("Output fell by 40, she said.", "40", "count"),
    ],
)
def test_ages_opening_a_clause_about_a_person(text: str, span: str, kind: str) -> None:
    (c,) = claims(text)
    assert (c.text, c.kind) == (span, kind)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("The 350 Spyder was recalled.", []),
        ("The DAX 40 slipped 2%.", ["2%"]),
        ("Some 14 Green councillors resigned.", ["14"]),
        ("The 25 Harbour Trust staff struck.", ["25"]),
        ("She has won 4 Olympic medals.", ["4"]),
    ],
)
def test_a_figure_that_begins_a_name_is_no_count(text: str, kept: list[str]) -> None:
    assert [c.text for c in claims(text)] == kept


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("He ran the 800m final.", "measure", 800),
        ("A 3m fence went up.", "measure", 3),
        ("The dam is 90m-high.", "measure", 90),
        ("Some 4.5m viewers watched.", "count", 4_500_000),
        ("Almost 2m people voted.", "count", 2_000_000),
    ],
)
def test_m_is_metres_before_a_singular_noun_and_millions_before_a_plural(
    text: str, kind: str, value: float
) -> None:
    (c,) = claims(text)
    assert (c.kind, c.value) == (kind, value)


def test_and_a_half_with_hyphens() -> None:
    (c,) = claims("The climb took three-and-a-half hours.")
    assert (c.text, c.kind, c.value) == ("three-and-a-half hours", "duration", 3.5)


def test_a_change_by_then_the_new_level_is_no_range() -> None:
    found = claims("Members rose by 300 to 5,100, and fees may rise by 4 to 6 per cent.")
    assert [(c.text, c.value, c.low, c.high) for c in found] == [
        ("300", 300, 300, 300),
        ("5,100", 5100, 5100, 5100),
        ("4 to 6 per cent", None, 4, 6),
    ]


@pytest.mark.parametrize(
    "text, span, subject",
    [
        ("Season members rose by 400 to 9,300.", "9,300", "season members"),
        ("Registered voters number 61,200.", "61,200", "registered voters"),
        ("Hospital admissions fell 90 to 1,450.", "1,450", "hospital admissions"),
        ("Hospital admissions fell 90 to 1,450.", "90", None),
    ],
)
def test_the_subject_of_a_stated_level(text: str, span: str, subject: str | None) -> None:
    (c,) = [c for c in claims(text) if c.text == span]
    assert c.subject == subject


def test_a_quarter_earlier_is_a_period_not_a_fraction() -> None:
    found = claims("Orders rose 3% on a quarter earlier, and a quarter of them were online.")
    assert [(c.text, c.kind) for c in found] == [("3%", "percent"), ("a quarter", "ratio")]


def test_a_duration_after_a_clock_time_is_no_rate() -> None:
    found = claims("He crossed the line in 1:58:30, a minute behind the winner.")
    assert [(c.text, c.kind, c.value) for c in found] == [
        ("1:58:30", "duration", 7110),
        ("a minute", "duration", 1),
    ]


def test_a_race_time_is_a_span_in_seconds_and_a_clock_time_is_no_claim() -> None:
    found = claims(
        "She won in 2:19:48.5 after the start at 9:30 a.m.; liftoff came at 06:14:32 GMT "
        "and the alarm rang at 04:40:10."
    )
    assert [(c.text, c.kind, c.value, c.unit) for c in found] == [
        ("2:19:48.5", "duration", 8388.5, "second")
    ]


def test_a_name_with_of_in_it_still_counts_its_noun() -> None:
    (c,) = claims("About 25 Port of Leith dockers walked out.")
    assert (c.text, c.kind) == ("25", "count")


def test_a_range_of_decimals_is_no_numbered_date() -> None:
    (c,) = claims("Some 2.4-2.9 million households were hit.")
    assert (c.low, c.high, c.subject) == (2_400_000, 2_900_000, "households")


def test_a_partitive_whole_written_in_words() -> None:
    first = claims("Three of the eight pumps failed.")[0]
    assert (first.text, first.subject) == ("Three", "pumps")


def test_a_descending_pair_with_nothing_after_is_a_ratio() -> None:
    (c,) = claims("Cyclists outnumber drivers 4 to 1.")
    assert (c.text, c.kind, c.value) == ("4 to 1", "ratio", 4)
    assert [c.kind for c in claims("Fares fell from 4 to 1.")] == ["count", "count"]


def test_scores_is_a_noun_unless_of_follows() -> None:
    assert claims("Test scores improved.") == []
    (c,) = claims("Scores of homes flooded.")
    assert (c.vague, c.low) == (True, 40)


@pytest.mark.parametrize(
    "text, span, value, points",
    [
        ("Rates rose 50 basis points.", "50 basis points", 50, True),
        ("Gilts gained 8bps.", "8bps", 8, True),
        ("Retail sales slipped 0.4pc.", "0.4pc", 0.4, False),
        ("It was a half-point cut.", "a half-point", 0.5, True),
    ],
)
def test_percent_forms_of_finance_news(text: str, span: str, value: float, points: bool) -> None:
    (c,) = claims(text)
    assert (c.text, c.kind, c.value, c.percentage_points) == (span, "percent", value, points)
    if c.unit == "basis_point":  # valued as stated, normalised to percentage points
        assert c.normalized == pytest.approx(value / 100)


def test_per_a_person_is_a_ratio_per_a_thing_an_average() -> None:
    found = claims("There are 21 pupils per teacher and 3.4 rooms per house.")
    assert [(c.text, c.kind) for c in found] == [("21", "ratio"), ("3.4", "count")]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The driver, who had worked nights for years, was 61.", "age"),
        ("Her grandson is 9.", "age"),
        ("Mensah, who trained in Accra, is 29.", "age"),
        ("The deficit, which grew in 2020, was 61.", "count"),
        ("The number of residents who left was 61.", "count"),
    ],
)
def test_a_copula_gives_the_age_of_a_person(text: str, kind: str) -> None:
    (c,) = [c for c in claims(text) if c.kind != "date"]
    assert c.kind == kind


def test_of_them_counts_what_the_last_sentence_counted() -> None:
    found = claims("Some 80 pupils sat the exam. Of them, 52 passed.")
    assert [(c.text, c.subject) for c in found] == [("80", "pupils"), ("52", "pupils")]


def test_a_particle_is_no_part_of_the_subject() -> None:
    (c,) = claims("Nine turned back.")
    assert c.subject != "turned back"


def test_a_point_in_time_named_by_an_article_is_no_duration() -> None:
    assert claims("On a day when trains stopped, it was a week that tested everyone.") == []


def test_the_subject_of_an_n_strong_group() -> None:
    (c,) = claims("A 2,500-strong crowd gathered.")
    assert c.subject == "crowd"


def test_a_lone_ing_form_after_a_figure_is_its_predicate() -> None:
    (c,) = claims("Of the vote, 14 were abstaining.")
    assert c.predicate == "abstaining"
    (d,) = [c for c in claims("Some 6 fishing boats sank.")]
    assert d.subject == "fishing boats"


def test_m_before_a_noun_a_million_sizes_stays_millions() -> None:
    (c,) = claims("The region's 3.4m population is ageing.")
    assert (c.kind, c.value) == ("count", 3_400_000)


def test_betting_odds_are_ratios_and_scores_and_votes_are_not() -> None:
    found = claims(
        "The 33-1 outsider beat the 9-2 favourite, backed at odds of 5-2. "
        "Rovers won 3-1 and the council voted 9-2 on Friday."
    )
    assert [(c.text, c.kind, c.value) for c in found if c.kind == "ratio"] == [
        ("33-1", "ratio", 33),
        ("9-2", "ratio", 4.5),
        ("5-2", "ratio", 2.5),
    ]


def test_pence_written_out_are_money_and_a_decimal_rate_is_one_for_every() -> None:
    found = claims("Shares fell to 84.6 pence. It has one officer for every 3.8 prisoners.")
    assert [(c.text, c.kind, c.value) for c in found] == [
        ("84.6 pence", "money", 84.6),
        ("one officer for every 3.8", "ratio", 1 / 3.8),
    ]
    assert found[0].currency == "GBP"
