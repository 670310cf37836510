"""What every rule returns: a Check with the arithmetic in one sentence."""

from __future__ import annotations

from collections.abc import Iterable

from reader.model import Check, Claim, Status


def result(rule: str, status: Status, claims: Iterable[Claim], message: str) -> Check:
    ids: list[str] = []
    for c in claims:
        if c.id not in ids:
            ids.append(c.id)
    return Check(rule=rule, status=status, claims=tuple(ids), message=message)
