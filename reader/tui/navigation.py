"""What the keys move through: the filtered claim list, flagged jumps, find matches.

Pure Python (no Textual), so it is tested and benchmarked without a terminal.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from reader.flagged import flagged_claim_order
from reader.model import KINDS, Analysis, Claim

ALL, FLAGGED = "all", "flagged"


def filter_names(analysis: Analysis) -> list[str]:
    """The filters `f` cycles through: all, flagged, then each kind the article has."""
    present = {c.kind for c in analysis.claims}
    return [ALL, FLAGGED] + [k for k in KINDS if k in present]


def filter_claims(analysis: Analysis, name: str) -> list[Claim]:
    if name == ALL:
        return list(analysis.claims)
    if name == FLAGGED:
        return [c for c in analysis.claims if analysis.status_of(c.id) in ("fail", "warn")]
    return [c for c in analysis.claims if c.kind == name]


def next_filter(names: Sequence[str], current: str) -> str:
    i = names.index(current) if current in names else -1
    return names[(i + 1) % len(names)]


@dataclass
class FlaggedCursor:
    """n/N: failed claims in reading order, then warned ones; wraps around."""

    order: list[str]

    @classmethod
    def of(cls, analysis: Analysis) -> FlaggedCursor:
        return cls(flagged_claim_order(analysis))

    def step(self, current: str | None, forward: bool = True) -> str | None:
        if not self.order:
            return None
        if current not in self.order:
            return self.order[0] if forward else self.order[-1]
        i = self.order.index(current) + (1 if forward else -1)
        return self.order[i % len(self.order)]


def find_all(haystack_lower: str, needle: str, limit: int = 100_000) -> list[int]:
    """Start offsets of every case-insensitive occurrence (``haystack_lower`` is lowered)."""
    needle = needle.lower()
    if not needle:
        return []
    out: list[int] = []
    pos = haystack_lower.find(needle)
    while pos != -1 and len(out) < limit:
        out.append(pos)
        pos = haystack_lower.find(needle, pos + 1)
    return out


def next_match(starts: Sequence[int], after: int, forward: bool = True) -> int | None:
    """Index of the first match starting after ``after`` (or before, backwards); wraps."""
    if not starts:
        return None
    if forward:
        i = bisect.bisect_right(starts, after)
        return i % len(starts)
    i = bisect.bisect_left(starts, after) - 1
    return i % len(starts)
