"""Extractor readings that must hold beyond the phrasings first seen.

Compound imperial measures, metres in a bracket after a length, the article's
year not taken from a birth date, an age threshold on a counted group. The
sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from reader import analyze
from reader.model import Claim


def _claims(text: str) -> list[Claim]:
    return list(analyze(text).claims)


@pytest.mark.parametrize(
    ("text", "shown", "unit", "value"),
    [
        ("The jockey rode at 9 st 2 lb on Friday.", "9 st 2 lb", "stone", 9 + 2 / 14),
        ("The lock-keeper is 6 ft 1 in tall.", "6 ft 1 in", "foot", 6 + 1 / 12),
        ("A 4ft 11in fence ran round it.", "4ft 11in", "foot", 4 + 11 / 12),
        ("The fish weighed 3 stone 7 pounds.", "3 stone 7 pounds", "stone", 3.5),
        ("The beam was 20 feet 3 inches long.", "20 feet 3 inches", "foot", 20.25),
    ],
)
def test_compound_imperial_measure_is_one_measure(
    text: str, shown: str, unit: str, value: float
) -> None:
    claims = _claims(text)
    assert [c.kind for c in claims] == ["measure"]
    [c] = claims
    assert c.text == shown and c.unit == unit
    assert c.value == pytest.approx(value)


def test_compound_measure_checks_against_its_metric_restatement() -> None:
    good = _checks("She is 5 ft 6 in (1.68m) tall.")
    bad = _checks("She is 5 ft 6 in (1.88m) tall.")
    assert good == ["pass"] and bad == ["fail"]


def _checks(text: str) -> list[str]:
    return [k.status for k in analyze(text).checks if k.rule == "conversion_mismatch"]


def test_in_followed_by_an_ordinary_word_is_no_inch() -> None:
    kinds = [c.kind for c in _claims("The quay is 30 feet, and 10 in the crew slept aboard.")]
    assert kinds.count("measure") == 1


@pytest.mark.parametrize(
    ("text", "metres"),
    [
        ("The pass climbs to 8,200 feet (2,500m) before the border.", 2500),
        ("A 25ft (7.6m) yacht was found.", 7.6),
        ("The shaft runs 600 yards (about 550m) down.", 550),
    ],
)
def test_m_in_a_bracket_after_a_length_is_metres(text: str, metres: float) -> None:
    bracketed = [c for c in _claims(text) if c.unit == "meter"]
    assert [c.value for c in bracketed] == [pytest.approx(metres)]


def test_m_after_money_stays_millions() -> None:
    [c] = [c for c in _claims("The club paid £40m (about $50m) for him.") if "50" in c.text]
    assert c.kind == "money" and c.value == pytest.approx(50_000_000)


def test_yearless_date_does_not_take_the_birth_year() -> None:
    text = "Okafor, who was born on 9 March 1958, will be buried on Monday, 14 July, in Lagos."
    [born, burial] = [c for c in _claims(text) if c.kind == "date"]
    assert born.value == "1958-03-09"
    assert burial.value == "--07-14"


def test_yearless_date_still_takes_the_news_year() -> None:
    text = "The vote on 2 June 2025 was close. A second vote is set for 30 June."
    values = [c.value for c in _claims(text) if c.kind == "date"]
    assert values == ["2025-06-02", "2025-06-30"]


def test_age_threshold_on_a_counted_group() -> None:
    claims = _claims("Of the patients admitted, roughly 450 were over 80.")
    assert [(c.text, c.kind) for c in claims] == [("450", "count"), ("80", "age")]
    things = _claims("Of the 30 parcels, 12 were over 20, the depot said.")
    assert all(c.kind == "count" for c in things)


def test_glued_symbol_range_and_glued_inches() -> None:
    claims = _claims("Nights stay near 20C (68F-70F), and the vase is 21cm (8.3in) tall.")
    assert [(c.text, c.unit) for c in claims] == [
        ("20C", "degree_Celsius"),
        ("68F-70F", "degree_Fahrenheit"),
        ("21cm", "centimeter"),
        ("8.3in", "inch"),
    ]


def test_spaced_in_is_no_inch_and_codes_stay_codes() -> None:
    claims = _claims("About 3 in 4 drivers agreed. The F-35 and 3D-printed parts were shown.")
    assert [c.kind for c in claims] == ["ratio"]


def test_number_word_starts_its_own_duration() -> None:
    claims = _claims("The ward has 41 beds, down from 58 three years ago.")
    assert [(c.text, c.kind) for c in claims] == [
        ("41", "count"),
        ("58", "count"),
        ("three years", "duration"),
    ]
    [c] = _claims("The repair took 15 working days.")
    assert c.kind == "duration" and c.value == 15
