"""Analyses built by hand, so verdict and report tests do not depend on the extractor."""

from __future__ import annotations

import re

from reader.document import Document
from reader.model import Analysis, Check, Claim

NUMBER = re.compile(r"\d[\d,.]*%?")


def hand_analysis(text: str, checks: list[tuple[str, str, list[int], str]] = ()) -> Analysis:
    """Every number in ``text`` is a claim c1, c2...; ``checks`` are
    (rule, status, claim numbers, message)."""
    doc = Document.from_text(text, "hand.txt")
    claims = []
    for i, m in enumerate(NUMBER.finditer(text), 1):
        raw = m.group().rstrip(".,")
        pct = raw.endswith("%")
        value = float(raw.rstrip("%").replace(",", ""))
        sentence = doc.sentence_at(m.start())
        claims.append(
            Claim(
                id=f"c{i}",
                start=m.start(),
                end=m.start() + len(raw),
                text=raw,
                kind="percent" if pct else "count",
                value=value,
                low=value,
                high=value,
                sentence=sentence.index if sentence else 0,
            )
        )
    made = tuple(
        Check(rule, status, tuple(f"c{n}" for n in nums), msg)  # type: ignore[arg-type]
        for rule, status, nums, msg in checks
    )
    return Analysis(document=doc, claims=tuple(claims), checks=made)
