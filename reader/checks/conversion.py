"""A stated unit conversion is wrong: "37,000 feet (12,300 metres)".

A measure followed by another in parentheses (or ", or ...") states the same
quantity twice. Both figures carry their rounding: the conversion is right
when some true quantity rounds to both ("2 ounces (55 g)": 1.94 oz rounds to
2). pint does the arithmetic, loaded only when an article has a measure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reader.checks.base import result
from reader.checks.quantity import Interval, fmt, numeric_value
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


@dataclass(frozen=True)
class Scale:
    """How a measure's unit maps to SI base units (affine for temperatures)."""

    unit: str
    base: str
    factor: float
    offset: float = 0.0

    def to_base(self, x: float) -> float:
        return x * self.factor + self.offset

    def from_base(self, y: float) -> float:
        return (y - self.offset) / self.factor

    def interval(self, iv: Interval) -> Interval:
        a, b = self.to_base(iv.lo), self.to_base(iv.hi)
        return Interval(min(a, b), max(a, b))

    @property
    def label(self) -> str:
        return LABELS.get(self.unit, self.unit.replace("_", " ").replace("**2", "²"))

    @property
    def is_temperature(self) -> bool:
        return self.base == "kelvin"


_TEMPERATURE = {
    "degree_Celsius": (1.0, 273.15),
    "degC": (1.0, 273.15),
    "degree_Fahrenheit": (5 / 9, 273.15 - 32 * 5 / 9),
    "degF": (5 / 9, 273.15 - 32 * 5 / 9),
    "kelvin": (1.0, 0.0),
}
_CANONICAL = {
    "degC": "degree_Celsius",
    "degF": "degree_Fahrenheit",
    "mile/hour": "mile_per_hour",
    "kilometer/hour": "kilometer_per_hour",
    "mile**2": "square_mile",
    "kilometer**2": "square_kilometer",
}
LABELS = {
    "degree_Celsius": "°C",
    "degree_Fahrenheit": "°F",
    "mile_per_hour": "mph",
    "kilometer_per_hour": "km/h",
    "kilometer": "km",
    "centimeter": "cm",
    "millimeter": "mm",
    "kilogram": "kg",
    "gram": "g",
    "meter": "m",
    "liter": "L",
    "milliliter": "mL",
    "square_mile": "sq mi",
    "square_kilometer": "km²",
}
# Imperial unit -> (metric label, factor from the SI base value).
METRIC_DISPLAY: dict[str, tuple[str, float]] = {
    "foot": ("m", 1.0),
    "inch": ("cm", 100.0),
    "mile": ("km", 0.001),
    "yard": ("m", 1.0),
    "pound": ("kg", 1.0),
    "ounce": ("g", 1000.0),
    "acre": ("ha", 1e-4),
    "square_mile": ("km²", 1e-6),
    "gallon": ("L", 1000.0),
    "cup": ("mL", 1e6),
    "mile_per_hour": ("km/h", 3.6),
    "ton": ("t", 0.001),
    "short_ton": ("t", 0.001),
}


def scale_of(ctx: Context, claim: Claim) -> Scale | None:
    """The claim's unit scale: from the extractor's normalised value, else from pint."""
    v = numeric_value(claim)
    unit = claim.unit
    if unit and unit in _TEMPERATURE:
        factor, offset = _TEMPERATURE[unit]
        return Scale(unit, "kelvin", factor, offset)
    if claim.value is None and unit not in _TEMPERATURE:
        return None  # a range: which end the normalised value stands for is not said
    if unit and claim.normalized is not None and claim.normalized_unit and v:
        return Scale(unit, claim.normalized_unit, claim.normalized / v)
    if unit:
        return None  # a unit the extractor could not place ("10 to 20 degrees")
    u = unit_of(ctx, claim)
    if u is None:
        return None
    name = _CANONICAL.get(u, u)
    if name in _TEMPERATURE:
        factor, offset = _TEMPERATURE[name]
        return Scale(name, "kelvin", factor, offset)
    try:
        q = _registry().Quantity(1.0, u).to_base_units()
    except Exception:  # noqa: BLE001 - not a unit pint can place
        return None
    return Scale(name, str(q.units), float(q.magnitude))


def _tolerance(scale: Scale, iv: Interval) -> float:
    """Slack in base units for conversion factors that differ slightly (US/imperial)."""
    if scale.is_temperature:
        return 1.5 * scale.factor  # rounded to the degree, often to the five
    top = iv.hi if iv.hi != float("inf") else iv.lo
    return 0.015 * max(abs(iv.lo), abs(top))


def check(ctx: Context) -> list[Check]:
    out: list[Check] = []
    measures = [c for c in ctx.claims if c.kind == "measure" and numeric_value(c) is not None]
    paired: set[str] = set()
    for a, b in _pairs(ctx, measures):
        sa, sb = scale_of(ctx, a), scale_of(ctx, b)
        ia, ib = ctx.interval(a), ctx.interval(b)
        if not (sa and sb and ia and ib) or sa.base != sb.base or sa.unit == sb.unit:
            continue
        paired.update((a.id, b.id))
        va, vb = numeric_value(a), numeric_value(b)
        assert va is not None and vb is not None
        in_b = sb.from_base(sa.to_base(va))
        base_a, base_b = sa.interval(ia), sb.interval(ib)
        if base_a.overlaps(base_b, _tolerance(sb, base_b)):
            msg = f"{a.text} = {fmt(in_b)} {sb.label} ≈ {b.text} stated"
            out.append(result(RULE, "pass", (a, b), msg))
        else:
            back = sa.from_base(sb.to_base(vb))
            msg = (
                f"{a.text} = {fmt(in_b)} {sb.label}, not {b.text} "
                f"({b.text} is {fmt(back)} {sa.label})"
            )
            out.append(result(RULE, "fail", (a, b), msg))
    # A measure in imperial units with no conversion stated: show the metric figure.
    for c in measures:
        if c.id in paired:
            continue
        sc = scale_of(ctx, c)
        v = numeric_value(c)
        if sc is None or v is None:
            continue
        if sc.unit == "degree_Fahrenheit":
            label, metric = "°C", sc.to_base(v) - 273.15
        elif sc.unit in METRIC_DISPLAY:
            label, k = METRIC_DISPLAY[sc.unit]
            metric = sc.to_base(v) * k
        else:
            continue
        qual = ctx.show(c).split(fmt(v))[0]
        msg = f"{qual}{c.text} = {qual}{fmt(metric)} {label}"
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
