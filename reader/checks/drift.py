"""The same quantity stated twice: figure drift and bound conflicts.

Two figures are the same quantity when the text gives them the same subject
(head noun, or a concept such as a workforce), the same predicate, and
nothing that sets them apart: no earlier-time marker ("from", "a year
earlier"), no change verb, no differing date, no differing place name, no
plan. Percentages with no noun of their own are keyed by whose share they are
("the Social Democrats ... 27.9%", "his party's 29.7%"). Grouping by key keeps
the comparison linear in practice: only figures sharing a key are paired.

Different values are a ``figure_drift``; intervals that cannot meet ("more
than 90" and "85 in all") a ``bound_conflict``; agreeing ones pass.
"""

from __future__ import annotations

import re
from collections import defaultdict

from reader.checks.base import result
from reader.checks.relations import GENERIC_WORDS, IRREGULAR, STOP, WINDOW, Context, stem
from reader.model import Check, Claim, Status

KINDS = ("count", "money", "percent", "measure")
CONCEPTS = frozenset(v for v in IRREGULAR.values() if v in ("employ", "vote", "sale"))
STOP_STEMS = frozenset(stem(w) for w in STOP) | {"the", "at", "in", "on", "by", "as"}
_CONCEPT_SURFACE = tuple(w for w, k in IRREGULAR.items() if k in CONCEPTS) + ("employ",)
# Each figure is compared with the next few sharing its key, not with all of them.
PAIR_REACH = 8
_ATTRIBUTION = re.compile(
    r",?\s*(?:according to\b.*|[^,]{0,60}\b(?:said|says|reported|told)\b[^,]*)$|"
    r"^[^,]{0,60}\b(?:said|says|reported|told)\b(?: that)?",
    re.I,
)
_FRONTED_PLACE = re.compile(
    r"\s*(?:In|At|Across|Throughout|Outside|Inside|Near|Elsewhere in)\s+"
    r"((?:the\s+)?[A-Z][^,]{0,40}),"
)
_SAYS = re.compile(r"\b(?:said|says|reported|told|according)\b", re.I)
_DEMONSTRATIVE = re.compile(r"^\s*(That|Those|This|These)\s+[a-z]", re.U)
_BESIDE_SHARE = re.compile(r"(%|percent|per cent)[^,;]{0,25},\s*(?:some|about|or|roughly)?\s*$")
_SHARE_AFTER = re.compile(
    r"^\s*(?:,\s*or|\()\s*(?:about |roughly |some )?[\d.]+\s*(%|percent|per cent)"
)
_PART_OF = re.compile(r"^\s*(?:out\s+)?of\s+(?:the|its|their|all|them|those|whom)\b", re.I)


def _key(ctx: Context, c: Claim) -> tuple[str, str] | None:
    words = ctx.subject_words(c)
    head = stem(words[-1]) if words else None
    concept = head if head in CONCEPTS else None
    low = ctx.before(c, 40).lower()
    if concept is None and any(w in low for w in _CONCEPT_SURFACE):
        before = ctx.words_before(c, 3)
        if any(stem(w) in CONCEPTS for w in before if not w.endswith("ed")):
            concept = next(stem(w) for w in before if stem(w) in CONCEPTS)
    if concept:
        return c.kind, "concept:" + concept
    if c.kind == "percent" and head is None:
        owner = ctx.owner(c)
        if not owner or ctx.topic(c) - owner - {"party"}:
            return None  # "reserves stood at 12 percent": the share of something else
        return (c.kind, "owner:" + " ".join(sorted(owner)))
    if head is None:
        return None
    return c.kind, head


def _eligible(ctx: Context, c: Claim) -> bool:
    if c.kind not in KINDS or c.vague:
        return False
    if ctx.is_prior(c) or ctx.is_changeish(c) or ctx.is_plan(c):
        return False
    if re.search(
        r"\b(last|remaining|other|another|additional|further|extra|new|leaving|left)\s+$",
        ctx.before(c, 15),
    ) or re.match(r"^\s*(?:[a-z]+\s+)?(still|remain)", ctx.after(c, 25)):
        return False  # a remainder, not the figure itself
    if _PART_OF.match(ctx.after(c, 20)):
        return False  # "29 of the 38": a part, checked elsewhere
    if re.search(r"\b(?:among|of)\s+(?:the|all)\s+$", ctx.before(c, 12), re.I):
        return False  # "30,000 federal workers among the 193,000": a whole of parts
    if (
        c.kind != "percent"
        and _BESIDE_SHARE.search(ctx.before(c, 40))
        or _SHARE_AFTER.match(ctx.after(c, 20))
    ):
        return False  # "12% of sales, some 14,300": a share of something, checked elsewhere
    return not re.search(r"\b(per|each|a|an)\s*$", ctx.before(c, 6)) and not re.match(
        r"^\s*(a|per|each)\s+\w+", ctx.after(c, 12)
    )


def _places(ctx: Context, c: Claim) -> set[str]:
    key = ("places", c.id)
    if key not in ctx._cache:
        ctx._cache[key] = _read_places(ctx, c)
    return ctx._cache[key]  # type: ignore[no-any-return]


def _read_places(ctx: Context, c: Claim) -> set[str]:
    a, b = ctx.clause(c)
    clause = ctx.text[a:b]
    if _SAYS.search(clause):
        clause = _ATTRIBUTION.sub("", clause)
    off = ctx.text.find(clause, a) if clause else a
    places = ctx.proper_nouns(off, off + len(clause)) if clause else set()
    # "In Louisiana, the storm killed 9 people": a fronted place scopes the whole sentence
    s = ctx.sentence(c)
    m = _FRONTED_PLACE.match(ctx.text, s.start, s.end)
    if m:
        places |= {stem(w) for w in m.group(1).split() if w[:1].isupper()}
    return places


def _compatible(ctx: Context, a: Claim, b: Claim, key: str) -> bool:
    if a.kind == "money" and (a.currency or b.currency) and a.currency != b.currency:
        return False
    if a.kind == "measure" and (a.unit or "") != (b.unit or ""):
        return False
    pa, pb = ctx.predicate_stems(a), ctx.predicate_stems(b)
    if not key.startswith("owner:") and not (pa & pb):
        # "the $321.6 million budget": a definite mention with no verb of its own
        nominal = not pb and re.search(r"\bthe\s+$", ctx.before(b, 6), re.I)
        if not key.startswith("concept:") and not nominal:
            return False
        if key.startswith("concept:") and pa and pb:
            return False
    wa = [stem(w) for w in ctx.subject_words(a)]
    wb = [stem(w) for w in ctx.subject_words(b)]
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if not set(short[:-1]) <= set(long_[:-1]):
        return False
    ta_, tb_ = ctx.tense(a), ctx.tense(b)
    if ta_ and tb_ and ta_ != tb_:
        return False
    for fa, fb in ((ctx.topic(a), ctx.topic(b)), (ctx.qualifiers(a), ctx.qualifiers(b))):
        if fa and fb and not (fa & fb):
            return False
    # "Spain has recorded 157,000 cases and Italy 143,600": two owners, two figures
    oa, ob = ctx.owner(a) - STOP_STEMS, ctx.owner(b) - STOP_STEMS
    if oa and ob and not (oa & ob):
        return False
    ta, tb = ctx.time_anchor(a), ctx.time_anchor(b)
    if ta and tb and ta != tb:
        return False
    pa_, pb_ = _places(ctx, a), _places(ctx, b)
    if pa_ and pb_ and not (pa_ & pb_):
        return False
    if ctx.sentence_index(a) == ctx.sentence_index(b) and a.kind != "percent":
        return False
    # "the 64 residents who attended": a definite mention points back to the first
    definite = bool(re.search(r"\b(?:the|these|those)\s+$", ctx.before(b, 8), re.I))
    return definite or bool(shared_context(ctx, a, b))


def check(ctx: Context) -> list[Check]:
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in ctx.numeric:
        if c.kind not in KINDS or c.vague:
            continue
        k = _key(ctx, c)
        if k is not None:
            groups[k].append(c)
    out: list[Check] = []
    for (_kind, key), grouped in groups.items():
        # a key met once has nothing to pair with: read the rest only for the others
        members = [
            c
            for i, c in enumerate(grouped)
            if _has_neighbour(ctx, grouped, i) and _eligible(ctx, c)
        ]
        for i, a in enumerate(members):
            for b in members[i + 1 : i + 1 + PAIR_REACH]:
                if ctx.distance(a, b) > WINDOW:
                    break  # another article's worth away: not tied by the text
                if not _compatible(ctx, a, b, key):
                    continue
                out.append(_verdict(ctx, a, b, key))
    return out


def _has_neighbour(ctx: Context, grouped: list[Claim], i: int) -> bool:
    """Another figure with the same key close enough to be tied to this one."""
    return (i > 0 and ctx.distance(grouped[i - 1], grouped[i]) <= WINDOW) or (
        i + 1 < len(grouped) and ctx.distance(grouped[i], grouped[i + 1]) <= WINDOW
    )


def shared_context(ctx: Context, a: Claim, b: Claim) -> set[str]:
    """Words the two sentences share beyond the figure's own noun and verb.

    Subject and verb alone do not tie two figures ("the storm killed 14 people in
    Texas" / "five people were killed when the bridge collapsed"); a shared name,
    place or object does ("taken to hospital", "Cedar Ridge").
    """
    own = {stem(w) for c in (a, b) for w in ctx.subject_words(c)}
    own |= ctx.predicate_stems(a) | ctx.predicate_stems(b)
    return (ctx.content(a) & ctx.content(b)) - own - GENERIC_WORDS


def _verdict(ctx: Context, a: Claim, b: Claim, key: str) -> Check:
    ia, ib = ctx.interval(a), ctx.interval(b)
    label = key.split(":", 1)[-1]
    what = " ".join(ctx.subject_words(a) or ctx.subject_words(b))
    if not what and key.startswith("owner:"):
        run = re.findall(r"(?:[A-Z][\w\-]+\s+)*[A-Z][\w\-]+", ctx.before(a, 60, clause=True))
        what = f"for {run[0]}" if run else label
    what = what or label
    bounded = a.bound in ("lower", "upper") or b.bound in ("lower", "upper")
    if bounded or (ia and ia.hi == float("inf")) or (ib and ib.hi == float("inf")):
        rule = "bound_conflict"
    else:
        rule = "figure_drift"
    if ia is None or ib is None or ia.overlaps(ib):
        msg = f"{ctx.show(a)} and later {ctx.show(b)} {what}: the same figure, consistent"
        return result(rule, "pass", (a, b), msg)
    status: Status = "fail"
    msg = f"{ctx.show(a)} {what}, then {ctx.show(b)}: they cannot both be true"
    demonstrative = any(
        _DEMONSTRATIVE.match(ctx.text[ctx.sentence(c).start : ctx.sentence(c).end]) for c in (a, b)
    )
    if demonstrative:
        status = "warn"
        msg += " (unless 'that/this' points to another event)"
    return result(rule, status, (a, b), msg)
