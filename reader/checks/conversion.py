"""A stated unit conversion is wrong: "37,000 feet (12,300 metres)".

A measure followed by another in parentheses (or ", or ...") states the same
quantity twice. Both figures carry their rounding: the conversion is right
when some true quantity rounds to both ("2 ounces (55 g)": 1.94 oz rounds to
2). pint does the arithmetic, loaded only when an article has a measure.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from reader.checks.base import result
from reader.checks.quantity import Interval, fmt, interval, numeric_value
from reader.checks.relations import Context
from reader.model import Check, Claim

RULE = "conversion_mismatch"
_PAIRED = re.compile(
    r"^\s*(?:\(\s*|,\s*or\s+|\(\s*or\s+)(?:about |roughly |approximately |some |or )?$"
)
_UNIT_ALIASES = {
    "c": "degC",
    "°c": "degC",
    "celsius": "degC",
    "degrees celsius": "degC",
    "degrees c": "degC",
    "f": "degF",
    "°f": "degF",
    "fahrenheit": "degF",
    "degrees fahrenheit": "degF",
    "degrees f": "degF",
    "metres": "meter",
    "metre": "meter",
    "m": "meter",
    "kilometres": "kilometer",
    "kilometre": "kilometer",
    "km": "kilometer",
    "litres": "liter",
    "litre": "liter",
    "l": "liter",
    "ml": "milliliter",
    "gallons": "gallon",
    "tonnes": "metric_ton",
    "tonne": "metric_ton",
    "tons": "ton",
    "lb": "pound",
    "lbs": "pound",
    "oz": "ounce",
    "mph": "mile/hour",
    "km/h": "kilometer/hour",
    "kph": "kilometer/hour",
    "kmh": "kilometer/hour",
    "ha": "hectare",
    "sq km": "kilometer**2",
    "square kilometres": "kilometer**2",
    "square kilometers": "kilometer**2",
    "square miles": "mile**2",
    "sq miles": "mile**2",
    "ft": "foot",
    "in": "inch",
    "cm": "centimeter",
    "mm": "millimeter",
    "kg": "kilogram",
    "g": "gram",
}
_RANGE_JOIN = re.compile(r"^\s*(?:and|to|-|–)\s*$")
IMPERIAL = frozenset(
    "foot inch mile yard pound ounce acre gallon degF mile/hour ton mile**2 cup".split()
)
_NUMBER_PREFIX = re.compile(r"^[^\d]*[\d.,/½¼¾]+\s*(?:million|billion|thousand)?[\s-]*")


@lru_cache(maxsize=1)
def _registry() -> Any:
    import pint  # noqa: PLC0415 - building the registry costs ~0.6 s: only when needed

    return pint.UnitRegistry()


@lru_cache(maxsize=256)
def _parse_unit(word: str) -> str | None:
    w = word.lower().strip(" .,")
    if w in _UNIT_ALIASES:
        return _UNIT_ALIASES[w]
    if not w or not re.fullmatch(r"[a-z°/ ]+", w):
        return None
    ureg = _registry()
    for cand in (w, w.rstrip("s"), w.replace(" ", "_")):
        try:
            ureg.parse_units(cand)
            return cand
        except Exception:  # noqa: BLE001 - pint raises several kinds for unknown names
            continue
    return None


def unit_of(ctx: Context, claim: Claim) -> str | None:
    """The pint unit a measure is stated in, from the claim or the words after it."""
    if claim.unit:
        u = _parse_unit(claim.unit)
        if u:
            return u
    rest = _NUMBER_PREFIX.sub("", claim.text).strip()
    if not rest:
        rest = " ".join(ctx.words_after(claim, 2, clause=False))
    words = rest.split()
    for n in (2, 1):
        if len(words) >= n:
            u = _parse_unit(" ".join(words[:n]))
            if u:
                return u
    return None


def convert(iv: Interval, src: str, dst: str) -> Interval | None:
    ureg = _registry()
    try:
        a = ureg.Quantity(iv.lo, src).to(dst).magnitude
        b = ureg.Quantity(iv.hi, src).to(dst).magnitude
    except Exception:  # noqa: BLE001 - incompatible dimensions: not a conversion
        return None
    return Interval(min(a, b), max(a, b))


def _label(u: str) -> str:
    return {"degC": "°C", "degF": "°F", "mile/hour": "mph", "kilometer/hour": "km/h"}.get(
        u, u.replace("**2", "²").replace("_", " ")
    )


def _tolerance(u: str, iv: Interval) -> float:
    if u in ("degC", "degF"):
        return 1.5  # temperatures are rounded to the degree, often to the five
    return 0.015 * max(abs(iv.lo), abs(iv.hi) if iv.hi != float("inf") else abs(iv.lo))


def check(ctx: Context) -> list[Check]:
    out: list[Check] = []
    measures = [c for c in ctx.claims if c.kind == "measure" and numeric_value(c) is not None]
    paired: set[str] = set()
    for a, b in _pairs(ctx, measures):
        ua, ub = unit_of(ctx, a), unit_of(ctx, b)
        ia, ib = interval(a, ctx.text), interval(b, ctx.text)
        if not (ua and ub and ia and ib) or ua == ub:
            continue
        conv = convert(ia, ua, ub)
        if conv is None:
            continue
        paired.update((a.id, b.id))
        va, vb = numeric_value(a), numeric_value(b)
        assert va is not None and vb is not None
        exact = convert(Interval.exact(va), ua, ub)
        assert exact is not None
        if conv.overlaps(ib, _tolerance(ub, ib)):
            msg = f"{fmt(va)} {_label(ua)} = {fmt(exact.lo)} {_label(ub)} ≈ {fmt(vb)} stated"
            out.append(result(RULE, "pass", (a, b), msg))
        else:
            back = convert(Interval.exact(vb), ub, ua)
            tail = f" ({fmt(vb)} {_label(ub)} is {fmt(back.lo)} {_label(ua)})" if back else ""
            msg = f"{fmt(va)} {_label(ua)} = {fmt(exact.lo)} {_label(ub)}, not {fmt(vb)}{tail}"
            out.append(result(RULE, "fail", (a, b), msg))
    # A measure in imperial units with no conversion stated: show the metric figure.
    for c in measures:
        if c.id in paired:
            continue
        u = unit_of(ctx, c)
        v = numeric_value(c)
        if u not in IMPERIAL or v is None:
            continue
        metric = _metric_of(u)
        conv = convert(Interval.exact(v), u, metric) if metric else None
        if conv is None or metric is None:
            continue
        qual = "more than " if c.bound == "lower" else ""
        msg = f"{qual}{fmt(v)} {_label(u)} = {qual}{fmt(conv.lo)} {_label(metric)}"
        out.append(result("unit_conversion", "pass", (c,), msg))
    return out


def _pairs(ctx: Context, measures: list[Claim]) -> list[tuple[Claim, Claim]]:
    """(stated, converted) pairs: "A (B)", "A, or B", and ranges "A1 to A2 (B1 to B2)"."""
    out: list[tuple[Claim, Claim]] = []
    for i in range(len(measures) - 1):
        a, b = measures[i], measures[i + 1]
        if not _PAIRED.match(ctx.text[a.end : b.start]):
            continue
        if ctx.sentence_index(a) != ctx.sentence_index(b):
            continue
        c = measures[i + 2] if i + 2 < len(measures) else None
        prev = measures[i - 1] if i > 0 else None
        if (
            c is not None
            and prev is not None
            and _RANGE_JOIN.match(ctx.text[b.end : c.start])
            and _RANGE_JOIN.match(ctx.text[prev.end : a.start])
        ):
            out.extend(((prev, b), (a, c)))
        else:
            out.append((a, b))
    return out


def _metric_of(u: str) -> str | None:
    return {
        "foot": "meter",
        "inch": "centimeter",
        "mile": "kilometer",
        "yard": "meter",
        "pound": "kilogram",
        "ounce": "gram",
        "acre": "hectare",
        "gallon": "liter",
        "degF": "degC",
        "mile/hour": "kilometer/hour",
        "ton": "metric_ton",
        "mile**2": "kilometer**2",
        "cup": "milliliter",
    }.get(u)
