"""Part/whole family on further structures: shares listed with the verb gapped over long part
names, ... The texts are written for these tests; none of their phrases or figures come from
the labelled articles or held-out sets."""

from __future__ import annotations

from test_checks_support import fail_messages as _fails
from test_checks_support import rule_checks as _checks

# ------------------------------------- shares of one whole, the verb gapped over long names


def test_gapped_shares_with_long_part_names_over_100_fail() -> None:
    text = (
        "Fresh produce made up 47% of the shop's sales, tinned and dried goods 38% "
        "and household and cleaning products 22%, the owner said."
    )
    found = _checks(text, "shares_exceed_100")
    assert [s for s, _, _ in found] == ["fail"]
    assert found[0][2] == {"47%", "38%", "22%"}
    assert "107%" in found[0][1]


def test_gapped_shares_with_long_part_names_that_add_up_pass() -> None:
    text = (
        "Fresh produce made up 47% of the shop's sales, tinned and dried goods 31% "
        "and household and cleaning products 22%, the owner said."
    )
    assert _fails(text) == []
    found = _checks(text, "shares_exceed_100")
    assert [s for s, _, _ in found] == ["pass"]


def test_percentages_of_other_things_after_a_share_are_not_gapped_shares() -> None:
    text = (
        "Fresh produce made up 47% of the shop's sales, while prices of tinned and dried "
        "goods rose 38% and rents were up 22% on the year."
    )
    assert _fails(text) == []


# ------------------------------------------------ a rate apposed to a part of its group


def test_rate_apposed_to_a_part_of_a_stated_group_fails_when_wrong() -> None:
    text = "Overall, 97 of the 420 lorries failed inspection, a failure rate of 31%."
    found = _checks(text, "percent_of_mismatch")
    assert [s for s, _, _ in found] == ["fail"]
    assert found[0][2] == {"97", "420", "31%"}


def test_rate_apposed_to_a_bare_part_uses_the_group_named_before() -> None:
    text = "Inspectors checked 420 lorries and found faults in 97, a failure rate of 31%."
    found = _checks(text, "percent_of_mismatch")
    assert [s for s, _, _ in found] == ["fail"]
    assert "23.1%" in found[0][1]


def test_rate_that_matches_its_part_and_group_passes() -> None:
    text = "Inspectors checked 420 lorries and found faults in 97 (a failure rate of 23%)."
    assert _fails(text) == []
    assert [s for s, _, _ in _checks(text, "percent_of_mismatch")] == ["pass"]


def test_rate_with_two_possible_groups_does_not_fail() -> None:
    text = (
        "Of 420 lorries checked in May and 380 in June, inspectors found faults in 97, "
        "a failure rate of 31%."
    )
    assert _fails(text) == []


def test_rate_of_another_population_after_a_count_does_not_fail() -> None:
    text = "The region lost 12,000 jobs last year, an unemployment rate of 7%."
    assert _fails(text) == []


# ------------------------------- a group named without a number, its figure stated earlier

_TEAM = (
    "The expedition set out from the lower camp in March with 18 climbers on the rope.\n\n"
    "Storms pinned them down for a week near the summit ridge.\n\n"
    "Of its climbers, {a} were flown out by helicopter, and the bodies of two were brought "
    "down by guides. The organisers said the remaining {b} were still missing."
)


def test_named_group_breakdown_that_misses_its_figure_fails() -> None:
    found = _checks(_TEAM.format(a=11, b=4), "sum_mismatch")
    assert [s for s, _, _ in found] == ["fail"]
    assert found[0][2] == {"11", "two", "4", "18"}


def test_named_group_breakdown_that_adds_up_passes() -> None:
    text = _TEAM.format(a=12, b=4)
    assert _fails(text) == []
    assert [s for s, _, _ in _checks(text, "sum_mismatch")] == ["pass"]


def test_named_group_with_two_earlier_figures_does_not_fail() -> None:
    text = _TEAM.format(a=11, b=4).replace(
        "Storms pinned them", "A second team of 25 climbers followed. Storms pinned them"
    )
    assert _fails(text) == []


def test_group_of_another_noun_is_not_the_whole() -> None:
    text = _TEAM.format(a=11, b=4).replace("Of its climbers", "Of its porters")
    assert _fails(text) == []


def test_the_bodies_of_some_are_no_whole_for_the_rest() -> None:
    text = (
        "Rescuers recovered the bodies of three miners on Tuesday. "
        "The remaining five were still trapped underground."
    )
    assert [r for r, _ in _fails(text)] == []


def test_named_group_whose_figure_is_far_back_does_not_fail() -> None:
    text = (
        "The club had 18 climbers on its books last year.\n\n"
        "Membership fees rose in the spring.\n\n"
        "A new hut opened in May.\n\n"
        "The storm came in July.\n\n"
        "Of its climbers, 11 were flown out, and the bodies of two were brought down. "
        "The remaining 4 were still missing."
    )
    assert _fails(text) == []


# ---------------------------------- a group told before under another noun: a look, not a fail


def _part_whole(text: str) -> list[str]:
    return [s for s, _, _ in _checks(text, "part_exceeds_whole")]


def test_part_of_a_group_named_by_another_noun_is_a_warn() -> None:
    text = (
        "A party of seven hikers left the trail at dawn to cross the glacier. "
        "By noon, 10 of the stragglers had reached the hut."
    )
    assert _part_whole(text) == ["warn"]
    assert _fails(text) == []


def test_part_within_a_group_named_by_another_noun_says_nothing() -> None:
    text = (
        "A party of seven hikers left the trail at dawn to cross the glacier. "
        "By noon, five of the stragglers had reached the hut."
    )
    assert _part_whole(text) == []


def test_group_in_another_paragraph_is_not_read_as_the_whole() -> None:
    text = (
        "A party of seven hikers left the trail at dawn to cross the glacier.\n\n"
        "By noon, 10 of the stragglers had reached the hut."
    )
    assert _part_whole(text) == []
