"""Consistency checks: the numbers that cannot all be true.

Each rule family lives in its own module and exposes ``check(context)``
returning Check results; ``run_checks`` runs them all over one shared
relation layer (:mod:`reader.checks.relations`).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence

from reader.checks import (
    ages,
    balance,
    changes,
    conversion,
    drift,
    durations,
    enumeration,
    ledger,
    part_whole,
    percent_of,
    ratios,
    shares,
    sums,
)
from reader.checks.relations import Context
from reader.document import Document
from reader.model import Check, Claim

RULES: tuple[Callable[[Context], list[Check]], ...] = (
    part_whole.check,
    sums.check,
    percent_of.check,
    shares.check,
    conversion.check,
    durations.check,
    ages.check,
    enumeration.check,
    drift.check,
    changes.check,
    ratios.check,
    ledger.check,
    balance.check,
)


def run_checks(document: Document, claims: Sequence[Claim]) -> list[Check]:
    """Every check the text supports, fails, warns and passes, without duplicates."""
    # The rules allocate many small cached readings and make no cycles: pausing the
    # cyclic collector saves a sixth of the time on long documents.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        ctx = Context(document, claims)
        out: list[Check] = []
        seen: set[tuple[str, frozenset[str]]] = set()
        for rule in RULES:
            for check in rule(ctx):
                key = (check.rule, frozenset(check.claims))
                if key in seen:
                    continue
                seen.add(key)
                out.append(check)
        return out
    finally:
        if was_enabled:
            gc.enable()
