"""Sums and ledgers read from more phrasings: each reading with a consistent twin, an
inconsistent one and a near miss (sentences made up for these tests)."""

from __future__ import annotations

from tests.test_checks_support import rule_checks


def _statuses(text: str, rule: str = "sum_mismatch") -> list[str]:
    return [status for status, _, _ in rule_checks(text, rule)]


# --- a whole divided among labelled parts -----------------------------------------------

DIVIDED = (
    "Ticket sales of $90 million were divided among prizes ($50 million), the school fund "
    "({school}) and retailer commissions ($10 million)."
)


def test_parts_in_parentheses_after_their_labels_must_add_up():
    assert "fail" in _statuses(DIVIDED.format(school="$25 million"))
    assert _statuses(DIVIDED.format(school="$30 million")) == ["pass"]


def test_an_unnumbered_last_label_leaves_the_division_open():
    text = (
        "The $80 million was divided among hospitals ($50 million), clinics ($20 million) "
        "and other services."
    )
    assert "fail" not in _statuses(text)


def test_active_split_with_the_whole_after_the_verb():
    text = "The council split its $60 million grant between schools ({a}) and roads ($20 million)."
    assert "fail" in _statuses(text.format(a="$35 million"))
    assert _statuses(text.format(a="$40 million")) == ["pass"]


def test_counts_shared_among_parties_in_parentheses():
    assert "fail" in _statuses("The 12 seats were shared among Labour (7) and the Greens (4).")
    assert _statuses("The 12 seats were shared among Labour (8) and the Greens (4).") == ["pass"]


# --- a season record ----------------------------------------------------------------------


def test_won_drew_lost_make_up_the_season():
    text = "Over the 30-round season the Lions won 18, drew four and lost {lost}, finishing third."
    assert _statuses(text.format(lost="seven")) == ["fail"]
    assert _statuses(text.format(lost="eight")) == ["pass"]


def test_record_as_nouns_against_a_campaign_of_matches():
    text = "Across a 16-match campaign the club recorded 10 wins, two draws and {n} defeats."
    assert _statuses(text.format(n="three")) == ["fail"]
    assert _statuses(text.format(n="four")) == ["pass"]


def test_a_record_so_far_need_only_fit_in_the_season():
    assert _statuses("The Bears have won nine and lost four so far in the 17-game season.") == [
        "pass"
    ]


def test_a_record_without_draws_named_need_only_fit():
    assert _statuses("In 26 league matches this season, United won 15 and lost five.") == ["pass"]


def test_wins_of_another_kind_are_no_record():
    text = "Over the 30-round season the club won 3 trophies and lost 4 players to injury."
    assert "fail" not in _statuses(text)


# --- a whole spread over a stated number of units ---------------------------------------

UNITS = (
    "Zinc output rose to 90,000 tonnes in the quarter. The group mines zinc at three sites: "
    "its main pit produced 50,000 tonnes, Redhill {b} and the smaller Cold Fell mine 15,000 "
    "tonnes."
)


def test_figures_for_each_announced_unit_add_up_to_the_whole():
    assert "fail" in _statuses(UNITS.format(b="20,000 tonnes"))
    assert _statuses(UNITS.format(b="25,000 tonnes")) == ["pass"]


def test_units_given_fewer_figures_than_announced_are_not_read():
    text = (
        "Zinc output rose to 90,000 tonnes in the quarter. The group mines zinc at three sites: "
        "its main pit produced 50,000 tonnes and Redhill 20,000 tonnes."
    )
    assert "fail" not in _statuses(text)


def test_units_of_another_noun_than_the_whole_only_warn():
    text = (
        "The company employs 5,000 people. It has three plants: Avon employs 2,000 workers, "
        "Brent 1,500 and Colne 1,000."
    )
    assert "fail" not in _statuses(text)


# --- a fronted total split in a closed list ----------------------------------------------

FRONTED = (
    "Of the $2.4 billion total, $1.6 billion is in the general fund and {b} in enterprise "
    "funds for water and sewers."
)


def test_a_named_total_split_in_a_closed_list_is_their_sum():
    assert _statuses(FRONTED.format(b="$600 million")) == ["fail"]
    assert _statuses(FRONTED.format(b="$800 million")) == ["pass"]


def test_a_selection_far_short_of_the_total_is_no_split():
    text = "Of the $2.4 billion total, $600 million goes to police and $300 million to fire."
    assert "fail" not in _statuses(text)


def test_a_fronted_whole_not_named_as_total_stays_open():
    text = "Of the 3,860 ballots cast, 2,700 were in favour and 1,100 against."
    assert "fail" not in _statuses(text)
