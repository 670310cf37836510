"""Ratios named by their groups and lists written the other ways reporters write them.

Each reading has a consistent twin, an inconsistent one and a near miss that must stay
silent. The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest
from test_checks_support import rule_messages as _checks
from test_checks_support import rule_statuses as _statuses

from reader.markdown import strip_markdown

RATIO = "ratio_mismatch"
ENUM = "enumeration_mismatch"


# ------------------------------------------------------------------ ratios by their nouns
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The school has 300 girls and 150 boys, half as many boys as girls.", ["pass"]),
        ("The school has 300 girls and 250 boys, half as many boys as girls.", ["fail"]),
        ("The school has 300 girls and 150 boys; there are twice as many girls as boys.", ["pass"]),
        ("The school has 300 girls and 250 boys; there are twice as many girls as boys.", ["fail"]),
        # the figures in the other order than the ratio names them
        ("Women outnumber men on the board two to one: 12 men and 24 women sit on it.", ["pass"]),
        ("Women outnumber men on the board two to one: 12 men and 18 women sit on it.", ["fail"]),
    ],
)
def test_ratio_sides_found_by_their_nouns(text: str, expected: list[str]) -> None:
    assert _statuses(text, RATIO) == expected


def test_ratio_side_left_unstated_is_bounded_by_the_whole() -> None:
    wrong = (
        "Of the 90 owls ringed, 30 were barn owls. Tawny owls, which outnumber barn owls "
        "in the wood by three to one, nest in the old oaks."
    )
    ((status, msg),) = _checks(wrong, RATIO)
    assert status == "fail"
    assert "90 − 30 = 60" in msg
    room = wrong.replace("Of the 90", "Of the 130")
    assert _statuses(room, RATIO) == ["pass"]
    # near miss: the unstated side is another noun, so no whole bounds it
    other = wrong.replace("Tawny owls", "Crows").replace("barn owls in", "owls in")
    assert "fail" not in _statuses(other, RATIO)


# ------------------------------------------------------------------ fractions of more
def test_a_fraction_more_is_one_and_the_fraction() -> None:
    ok = "The farm grew 130 tonnes of wheat, a third more than the 100 tonnes grown last year."
    assert _statuses(ok, RATIO) == ["pass"]
    wrong = ok.replace("130 tonnes", "170 tonnes")
    ((status, msg),) = _checks(wrong, RATIO)
    assert status == "fail" and "a third more" in msg
    fewer = "The pier drew 75 anglers, a quarter fewer than the 100 of last spring."
    assert _statuses(fewer, RATIO) == ["pass"]
    assert _statuses(fewer.replace("75 anglers", "50 anglers"), RATIO) == ["fail"]


def test_more_than_n_times_is_a_floor() -> None:
    ok = "The gala raised $4.2 million, more than three times the $1.3 million of 2019."
    assert _statuses(ok, RATIO) == ["pass"]
    short = ok.replace("$4.2 million", "$3.6 million")  # 2.77 times
    assert _statuses(short, RATIO) == ["fail"]
    nearly = short.replace("more than three", "nearly three")
    assert _statuses(nearly, RATIO) == ["pass"]


def test_a_per_unit_figure_beside_the_total_is_skipped() -> None:
    ok = (
        "Members gave $2.1 million in all, an average of about $40 each and more than "
        "four times the $400,000 given by sponsors."
    )
    ((status, msg),) = _checks(ok, RATIO)
    assert status == "pass" and "$2.1 million" in msg
    wrong = ok.replace("$400,000", "$600,000")
    ((status, msg),) = _checks(wrong, RATIO)
    assert status == "fail" and "$2.1 million / $600,000" in msg
    # near miss: averages compared with each other stay a pair
    pair = "A pilot earns on average €150,000 a year, twice the €75,000 paid to a cadet."
    assert _statuses(pair, RATIO) == ["pass"]


# ------------------------------------------------------------------ lists
def test_names_in_apposition_are_the_list() -> None:
    ok = (
        "The council's three depots, the North Yard, the Mill Lane Depot and the Quayside "
        "Shed, were closed."
    )
    assert _statuses(ok, ENUM) == ["pass"]
    assert _statuses(ok.replace("three depots", "four depots"), ENUM) == ["fail"]
    # near misses: an attribution, a partial list, the part of a larger whole
    assert _statuses("Police questioned the band's four members, Ames and Byrd said.", ENUM) == []
    assert _statuses("The club has five teams, Rovers and United among them.", ENUM) == []
    assert _statuses("Two of its three divisions, Retail and Wholesale, were sold.", ENUM) == []


def test_items_described_one_sentence_at_a_time() -> None:
    ok = (
        "The estate will be split into three lots. A 40-acre plot will go to the school. "
        "A 25-acre field will be sold, and a 10-acre wood will be kept."
    )
    assert _statuses(ok, ENUM) == ["pass"]
    assert _statuses(ok.replace("three lots", "four lots"), ENUM) == ["fail"]
    # near miss: "another" names an item with no figure
    other = (
        "The airport will add three runways. One is a 3,200-metre strip to the north. "
        "A 2,800-metre runway will follow, and another is planned."
    )
    assert _statuses(other, ENUM) == []


def test_a_generic_noun_lists_the_things_counted_before() -> None:
    ok = (
        "Burglars took four objects from the gallery. Two men were seen. "
        "The missing items are a portrait, two landscapes and a seascape."
    )
    assert _statuses(ok, ENUM) == ["pass"]
    assert _statuses(ok.replace("four objects", "five objects"), ENUM) == ["fail"]
    # "items" may be more than the paintings counted: a guess, so a warning
    specific = ok.replace("four objects", "five paintings")
    assert _statuses(specific, ENUM) == ["warn"]
    # near misses: the count is joined with other things; people are no "items"
    joined = ok.replace("four objects from", "three objects and a clock from")
    assert _statuses(joined, ENUM) == []
    people = "Four guards were hurt. The missing items are a radio, two keys and a torch."
    assert _statuses(people, ENUM) == []


def test_a_ratio_of_two_named_groups() -> None:
    ok = "The ratio of nurses to doctors is four to one, with 400 nurses and 100 doctors."
    assert _statuses(ok, RATIO) == ["pass"]
    assert _statuses(ok.replace("100 doctors", "150 doctors"), RATIO) == ["fail"]
    hyphened = "The ward has 400 nurses and 150 doctors, a nurse-to-doctor ratio of four to one."
    assert _statuses(hyphened, RATIO) == ["fail"]
    assert _statuses(hyphened.replace("150 doctors", "100 doctors"), RATIO) == ["pass"]


_BULLETS = (
    "Fares review\n\nThe panel makes {n} recommendations:\n\n- Hire more inspectors.\n"
    "- Build a new depot.\n- Cut bus fares.\n\nThe mayor said the report was fair.\n"
)


def test_one_paragraph_per_item_after_a_colon() -> None:
    assert _statuses(_BULLETS.format(n="three"), ENUM) == ["pass"]
    assert _statuses(_BULLETS.format(n="four"), ENUM) == ["fail"]
    numbered = _BULLETS.replace("- Hire", "1. Hire").replace("- Build", "2. Build")
    numbered = numbered.replace("- Cut", "3. Cut")
    assert _statuses(numbered.format(n="four"), ENUM) == ["fail"]
    # near miss: paragraphs of prose after the colon are no list
    prose = _BULLETS.replace("- ", "The panel wants to ")
    assert _statuses(prose.format(n="four"), ENUM) == []


def test_items_told_in_turn() -> None:
    ok = (
        "The inquiry found three failings. First, the alarm was off. Second, the guard "
        "was asleep. Third, the gate was left open."
    )
    assert _statuses(ok, ENUM) == ["pass"]
    assert _statuses(ok.replace("three failings", "four failings"), ENUM) == ["fail"]
    # near misses: "one ... another" may leave items untold; "the last" may skip the middle
    loose = "The inquiry found four failings. One was a broken alarm. Another was a sleeping guard."
    assert _statuses(loose, ENUM) == []
    skipped = (
        "The team played four games. The first was a draw. The second was lost. The last was won."
    )
    assert _statuses(skipped, ENUM) == []


CONVERSION = "conversion_mismatch"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge is 1.2 miles long (about 1.9 kilometres).", ["pass"]),
        ("The bridge is 1.2 miles long (about 2.9 kilometres).", ["fail"]),
        ("The lake is 40 metres deep, or about 130 feet.", ["pass"]),
        ("The lake is 40 metres deep, or about 230 feet.", ["fail"]),
        ("The storm dumped 12 inches of snow (30 cm).", ["pass"]),
        ("The storm dumped 12 inches of snow (40 cm).", ["fail"]),
        ("The path runs 2 miles — about 3.2 km — along the cliff.", ["pass"]),
        ("The path runs 2 miles — about 4.2 km — along the cliff.", ["fail"]),
        # a source figure stands for itself: "2 miles" is no licence for 4 km
        ("The path runs 2 miles (about 4.2 km) along the cliff.", ["fail"]),
        # a bare figure named by its temperature scale
        ("The mercury hit 95 degrees Fahrenheit (35 Celsius) on Friday.", ["pass"]),
        ("The mercury hit 95 degrees Fahrenheit (38 Celsius) on Friday.", ["fail"]),
        ("The mercury hit 35 Celsius (99F) on Friday.", ["fail"]),
        ("It was 20 Celsius at noon.", []),
        # near misses: a phrase that goes elsewhere, a dash that goes on
        ("The road rose 300 metres to the pass (1,000 feet higher).", []),
        ("He swam 2 miles — 5 km less than last year.", []),
    ],
)
def test_conversions_written_other_ways(text: str, expected: list[str]) -> None:
    assert _statuses(text, CONVERSION) == expected


def test_a_margin_of_n_to_one_between_two_labelled_figures() -> None:
    ok = "Voters backed the plan by a margin of two to one, with 6,000 for and 3,000 against."
    assert _statuses(ok, RATIO) == ["pass"]
    assert _statuses(ok.replace("3,000", "4,000"), RATIO) == ["fail"]
    # the smaller side first is the same margin
    flipped = "Voters backed the plan by two to one, with 3,000 against and 6,000 for."
    assert _statuses(flipped, RATIO) == ["pass"]


def test_a_colon_ratio_after_its_figures() -> None:
    assert _statuses("The club has 60 members and 20 coaches, a 3:1 ratio.", RATIO) == ["pass"]
    # which figure the ratio puts first is a guess: a warning
    assert _statuses("The club has 60 members and 30 coaches, a 3:1 ratio.", RATIO) == ["warn"]


def test_named_sides_counted_in_the_next_sentence_only_warn() -> None:
    text = "There are twice as many girls as boys at the school. It has 300 girls and {b} boys."
    assert _statuses(text.format(b="150"), RATIO) == ["pass"]
    assert _statuses(text.format(b="250"), RATIO) == ["warn"]


def test_the_set_named_again_by_its_names() -> None:
    text = (
        "The storm closed {n} schools on Monday. "
        "The schools were Ash Lane, Birch Road and Elm Park."
    )
    assert _statuses(text.format(n="three"), ENUM) == ["pass"]
    assert _statuses(text.format(n="four"), ENUM) == ["fail"]
    # near miss: a tail that is no name leaves the list open
    tail = text.replace("and Elm Park.", "and Elm Park, all in the north.")
    assert "fail" not in _statuses(tail.format(n="four"), ENUM)


def test_semicolons_part_the_items_of_a_colon_list() -> None:
    text = "The report lists {n} causes: poor training; a faulty valve; and a late alarm."
    assert _statuses(text.format(n="three"), ENUM) == ["pass"]
    assert _statuses(text.format(n="four"), ENUM) == ["fail"]


def test_a_multiple_whose_outcome_follows_it() -> None:
    text = "Last year the fair drew 20,000 visitors. This year it drew twice as many, {x}."
    assert _statuses(text.format(x="40,000"), RATIO) == ["pass"]
    ((status, msg),) = _checks(text.format(x="50,000"), RATIO)
    assert status in ("warn", "fail") and "50,000 / 20,000" in msg


def test_a_multiple_of_a_possessive_base() -> None:
    text = "The fair drew {x} visitors this year, more than double last year's 20,000."
    assert _statuses(text.format(x="50,000"), RATIO) == ["pass"]
    assert _statuses(text.format(x="30,000"), RATIO) == ["fail"]
    # near miss: a frequency is no multiple
    assert _statuses("The ferry sails twice a day, carrying 400 people.", RATIO) == []


def test_a_colon_list_of_items_with_their_own_counts() -> None:
    text = "The panel reviewed six films: two dramas, {k} comedies and a documentary."
    assert _statuses(text.format(k="three"), ENUM) == ["pass"]
    ((status, msg),) = _checks(text.format(k="two"), ENUM)
    assert status == "fail" and "= 5 listed" in msg
    # near misses: a partial list; a list that belongs to the figure compared with
    partial = "The zoo has nine big cats: two lions, three tigers and a leopard among them."
    assert _statuses(partial, ENUM) == ["pass"]
    compared = (
        "Nine climbers died, compared with 12 the year before: four fell, three froze "
        "and two were caught by avalanches."
    )
    assert "fail" not in _statuses(compared, ENUM)


def test_names_after_a_copula_are_the_set() -> None:
    text = "The {n} finalists are Arco, Belmont and Cantor."
    assert _statuses(text.format(n="three"), ENUM) == ["pass"]
    assert _statuses(text.format(n="four"), ENUM) == ["fail"]
    # near misses: part of the set; a list that goes on past the names
    assert _statuses("Two of the finalists are Arco, Belmont and Cantor.", ENUM) == []
    assert _statuses("The four finalists were Arco, Belmont and Cantor in 2019.", ENUM) == []


def test_a_measure_and_its_conversion_are_no_pair_for_a_multiple() -> None:
    text = (
        "The club is building a 50,000-square-foot (4,600-square-metre) hall, which will "
        "nearly double its floor space."
    )
    assert _statuses(text, RATIO) == []
    # the same shape with one unit is still read
    two = "The hall holds 400 seats, the old one held 200, so it nearly doubles the seats."
    assert "fail" not in _statuses(two, RATIO)


def test_a_multiple_with_its_base_left_unsaid() -> None:
    text = (
        "Members pay 400 crowns a year, while visitors pay {x} crowns, more than three "
        "times as much, and students pay a 50-crown fee."
    )
    ((status, msg),) = _checks(text.format(x="1,300"), RATIO)
    assert status == "pass" and "1,300 / 400" in msg
    assert _statuses(text.format(x="1,000"), RATIO) == ["fail"]
    # near miss: the fee later in the sentence is no base
    alone = "Visitors pay 1,300 crowns, more than three times as much, and a 50-crown fee."
    assert _statuses(alone, RATIO) == []


def test_an_open_figure_verifies_no_multiple() -> None:
    text = "This year more than 30 pupils won, twice as many as the {y} who won in 2019."
    assert _statuses(text.format(y="24"), RATIO) == []
    # an open figure can still rule a multiple out: more than 30 is over twice 12
    assert _statuses(text.format(y="12"), RATIO) == ["fail"]


def test_an_unstated_kind_of_the_whole_is_bounded_by_it() -> None:
    text = "Of the 90 dogs in the shelter, 30 were puppies. Adult dogs outnumber puppies by {r}."
    assert _statuses(text.format(r="two to one"), RATIO) == ["pass"]
    assert _statuses(text.format(r="three to one"), RATIO) == ["fail"]
    # near misses: another group is not inside the whole; the whole is no side
    cats = text.replace("Adult dogs", "Cats")
    assert _statuses(cats.format(r="three to one"), RATIO) == []
    whole = text.replace("Adult dogs", "Dogs")
    assert _statuses(whole.format(r="two to one"), RATIO) == []


def test_finally_may_sum_up_rather_than_add() -> None:
    text = (
        "The report lists {n} reasons. First, costs rose. Second, demand fell. "
        "Third, rates climbed. Finally, the war hit exports."
    )
    assert _statuses(text.format(n="four"), ENUM) == ["pass"]
    assert _statuses(text.format(n="three"), ENUM) == []


def test_a_markdown_list_with_its_markers_blanked() -> None:
    md = (
        "# Fares review\n\nThe panel made {n} recommendations.\n\n- Hire more inspectors.\n"
        "- Build a new depot.\n- Cut bus fares.\n\nThe mayor said the report was fair.\n"
    )
    assert _statuses(strip_markdown(md.format(n="three")), ENUM) == ["pass"]
    assert _statuses(strip_markdown(md.format(n="four")), ENUM) == ["fail"]
    # near miss: an article indented throughout has no list in its indentation
    indented = (
        "  The panel made four recommendations.\n\n  Hire more inspectors, it said.\n\n"
        "  The depot is old.\n\n  Fares are high.\n"
    )
    assert _statuses(indented, ENUM) == []


def test_a_figure_in_apposition_to_the_subject() -> None:
    text = (
        "The new bridge, at 1,200 metres, is twice as long as the old one, which spans {y} metres."
    )
    assert _statuses(text.format(y="600"), RATIO) == ["pass"]
    assert _statuses(text.format(y="800"), RATIO) == ["fail"]
    # near miss: a figure of another clause before the subject's verb
    other = "In 2019, when 1,200 came, the hall was twice as full as the year before, with 500."
    assert "fail" not in _statuses(other, RATIO)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ministers from three countries (France, Germany and Italy) signed.", ["pass"]),
        ("Ministers from four countries (France, Germany and Italy) signed.", ["fail"]),
        ("Leeds, Hull and York, the three cities on the route, get stations.", ["pass"]),
        ("Leeds, Hull and York, the four cities on the route, get stations.", ["fail"]),
        ("The pact was signed by France, Germany and Italy, all four founders.", ["fail"]),
        # the names end the list before the clause goes on
        ("The three winners, namely Ann Lee and Bob Cole, were honoured.", ["fail"]),
        ("The two winners, namely Ann Lee and Bob Cole, were honoured.", ["pass"]),
        # near misses: a partial list; a count of a larger set
        ("Ministers from five countries (France and Italy among them) signed.", []),
        ("Leeds and York, the two largest of its four cities, get stations.", ["pass"]),
    ],
)
def test_names_around_the_count(text: str, expected: list[str]) -> None:
    assert _statuses(text, ENUM) == expected
