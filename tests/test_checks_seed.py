"""The seed article: no fail, and its relations shown with their arithmetic."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader import analyze
from reader.checks import run_checks
from reader.document import Document
from reader.resources import seed_article


def _seed_checks() -> list[tuple[str, str, str]]:
    a = analyze(seed_article().read_text(encoding="utf-8"))
    return [(c.rule, c.status, c.message) for c in a.checks]


def test_seed_has_no_fail() -> None:
    assert [c for c in _seed_checks() if c[1] == "fail"] == []


def test_seed_relations_are_shown_with_arithmetic() -> None:
    messages = " | ".join(m for _, status, m in _seed_checks() if status in ("pass", "warn"))
    assert "251" in messages and "90" in messages and "13" in messages  # seized, held, released
    assert "33" in messages  # the phase-one releases agreed
    assert "15 million" in messages  # 6 million = 40% of an implied 15 million
    assert "13.6 kg" in messages  # more than 30 pounds
    assert "3 announced, 3 listed" in messages  # Israel's three goals


def test_released_of_still_held_is_a_warn_not_a_fail() -> None:
    warns = [m for rule, status, m in _seed_checks() if status == "warn"]
    assert any("13" in m and "90" in m for m in warns)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Of the 40 workers, 12 were freed, leaving 28 still held.",
                "Prices rose 12% to $56 from $50.",
                "The team won 30 games in the 82-game season and had 50 losses.",
                "It has three parts: a, b and c.",
                "About 4.8 million voted, or 61% of the 7.9 million registered.",
                "born on Jan. 2, 1950, she was 70 when she died on March 1, 2020.",
                "The 12 miles (19 km) route.",
                " — ",
                "(",
                "One in four of the 16 games,",
                "twice as many: 40 vs 20.",
            ]
        ),
        max_size=12,
    )
)
def test_checks_never_raise_on_stitched_text(parts: list[str]) -> None:
    text = " ".join(parts)
    a = analyze(text)
    for check in a.checks:
        assert check.status in ("pass", "warn", "fail")
        assert check.message
        for cid in check.claims:
            a.claim(cid)


def test_checks_accept_claims_without_extractor_fields() -> None:
    doc = Document.from_text("")
    assert run_checks(doc, []) == []
