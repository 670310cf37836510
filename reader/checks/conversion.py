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
from reader.checks.quantity import Interval, fmt, numeric_value, rounding
from reader.checks.relations import Context
from reader.model import Check, Claim

RULE = "conversion_mismatch"
_PAIRED = re.compile(
    r"^\s*(?:\(\s*|,\s*or\s+|\(\s*or\s+)(?:about |roughly |approximately |some |or |almost |"
    r"nearly |just over |just under |more than |over |under |around |close to |about\s+)?$"
)
# "2 miles — about 3.2 km — of cliff path": a conversion set off by dashes, closed after it
_DASHED = re.compile(
    r"^\s*(?:—|–|\s-)\s*(?:about |roughly |approximately |some |almost |nearly |around )?$"
)
_DASH_CLOSE = re.compile(r"\s*(?:—|–|\s-\s|[.;)]|,(?!\d)|$)")
# "95 degrees Fahrenheit (35 Celsius)": a bare figure named by its temperature scale
_SCALE_AFTER = re.compile(r"\s*(?:degrees\s+)?(?:Celsius|Fahrenheit|centigrade)\b", re.I)
_CARRIED = re.compile(
    r"\s+(?!(?:and|or|to|than|from|by|per|a|an|the|each|every)\b)[a-z]{2,}"
    r"(?:\s+(?!(?:and|or|to|than|from|by|per|each|every)\b)[a-z]{2,})?(?=\s*(?:\(|,\s*or\b))"
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
    "mile_per_hour": "mile/hour",
    "kilometer_per_hour": "kilometer/hour",
    "kmh": "kilometer/hour",
    "ha": "hectare",
    "sq km": "kilometer**2",
    "square kilometres": "kilometer**2",
    "square kilometers": "kilometer**2",
    "square miles": "mile**2",
    "sq miles": "mile**2",
    "ft": "foot",
    "in": "inch",
    "st": "stone",
    "stones": "stone",
    "yd": "yard",
    "mi": "mile",
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
    if not w or not re.fullmatch(r"[a-z°/ _]+", w):
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


# "8 st 3 lb", "5 ft 10 in", "6 feet 2 inches", "7 lb 4 oz": one quantity in two units.
_IMPERIAL_PART = (
    r"st|stone|stones|ft|feet|foot|in|inch|inches|lb|lbs|pounds?|oz|ounces?|yd|yards?|"
    r"mi|miles?|m|metres?|meters?|cm|centimetres?|centimeters?|kg|g|grams?"
)
_COMPOUND = re.compile(
    # the first digit before the look back: the scan then skips to digits
    rf"(\d(?<![\w.,]\d)\d*(?:\.\d+)?)[\s-]*({_IMPERIAL_PART})\.?,?\s+(?:and\s+)?"
    rf"(\d+(?:\.\d+)?)[\s-]*({_IMPERIAL_PART})\b",
    re.I,
)
# "1.2C (2.2F) warmer", "rose by 2C (3.6F)": a difference of temperatures has no offset.
_DIFFERENCE_AFTER = re.compile(
    r"^\W{0,3}\s*(?:warmer|cooler|colder|hotter|higher|lower|above|below|more|less|"
    r"of warming|of cooling|rise|increase|drop|fall)\b",
    re.I,
)
_DIFFERENCE_BEFORE = re.compile(
    r"\b(?:by|warmed|cooled|rise of|increase of|drop of|fall of|anomaly of|up|down)\s+"
    r"(?:about |roughly |nearly |almost |some |more than |just )?$",
    re.I,
)


@dataclass(frozen=True)
class Stated:
    """A measure as stated: one claim, or a compound such as "8 st 3 lb" read as one."""

    claims: tuple[Claim, ...]
    start: int
    end: int
    text: str
    scale: Scale
    base: Interval  # in SI base units
    value: float  # in ``scale.unit`` (the smaller unit of a compound)


def _compounds(ctx: Context, measures: list[Claim]) -> list[Stated]:
    """ "8 st 3 lb": the parts added into one quantity, in the smaller unit."""
    out: list[Stated] = []
    sentences = sorted({ctx.sentence_index(c) for c in measures})
    for idx in sentences:
        sent = ctx.document.sentences[idx]
        for m in _COMPOUND.finditer(ctx.text, sent.start, sent.end):
            big, small = _parse_unit(m.group(2)), _parse_unit(m.group(4))
            if big is None or small is None or big == small:
                continue
            try:
                qb = _registry().Quantity(1.0, big).to_base_units()
                qs = _registry().Quantity(1.0, small).to_base_units()
            except Exception:  # noqa: BLE001 - not units pint can place
                continue
            if str(qb.units) != str(qs.units) or qb.magnitude <= qs.magnitude:
                continue
            nb, ns = float(m.group(1)), float(m.group(3))
            if ns * qs.magnitude >= qb.magnitude:
                continue  # "3 ft 40 in" is no compound: the small part must be under one big unit
            inside = [c for c in ctx.claims_between(m.start(), m.end()) if c.kind != "date"]
            parts = tuple(c for c in inside if c.kind == "measure") or tuple(inside)
            if not parts:
                continue
            digits = m.group(3).split(".")[1] if "." in m.group(3) else ""
            half = 0.5 * 10 ** (-len(digits)) * qs.magnitude
            total = nb * qb.magnitude + ns * qs.magnitude
            name = _CANONICAL.get(small, small)
            scale = Scale(name, str(qs.units), float(qs.magnitude))
            out.append(
                Stated(
                    claims=parts,
                    start=m.start(),
                    end=m.end(),
                    text=m.group(),
                    scale=scale,
                    base=Interval(total - half, total + half),
                    value=total / qs.magnitude,
                )
            )
    return out


def _stated(ctx: Context, measures: list[Claim]) -> list[Stated]:
    """Every measure as stated, compounds merged, in text order."""
    compounds = _compounds(ctx, measures) if measures else []
    absorbed = {c.id for s in compounds for c in s.claims}
    out = list(compounds)
    for c in measures:
        if c.id in absorbed or any(s.start <= c.start < s.end for s in compounds):
            continue
        sc, iv, v = scale_of(ctx, c), ctx.plausible(c), numeric_value(c)
        if sc is None or iv is None or v is None:
            continue
        end = c.end
        if c.kind == "count":  # "35 Celsius": the scale word is part of the figure as stated
            named = _SCALE_AFTER.match(ctx.text, c.end)
            end = named.end() if named else c.end
        text = ctx.text[c.start : end]
        count = _counted_before(ctx, c)
        if count is not None:
            # "14.2 million 60-kilogram bags, or about 852,000 tonnes": the size of each of
            # a counted number of things; what is restated is their total
            n = numeric_value(count) or 0.0
            total = Interval(sc.interval(iv).lo * n, sc.interval(iv).hi * n)
            text = f"{count.text} × {c.text}"
            out.append(Stated((count, c), count.start, end, text, sc, total, v * n))
            continue
        out.append(Stated((c,), c.start, end, text, sc, sc.interval(iv), v))
    return sorted(out, key=lambda s: s.start)


def _counted_before(ctx: Context, c: Claim) -> Claim | None:
    """The count a hyphenated size ("60-kilogram") is the size of each of, if told just
    before it: "14.2 million 60-kilogram bags"."""
    if "-" not in c.text or not re.match(r"\d[\d.,]*-[a-z]", c.text):
        return None
    for o in ctx.in_sentence(ctx.sentence_index(c)):
        if o.end <= c.start and o.kind == "count" and not ctx.text[o.end : c.start].strip():
            return o if numeric_value(o) else None
    return None


def _is_difference(ctx: Context, a: Stated, b: Stated) -> bool:
    tail = ctx.text[b.end : b.end + 30]
    head = ctx.text[max(0, a.start - 40) : a.start]
    return bool(_DIFFERENCE_AFTER.match(tail) or _DIFFERENCE_BEFORE.search(head))


def _agree(a: Stated, b: Stated, difference: bool) -> bool:
    if difference:
        # a temperature difference: degrees scale by the factor alone
        da = Interval(a.base.lo - a.scale.offset, a.base.hi - a.scale.offset)
        db = Interval(b.base.lo - b.scale.offset, b.base.hi - b.scale.offset)
        return da.overlaps(db, 0.015 * max(abs(db.lo), abs(db.hi)) + 1e-9)
    return a.base.overlaps(b.base, _tolerance(b.scale, b.base))


_DIGIT = re.compile(r"\d")
_ENDS_IN_FIVE = re.compile(r"5(?!\d|[.,]\d)")


def _converted_from_stated(ctx: Context, a: Stated, b: Stated) -> bool:
    """The conversion was worked from the figure as stated, yet misses it.

    "190-metre (632-foot)": a conversion given to the foot was computed from a
    figure known to the metre, so 190 is 190 (623 ft), not a rounding of 192.6.
    Only when the conversion is far finer than the primary figure's own rounding;
    "14 kg (30 lb)" stays a pair of roundings.
    """
    if a.scale.is_temperature or len(a.claims) != 1:
        return False
    if not (_DIGIT.search(a.text) and _DIGIT.search(b.text)):
        return False  # "three-quarters of a mile" states no precision in digits
    ia = ctx.interval(a.claims[0])
    ib = ctx.interval(b.claims[0]) if len(b.claims) == 1 else None
    if ia is None or ib is None or float("inf") in (ia.hi, ib.hi):
        return False
    wa, wb = a.scale.interval(ia), b.scale.interval(ib)
    if _ENDS_IN_FIVE.search(b.text):
        # "8 ounces (225 g)", "120 mph (195 km/h)": a conversion rounded to the five
        mid, half = (wb.lo + wb.hi) / 2, (wb.hi - wb.lo) / 2
        wb = Interval(mid - 5 * half, mid + 5 * half)
    x = a.scale.to_base(a.value)
    mid = (wb.lo + wb.hi) / 2
    if x <= 0 or mid <= 0:
        return False
    rel_a, rel_b = (wa.hi - wa.lo) / 2 / x, (wb.hi - wb.lo) / 2 / mid
    if rel_a <= 0 or 4 * rel_b >= rel_a:
        return False
    return not wb.overlaps(Interval.exact(x), 0.003 * x)


def check(ctx: Context) -> list[Check]:
    out: list[Check] = []
    measures = [
        c
        for c in ctx.claims
        if (c.kind == "measure" or (c.kind == "count" and _SCALE_AFTER.match(ctx.after(c, 25))))
        and numeric_value(c) is not None
    ]
    paired: set[str] = set()
    stated = _stated(ctx, measures)
    for a, b in _pairs(ctx, stated):
        sa, sb = a.scale, b.scale
        if sa.base != sb.base or sa.unit == sb.unit:
            continue
        paired.update(c.id for c in a.claims + b.claims)
        claims = a.claims + b.claims
        temperature = sa.is_temperature and sb.is_temperature
        marked = temperature and _is_difference(ctx, a, b)
        in_b = sb.from_base(sa.to_base(a.value))
        if _agree(a, b, marked) and (marked or not _converted_from_stated(ctx, a, b)):
            if marked:
                diff = a.value * sa.factor / sb.factor
                msg = f"a difference of {a.text} = {fmt(diff)} {sb.label} ≈ {b.text} stated"
            else:
                msg = f"{a.text} = {fmt(in_b)} {sb.label} ≈ {b.text} stated"
            out.append(result(RULE, "pass", claims, msg))
            continue
        if temperature and not marked and _agree(a, b, True):
            # "a 1.5C (2.7F) limit": right as a difference, which the wording may mean
            diff = a.value * sa.factor / sb.factor
            msg = f"as a difference, {a.text} = {fmt(diff)} {sb.label} ≈ {b.text} stated"
            out.append(result(RULE, "pass", claims, msg))
            continue
        back = sa.from_base(sb.to_base(b.value))
        if marked:
            diff = a.value * sa.factor / sb.factor
            msg = f"a difference of {a.text} = {fmt(diff)} {sb.label}, not {b.text}"
        else:
            msg = (
                f"{a.text} = {fmt(in_b)} {sb.label}, not {b.text} "
                f"({b.text} is {fmt(back)} {sa.label})"
            )
        out.append(result(RULE, "fail", claims, msg))
    out.extend(_range_pairs(ctx, paired))
    # A measure in imperial units with no conversion stated: show the metric figure.
    in_compound = {
        c.id for s in stated if len(s.claims) > 1 or s.text != s.claims[0].text for c in s.claims
    }
    for c in measures:
        if c.id in paired or c.id in in_compound:
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


def _pairs(ctx: Context, measures: list[Stated]) -> list[tuple[Stated, Stated]]:
    """(stated, converted) pairs: "A (B)", "A, or B", and ranges "A1 to A2 (B1 to B2)"."""
    out: list[tuple[Stated, Stated]] = []
    for i in range(len(measures) - 1):
        a, b = measures[i], measures[i + 1]
        gap = ctx.text[a.end : b.start]
        if not _PAIRED.match(gap):
            # "1.2 miles long (1.9 km)", "12 inches of snow (30 cm)": a short word or two
            # that the figure's own phrase carries before the conversion
            word = _CARRIED.match(gap)
            dashed = _DASHED.match(gap) and _DASH_CLOSE.match(ctx.text, b.end)
            if not dashed and (word is None or not _PAIRED.match(gap[word.end() :])):
                continue
        if ctx.sentence_index(a.claims[0]) != ctx.sentence_index(b.claims[0]):
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


def _range_scale(claim: Claim) -> Scale | None:
    """The scale of a range's unit ("60 to 70 mph"), from pint; none for temperatures."""
    u = _parse_unit(claim.unit or "") if claim.unit else None
    if u is None:
        return None
    name = _CANONICAL.get(u, u)
    if name in _TEMPERATURE:
        return None
    try:
        q = _registry().Quantity(1.0, u).to_base_units()
    except Exception:  # noqa: BLE001 - not a unit pint can place
        return None
    return Scale(name, str(q.units), float(q.magnitude))


def _range_pairs(ctx: Context, paired: set[str]) -> list[Check]:
    """ "60 to 70 mph (97 to 113 km/h)": each end against its converted end."""
    ranges = [
        c
        for c in ctx.claims
        if c.kind == "measure" and c.value is None and c.low is not None and c.high is not None
    ]
    out: list[Check] = []
    for a, b in zip(ranges, ranges[1:], strict=False):
        if a.id in paired or b.id in paired or not _PAIRED.match(ctx.text[a.end : b.start]):
            continue
        sa, sb = _range_scale(a), _range_scale(b)
        if sa is None or sb is None or sa.base != sb.base or sa.unit == sb.unit:
            continue
        assert a.low is not None and a.high is not None and b.low is not None
        assert b.high is not None
        ends = []
        for x, y in ((a.low, b.low), (a.high, b.high)):
            ra, rb = rounding(a, x), rounding(b, y)
            ia = sa.interval(Interval(x - ra, x + ra))
            ib = sb.interval(Interval(y - rb, y + rb))
            ends.append(ia.overlaps(ib, _tolerance(sb, ib)))
        lo_b = sb.from_base(sa.to_base(a.low))
        hi_b = sb.from_base(sa.to_base(a.high))
        shown = f"{a.text} = {fmt(lo_b)}–{fmt(hi_b)} {sb.label}"
        if all(ends):
            out.append(result(RULE, "pass", (a, b), f"{shown} ≈ {b.text} stated"))
        else:
            out.append(result(RULE, "fail", (a, b), f"{shown}, not {b.text}"))
    return out
