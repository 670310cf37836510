"""A running balance does not add up: "6,400 in shelters ... 2,150 more arrived, while 1,900
left, leaving 7,250".

A closing figure ("leaving 7,250", "bringing the total to 91") ends a run of flows in its
sentence, each signed by its own verb: in ("more arrived", "joined", "were admitted") or
out ("left", "died", "were discharged"). The opening stock is a count stated before the
flows: earlier in the sentence, or in the sentence before when that sentence gives exactly
one count of the same thing (the closing figure's noun, or people). Any figure in the run
that is neither in nor out stops the reading: the account is not one the text spells out.
"""

from __future__ import annotations

import re

from reader.checks.base import result
from reader.checks.quantity import Interval, fmt, fmt_interval
from reader.checks.relations import PERSON_NOUNS, Context, stem
from reader.model import Check, Claim

RULE = "ledger_mismatch"
_CLOSING = re.compile(
    r"\b(?:leaving|leaves|left\s+with|bringing\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:total|number|tally|count|toll|population)?\s*(?:\w+\s+)?to|"
    r"taking\s+(?:the\s+|its\s+)?(?:total|number|tally|count|toll)\s+to|"
    r"for\s+a\s+total\s+of|to\s+a\s+total\s+of)\s+"
    r"(?:about\s+|some\s+|roughly\s+|nearly\s+|just\s+|only\s+)?$",
    re.I,
)
_IN = re.compile(
    r"\b(?:more|another|additional|further|new|arriv\w*|join\w*|admitt\w*|add\w*|came|"
    r"come|enter\w*|hired|signed up|enrolled|moved in)\b",
    re.I,
)
_OUT = re.compile(
    r"\b(?:left|leave|leaves|depart\w*|died|lost|remov\w*|discharg\w*|fled|quit|"
    r"went home|gone home|moved out|transferred out|released|laid off|resigned)\b",
    re.I,
)
_PERSON_STEMS = frozenset(stem(w) for w in PERSON_NOUNS) | {"peopl", "person"}


def _own_words(ctx: Context, c: Claim, run: list[Claim]) -> str:
    """The words of one flow: from the end of the figure before it to the next figure."""
    s = ctx.sentence(c)
    prev = [x.end for x in run if x.end <= c.start]
    nxt = [x.start for x in run if x.start >= c.end]
    lo = max([s.start, *prev])
    hi = min([s.end, *nxt])
    before = re.split(r"[,;]|\bwhile\b|\band\b|\bbut\b", ctx.text[lo : c.start])[-1]
    after = re.split(r"[,;]|\bwhile\b|\band\b|\bbut\b", ctx.text[c.end : hi])[0]
    return before + " " + after


def _sign(ctx: Context, c: Claim, run: list[Claim]) -> int:
    words = _own_words(ctx, c, run)
    ins, outs = bool(_IN.search(words)), bool(_OUT.search(words))
    if ins == outs:
        return 0
    return 1 if ins else -1


def _same_thing(ctx: Context, a: Claim, b: Claim) -> bool:
    ha, hb = ctx.subject_head(a), ctx.subject_head(b)
    if ha and hb:
        return ha == hb or (ha in _PERSON_STEMS and hb in _PERSON_STEMS)
    return (ha or hb) in _PERSON_STEMS


def _opening(ctx: Context, closing: Claim, first_flow: Claim) -> Claim | None:
    idx = ctx.sentence_index(closing)
    here = [
        c
        for c in ctx.in_sentence(idx)
        if c.kind == closing.kind and c.end <= first_flow.start and c.id != first_flow.id
    ]
    if here:
        return here[-1] if _same_thing(ctx, here[-1], first_flow) else None
    if idx == 0 or ctx.document.sentences[idx - 1].paragraph != ctx.paragraph(closing):
        return None
    prev = [
        c
        for c in ctx.in_sentence(idx - 1)
        if c.kind == closing.kind and not c.vague and _same_thing(ctx, c, first_flow)
    ]
    if len(prev) != 1 or ctx.is_changeish(prev[0]) or ctx.is_prior(prev[0]):
        return None
    return prev[0]


def check(ctx: Context) -> list[Check]:
    out: list[Check] = []
    for closing in ctx.numeric:
        if closing.kind != "count" or closing.vague:
            continue
        s = ctx.sentence(closing)
        if not _CLOSING.search(ctx.text, max(s.start, closing.start - 60), closing.start):
            continue
        run = [
            c
            for c in ctx.in_sentence(s.index)
            if c.end <= closing.start and c.kind != "date" and ctx.value(c) is not None
        ]
        flows: list[tuple[int, Claim]] = []
        for c in reversed(run):
            sign = _sign(ctx, c, run + [closing])
            if sign == 0:
                break
            flows.insert(0, (sign, c))
        if not flows or any(c.kind != closing.kind or c.vague for _, c in flows):
            continue
        opening = _opening(ctx, closing, flows[0][1])
        if opening is None:
            continue
        parts = [opening] + [c for _, c in flows]
        ivs = [ctx.interval(c) for c in (*parts, closing)]
        if any(iv is None for iv in ivs):
            continue
        total: Interval = ivs[0]  # type: ignore[assignment]
        point = ctx.value(opening) or 0.0
        terms = [ctx.show(opening)]
        for (sign, c), iv in zip(flows, ivs[1:-1], strict=True):
            assert iv is not None
            total = total + iv if sign > 0 else total - iv
            point += sign * (ctx.value(c) or 0.0)
            terms.append(("+ " if sign > 0 else "- ") + ctx.show(c))
        stated = ivs[-1]
        assert stated is not None
        sums = f"{' '.join(terms)} = {fmt(point)}"
        if total.overlaps(stated):
            msg = f"{sums}, as the {ctx.show(closing)} stated"
            out.append(result(RULE, "pass", (*parts, closing), msg))
        else:
            msg = f"{sums} ({fmt_interval(total)} allowing for rounding), not {ctx.show(closing)}"
            out.append(result(RULE, "fail", (*parts, closing), msg))
    return out
