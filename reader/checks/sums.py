"""TODO"""

from __future__ import annotations

from reader.checks.relations import Context
from reader.model import Check


def check(ctx: Context) -> list[Check]:
    return []
