"""A fixed document and a hand-made analysis, so UI tests and snapshots do not move
when the extractor or the checks improve."""

from __future__ import annotations

import re

from reader.document import Document
from reader.model import Analysis, Check, Claim

SAMPLE_TEXT = """\
Ceasefire deal: 33 hostages to go free in the first phase

Hamas will release 33 Israeli hostages during the first phase, officials said on \
Wednesday, in exchange for about 1,900 Palestinian prisoners.
On Sunday 13 hostages were freed, and on Thursday 25 more, so 38 have been released \
against the 33 agreed for the phase.
Aid convoys carried 30 pounds (14 kg) of flour per family, and 40% of the 15 million \
residents, or 6 million people, were displaced.
The talks lasted 15 months and cost $4.5 billion, mediators said.
"""


def _claim(cid: str, needle: str, occurrence: int, kind: str, value, **extra) -> Claim:
    starts = [m.start() for m in re.finditer(re.escape(needle), SAMPLE_TEXT)]
    start = starts[occurrence]
    return Claim(
        id=cid,
        start=start,
        end=start + len(needle),
        text=needle,
        kind=kind,  # type: ignore[arg-type]
        value=value,
        low=value if isinstance(value, float) else None,
        high=value if isinstance(value, float) else None,
        **extra,
    )


def sample_analysis(name: str = "ceasefire.txt") -> Analysis:
    document = Document.from_text(SAMPLE_TEXT, name)
    claims = [
        _claim("c1", "33", 0, "count", 33.0, subject="hostages", predicate="go free"),
        _claim("c2", "33", 1, "count", 33.0, subject="israeli hostages", predicate="release"),
        _claim(
            "c3", "about 1,900", 0, "count", 1900.0, subject="palestinian prisoners", bound="approx"
        ),
        _claim("c4", "13", 0, "count", 13.0, subject="hostages", predicate="freed"),
        _claim("c5", "25", 0, "count", 25.0, predicate="freed"),
        _claim("c6", "38", 0, "count", 38.0, predicate="released"),
        _claim("c7", "33", 2, "count", 33.0, predicate="agreed"),
        _claim(
            "c8",
            "30 pounds",
            0,
            "measure",
            30.0,
            unit="pound",
            normalized=13.6078,
            normalized_unit="kilogram",
            subject="flour",
        ),
        _claim(
            "c9",
            "14 kg",
            0,
            "measure",
            14.0,
            unit="kilogram",
            normalized=14.0,
            normalized_unit="kilogram",
            subject="flour",
        ),
        _claim("c10", "40%", 0, "percent", 40.0, subject="residents"),
        _claim("c11", "15 million", 0, "count", 15e6, subject="residents"),
        _claim("c12", "6 million", 0, "count", 6e6, subject="people", predicate="displaced"),
        _claim("c13", "15 months", 0, "duration", 15.0, unit="month"),
        _claim("c14", "$4.5 billion", 0, "money", 4.5e9, currency="USD"),
    ]
    checks = [
        Check("part_exceeds_whole", "fail", ("c6", "c7"), "38 released > 33 agreed for the phase"),
        Check("sum_of_parts", "pass", ("c4", "c5", "c6"), "13 + 25 = 38 released"),
        Check(
            "unit_conversion", "warn", ("c8", "c9"), "30 pound = 13.6 kg, stated 14 kg (2.9% off)"
        ),
        Check("percent_of_whole", "pass", ("c10", "c11", "c12"), "40% of 15,000,000 = 6,000,000"),
    ]
    return Analysis(document=document, claims=tuple(claims), checks=tuple(checks))
