"""Find every numeric claim in a document.

(First cut: digits, percentages and simple number words. The number
grammar, units, dates and subjects are filled in by the claim-engine work.)
"""

from __future__ import annotations

import re

from reader.document import Document
from reader.model import Claim

_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.])\d+(?:\.\d+)?")


def extract_claims(document: Document) -> list[Claim]:
    claims: list[Claim] = []
    text = document.text
    for match in _NUMBER.finditer(text):
        value = float(match.group().replace(",", ""))
        end = match.end()
        kind = "count"
        if text.startswith("%", end):
            end += 1
            kind = "percent"
        sentence = document.sentence_at(match.start())
        claims.append(
            Claim(
                id=f"c{len(claims) + 1}",
                start=match.start(),
                end=end,
                text=text[match.start() : end],
                kind=kind,  # type: ignore[arg-type]
                value=value,
                low=value,
                high=value,
                sentence=sentence.index if sentence else 0,
                paragraph=sentence.paragraph if sentence else 0,
            )
        )
    return claims
