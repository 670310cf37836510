"""The compact value column marks a claim's bound."""

from reader import analyze
from reader.export import format_compact


def _compact(text: str, needle: str) -> str:
    analysis = analyze(text)
    claim = next(c for c in analysis.claims if needle in c.text)
    return format_compact(claim)


def test_bounds_are_marked_in_the_compact_value() -> None:
    assert _compact("They held more than 90 hostages.", "90") == "90+"
    assert _compact("About 12 commanders were named.", "12") == "~12"
    assert _compact("Up to 5 people were hurt.", "5") == "≤5"
    assert _compact("Exactly 7 boats sank.", "7") == "7"


def test_normalised_values_are_shown_in_units_a_reader_thinks_in() -> None:
    assert _compact("The fire burned 48,200 acres.", "acres") == "195 km²"
    assert _compact("It was 104 degrees Fahrenheit.", "104") == "40 °C"
    assert _compact("He lost 30 pounds.", "30") == "13.6 kg"
    assert _compact("Gusts hit 45 mph.", "45") == "72.4 km/h"
    # a metric figure is shown as stated, with its symbol
    assert _compact("It covers 19,500 hectares.", "19,500") == "19,500 ha"
    assert _compact("They drove 72 km/h.", "72") == "72 km/h"
