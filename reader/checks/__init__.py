"""Consistency checks: the numbers that cannot all be true.

Each rule family lives in its own module and exposes ``check(context)``
returning Check results; ``run_checks`` runs them all.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.document import Document
from reader.model import Check, Claim


def run_checks(document: Document, claims: Sequence[Claim]) -> list[Check]:
    return []
