"""A duration disagrees with its dates: "ran from 3 March to 14 April, lasted 35 days".

The dates are the ones the sentence ties to the duration ("from A to B",
"began A ... ending B", "between A and B"), or a start in the previous
sentence of the paragraph that shares the duration's verb ("In 1961 she
married ..." / "married for 52 years, until ... 2011"). Counting both ends and
the precision of each date are allowed for.
"""

from __future__ import annotations

import re
from datetime import date

from reader.checks.base import result
from reader.checks.quantity import fmt, numeric_value
from reader.checks.relations import Context, stem
from reader.checks.timeline import DAYS, duration_unit, has_year, span
from reader.model import Check, Claim

RULE = "duration_mismatch"
_JOIN = re.compile(r"\b(to|until|till|through|ending|ended)\b|[-–]", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?:on\s+)?$", re.I)
_RELATIVE = re.compile(r"^\s*(?:\w+\s+){0,4}?(after|before|ago|earlier|since)\b", re.I)
_END_MARK = re.compile(r"\b(until|till|to|through|ending|ended)\b[^.]{0,30}$", re.I)


def _pair_in_sentence(ctx: Context, dur: Claim) -> tuple[Claim, Claim] | None:
    dates = [c for c in ctx.in_sentence(ctx.sentence_index(dur)) if c.kind == "date"]
    for a, b in zip(dates, dates[1:], strict=False):
        between = ctx.text[a.end : b.start]
        joined = _JOIN.search(between) or (
            re.search(r"\band\b", between) and _BETWEEN.search(ctx.before(a, 20))
        )
        if len(between) <= 90 and joined:
            return a, b
    return None


def _pair_across(ctx: Context, dur: Claim) -> tuple[Claim, Claim] | None:
    """An end date after "until" here, a start date in the previous sentence."""
    idx = ctx.sentence_index(dur)
    ends = [
        c
        for c in ctx.in_sentence(idx)
        if c.kind == "date" and c.start > dur.end and _END_MARK.search(ctx.text[dur.end : c.start])
    ]
    if not ends or idx == 0:
        return None
    verbs = {w for w in ctx.stems(dur, clause=False) if len(w) > 3}
    prev = ctx.document.sentences[idx - 1]
    if prev.paragraph != ctx.paragraph(dur):
        return None
    starts = [c for c in ctx.in_sentence(idx - 1) if c.kind == "date"]
    if len(starts) != 1:
        return None
    shared = verbs & {stem(w) for w in re.findall(r"\w+", ctx.text[prev.start : prev.end])}
    if not shared:
        return None
    return starts[0], ends[0]


def _elapsed(ctx: Context, a: Claim, b: Claim) -> tuple[float, float] | None:
    sa = span(ctx, a)
    if sa is None:
        return None
    sb = span(ctx, b, year=sa[0].year if not has_year(b) else None)
    if sb is None:
        return None
    if sb[1] < sa[0] and not has_year(b):
        sb = (
            date(sb[0].year + 1, sb[0].month, sb[0].day),
            date(sb[1].year + 1, sb[1].month, sb[1].day),
        )
    lo = (sb[0] - sa[1]).days
    hi = (sb[1] - sa[0]).days + 1  # counting both ends
    if hi < 0:
        return None
    return float(max(lo, 0)), float(hi)


def check(ctx: Context) -> list[Check]:
    out: list[Check] = []
    for dur in ctx.claims:
        if dur.kind != "duration":
            continue
        unit = duration_unit(ctx, dur)
        v = numeric_value(dur)
        iv = ctx.interval(dur)
        if unit is None or v is None or iv is None:
            continue
        if _RELATIVE.match(ctx.after(dur, 40)):
            continue  # "19 years after Katrina": a gap to another event, not this span
        pair = _pair_in_sentence(ctx, dur) or _pair_across(ctx, dur)
        if pair is None:
            continue
        a, b = pair
        elapsed = _elapsed(ctx, a, b)
        if elapsed is None:
            continue
        u = DAYS[unit]
        # "42 days" is 41.5-42.5 days; "52 years" is 51.5 up to 53 (completed years).
        stated_lo = (v - 0.5) * u
        stated_hi = (v + 0.5) * u if unit in ("day", "week") else (v + 1) * u
        if iv.hi == float("inf"):
            stated_hi = float("inf")
        if iv.lo <= 0:
            stated_lo = 0.0
        lo, hi = elapsed
        span_text = _span_text(lo, hi, unit)
        msg_dates = f"{a.text} to {b.text} is {span_text}"
        if stated_lo <= hi and lo <= stated_hi:
            out.append(result(RULE, "pass", (a, b, dur), f"{msg_dates}, as stated ({dur.text})"))
        else:
            out.append(result(RULE, "fail", (a, b, dur), f"{msg_dates}, not {fmt(v)} {unit}s"))
    return out


def _span_text(lo: float, hi: float, unit: str) -> str:
    u = DAYS[unit]
    if unit == "day":
        a, b = int(lo), int(hi)
        return f"{a} days ({b} counting both ends)" if b == a + 1 else f"{a}–{b} days"
    x, y = lo / u, hi / u
    if abs(y - x) < 0.05:
        return f"{x:.1f} {unit}s"
    return f"{x:.1f}–{y:.1f} {unit}s"
