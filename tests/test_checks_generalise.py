"""Wordings the time/units/restatement checks must read beyond the first phrasings.

Each inconsistent sentence has a consistent twin that must not fail. The
sentences are written for these tests.
"""

from __future__ import annotations

from test_checks_support import rule_statuses as _statuses

from reader import analyze

# ------------------------------------------------ changes: verb, object, "by", then the figure


def test_change_verb_with_its_object_before_by() -> None:
    bad = "The board trimmed the herring allowance by 15%, to 8,100 tonnes from 9,000 tonnes."
    good = "The board trimmed the herring allowance by 10%, to 8,100 tonnes from 9,000 tonnes."
    assert _statuses(bad, "change_mismatch") == ["fail"]
    assert _statuses(good, "change_mismatch") == ["pass"]


def test_to_before_from_order_and_less_common_verbs() -> None:
    good = "Ticket income slid 25% to $1.8 million from $2.4 million last season."
    bad = "Ticket income slid 35% to $1.8 million from $2.4 million last season."
    assert _statuses(good, "change_mismatch") == ["pass"]
    assert _statuses(bad, "change_mismatch") == ["fail"]


def test_percentage_raise_as_a_noun_after_the_figure() -> None:
    bad = (
        "The hospital trust has offered nurses a 2% raise, which would take the top "
        "band to $52,500 from $50,000."
    )
    good = bad.replace("2% raise", "5% raise")
    assert _statuses(bad, "change_mismatch") == ["fail"]
    assert _statuses(good, "change_mismatch") == ["pass"]


def test_change_with_its_own_figure_is_not_failed_against_the_next_sentence() -> None:
    # "brought in $0.9 billion, down 30%": the figure that fell is in the clause itself;
    # the pair in the sentence before is another series.
    text = (
        "Group turnover went to $5.1 billion from $4.8 billion. Licensing, a small part "
        "of turnover, brought in $0.9 billion, down 30%, as deals lapsed."
    )
    assert "fail" not in _statuses(text, "change_mismatch")


# ------------------------------------------------- figure drift: a mention naming the whole set


def test_all_n_names_the_whole_set_stated_before() -> None:
    bad = (
        "A coach carrying 48 pupils overturned near the ford on Friday. The council said "
        "on Saturday that all 46 pupils had been taken home."
    )
    good = bad.replace("all 46", "all 48")
    assert _statuses(bad, "figure_drift") == ["fail"]
    assert _statuses(good, "figure_drift") == ["pass"]


def test_possessive_mention_against_a_lower_bound() -> None:
    bad = (
        "The trust runs nine clinics, which employ more than 2,000 nurses. "
        '"Paying our 1,700 nurses more would cost $9 million," the director said.'
    )
    good = bad.replace("1,700", "2,150")
    assert _statuses(bad, "bound_conflict") == ["fail"]
    assert "fail" not in _statuses(good, "bound_conflict")


def test_narrower_or_modified_sets_are_not_the_whole() -> None:
    narrower = (
        "Two coaches were carrying 90 pupils to the museum on Friday. "
        "All 45 pupils on the second coach were unhurt, police said."
    )
    modified = (
        "The closure would merge two junior schools. Nine of the county's 31 schools "
        "were built before 1960."
    )
    assert "fail" not in _statuses(narrower, "figure_drift")
    assert "fail" not in _statuses(modified, "figure_drift")


# ---------------------------------------------------------- ratios: "N to one" in words


def test_ratio_in_words_after_an_out_verb() -> None:
    bad = "The port's 5,100 dockers outnumber its 2,000 clerks by more than three to one."
    good = bad.replace("5,100", "6,500")
    assert _statuses(bad, "ratio_mismatch") == ["fail"]
    assert _statuses(good, "ratio_mismatch") == ["pass"]


def test_words_to_one_is_a_ratio_but_from_three_to_one_is_not() -> None:
    [ratio] = [c for c in analyze("On the hill, ewes outnumber rams by five to one.").claims]
    assert ratio.kind == "ratio" and ratio.value == 5
    kinds = [c.kind for c in analyze("The queue shrank from three to one.").claims]
    assert "ratio" not in kinds


def test_ratio_without_a_verb_of_order_tries_both_orders() -> None:
    text = "In the ballot 450 members backed the deal and 150 opposed it, a margin of three to one."
    assert _statuses(text, "ratio_mismatch") == ["pass"]


def test_a_set_named_by_another_owner_is_another_set() -> None:
    texts = [
        "Acme employs 1,200 engineers. Paying Bolt's 900 engineers more would cost $2 million.",
        "The hospital has 400 nurses. A bonus for the clinic's 90 nurses would cost $1 million.",
        "Acme employs 1,200 engineers. Bolt said all 900 engineers would strike.",
        "Acme employs 1,200 engineers. At Bolt, all 900 engineers will strike.",
    ]
    for text in texts:
        assert "fail" not in _statuses(text, "figure_drift"), text


# ------------------------------------------------ enumeration: a later sentence lists the set

_HEIST = (
    "Thieves took {n} paintings from the gallery on Monday. Police gave few details. "
    "The stolen paintings were a harbour scene by Jan Roos, dated 1660; two portraits "
    "by Ann Vale; and a still life."
)


def test_definite_list_counts_items_with_their_own_counts() -> None:
    assert _statuses(_HEIST.format(n="five"), "enumeration_mismatch") == ["fail"]
    assert _statuses(_HEIST.format(n="four"), "enumeration_mismatch") == ["pass"]


def test_definite_list_of_another_set_or_noun_is_not_compared() -> None:
    other = _HEIST.format(n="five").replace("The stolen paintings", "The recovered paintings")
    noun = _HEIST.format(n="five").replace("The stolen paintings", "The stolen items")
    assert "fail" not in _statuses(other, "enumeration_mismatch")
    assert "fail" not in _statuses(noun, "enumeration_mismatch")


def test_two_statements_on_two_days_may_report_a_moved_figure() -> None:
    texts = [
        "Police said on Monday that 12 people had died in the floods. On Tuesday, officials "
        "said 15 people had died in the floods.",
        "Police said on Monday that all 12 climbers had been found. Rescuers said on "
        "Tuesday that all 15 climbers had been found.",
        "Police said on Monday that all 12 climbers had been found. On Tuesday, rescuers "
        "said all 15 climbers had been found.",
    ]
    for text in texts:
        assert "fail" not in _statuses(text, "figure_drift"), text


def test_ratio_of_another_clause_is_not_failed_against_the_out_verb_pair() -> None:
    text = (
        "Acme's 2,400 drivers outnumber Bolt's 800 drivers, and pupils outnumber staff by 9 to one."
    )
    assert "fail" not in _statuses(text, "ratio_mismatch")


def test_definite_list_after_two_counts_of_the_noun_only_warns() -> None:
    text = (
        "Thieves took six paintings in 2019 and four paintings in 2021. The stolen "
        "paintings were a harbour scene and two portraits."
    )
    assert _statuses(text, "enumeration_mismatch") == ["warn"]
