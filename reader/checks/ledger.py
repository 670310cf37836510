"""A stock-and-flow ledger does not add up: seized - released - escaped - dead = still held.

An anchor is a figure with an intake verb (seized, kidnapped, abducted,
captured, ordered to leave, evacuated, detained). Flows are figures with an
outflow verb (released, freed, returned, rescued, allowed to return; escaped;
died, killed) and the stock is what is "still" held or "remains". A flow
belongs to the anchor when the text ties it ("Of the 186 people seized,
three escaped", "7,900 of them"), or when it counts the same population (the
same head noun, a captive synonym, or "the number ...") and no other anchor
stands nearer. Figures marked as a plan ("in exchange for releasing 33") are
compared with what was done, not put in the ledger. A running total ("bringing
to 77 the number freed") stands for the stage figures it sums.

A stated group's outcomes ("recaptured six of the 14 inmates who escaped, and one
was killed. Five remain at large") must make up the group when what remains closes it.

Outflows plus stock can never exceed the intake; they must equal it only where
the text says the account is complete ("leaving 3,500", "everyone else").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from reader.checks.base import result
from reader.checks.part_whole import explicit_whole
from reader.checks.quantity import INF, Interval, fmt, fmt_interval
from reader.checks.relations import (
    GENERIC_WORDS,
    PERSON_NOUNS,
    PLAN_MARKERS,
    WINDOW,
    Context,
    EndScreened,
    stem,
)
from reader.model import Check, Claim

RULE = "ledger_mismatch"
_CLASSES = {
    "in": re.compile(
        r"\b(seiz\w*|kidnapp?\w*|abduct\w*|captur\w*|taken hostage|took hostage|"
        r"ordered to (?:leave|evacuate|flee)|evacuated|displaced|detained|arrested)\b",
        re.I,
    ),
    "free": re.compile(
        r"\b(releas\w*|freed|free|frees|returned|return|rescued|repatriated|"
        r"allowed (?:back|to return|home)|went home|gone home|let go)\b",
        re.I,
    ),
    "escape": re.compile(r"\b(escap\w*)\b", re.I),
    "dead": re.compile(r"\b(died|dead|killed|murdered|death)\b", re.I),
    "stock": re.compile(r"\b(still|remain\w*|left behind)\b", re.I),
}
_IN_WORDS = re.compile(
    r"seiz|kidnap|abduct|captur|hostage|order|evacuat|displac|detain|arrest", re.I
)
_FLOW_WORDS = re.compile(
    r"releas|free|return|rescu|repatri|allow|home|let go|escap|die|dead|"
    r"kill|murder|death|still|remain|left|leav",
    re.I,
)
_IN_STEMS = tuple("seiz kidnap abduct captur hostage order evacuat displac detain arrest".split())
_FLOW_STEMS = tuple(
    "releas free return rescu repatri allow home let escap die dead kill murder death still "
    "remain left leav".split()
)
_CUMULATIVE = re.compile(
    r"\b(bringing|brings|brought)\b[^.]{0,30}$|"
    r"^[^.]{0,40}\b(since|so far|in all|in total|to date)\b",
    re.I,
)
_COMPLETE = re.compile(r"\b(leaving|everyone else|the rest|all (?:the )?others|remainder)\b", re.I)
_OF_THEM = re.compile(r"^\s*(?:of|among)\s+(?:them|those|whom)\b", re.I)
_OF_ANCHOR = re.compile(r"\b(?:of|among)\s+the\s+([\d,]+)\b[^.]{0,90}$", re.I)
CAPTIVES = frozenset(stem(w) for w in "hostages captives people persons abductees".split())
GENERIC = frozenset({"number", "total", "them", "those", "whom"})
ANCHOR_REACH = 20
_CLASS_STEMS = frozenset(
    stem(w) for w in "died dead death killed murdered freed released seized held escaped".split()
)
OUT_CLASSES = ("free", "escape", "dead")
LABEL = {"free": "freed", "escape": "escaped", "dead": "dead", "stock": "still held", "in": ""}


_REMAINDER_BEFORE_RE = re.compile(
    r"\b(?:the\s+)?(?:remaining|rest of the|last|other)\s+(?:about |some )?$", re.I
)
_REMAINDER_BEFORE = EndScreened(_REMAINDER_BEFORE_RE, "remaining|the|last|other|about|some")
_ADDITIVE_BEFORE = re.compile(
    r"\b(?:another|a further|a second|a third|the remaining|the last|the other|the rest of)\s+"
    r"(?:about |some )?$|\b(?:more|others)\W*$",
    re.I,
)
_HOSTAGE_TAKING = re.compile(r"\b(?:seiz|kidnap|abduct|captur|taken hostage|took hostage)", re.I)


# "Among the freed hostages were nine ...": a part of a flow, not a flow of its own
_SUBSET_OPEN = re.compile(
    r"\s*[\"“]?(?:Among|Of)\b[^,.;\d]{0,50}(?:\b(?:were|are|was|is)\s+|,\s*)"
    r"(?:about |some |more than |at least )?$"
)


def _unread_between(ctx: Context, anchor: Claim, last: Claim, used: set[str]) -> bool:
    """A count between the intake and the closing figure that the ledger did not place."""
    lo, hi = sorted((anchor.start, last.start))
    for c in ctx.claims_between(lo, hi + 1):
        if c.id in used or c.kind != "count" or c.vague:
            continue
        if _OF_THEM.match(ctx.after(c, 20)) or _subset_of_flow(ctx, c):
            continue
        return True
    return False


def _subset_of_flow(ctx: Context, c: Claim) -> bool:
    m = _SUBSET_OPEN.match(ctx.text, ctx.sentence(c).start, c.start)
    if m is None:
        return False
    return any(_CLASSES[k].search(m.group()) for k in OUT_CLASSES)


def _plan(ctx: Context, c: Claim) -> bool:
    """A plan, unless a new coordinated clause stands between the plan words and the figure
    ("freed in exchange for food, and another 19 were released")."""
    if not ctx.is_plan(c):
        return False
    before = ctx.before(c, 80, clause=False)
    marks = list(PLAN_MARKERS.finditer(before))
    return not (marks and re.search(r"[,;]\s*(?:and|but|then|while)\b", before[marks[-1].end() :]))


# "as many as in 2007, when about 8,000 were displaced": the intake of another time
_PAST_WHEN = re.compile(
    r"\b(?:1[89]|20)\d\d\s*,?\s+when\s+(?:about |some |roughly |nearly |more than )?$", re.I
)
# the displaced and the evacuated are not among the dead: a death toll is its own account
_DISPLACED = re.compile(r"\b(?:displac\w*|evacuat\w*|ordered to (?:leave|evacuate|flee))", re.I)


_STILL_END = re.compile(r"\b(still|remaining)\b(?:\W+\w+){0,3}\W*$")
_LEAVING_END = re.compile(r"\b(leaving|leaves|left)\s+(?:about |some |roughly |just )?$")
_THE_REST_END = re.compile(r"\b(the rest|the remainder|the others)\W*$")


def flow_class(ctx: Context, c: Claim) -> str | None:
    a, _ = ctx.clause(c)
    s = ctx.sentence(c)
    before = ctx.text[max(a, c.start - 45) : c.start]
    nxt = next((x.start for x in ctx.claims_between(c.end, s.end)), s.end)
    after = ctx.text[c.end : min(nxt, c.end + 45)]
    if _REMAINDER_BEFORE.search(before):
        # "the remaining seven were let go": what was left, and what happened to it
        for name in OUT_CLASSES:
            if _CLASSES[name].search(after[:40]):
                return name
    if (
        _CLASSES["stock"].search(after[:30])
        or _STILL_END.search(before)
        or _LEAVING_END.search(before)
        or _THE_REST_END.search(before)
    ):
        return "stock"
    best: tuple[int, str] | None = None
    for name in ("in", "free", "escape", "dead"):
        pat = _CLASSES[name]
        for m in pat.finditer(before):
            d = len(before) - m.end()
            if best is None or d < best[0]:
                best = (d, name)
        found = pat.search(after)
        if found:
            d = found.start() + 2
            if best is None or d < best[0]:
                best = (d, name)
    return best[1] if best else None


@dataclass
class Ledger:
    anchor: Claim
    flows: dict[str, list[Claim]] = field(default_factory=dict)
    plans: list[Claim] = field(default_factory=list)
    repeats: list[Claim] = field(default_factory=list)
    # flows tied only by inference (a captive noun for the people seized): never a fail
    loose: set[str] = field(default_factory=set)


def _head(ctx: Context, c: Claim) -> str | None:
    if _REMAINDER_BEFORE.search(ctx.before(c, 25)) and re.match(
        r"\s*(?:were|are|was|have|had|remain|stay)\b", ctx.after(c, 12)
    ):
        return None  # "the remaining 15 were": the noun is whatever they remain of
    words = ctx.subject_words(c)
    return stem(words[-1]) if words else None


def _explicit_anchor(ctx: Context, c: Claim, anchors: list[Claim]) -> Claim | None:
    """ "7,900 of them" (the previous sentence's anchor), "Of the 186 people seized, three ..."."""
    if _OF_THEM.match(ctx.after(c, 20)):
        idx = ctx.sentence_index(c)
        for a in anchors:
            if ctx.sentence_index(a) in (idx - 1, idx) and a.start < c.start:
                return a
    m = _OF_ANCHOR.search(ctx.text[ctx.sentence(c).start : c.start])
    if m:
        for a in anchors:
            if a.value is None:
                continue
            same = a.text.replace(",", "") == m.group(1).replace(",", "")
            if same and a.id != c.id and abs(a.start - c.start) < 5000:
                return a
    return None


def _compatible(ctx: Context, c: Claim, anchor: Claim) -> bool:
    head, ahead = _head(ctx, c), _head(ctx, anchor)
    if head is None and _REMAINDER_BEFORE.search(ctx.before(c, 25)):
        # "the remaining 680 were concealed": the rest of a group of its own paragraph, not of
        # an intake told in another ("Police arrested nine people")
        return ctx.paragraph(anchor) == ctx.paragraph(c)
    if head is None or head in GENERIC:
        return True
    if head == ahead or head in {stem(w) for w in ctx.subject_words(anchor)}:
        return True  # "17 crew" of the "26 crew members"
    return head in CAPTIVES and (ahead in CAPTIVES or ahead is None or _took_hostage(ctx, anchor))


def _took_hostage(ctx: Context, anchor: Claim) -> bool:
    """ "seized 38 tourists": those seized are the hostages later freed."""
    return bool(_HOSTAGE_TAKING.search(ctx.text[max(0, anchor.start - 45) : anchor.end + 30]))


def _tied(ctx: Context, c: Claim, anchor: Claim, ledger: Ledger) -> bool:
    """The text ties a flow to an intake: same paragraph, a shared name, or next to a flow."""
    if ctx.paragraph(c) == ctx.paragraph(anchor):
        return True
    if (
        abs(ctx.paragraph(c) - ctx.paragraph(anchor)) == 1
        and abs(ctx.sentence_index(c) - ctx.sentence_index(anchor)) <= 2
    ):
        return True  # one short paragraph to the next
    shared = ctx.content(c) & ctx.content(anchor)
    shared -= GENERIC_WORDS | {stem(w) for w in ctx.subject_words(c)}
    shared -= ctx.predicate_stems(c) | ctx.predicate_stems(anchor) | _CLASS_STEMS
    shared -= {stem(w) for w in ctx.subject_words(anchor)}
    if shared:
        return True
    idx = ctx.sentence_index(c)
    return any(
        abs(ctx.sentence_index(f) - idx) <= 1 for flows in ledger.flows.values() for f in flows
    )


def _build(ctx: Context) -> list[Ledger]:
    counts = ctx.firm_counts
    # Intake verbs are rare: find the anchors first, then read flows only near them.
    classes: dict[str, str | None] = {}
    for c in counts:
        if ctx.sentence_mentions(c, _IN_STEMS):
            classes[c.id] = flow_class(ctx, c)
    anchor_claims = [c for c in counts if classes.get(c.id) == "in"]
    if not anchor_claims:
        return []
    positions = [ctx.position(a) for a in anchor_claims]
    for c in counts:
        if c.id in classes:
            continue
        i = bisect.bisect_left(positions, ctx.position(c))
        near = any(
            abs(positions[j] - ctx.position(c)) <= WINDOW
            for j in (i - 1, i)
            if 0 <= j < len(positions)
        )
        classes[c.id] = (
            flow_class(ctx, c) if near and ctx.sentence_mentions(c, _FLOW_STEMS) else None
        )
    anchors: list[Claim] = []
    repeats: dict[str, list[Claim]] = {}
    for c in counts:
        if classes[c.id] != "in" or _plan(ctx, c) or _PAST_WHEN.search(ctx.before(c, 40)):
            continue
        same = [
            a
            for a in anchors[-ANCHOR_REACH:]
            if a.value == c.value
            and ctx.distance(a, c) <= WINDOW
            and _head(ctx, a) == _head(ctx, c)
        ]
        if same:
            classes[c.id] = None  # the same intake stated again
            repeats.setdefault(same[0].id, []).append(c)
            continue
        anchors.append(c)
    ledgers = {a.id: Ledger(a, repeats=repeats.get(a.id, [])) for a in anchors}
    anchor_pos = [ctx.position(a) for a in anchors]
    for c in counts:
        cls = classes[c.id]
        if cls in (None, "in") or _subset_of_flow(ctx, c):
            continue
        here = ctx.position(c)
        lo = bisect.bisect_left(anchor_pos, here - WINDOW)
        hi = bisect.bisect_right(anchor_pos, here + WINDOW)
        local = anchors[lo:hi]
        anchor = _explicit_anchor(ctx, c, local)
        if anchor is None:
            cands = [
                a
                for a in local
                if _compatible(ctx, c, a)
                and ctx.sentence_index(c)
                not in {ctx.sentence_index(x) for x in (a, *ledgers[a.id].repeats)}
                and _tied(ctx, c, a, ledgers[a.id])
            ]
            before = [a for a in cands if a.start < c.start]
            if before:
                anchor = before[-1]
            elif len(cands) == 1:
                # an intake stated after its outcome ("freed 17 ... seized with 26 crew"):
                # the tie is read, not stated, so it never fails
                anchor = cands[0]
                if _head(ctx, c) not in (None, *GENERIC, *CAPTIVES):
                    ledgers[anchor.id].loose.add(c.id)
        if anchor is None:
            continue
        ledger = ledgers[anchor.id]
        head, ahead = _head(ctx, c), _head(ctx, anchor)
        if head is not None and head not in GENERIC and head != ahead and ahead not in CAPTIVES:
            ledger.loose.add(c.id)
        if _plan(ctx, c):
            ledger.plans.append(c)
        else:
            ledger.flows.setdefault(cls, []).append(c)
    return list(ledgers.values())


def _class_total(
    ctx: Context, claims: list[Claim], out: list[Check]
) -> tuple[Interval, list[Claim]]:
    """One figure per class: the running total if stated, the stages when the text adds them
    ("another 19"), else the largest (they may overlap)."""
    running = [
        c
        for c in claims
        if _CUMULATIVE.search(ctx.before(c, 40)) or _CUMULATIVE.search(ctx.after(c, 50))
    ]
    if running:
        total = running[-1]
        parts = [c for c in claims if c.id != total.id and c.start < total.start + 2000]
        if len(parts) >= 2:
            s = Interval(0.0, 0.0)
            for p in parts:
                s = s + (ctx.interval(p) or Interval(0.0, 0.0))
            ti = ctx.interval(total) or Interval(0.0, INF)
            shown = " + ".join(ctx.show(p) for p in parts)
            if s.lo > ti.hi:
                out.append(
                    result(
                        RULE,
                        "fail",
                        (*parts, total),
                        f"{shown} = {fmt_interval(s)}, more than the {ctx.show(total)} in all",
                    )
                )
            else:
                out.append(
                    result(
                        RULE,
                        "pass",
                        (*parts, total),
                        f"{shown} = {fmt_interval(s)} <= {ctx.show(total)} in all",
                    )
                )
        return ctx.interval(total) or Interval(0.0, INF), [total]
    best = max(claims, key=lambda c: ctx.value(c) or 0.0)
    stages = [claims[0]] + [c for c in claims[1:] if _ADDITIVE_BEFORE.search(ctx.before(c, 25))]
    if len(stages) >= 2:
        # "Twelve were freed on Saturday, another 19 on Sunday": stages that add up
        s = Interval(0.0, 0.0)
        for c in stages:
            s = s + (ctx.interval(c) or Interval(0.0, INF))
        if s.hi >= (ctx.value(best) or 0.0):
            return s, stages
    return ctx.interval(best) or Interval(0.0, INF), [best]


def check(ctx: Context) -> list[Check]:
    out: list[Check] = _outcome_accounts(ctx) + _aboard_accounts(ctx)
    for ledger in _build(ctx):
        if not ledger.flows and not ledger.plans:
            continue
        intake = ctx.interval(ledger.anchor)
        if intake is None:
            continue
        used: list[Claim] = []
        total = Interval(0.0, 0.0)
        terms = []
        for cls in (*OUT_CLASSES, "stock"):
            claims = ledger.flows.get(cls)
            if not claims:
                continue
            iv, reps = _class_total(ctx, claims, out)
            used.extend(reps)
            total = total + iv
            shown = " + ".join(ctx.show(r) for r in reps)
            terms.append(f"{shown} {_verb(ctx, reps[-1], cls)}")
        freed = ledger.flows.get("free", [])
        for plan in ledger.plans:
            _plan_check(ctx, plan, freed, out)
        if not terms:
            continue
        sum_text = " + ".join(terms)
        anchor_text = f"{ctx.show(ledger.anchor)} {_anchor_label(ctx, ledger.anchor)}"
        involved = (ledger.anchor, *ledger.repeats, *used)
        # the account is closed by what is left ("leaving 3,500") or by "the remaining N"
        closing = [
            c for c in ledger.flows.get("stock", []) if _COMPLETE.search(ctx.sentence_text(c))
        ]
        closing += [
            c
            for cls in (*OUT_CLASSES, "stock")
            for c in ledger.flows.get(cls, [])
            if c in used and _REMAINDER_BEFORE.search(ctx.before(c, 25))
        ]
        complete = bool(closing)
        firm = not any(c.id in ledger.loose for c in used)
        if ledger.flows.get("dead") and _DISPLACED.search(
            ctx.text[max(0, ledger.anchor.start - 45) : ledger.anchor.end + 30]
        ):
            firm = False
        if total.lo > intake.hi:
            out.append(
                result(
                    RULE,
                    "fail" if firm else "warn",
                    involved,
                    f"{sum_text} = {fmt_interval(total)}, more than the {anchor_text}",
                )
            )
        elif (
            complete
            and len(used) > 1
            and not total.overlaps(intake)
            # "Another 95 were moved to centres": a flow the ledger cannot name closes the gap
            and not _unread_between(ctx, ledger.anchor, closing[-1], {c.id for c in involved})
        ):
            last = closing[-1]
            outs = [c for c in used if c.id != last.id]
            rest = (ctx.value(ledger.anchor) or 0.0) - sum(ctx.value(c) or 0.0 for c in outs)
            minus = " − ".join(ctx.show(c) for c in outs)
            out.append(
                result(
                    RULE,
                    "fail" if firm else "warn",
                    involved,
                    f"{ctx.show(ledger.anchor)} − {minus} = {fmt(rest)} left, "
                    f"not the {ctx.show(last)} stated",
                )
            )
        else:
            rel = "=" if complete and total.overlaps(intake) else "<="
            out.append(
                result(
                    RULE,
                    "pass",
                    involved,
                    f"{sum_text} = {fmt_interval(total)} {rel} {anchor_text}",
                )
            )
    return out


def _verb(ctx: Context, c: Claim, cls: str) -> str:
    """The verb as the text has it ("released", "allowed to return"), or the class label."""
    a, b = ctx.clause(c)
    window = ctx.text[max(a, c.start - 45) : min(b, c.end + 45)]
    m = _CLASSES[cls].search(window)
    if cls == "stock" or m is None:
        return LABEL[cls]
    return m.group(1).lower()


def _anchor_label(ctx: Context, anchor: Claim) -> str:
    m = _CLASSES["in"].search(ctx.text[max(0, anchor.start - 40) : anchor.end + 40])
    return m.group(1).lower() if m else "taken in"


def _plan_check(ctx: Context, plan: Claim, done: list[Claim], out: list[Check]) -> None:
    """Releases so far against the number agreed: more than agreed is worth a look."""
    if not done:
        return
    p = ctx.interval(plan)
    if p is None:
        return
    actual = [c for c in done if c.start != plan.start]
    if not actual:
        return
    rep = max(actual, key=lambda c: ctx.value(c) or 0.0)
    iv = ctx.interval(rep)
    if iv is None:
        return
    if iv.lo > p.hi:
        out.append(
            result(
                RULE,
                "warn",
                (rep, plan),
                f"{ctx.show(rep)} released is more than the {ctx.show(plan)} agreed",
            )
        )
    else:
        out.append(
            result(
                RULE, "pass", (rep, plan), f"{ctx.show(rep)} released <= {ctx.show(plan)} agreed"
            )
        )


# "recaptured six of the 14 inmates who escaped, and one was killed ... Five remain at large":
# the outcomes of one stated group, each with a verb of its own, closed by what remains
_VERB_BEFORE = re.compile(r"\b([a-z]+)\s+(?:about |some |nearly |roughly )?$")
_NOT_VERBS = frozenset(
    "the of and a an to in for with by on at all only just some about than more least "
    "nearly over under those these their its his her our who which that".split()
)
_NEXT_CLAUSE = re.compile(r"^[^.;:\d]{0,80}?(?:,\s*and|;|\band|,)\s+(?:another\s+|a further\s+)?$")
_OWN_VERB = re.compile(
    r"^\s*(?:(?:more|others?|of them)\s+)?(?:(?:was|were|had been|have been|has been)\s+"
    r"(?:reported\s+)?([a-z]+)|(\w+ed|dead|free|missing)\b)",
    re.I,
)
_REMAINS = re.compile(
    r"^\s*(?:(?:others?|more|people|men|women)\s+)?"
    r"(?:still\s+\w+|remain\w*|are still|were still)\b",
    re.I,
)
_ONE_OUTCOME = re.compile(
    r"(?:,\s*and|;|\band)\s+one\s+(?:other\s+)?(?:was|has been|had been)\s+([a-z]+)\b", re.I
)
_UNRESOLVED = re.compile(
    r"^\s*(?:\w+\s+)?(?:remain\w*|are still|were still|still)\s+(?:still\s+)?"
    r"(?:at large|missing|unaccounted|on the run|free|outstanding|loose|unfound|"
    r"not (?:yet )?(?:been )?(?:found|located|traced|caught))\b",
    re.I,
)
_HURT = re.compile(r"\b(?:injur|wound|hurt|sick|ill\b|treat|hospital)", re.I)


def _counts_in(ctx: Context, index: int) -> list[Claim]:
    return [c for c in ctx.in_sentence(index) if c.kind == "count" and not c.vague]


def _outcome_accounts(ctx: Context) -> list[Check]:
    out: list[Check] = []
    for idx, claims in list(ctx.by_sentence.items()):
        counts = [c for c in claims if c.kind == "count" and not c.vague]
        if len(counts) < 3 and not (len(counts) >= 2 and ctx.in_sentence(idx + 1)):
            continue
        for first in counts[:-1]:
            whole = explicit_whole(ctx, first)
            verb = _VERB_BEFORE.search(ctx.before(first, 30, clause=True))
            if whole is None or whole.kind != "count" or whole.vague or verb is None:
                continue
            if verb.group(1) in _NOT_VERBS:
                continue
            parts, verbs = [first], [verb.group(1).lower()]
            prev = whole
            for c in counts[counts.index(whole) + 1 :] if whole in counts else []:
                own = _OWN_VERB.match(ctx.after(c, 40))
                if not _NEXT_CLAUSE.match(ctx.text[prev.end : c.start]) or own is None:
                    break
                if _REMAINS.match(ctx.after(c, 30)):
                    break
                parts.append(c)
                verbs.append((own.group(1) or own.group(2)).lower())
                prev = c
            # "and one was killed": the pronoun "one" is no claim, but it is an outcome
            stop = next((c.start for c in counts if c.start > prev.end), ctx.sentence(prev).end)
            ones = [
                m.group(1).lower()
                for m in _ONE_OUTCOME.finditer(ctx.text, prev.end, stop)
                if not _HURT.search(m.group(1))
            ]
            verbs += ones
            stock = _closing_stock(ctx, prev, idx)
            if (
                stock is None
                or len(parts) + len(ones) < 2
                or len({stem(v) for v in verbs}) < len(verbs)
            ):
                break
            out.append(_outcome_verdict(ctx, whole, parts, verbs, stock))
            break
    return out


def _closing_stock(ctx: Context, prev: Claim, idx: int) -> Claim | None:
    """What remains, right after the last outcome or opening the next sentence."""
    later = [c for c in _counts_in(ctx, idx) if c.start > prev.end]
    if later:
        c = later[0]
        if _NEXT_CLAUSE.match(ctx.text[prev.end : c.start]) and _REMAINS.match(ctx.after(c, 30)):
            return c
        return None
    nxt = _counts_in(ctx, idx + 1)
    if not nxt or ctx.paragraph(nxt[0]) != ctx.paragraph(prev):
        return None
    c = nxt[0]
    opening = ctx.text[ctx.sentence(c).start : c.start]
    if re.fullmatch(r"\s*(?:The other|The remaining|Another|But|And|Only)?\s*", opening, re.I) and (
        _REMAINS.match(ctx.after(c, 30))
    ):
        return c
    return None


def _outcome_verdict(
    ctx: Context, whole: Claim, parts: list[Claim], verbs: list[str], stock: Claim
) -> Check:
    total = Interval(0.0, 0.0)
    for c in (*parts, stock):
        total = total + (ctx.interval(c) or Interval(0.0, INF))
    intake = ctx.interval(whole) or Interval(0.0, INF)
    involved = (whole, *parts, stock)
    own_nouns = [ctx.subject_words(c) for c in (*parts[1:], stock)]
    heads = {stem(w) for w in ctx.subject_words(whole)}
    # a fail needs the outcomes to be of the group itself: no noun of their own (or its own),
    # and no injured among them (those "remain" in hospital, a part of a part)
    firm = all(not ws or stem(ws[-1]) in heads for ws in own_nouns) and not any(
        _HURT.search(v) for v in verbs
    )
    # what remains must be the group itself, still unresolved ("remain at large"), not a
    # state an outcome led to ("arrested 12 ..., four were released. Eight remain in custody")
    firm = firm and bool(_UNRESOLVED.match(ctx.after(stock, 40)))
    # "10 remain missing, and 3 were never on the mountain": the account goes on
    if any(c.start > stock.end for c in _counts_in(ctx, ctx.sentence_index(stock))):
        firm = False
    # "arrested 12 ..., and four were released": a release undoes the first outcome, so it
    # counts some of those, not others of the group
    if _CLASSES["in"].search(verbs[0]) and any(_CLASSES["free"].search(v) for v in verbs[1:]):
        firm = False
    ones = verbs[len(parts) :]
    total = total + Interval(float(len(ones)), float(len(ones)))
    terms = " − ".join(
        [f"{ctx.show(c)} {v}" for c, v in zip(parts, verbs, strict=False)]
        + [f"1 {v}" for v in ones]
    )
    rest = (ctx.value(whole) or 0.0) - sum(ctx.value(c) or 0.0 for c in parts) - len(ones)
    noun = " ".join(ctx.subject_words(whole)[-1:])
    if total.overlaps(intake):
        return result(
            RULE,
            "pass",
            involved,
            f"{ctx.show(whole)} {noun} − {terms} = {fmt(rest)} left, as the {ctx.show(stock)} "
            "stated",
        )
    return result(
        RULE,
        "fail" if firm else "warn",
        involved,
        f"{ctx.show(whole)} {noun} − {terms} = {fmt(rest)} left, not the {ctx.show(stock)} stated",
    )


# --------------------------------------------------------------- the fate of those aboard
# "carrying 214 people ... 197 survivors ... 11 dead and nine still missing. Everyone else on
# board had been accounted for": the survivors, the dead and the missing are those aboard.
_ABOARD_BEFORE_RE = re.compile(
    r"(?:\b(?:carrying|carried|had on board|with)|\b(?:a|its|her|his|their)\s+crew\s+of)\s+"
    r"(?:about |some |at least |more than |a total of )?$",
    re.I,
)
_ABOARD_BEFORE = EndScreened(
    _ABOARD_BEFORE_RE, "carrying|carried|board|with|of|about|some|least|than"
)
# "57 men were working a night shift ... when the roof gave way": a group at work, accounted
# for like those aboard
_AT_WORK_WORDS = r"working|trapped|underground|inside|below ground"
_AT_WORK = re.compile(rf"^\s*(?:[a-z\-]+\s+){{0,3}}?were\s+(?:{_AT_WORK_WORDS})")
_CREW_OF = re.compile(r"\bcrew\s+of\s+(?:about |some |at least |more than )?$", re.I)
_ABOARD_AFTER = re.compile(
    r"^\s*(?:[a-z\-]+\s+){0,3}?(?:(?:were\s+|was\s+|had been\s+)?(?:on board|aboard|onboard)|"
    rf"were\s+(?:{_AT_WORK_WORDS}))\b",
    re.I,
)
_CAPACITY = re.compile(r"\b(?:capacity|licensed|certified|able|could|can|designed|up to|room)\b")
_FATES = {
    "survived": (
        re.compile(
            r"^\s*(?:(?:[a-z\-]+\s+){0,2}?survivors?\b|(?:[a-z\-]+\s+){0,2}?(?:were\s+|had been\s+|"
            r"have been\s+)?(?:rescued|saved|survived)\b|"
            # "brought 41 miners to the surface alive"
            r"(?:[a-z\-]+\s+){1,5}?alive\b)",
            re.I,
        ),
        re.compile(r"\b(?:rescued|saved)\s+(?:about |some |at least )?$", re.I),
    ),
    "dead": (
        re.compile(
            r"^\s*(?:[a-z\-]+\s+){0,2}?(?:(?:were|had been|have been|are|was|is)\s+)?"
            r"(?:(?:confirmed|reported|known to be|found|now)\s+)?(?:dead|killed|died|drowned|"
            r"perished)\b|^\s*bodies\b",
            re.I,
        ),
        re.compile(r"\b(?:the bodies of|killing|killed)\s+(?:about |some |at least )?$", re.I),
    ),
    "escaped": (
        re.compile(
            r"^\s*(?:[a-z\-]+\s+){0,2}?(?:(?:had\s+)?escaped|got out|made it out|walked out)\b",
            re.I,
        ),
        None,
    ),
    "missing": (
        re.compile(
            r"^\s*(?:[a-z\-]+\s+){0,2}?(?:(?:were|are|was|is|remain|remained|had been|have been)"
            r"\s+)?(?:still\s+)?(?:missing|unaccounted for|not (?:yet )?(?:been )?found)\b",
            re.I,
        ),
        None,
    ),
}
_UNACCOUNTED = re.compile(r"^[^.;]{0,30}\bunaccounted for\b", re.I)
_ALL_ACCOUNTED = re.compile(
    r"\bevery\s+other\s+(?:[a-z]+\s+){0,4}?(?:had\s+been\s+|has\s+been\s+|was\s+|were\s+)?"
    r"accounted for\b|"
    r"\b(?:everyone|everybody|all)\s+else\b[^.]{0,60}?\b(?:accounted for|rescued|safe|survived|"
    r"saved|brought ashore)\b|\b(?:all|everyone|everybody)\s+(?:the\s+)?others?\b[^.]{0,60}?"
    r"\b(?:accounted for|rescued|safe|survived|saved)\b|\bthe (?:rest|others) (?:were|had been|"
    r"have been) (?:rescued|saved|accounted for|brought ashore)\b",
    re.I,
)
_PEOPLE_STEMS = frozenset(stem(w) for w in (*PERSON_NOUNS, "bodies")) | {
    "peopl",
    "person",
    "bodi",
    "soul",
}
_COORDINATED = re.compile(r"\s*[A-Za-z\- ]{0,30}?\s*(?:and|plus)\s+")
FATE_REACH = 4  # paragraphs between those aboard and what became of them


_FATE_WORDS = frozenset(stem(w) for w in "dead died killed missing drowned".split())


def _a_person_count(ctx: Context, c: Claim) -> bool:
    """ "197 survivors ashore", "11 people", "11 dead": people, or no noun but the fate."""
    words = [stem(w) for w in ctx.subject_words(c)]
    return not words or words[0] in _FATE_WORDS or any(w in _PEOPLE_STEMS for w in words)


def _fate(ctx: Context, c: Claim) -> str | None:
    before, after = ctx.before(c, 30), ctx.after(c, 50)
    for name, (after_pat, before_pat) in _FATES.items():
        if after_pat.match(after) or (before_pat is not None and before_pat.search(before)):
            return name
    return None


def _aboard_accounts(ctx: Context) -> list[Check]:
    counts = ctx.firm_counts
    groups = [
        c
        for c in counts
        if (_ABOARD_BEFORE.search(ctx.before(c, 30)) or _ABOARD_AFTER.match(ctx.after(c, 40)))
        and _a_person_count(ctx, c)
        and not _CAPACITY.search(ctx.before(c, 30))
        and not ctx.is_prior(c)
    ]
    # "carrying 214 people" over "his crew of four": a crew is those aboard only when no
    # figure is given for everyone aboard
    carrying = [c for c in groups if not _CREW_OF.search(ctx.before(c, 30))]
    groups = carrying or groups
    if len({ctx.value(c) for c in groups}) != 1:
        return []  # none, or several groups: which one a fate belongs to is unsure
    group = groups[0]
    # "carrying 120 passengers and eight crew": those aboard are both counts
    crew = [
        c
        for c in counts
        if c.start > group.end
        and _COORDINATED.fullmatch(ctx.text[group.end : c.start])
        and _a_person_count(ctx, c)
    ]
    aboard_parts = [group, *crew[:1]]
    skip = {c.id for c in (*groups, *aboard_parts)}
    fates: dict[str, list[Claim]] = {}
    for c in counts:
        if c.id in skip or abs(ctx.paragraph(c) - ctx.paragraph(group)) > FATE_REACH:
            continue
        if not _a_person_count(ctx, c) or ctx.is_prior(c) or _other_year(ctx, c):
            continue
        name = _fate(ctx, c)
        if name is not None:
            fates.setdefault(name, []).append(c)
    if len(fates) < 2:
        return []
    # one figure per fate: the largest (a boat's own rescues are some of the survivors), and of
    # equal ones the exact ("11 confirmed dead" over "at least 11 dead"), then the later (the
    # body over the headline)
    chosen = sorted(
        (
            max(cs, key=lambda c: (ctx.value(c) or 0.0, c.bound == "exact", c.start))
            for cs in fates.values()
        ),
        key=lambda c: c.start,
    )
    total = Interval(0.0, 0.0)
    for c in chosen:
        total = total + (ctx.interval(c) or Interval(0.0, INF))
    aboard = Interval(0.0, 0.0)
    for c in aboard_parts:
        aboard = aboard + (ctx.interval(c) or Interval(0.0, INF))
    shown = " + ".join(ctx.show(c) for c in aboard_parts)
    if len(aboard_parts) > 1:
        shown = f"{shown} = {fmt(sum(ctx.value(c) or 0.0 for c in aboard_parts))}"
    lo = min(ctx.sentence_index(c) for c in (group, *chosen))
    hi = max(ctx.sentence_index(c) for c in (group, *chosen))
    sents = ctx.document.sentences
    span = ctx.text[sents[lo].start : sents[min(hi + 1, len(sents) - 1)].end]
    # "the 57 there" for the men underground, "the 312 aboard" for a ship's people
    where = "there" if _AT_WORK.match(ctx.after(group, 40)) else "aboard"
    said_closed = closed = bool(_ALL_ACCOUNTED.search(span))
    # "241 rescued and 14 bodies recovered ... 51 still unaccounted for": those unaccounted
    # for are by definition everyone else aboard
    closed = closed or (
        {"survived", "dead"} <= set(fates)
        and any(_UNACCOUNTED.search(ctx.after(c, 50)) for c in fates.get("missing", []))
    )
    names = {c.id: n for n, cs in fates.items() for c in cs}
    terms = " + ".join(f"{ctx.show(c)} {names[c.id]}" for c in chosen)
    point = sum(ctx.value(c) or 0.0 for c in chosen)
    near = all(abs(ctx.paragraph(c) - ctx.paragraph(group)) <= 1 for c in chosen)
    # a toll stated twice with different figures moves over time ("11 dead ... by Tuesday 16
    # dead and four missing"): the largest of each may not be of one moment
    moving = any(len({ctx.value(c) for c in fates.get(k, [])}) > 1 for k in ("dead", "missing"))
    closed, near = closed and not moving, near and not moving
    involved = (*aboard_parts, *chosen)
    if total.lo > aboard.hi:
        msg = f"{terms} = {fmt(point)}, more than the {shown} {where}"
        return [result(RULE, "fail" if closed or near else "warn", involved, msg)]
    if closed and not total.overlaps(aboard):
        why = (
            "though everyone else is said to be accounted for"
            if said_closed
            else "and those unaccounted for are everyone else"
        )
        msg = f"{terms} = {fmt(point)}, not the {shown} {where}, {why}"
        return [result(RULE, "fail", involved, msg)]
    rel = "=" if closed else "<="
    return [result(RULE, "pass", involved, f"{terms} = {fmt(point)} {rel} {shown} {where}")]


def _other_year(ctx: Context, c: Claim) -> bool:
    """A figure in a sentence that names a year: another event's ("in 2001, killed 17")."""
    return any(
        d.kind == "date" and isinstance(d.value, str) and len(d.value) == 4
        for d in ctx.in_sentence(ctx.sentence_index(c))
    )
