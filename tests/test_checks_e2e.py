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


# Other ways the same relations are written.
CASES += [
    (
        "part_exceeds_whole",
        "Of the 40 miners trapped, 43 were brought to the surface on Sunday.",
        "Of the 40 miners trapped, 37 were brought to the surface on Sunday.",
        "43",
    ),
    (
        "part_exceeds_whole",
        "The airline employs 900 pilots, of whom 950 are based abroad.",
        "The airline employs 900 pilots, of whom 350 are based abroad.",
        "950",
    ),
    (
        "part_exceeds_whole",
        "Judges ruled for the plaintiff in 17 out of 15 cases last year.",
        "Judges ruled for the plaintiff in 12 out of 15 cases last year.",
        "17",
    ),
    (
        "sum_mismatch",
        "The ship had 2,100 passengers and 900 crew aboard, a total of 3,200 people.",
        "The ship had 2,100 passengers and 900 crew aboard, a total of 3,000 people.",
        "3,200",
    ),
    (
        "duration_mismatch",
        "The trial, which began on June 2, 2021 and ended on June 30, lasted six weeks.",
        "The trial, which began on June 2, 2021 and ended on June 30, lasted four weeks.",
        "six weeks",
    ),
    (
        "ledger_mismatch",
        "Police arrested 120 protesters on Saturday. By Monday, 95 of them had been released, "
        "leaving 35 in custody.",
        "Police arrested 120 protesters on Saturday. By Monday, 95 of them had been released, "
        "leaving 25 in custody.",
        "35",
    ),
    (
        "percent_of_mismatch",
        "Of the 2,400 employees, 15% — or 480 people — will lose their jobs.",
        "Of the 2,400 employees, 15% — or 360 people — will lose their jobs.",
        "480",
    ),
    (
        "percent_of_mismatch",
        "One in five of the 300 patients, or 90, reported side effects.",
        "One in five of the 300 patients, or 60, reported side effects.",
        "90",
    ),
    (
        "conversion_mismatch",
        "Runners follow a 5-mile (12 km) route along the river.",
        "Runners follow a 5-mile (8 km) route along the river.",
        "12 km",
    ),
    (
        "enumeration_mismatch",
        "She speaks five languages — English, French, Arabic and Swahili.",
        "She speaks four languages — English, French, Arabic and Swahili.",
        "five",
    ),
    (
        "bound_conflict",
        "Fewer than 50 residents attended the hearing. The 64 residents who attended "
        "voted against the plan.",
        "Fewer than 50 residents attended the hearing. The 44 residents who attended "
        "voted against the plan.",
        "64",
    ),
    (
        "change_mismatch",
        "Sales of 1.2 million units were down 10% from 1.5 million a year earlier.",
        "Sales of 1.2 million units were down 20% from 1.5 million a year earlier.",
        "10%",
    ),
    (
        "shares_exceed_100",
        "Of the respondents, 45% said yes, 30% said no and the remaining 15% were undecided.",
        "Of the respondents, 45% said yes, 40% said no and the remaining 15% were undecided.",
        "15%",
    ),
]

# A third way of writing them: totals in the next sentence, doublings, shares of a part.
CASES += [
    (
        "sum_mismatch",
        "Retail earned $50 million, wholesale $30 million and online $25 million. "
        "Total profit was $95 million.",
        "Retail earned $50 million, wholesale $30 million and online $25 million. "
        "Total profit was $105 million.",
        "$95 million",
    ),
    (
        "change_mismatch",
        "Membership doubled from 300 to 500 in two years.",
        "Membership doubled from 300 to 600 in two years.",
        "500",
    ),
    (
        "percent_of_mismatch",
        "Nearly 70 of the 200 delegates, or 45%, voted for the motion.",
        "Nearly 70 of the 200 delegates, or 35%, voted for the motion.",
        "45%",
    ),
    (
        "ledger_mismatch",
        "Officials evacuated 3,000 people from the valley. About 1,800 have returned home, "
        "and the rest, 1,500, remain in shelters.",
        "Officials evacuated 3,000 people from the valley. About 1,800 have returned home, "
        "and the rest, 1,200, remain in shelters.",
        "1,500",
    ),
]

# Fourth: fractions with their counts, budgets split by share, spans of months.
CASES += [
    (
        "percent_of_mismatch",
        "A quarter of the 80 nurses, 30 in all, quit last year.",
        "A quarter of the 80 nurses, 20 in all, quit last year.",
        "30",
    ),
    (
        "shares_exceed_100",
        "Of the budget, 45% goes to health, 30% to education and 35% to defence.",
        "Of the budget, 45% goes to health, 30% to education and 25% to defence.",
        "45%",
    ),
    (
        "duration_mismatch",
        "The siege lasted 10 months, from March 2022 to May 2023.",
        "The siege lasted 14 months, from March 2022 to May 2023.",
        "10 months",
    ),
    (
        "change_mismatch",
        "The price of a loaf rose from $2 to $3, a 30% increase.",
        "The price of a loaf rose from $2 to $3, a 50% increase.",
        "30%",
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


# Texts that look related but are consistent, or whose figures are not tied by the text.
CONSISTENT = [
    "The storm killed 14 people in Texas. In Louisiana, the storm killed 9 people.",
    "Five people were killed, including two children, when the bridge collapsed. "
    "The storm killed 14 people in Texas.",
    "Northwind employs 5,000 people. Its rival, Southgate, employs 8,000.",
    "In 2019 the firm had 800 employees; today it has 1,100.",
    "Women outnumber men two to one in the program: 200 women and 95 men.",
    "Of the 300 passengers, 120 were Americans, 80 were Britons and the rest came from "
    "15 other countries.",
    "Three of the four suspects — Ali, Ben and Carl — were charged on Friday.",
    "Twelve students were sent home on Monday. The remaining 40 students will return next week.",
    "The company closed 2 factories last year. Output fell at 5 of the company's factories.",
    "Labour won 35% of the vote, down from 40% in 2019. The Conservatives took 30%, up from 28%.",
    "Coverage was 96% among infants and 91% among teenagers, above the 90% target.",
    "Ana Ruiz, born on May 2, 1940, died in 2020. Her husband, Luis, died in 2010; he was 72.",
    "The museum drew 1.1 million visitors in 2023, up from 900,000 in 2022, a rise of 22%.",
    "The wall is 3 feet (1 metre) high. Temperatures reached 100F (38C).",
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_text_does_not_fail(text: str) -> None:
    assert _fails(text) == []
