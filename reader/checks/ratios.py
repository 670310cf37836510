"""A ratio or multiple does not match its figures.

"costs 9.8 times average earnings of £35,600", "twice as common (8.2% vs
4.1%)", "a 2-to-1 ratio: 2,275 ... and 1,137", "47,000 now shelter, more than
twice its capacity" (built for 20,000), "86 percent — almost nine in 10". The
base is the figure after the multiple; the compared figure is the one before
it in the sentence, or, when the sentence has none, the figure elsewhere whose
sentence shares the most words with this one (a place name counts double).
"one in four of the wins ... 17 blowouts" is a share, checked with shares.
"""

from __future__ import annotations

import re

from reader.checks.base import result
from reader.checks.conversion import unit_of
from reader.checks.quantity import Interval, fmt
from reader.checks.relations import STOP, WORD, Context, stem
from reader.model import Check, Claim, Status

RULE = "ratio_mismatch"
_MULTIPLE_AFTER = re.compile(
    r"^\s*(?:times\s+)?(?:the|as|more|higher|larger|bigger|greater|its|their|his|her|what|that)\b",
    re.I,
)
# "X a year, three times ...": only a short tail of X's own clause stands between
_APPOSED = re.compile(
    r"^[^,;.]{0,25},\s*(?:or |about |some |roughly |nearly |almost |more than )?$"
)
_VS = re.compile(r"^\s*(?:vs\.?|versus|compared with|against|to)\s*$", re.I)
# "outnumber", "outsold", "outspending": the figure before the verb is the larger one
_OUT_VERB = re.compile(
    r"^[^.;:]{0,60}\bout(?:number|sell|sold|spen[dt]|vot|earn|scor|pac|weigh)[a-z]*\b"
    r"[^.;:]{0,40}$",
    re.I,
)
FAMILY = {"count": "n", "money": "m", "percent": "p", "measure": "u", "ratio": "r"}


def _is_multiple(ctx: Context, c: Claim) -> bool:
    v = ctx.value(c)
    if c.kind != "ratio" or v is None or v <= 0 or re.search(r"\bin\b", c.text):
        return False
    if "-to-" in c.text or re.search(r"\bto\b", c.text):
        return True
    if re.search(r"\b(doubled|tripled|halved|quadrupled)\b", c.text, re.I):
        return False  # a change with no figures of its own here
    after = ctx.text[c.end : c.end + 20]
    if re.search(r"\btimes\b", c.text + after[:7], re.I):
        # "9.8 times average earnings"; "three times a week" is a frequency
        return not re.match(
            r"^\s*(?:times\s+)?(a|an|per|each|every|in|over|during|since|this|"
            r"that|last|daily|weekly|yearly)\b",
            after,
            re.I,
        )
    return bool(_MULTIPLE_AFTER.match(after))


def _figures(ctx: Context, c: Claim) -> list[Claim]:
    return [
        x
        for x in ctx.in_sentence(ctx.sentence_index(c))
        if x.id != c.id
        and x.kind in ("count", "money", "percent", "measure")
        and ctx.value(x) is not None
        and not x.vague
    ]


def _words(text: str) -> set[str]:
    return {stem(w) for w in WORD.findall(text) if w.lower() not in STOP and len(w) > 2}


def _score(mine: set[str], proper: set[str], ctx: Context, cand: Claim) -> int:
    shared = mine & ctx.content(cand)
    return len(shared) + len(shared & proper)


def _ratio_of(ctx: Context, x: Claim, y: Claim) -> float | None:
    vx, vy = ctx.value(x), ctx.value(y)
    if vx is None or not vy:
        return None
    return vx / vy


def _judge(ctx: Context, m: Claim, x: Claim, y: Claim, status: Status) -> Check | None:
    iv = ctx.interval(m)
    r = _ratio_of(ctx, x, y)
    if iv is None or r is None:
        return None
    ix, iy = ctx.plausible(x), ctx.plausible(y)
    possible = ix.divided_by(iy) if ix and iy else None
    ok = iv.overlaps(possible) if possible else iv.contains(r)
    head = f"{ctx.show(x)} / {ctx.show(y)} = {fmt(r)}"
    if ok:
        return result(RULE, "pass", (m, x, y), f"{head}, as stated ({m.text})")
    return result(RULE, status, (m, x, y), f"{head}, not {m.text} ({fmt(ctx.value(m) or 0)})")


def _elsewhere(ctx: Context, m: Claim, y: Claim) -> Check | None:
    sent = ctx.sentence(m)
    here = ctx.text[sent.start : m.start]
    mine = _words(here)
    proper = {stem(w) for w in re.findall(r"(?<=\s)[A-Z][a-z]+", " " + here)}
    cands = [
        c
        for c in ctx.near_numeric(m)
        if c.kind == y.kind
        and c.id != y.id
        and not c.vague
        and ctx.sentence_index(c) != ctx.sentence_index(m)
        and (y.kind != "money" or (c.currency or "") == (y.currency or ""))
        and _score(mine, proper, ctx, c) >= 2
        and not ctx.is_prior(c)
        and not ctx.is_change_amount(c)
        and (y.kind != "measure" or unit_of(ctx, c) == unit_of(ctx, y))
    ]
    scored = sorted(((_score(mine, proper, ctx, c), c) for c in cands), key=lambda t: -t[0])
    scored = [t for t in scored if t[0] >= 2]
    if not scored:
        return None
    for _, c in scored:
        k = _judge(ctx, m, c, y, "fail")
        if k is not None and k.status == "pass" and _score(mine, proper, ctx, c) == scored[0][0]:
            return k
    top = [c for s, c in scored if s == scored[0][0]]
    if len(top) != 1:
        return None
    return _judge(ctx, m, top[0], y, "fail" if scored[0][0] >= 3 else "warn")


def _multiple(ctx: Context, m: Claim) -> Check | None:
    figs = _figures(ctx, m)
    after = [f for f in figs if f.start > m.end]
    before = [f for f in figs if f.end <= m.start]
    if len(after) >= 2 and (
        "-to-" in m.text
        or _VS.match(ctx.text[after[0].end : after[1].start])
        or re.match(r"^\s*(?:and)\s*$", ctx.text[after[0].end : after[1].start])
    ):
        if after[0].kind == after[1].kind:
            return _judge(ctx, m, after[0], after[1], "fail")
    if after:
        y = after[0]
        a, _ = ctx.clause(m)
        xs = [f for f in before if FAMILY[f.kind] == FAMILY[y.kind] and f.start >= a]
        if xs:
            return _judge(ctx, m, xs[-1], y, "fail")
        if (
            before
            and FAMILY[before[-1].kind] == FAMILY[y.kind]
            and _APPOSED.search(ctx.text[before[-1].end : m.start])
        ):
            # "3,000 tonnes a year, three times the 1,000 tonnes": the multiple is in apposition
            return _judge(ctx, m, before[-1], y, "fail")
        return _elsewhere(ctx, m, y)
    heads = {ctx.subject_head(f) for f in before}
    pair = before[-2:]
    if (
        len(pair) == 2
        and pair[0].kind == pair[1].kind
        and re.search(r"-to-|\bto\b", m.text)
        and _OUT_VERB.search(ctx.text[pair[0].end : pair[1].start])
        # "... by three to one" right after the second figure, in the same clause
        and re.fullmatch(r"[^,;.()]{0,30}", ctx.text[pair[1].end : m.start])
    ):
        # "X's 22 staff outnumber Y's 7 by three to one": the verb names which is larger
        return _judge(ctx, m, pair[0], pair[1], "fail")
    if len(before) == 2 and before[0].kind == before[1].kind and re.search(r"-to-|\bto\b", m.text):
        # "won 30 and lost 15, a 2-to-1 ratio": the figures in the order the ratio names them
        k = _judge(ctx, m, before[0], before[1], "warn")
        return (
            k if k is None or k.status == "pass" else _judge(ctx, m, before[1], before[0], "warn")
        )
    if len(before) == 2 and before[0].kind == before[1].kind and (None in heads or len(heads) == 1):
        # "built for 20,000 people, about 47,000 now shelter, more than twice its capacity"
        return _judge(ctx, m, before[1], before[0], "warn")
    return None


def _apposed_share(ctx: Context, m: Claim) -> Check | None:
    """ "86 percent of new arrivals — almost nine in 10": the share against the ratio."""
    if m.kind != "ratio" or not re.search(r"\bin\b", m.text):
        return None
    figs = [f for f in _figures(ctx, m) if f.end <= m.start and f.kind == "percent"]
    after = [f for f in _figures(ctx, m) if f.start >= m.end and f.kind == "percent"]
    if figs and re.search(
        r"(—|–|\(|,)\s*(?:almost|nearly|about|roughly|some)?\s*$", ctx.text[figs[-1].end : m.start]
    ):
        p = figs[-1]
    elif after and re.fullmatch(
        r"[^,;.()]{0,25}(?:,|\(|—|–)\s*(?:or\s+)?", ctx.text[m.end : after[0].start]
    ):
        p = after[0]  # "some 9 in 10 residents, 88%, voted yes"
    else:
        return None
    iv, ip = ctx.interval(m), ctx.interval(p)
    if iv is None or ip is None:
        return None
    share = ip.scale(0.01)
    ok = iv.overlaps(Interval(share.lo, share.hi), 0.005)
    msg = f"{ctx.show(p)} is {fmt((ctx.value(p) or 0) / 100)}"
    if ok:
        return result(RULE, "pass", (m, p), f"{msg}, about {m.text}")
    return result(RULE, "fail", (m, p), f"{msg}, not {m.text} ({fmt(ctx.value(m) or 0)})")


def check(ctx: Context) -> list[Check]:
    out: list[Check] = []
    for c in ctx.claims:
        if c.kind != "ratio":
            continue
        k = _multiple(ctx, c) if _is_multiple(ctx, c) else _apposed_share(ctx, c)
        if k is not None:
            out.append(k)
    return out
