"""Qualifiers that turn a stated number into an interval.

"more than 90" -> lower bound, "nearly 3,000" -> upper bound, "about 47" ->
approximate; "65 and over" and "20 or more" put the qualifier after.
"""

from __future__ import annotations

import re

from reader.model import Bound


def _phrases(bound: Bound, *groups: str) -> dict[str, Bound]:
    return {" ".join(p.split()): bound for g in groups for p in g.split(",")}


_VERBS_PASSING = ",".join(
    f"{stem}{ending}"
    for stem, endings in (
        ("exceed", ("", "s", "ed", "ing")),
        ("surpass", ("", "es", "ed", "ing")),
        ("top", ("s", "ped", "ping")),  # "the top 10" is a rank, not a bound
        ("pass", ("", "es", "ed", "ing")),
        ("cross", ("", "es", "ed", "ing")),
    )
    for ending in endings
)
# The words just before a number, lowercased and single-spaced -> the bound they set.
BEFORE: dict[str, Bound] = {
    **_phrases(
        "lower",
        "more than,over,at least,above,in excess of,upwards of,no fewer than,no less than",
        "a minimum of,minimum of,greater than,a little over,just over,slightly over",
        "well over,a little above,just above,slightly above,well above,a little more than",
        "just more than,slightly more than,well more than",
        _VERBS_PASSING,
    ),
    **_phrases(
        "upper",
        "fewer than,less than,under,below,up to,at most,no more than,nearly,almost,within",
        "as many as,as much as,as far as,as high as,as long as,a maximum of,just under",
        "slightly under,a little under,just below,slightly below,a little below,just shy of",
        "just less than,slightly less than,a little less than",
    ),
    **_phrases(
        "approx",
        "about,around,roughly,approximately,approx.,some,an estimated,estimated,close to",
        "near,nearer,maybe,perhaps,circa,c.,almost exactly",
    ),
}
_LONGEST = max(len(p.split()) for p in BEFORE)


_AFTER_RE = re.compile(
    r"^(?:\s+[a-z]+)?\s+(?:(?P<lower>or\s+(?:more|older|above|higher|greater|over)|and\s+(?:over|older|above|up)"
    r"|plus)|(?P<upper>or\s+(?:less|fewer|younger|under|below))|(?P<approx>or\s+so))\b",
    re.IGNORECASE,
)


def bound_before(left: str) -> tuple[Bound, str] | None:
    """The qualifier ending ``left`` (the text just before a number) and its words."""
    tail = left[-40:]
    if not tail[-1:].isspace():
        return None
    words = tail.lower().split()[-_LONGEST:]
    if words:
        words[0] = words[0].lstrip("([—–-")
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[-n:]).lstrip("([—–-")
        bound = BEFORE.get(phrase)
        if bound is not None:
            return bound, phrase
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
