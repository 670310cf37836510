"""Readings added in the fourth recall session for parts, percentages, lists and ratios,
each with an inconsistent case, a consistent twin and a near miss."""

import pytest
from test_checks_support import rule_checks

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
