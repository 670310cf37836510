"""Qualifiers that turn a stated number into an interval.

"more than 90" -> lower bound, "nearly 3,000" -> upper bound, "about 47" ->
approximate; "65 and over" and "20 or more" put the qualifier after.
"""

from __future__ import annotations

import re

from reader.model import Bound

_BEFORE: list[tuple[str, Bound]] = [
    (r"more\s+than|over|at\s+least|above|in\s+excess\s+of|upwards\s+of", "lower"),
    (r"no\s+(?:fewer|less)\s+than|a\s+minimum\s+of|minimum\s+of|greater\s+than", "lower"),
    (r"(?:exceed|surpass|top|pass|cross)(?:e?s|ed|ped|ing)?", "lower"),
    (r"(?:a\s+little|just|slightly|well)\s+(?:over|above|more\s+than)", "lower"),
    (r"(?:fewer|less)\s+than|under|below|up\s+to|at\s+most|no\s+more\s+than", "upper"),
    (r"nearly|almost|within|as\s+(?:many|much|far|high|long)\s+as|a\s+maximum\s+of", "upper"),
    (r"(?:just|slightly|a\s+little)\s+(?:under|below|shy\s+of|less\s+than)", "upper"),
    (r"about|around|roughly|approximately|approx\.|some|an\s+estimated|estimated", "approx"),
    (r"close\s+to|nearer|near|maybe|perhaps|roughly|circa|c\.|almost\s+exactly", "approx"),
]
_BEFORE_RE = re.compile(
    r"(?:^|(?<=[\s(\[—–-]))(?:"
    + "|".join(f"(?P<b{i}>{p})" for i, (p, _) in enumerate(_BEFORE))
    + r")\s+$",
    re.IGNORECASE,
)
_AFTER_RE = re.compile(
    r"^(?:\s+[a-z]+)?\s+(?:(?P<lower>or\s+(?:more|older|above|higher|greater|over)|and\s+(?:over|older|above|up)"
    r"|plus)|(?P<upper>or\s+(?:less|fewer|younger|under|below))|(?P<approx>or\s+so))\b",
    re.IGNORECASE,
)


def bound_before(left: str) -> tuple[Bound, int] | None:
    """The qualifier ending ``left`` (text just before a number) and its length."""
    m = _BEFORE_RE.search(left[-40:])
    if m is None:
        return None
    for i, (_, bound) in enumerate(_BEFORE):
        if m.group(f"b{i}"):
            return bound, len(m.group())
    return None


def bound_after(right: str) -> Bound | None:
    """A qualifier right after a number ("or more", "and over", "14+")."""
    if right[:1] == "+":
        return "lower"
    m = _AFTER_RE.match(right[:30])
    if m is None:
        return None
    if m["lower"]:
        return "lower"
    if m["upper"]:
        return "upper"
    return "approx"


def interval(value: float | None, bound: Bound) -> tuple[float | None, float | None]:
    """(low, high) the text allows for ``value`` under ``bound``."""
    if value is None:
        return None, None
    if bound == "lower":
        return value, None
    if bound == "upper":
        return None, value
    if bound == "approx":
        return None, None
    return value, value
