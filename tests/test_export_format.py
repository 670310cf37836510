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
