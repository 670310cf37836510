"""The flagged inconsistencies of an analysis: what a reviewer exports and steps through.

Pure (no Textual): the TUI's export modal, its n/N jumps and `reader export`
all read the same order and the same rows from here.
"""

from __future__ import annotations

import bisect
import os
from dataclasses import dataclass
from pathlib import Path

from reader.model import STATUS_ORDER, Analysis, Check, Claim

FLAGGED_STATUSES = ("fail", "warn")


def flagged_checks(analysis: Analysis, include_passes: bool = False) -> list[Check]:
    """Fails first, then warns (then passes when asked), each in the analysis' order."""
    wanted = ("fail", "warn", "pass") if include_passes else FLAGGED_STATUSES
    return sorted(
        (c for c in analysis.checks if c.status in wanted),
        key=lambda c: -STATUS_ORDER[c.status],
    )


def flagged_claim_order(analysis: Analysis) -> list[str]:
    """Claim ids to step through with n/N: failed claims in reading order, then warned ones."""
    by_status: dict[str, list[Claim]] = {"fail": [], "warn": []}
    for claim in analysis.claims:
        status = analysis.status_of(claim.id)
        if status in by_status:
            by_status[status].append(claim)
    order: list[str] = []
    for wanted in FLAGGED_STATUSES:
        order += [c.id for c in sorted(by_status[wanted], key=lambda c: (c.start, c.end))]
    return order


class LineIndex:
    """Maps a character offset to a 1-based (line, column), in O(log n)."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        pos = text.find("\n")
        while pos != -1:
            self._starts.append(pos + 1)
            pos = text.find("\n", pos + 1)

    def position(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._starts, offset) - 1
        return i + 1, offset - self._starts[i] + 1


@dataclass(frozen=True, slots=True)
class FlaggedClaim:
    id: str
    text: str
    kind: str
    value: str
    start: int
    end: int
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class FlaggedCheck:
    status: str
    rule: str
    message: str
    claims: tuple[FlaggedClaim, ...]


def flagged_rows(analysis: Analysis, include_passes: bool = False) -> list[FlaggedCheck]:
    """The checks to export, each with its claims' text, value and position."""
    from reader.export import format_value  # export imports this module

    lines = LineIndex(analysis.document.text)
    rows: list[FlaggedCheck] = []
    for check in flagged_checks(analysis, include_passes):
        claims = []
        for cid in check.claims:
            c = analysis.claim(cid)
            line, column = lines.position(c.start)
            claims.append(
                FlaggedClaim(c.id, c.text, c.kind, format_value(c), c.start, c.end, line, column)
            )
        rows.append(FlaggedCheck(check.status, check.rule, check.message, tuple(claims)))
    return rows


class ExistingFileError(Exception):
    """The export target exists and the caller did not ask to overwrite it."""


def write_export(path: str | Path, content: str, overwrite: bool = False) -> Path:
    """Write ``content`` to ``path``; refuse to replace an existing file unless asked.

    Opening with "x" makes the refusal atomic: a file that appears between a check
    and the write is still not clobbered. Returns the absolute path written.
    """
    target = Path(path).expanduser()
    if target.is_dir():
        raise IsADirectoryError(f"{target} is a directory")
    mode = "w" if overwrite else "x"
    try:
        with open(target, mode, encoding="utf-8", newline="") as fh:
            fh.write(content)
    except FileExistsError:
        raise ExistingFileError(f"{target} already exists") from None
    return Path(os.path.abspath(target))
