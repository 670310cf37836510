"""End to end: short articles through reader.analyze, one planted inconsistency each.

Each inconsistent text has a consistent twin that differs only in the figure,
so a rule that fires on both is caught. These texts are written for the tests:
none of their phrases or figures come from the labelled articles.
"""

from __future__ import annotations

import pytest

from reader import analyze

CASES = [
    # (rule, inconsistent text, consistent twin, figure that must be in the failing check)
    (
        "part_exceeds_whole",
        "The council has 45 members. The motion was backed by 52 of the council's members.",
        "The council has 45 members. The motion was backed by 31 of the council's members.",
        "52",
    ),
    (
        "sum_mismatch",
        "The bus was carrying 38 students and four teachers when it overturned. "
        "All 45 people were taken to hospital.",
        "The bus was carrying 38 students and four teachers when it overturned. "
        "All 42 people were taken to hospital.",
        "45",
    ),
    (
        "sum_mismatch",
        "The regulator logged 120 complaints: 70 about billing, 30 about delays and 10 others.",
        "The regulator logged 110 complaints: 70 about billing, 30 about delays and 10 others.",
        "120",
    ),
    (
        "percent_of_mismatch",
        "The union has 12,000 members, and 40% of them, or 6,000 people, voted to strike.",
        "The union has 12,000 members, and 40% of them, or 4,800 people, voted to strike.",
        "6,000",
    ),
    (
        "conversion_mismatch",
        "The catfish weighed 20 kg (60 pounds) when it was landed.",
        "The catfish weighed 20 kg (44 pounds) when it was landed.",
        "60 pounds",
    ),
    (
        "duration_mismatch",
        "The strike, which ran from May 3 to May 20, 2022, lasted 12 days.",
        "The strike, which ran from May 3 to May 20, 2022, lasted 17 days.",
        "12 days",
    ),
    (
        "age_mismatch",
        "Ruth Calder, born on Jan. 5, 1950, died on March 3, 2020. She was 72.",
        "Ruth Calder, born on Jan. 5, 1950, died on March 3, 2020. She was 70.",
        "72",
    ),
    (
        "enumeration_mismatch",
        "The plan has four parts: lower taxes, cheaper energy and better schools.",
        "The plan has three parts: lower taxes, cheaper energy and better schools.",
        "four",
    ),
    (
        "figure_drift",
        "The storm destroyed 240 homes along the coast. Officials said the 420 homes destroyed "
        "would be rebuilt by the province.",
        "The storm destroyed 240 homes along the coast. Officials said the 240 homes destroyed "
        "would be rebuilt by the province.",
        "420",
    ),
    (
        "bound_conflict",
        "More than 300 delegates attended the congress. The 250 delegates who attended elected "
        "a new chair.",
        "More than 300 delegates attended the congress. The 350 delegates who attended elected "
        "a new chair.",
        "250",
    ),
    (
        "change_mismatch",
        "Quarterly profit rose 25% to $230 million from $200 million.",
        "Quarterly profit rose 15% to $230 million from $200 million.",
        "25%",
    ),
    (
        "change_mismatch",
        "Unemployment fell to 4.1% from 4.5%, a drop of 0.6 percentage points.",
        "Unemployment fell to 4.1% from 4.5%, a drop of 0.4 percentage points.",
        "0.6",
    ),
    (
        "ratio_mismatch",
        "The new tower is three times as tall as the old one: 240 metres against 60 metres.",
        "The new tower is four times as tall as the old one: 240 metres against 60 metres.",
        "240 metres",
    ),
    (
        "ledger_mismatch",
        "Militants abducted 60 villagers in March. Since then 25 have been released, five escaped "
        "and three died. The army says 40 remain in captivity.",
        "Militants abducted 60 villagers in March. Since then 25 have been released, five escaped "
        "and three died. The army says 27 remain in captivity.",
        "40",
    ),
    (
        "shares_exceed_100",
        "The Greens won 45% of the vote, Labour took 35% and the Liberals took 25%.",
        "The Greens won 45% of the vote, Labour took 35% and the Liberals took 19%.",
        "45%",
    ),
]


def _fails(text: str) -> list[tuple[str, list[str]]]:
    a = analyze(text)
    return [(c.rule, [a.claim(i).text for i in c.claims]) for c in a.failed]


@pytest.mark.parametrize(("rule", "bad", "good", "figure"), CASES, ids=[c[0] for c in CASES])
def test_inconsistent_text_fails(rule: str, bad: str, good: str, figure: str) -> None:
    fails = _fails(bad)
    assert any(figure in " ".join(texts) for _, texts in fails), fails


@pytest.mark.parametrize(("rule", "bad", "good", "figure"), CASES, ids=[c[0] for c in CASES])
def test_consistent_twin_does_not_fail(rule: str, bad: str, good: str, figure: str) -> None:
    assert _fails(good) == []
