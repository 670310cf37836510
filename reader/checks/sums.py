"""Parts do not sum to the stated total.

Breakdowns the text marks:
- a whole, then a colon or dash and its parts ("23 deaths: 14 in Louisiana,
  seven in Mississippi and two in Alabama"; "550 prisoners — 300 ... and 250");
- parts, then their total ("..., for a total of 1,906,000");
- a count of parts announced, then that many figures ("reports its revenue in
  four segments" and the next sentences' four current figures);
- "All 176 people on board" against the one coordination of people counts
  ("164 passengers and six crew members");
- wins and losses against the games of the season.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.checks.base import result
from reader.checks.part_whole import explicit_whole, including_whole, named_whole
from reader.checks.quantity import Interval, fmt, fmt_interval
from reader.checks.relations import (
    CHANGE_DOWN,
    CHANGE_UP,
    GENERIC_WORDS,
    PERSON_NOUNS,
    WINDOW,
    Context,
    EndScreened,
    WordScreened,
    stem,
)
from reader.model import Check, Claim, Status

RULE = "sum_mismatch"
SUMMABLE = ("count", "money", "measure")
_BREAK = re.compile(r"^[^.;:—–\d]{0,60}?(:|—|–|--|\s-\s)\s*$")
_PARTIAL = re.compile(r"\b(including|such as|among them|among others|for example)\b", re.I)
_TOTAL_BEFORE_RE = re.compile(
    r"\bbringing\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'\-]+\s+){0,2}?(?:total|tally)\s+to\s+"
    r"(?:about |some |roughly |nearly |more than )?$|"
    r"(?:for|with|making|bringing|giving)?\s*(?:a|the)\s+(?:combined\s+|grand\s+)?total\s+of\s+"
    r"(?:about |some |roughly |nearly |more than )?$|\b(?:totall?ing|totall?ed|in all)\s+$|"
    r"\b(?:for|making|giving)\s+(?:a\s+)?(?:combined\s+)?total\s+[a-z]+\s+of\s+"
    r"(?:about |some |roughly |nearly |more than )?$",
    re.I,
)
_TOTAL_BEFORE = EndScreened(
    _TOTAL_BEFORE_RE, "to|of|about|some|roughly|nearly|than|totall?ing|totall?ed|all"
)
# "His innings of 41, 88, ... and 96 not out gave him a series aggregate of 376"
_AGGREGATE_BEFORE = re.compile(
    r"\b(?:a|an|the|his|her|their|its)\s+(?:[a-z]+\s+){0,2}aggregate\s+of\s+(?:about |some )?$",
    re.I,
)
_ALL_WORD = re.compile(r"\ball\b", re.I)
_TOTAL_WORD = re.compile(r"\btotal|\bin all\b", re.I)
_ALL_BEFORE = re.compile(r"\b(?:all|the)\s+$", re.I)
_ALL_AFTER = re.compile(
    r"^\s*(?:people|persons|individuals)?\s*(?:in all|in total|altogether)\b", re.I
)
_SEGMENT_WORDS = (
    "segment",
    "division",
    "unit",
    "part",
    "categor",
    "sector",
    "group",
    "source",
    "stream",
    "component",
)
_SEGMENTS = frozenset(
    "segments divisions units parts categories sectors groups sources streams components".split()
)


def _sum(ctx: Context, parts: list[Claim], whole: Claim | None = None) -> Interval | None:
    """The parts' sum over what each allows; a breakdown is no coarser than its whole, so an
    exact part is rounded no more than an exact whole ("2,660: 2,100 and 530" is 2,630)."""
    cap = _half_step(ctx, whole) if whole is not None else None
    total = Interval(0.0, 0.0)
    for p in parts:
        iv = ctx.interval(p)
        if iv is None:
            return None
        v = ctx.value(p)
        if cap is not None and v is not None and p.bound == "exact" and iv.lo <= v <= iv.hi:
            iv = Interval(max(iv.lo, v - cap), min(iv.hi, v + cap))
        total = total + iv
    return total


def _half_step(ctx: Context, c: Claim) -> float | None:
    """Half the rounding step of an exact figure ("2,660" -> 5), None if qualified."""
    iv, v = ctx.interval(c), ctx.value(c)
    if c.bound != "exact" or iv is None or v is None or iv.hi == float("inf"):
        return None
    return max(v - iv.lo, iv.hi - v)


def _labelled(ctx: Context, c: Claim) -> str:
    """A part with its noun when it has one of its own: "164 passengers", "6 crew members"."""
    words = ctx.subject_words(c)
    if c.kind != "count" or not words or len(words) > 3:
        return ctx.show(c)
    return f"{ctx.show(c)} {' '.join(words)}"


def _restated_measure(ctx: Context, parts: list[Claim], whole: Claim) -> bool:
    """ "The 42.195-kilometre (26.2-mile) course ... a total of 180 metres": a measure and its
    conversion are one quantity, and measures of another dimension are no parts of the whole."""
    if whole.kind != "measure":
        return False
    for p in parts:
        if (
            p.normalized_unit
            and whole.normalized_unit
            and p.normalized_unit != whole.normalized_unit
        ):
            return True
    return any(
        re.fullmatch(r"\s*\(\s*(?:about |some |roughly |or )?", ctx.text[a.end : b.start])
        for a, b in zip(parts, parts[1:], strict=False)
    )


def _verdict(
    ctx: Context,
    parts: list[Claim],
    whole: Claim,
    complete: bool,
    what: str = "",
    plain: bool = False,
    shown: str = "",
) -> Check | None:
    s, w = _sum(ctx, parts, whole), ctx.interval(whole)
    if s is None or w is None:
        return None
    if _restated_measure(ctx, parts, whole):
        return None
    nouns = {" ".join(ctx.subject_words(p)) for p in parts}
    label = _labelled if len(nouns) > 1 and not plain else (lambda ctx, c: ctx.show(c))
    shown = shown or " + ".join(label(ctx, p) for p in parts)
    point = sum(ctx.value(p) or 0.0 for p in parts)
    total = fmt(point) if s.hi != float("inf") else fmt_interval(s)
    sym = re.match(r"[$£€¥]", ctx.show(whole)) if whole.kind == "money" else None
    total = sym.group() + total if sym and total[0].isdigit() else total
    if not what:
        noun = [w for w in ctx.subject_words(whole) if w not in _AUX_AFTER and not w.endswith("ed")]
        what = f" {' '.join(noun[-2:])}" if noun else ""
    sure = _plausible(ctx, parts, whole)
    if s.lo > w.hi:
        return result(
            RULE,
            "fail" if sure else "warn",
            (*parts, whole),
            f"{shown} = {total}, more than the {ctx.show(whole)}{what}",
        )
    if complete and s.hi < w.lo:
        return result(
            RULE,
            "fail" if sure else "warn",
            (*parts, whole),
            f"{shown} = {total}, not the {ctx.show(whole)}{what}",
        )
    rel = "=" if complete else "<="
    stated = ctx.value(whole) or 0.0
    if complete and abs(point - stated) > 1e-6 * max(1.0, point):
        rel = "≈"  # equal within the rounding of the figures
    elif not complete and point > stated * (1 + 1e-9):
        rel = "≈"  # "700 + 550 = 1,250 ≈ 1,200": no more than it, within its rounding
    return result(RULE, "pass", (*parts, whole), f"{shown} = {total} {rel} {ctx.show(whole)}{what}")


GROTESQUE = 4.0  # parts this many times their whole: the relation was misread


def _plausible(ctx: Context, parts: list[Claim], whole: Claim) -> bool:
    """A mismatch worth a fail misses its whole by less than a misreading would: "4 children
    + 9,300 homes" summed against "23 people" are figures of other subjects, read as parts."""
    s, w = _sum(ctx, parts), ctx.interval(whole)
    return not (s is not None and w is not None and w.hi > 0 and s.lo > GROTESQUE * w.hi)


_UNNUMBERED_REST = re.compile(
    r"\b(?:and|or)\s+(?:the\s+)?(?:rest|remainder|others|other\s+\w+|more|one|an?|a single)\b"
    r"(?![^,;.]{0,12}\d)|"
    r"\b(?:etc|among others)\b",
    re.I,
)


_WITHIN_PARTS = re.compile(
    r",\s*(?:among\s+(?:them|those|these|which|whom)|including|of\s+(?:which|whom))\b", re.I
)
_ATTRIBUTE_AFTER = re.compile(r"-[A-Za-z]")
_ONE_ITEM_BEFORE = re.compile(r"\b(?:a|an|one|each|every|per)\s+$", re.I)


def _attribute(ctx: Context, c: Claim) -> bool:
    """ "a 12-carat necklace", "an 18-hole course": a figure joined to its noun and said of
    one item is a property of that item, never a number of things to add up."""
    return bool(
        c.kind == "count"
        and _ATTRIBUTE_AFTER.match(ctx.text, c.end)
        and _ONE_ITEM_BEFORE.search(ctx.before(c, 12))
    )


def _same_kind(parts: list[Claim], whole: Claim) -> list[Claim]:
    return [p for p in parts if p.kind == whole.kind and p.id != whole.id]


def _colon_breakdowns(ctx: Context) -> list[Check]:
    out = []
    for claims in ctx.by_sentence.values():
        nums = [c for c in claims if c.kind in SUMMABLE and not c.vague]
        if len(nums) < 3 or not ctx.sentence_mentions(nums[0], (":", "—", "–", "--", " - ")):
            continue
        for i, whole in enumerate(nums):
            if i + 1 >= len(nums):
                continue
            nxt = nums[i + 1]
            if not _BREAK.match(ctx.text[whole.end : nxt.start]):
                continue
            if (not ctx.subject_words(whole) and whole.kind != "money") or re.match(
                r"^[\s-]*to[\s-]", ctx.after(whole, 8)
            ):
                continue  # "two to one: 200 women and 95 men" is a ratio, not a whole
            sent_end = ctx.sentence(whole).end
            close = re.search(r"—|–|--|\s-\s|\)", ctx.text[nxt.end : sent_end])
            stop = nxt.end + close.start() if close else sent_end
            # "19 rings and 15 bracelets, among them a 12-carat necklace": what follows
            # "among them" is inside a part already counted, not another part
            inner = _WITHIN_PARTS.search(ctx.text, nxt.end, stop)
            stop = inner.start() if inner else stop
            parts = _same_kind(
                [c for c in nums[i + 1 :] if c.start < stop and not _attribute(ctx, c)], whole
            )
            if len(parts) < 2 or any(ctx.is_changeish(p) for p in parts):
                continue
            if whole.kind == "count" and ctx.value(whole) == len(parts):
                # "three centres: 600 at ..., 400 ... and 200 ...": one figure each; the
                # amount they share may stand before ("1,146 beds across three campuses:")
                shared = _amount_before_count(ctx, nums, i)
                if shared is None:
                    continue
                whole = shared
                parts = _same_kind(parts, whole)
                if len(parts) < 2:
                    continue
            partial = bool(_PARTIAL.search(ctx.text[whole.end : nxt.start]))
            # "1,100 pilots, 1,650 cabin crew and the rest in offices": an unnumbered rest
            tail = ctx.text[parts[-1].end : stop]
            partial = partial or bool(_UNNUMBERED_REST.search(tail))
            check = _verdict(ctx, parts, whole, complete=not partial)
            if check:
                out.append(check)
    return out


def _amount_before_count(ctx: Context, nums: list[Claim], i: int) -> Claim | None:
    if i == 0:
        return None
    prev = nums[i - 1]
    between = ctx.text[prev.end : nums[i].start]
    if len(between) > 60 or re.search(r"[.;:,()—–]", between) or not ctx.subject_words(prev):
        return None
    return prev


_SPLIT_VERBS = (
    r"(?:made up of|composed of|comprised of|comprises|comprised|comprise|consists of|consist of|"
    r"consisted of|breaks down as|broke down as|came from|comes from|come from|"
    r"(?:split|splits|divided|divides|shared|shares|allocated|allocates|distributed|"
    r"distributes|apportioned|spread|broken down|breaks down|broke down)\s+"
    r"(?:(?:as follows|roughly|evenly|unevenly|almost evenly)\s*)?"
    r"(?:into|between|among|amongst|across|as follows)|broken down as)"
)
_COMPOSED_RE = re.compile(
    r"^[^.;:\d]{0,40}?\b(?:(?:is|are|was|were|will be|would be|has been|have been|had been|"
    r"to be)\s+)?" + _SPLIT_VERBS + r"\s*:?\s+(?:about |some |roughly |nearly )?"
    # the parts may follow their labels: "among prizes ($231 million), the school fund ..."
    r"(?:[^.;:\d()]{1,60}?(?:\(|\bat\s+|\bwith\s+|—|–)\s*(?:about |some |roughly )?)?$|"
    # or after a colon, each part after its label: "split as follows: prizes $231 million, ..."
    r"^[^.;:\d]{0,40}?\b(?:(?:is|are|was|were|will be|would be|has been|have been|had been)\s+)?"
    + _SPLIT_VERBS
    + r"\s*:\s*[^.;:\d()]{1,40}?\s+(?:about |some |roughly )?$",
    re.I,
)
# every _SPLIT_VERBS phrase holds one of these
_COMPOSED = WordScreened(
    _COMPOSED_RE,
    (
        "made up",
        "composed",
        "comprise",
        "consist",
        "breaks",
        "broke",
        "came from",
        "come from",
        "comes from",
        "split",
        "divide",
        "share",
        "allocate",
        "distribut",
        "apportion",
        "spread",
    ),
)
_PARTS_COUNT = re.compile(r"^\s+(?:[a-z\-]+\s+)?[a-z\-]+s\b\s*(?::|,|—|–|\(|\bwith\b|\bof\b)", re.I)
# active voice, the whole inside the verb phrase: "the council split its $50 million between"
_SPLIT_BEFORE = re.compile(
    r"\b(?:split|splits|splitting|divided|divides|dividing|shared|shares|sharing|allocated|"
    r"allocates|allocating|distributed|distributes|distributing|apportioned|spread|"
    r"spreading)\s+(?:the|its|their|his|her|a|an|our)?\s*(?:[a-z\-]+\s+){0,3}$",
    re.I,
)
_SPLIT_AFTER = re.compile(
    r"^(?:\s+[a-z\-]+){0,3}?\s+(?:between|among|amongst|across|into)\s*:?\s+"
    r"(?:about |some |roughly |nearly )?(?:[^.;:\d()]{1,60}?(?:\(|\bat\s+|\bwith\s+|—|–)\s*"
    r"(?:about |some |roughly )?)?$",
    re.I,
)


_OPEN_TAIL = re.compile(
    r"[,;(—–]|\b(?:plus|with|and|or|as well as|other|others|rest|remainder|among|"
    r"including|besides|partly|mainly|mostly)\b",
    re.I,
)


_THAT_OPENS = re.compile(
    r"\s*[\"“]?(?:That|This|It|The (?:total|sum|money|amount|figure|bill|cost|budget))\s+", re.I
)


_NAMED_AMOUNT = re.compile(
    r"\s*[\"“]?The\s+(?:[a-z\-]+\s+){0,2}?(?:price|total|cost|bill|value|deal|package|"
    r"sum|amount|fee|budget)\s+"
)


def _composed_back(ctx: Context, idx: int, first: Claim) -> Claim | None:
    """ "The appeal raised $3.46 million. That breaks down as ...": the one figure of the
    parts' kind in the sentence before, which the sentence opens by pointing back to."""
    s = ctx.document.sentences[idx]
    m = _THAT_OPENS.match(ctx.text, s.start, first.start)
    named = _NAMED_AMOUNT.match(ctx.text, s.start, first.start) if m is None else None
    if named is not None and _COMPOSED.match(ctx.text[named.end() : first.start]):
        # "... for £1.15 billion. The headline price is made up of £620 million, ...": the
        # one amount told before, however often
        told = {
            ctx.value(c): c
            for c in ctx.claims
            if c.end <= s.start
            and c.kind == first.kind
            and c.currency == first.currency
            and not c.vague
            and (ctx.value(c) or 0.0) > (ctx.value(first) or 0.0)
        }
        return next(iter(told.values())) if len(told) == 1 else None
    if m is None or idx == 0 or not _COMPOSED.match(ctx.text[m.end() : first.start]):
        return None
    if ctx.document.sentences[idx - 1].paragraph != s.paragraph:
        return None
    prev = [
        c
        for c in ctx.in_sentence(idx - 1)
        if c.kind == first.kind and c.currency == first.currency and not c.vague
    ]
    return prev[0] if len(prev) == 1 and not ctx.is_prior(prev[0]) else None


_ATTRIBUTION_TAIL = re.compile(
    r",\s*(?:[\w’'\-]+\s+){0,6}?(?:said|says|announced|reported|told)\b[^,;]*$|"
    r",\s*according\s+to\b[^,;]*$"
)


def _composed_of(ctx: Context) -> list[Check]:
    """ "The $9bn price is made up of $4bn in cash, $3.5bn in shares and $1.5bn of debt",
    "sales of $412m were divided among prizes ($231m), ...", "split its $50m between schools
    ($30m) and roads ($20m)": a whole the sentence says its parts compose."""
    out = []
    for idx, claims in ctx.by_sentence.items():
        nums = [c for c in claims if c.kind in SUMMABLE and not c.vague]
        back = _composed_back(ctx, idx, nums[0]) if len(nums) >= 2 else None
        if back is not None:
            nums = [back, *nums]
        if len(nums) < 3:
            continue
        for i, whole in enumerate(nums[:-2]):
            first = nums[i + 1]
            if first.kind != whole.kind or first.currency != whole.currency:
                continue
            rest = [c for c in nums[i + 2 :] if c.kind == whole.kind]
            if (
                first.kind == "count"
                and ctx.value(first) == len(rest)
                and _PARTS_COUNT.match(ctx.after(first, 30))
            ):
                continue  # "split into two camps, with 35 ...": how many parts, not one of them
            if (
                whole is not back
                and not _COMPOSED.match(ctx.text[whole.end : first.start])
                and not (
                    _SPLIT_BEFORE.search(ctx.before(whole, 50))
                    and _SPLIT_AFTER.match(ctx.text[whole.end : first.start])
                )
            ):
                continue
            parts = [first]
            for c in nums[i + 2 :]:
                between = ctx.text[parts[-1].end : c.start]
                if (
                    c.kind != whole.kind
                    or c.currency != whole.currency
                    or not re.fullmatch(r"[^.;:\d]{0,60}", between)
                    or not re.search(r",|\band\b", between)
                    or re.search(r"\b(?:were|was|are|is|has|have|had)\b", between)
                    or _changed(ctx, c)
                ):
                    break
                parts.append(c)
            if len(parts) < 2:
                continue
            # complete only when the list ends the sentence: ", with the rest from ...",
            # "plus bishops", ", among other things" leave an unnumbered part
            tail = ctx.text[parts[-1].end : ctx.sentence(parts[-1]).end]
            tail = _ATTRIBUTION_TAIL.sub("", tail)  # ", the two companies said": no part
            lead = ctx.text[ctx.sentence(first).start if whole is back else whole.end : first.start]
            partial = bool(_OPEN_TAIL.search(tail)) or bool(_PARTIAL.search(lead))
            check = _verdict(ctx, parts, whole, complete=not partial, plain=True)
            if check:
                out.append(check)
            break
    return out


def _stated_totals(ctx: Context) -> list[Check]:
    out = []
    for claims in ctx.by_sentence.values():
        nums = [c for c in claims if c.kind in SUMMABLE and not c.vague]
        if not nums or not ctx.sentence_mentions(nums[0], ("total", "in all", "aggregate")):
            continue
        for i, whole in enumerate(nums):
            before = ctx.before(whole, 40)
            if not (_TOTAL_BEFORE.search(before) or _AGGREGATE_BEFORE.search(before)):
                continue
            parts = _same_kind(nums[:i], whole)
            parts = [
                p
                for p in parts
                if not ctx.is_prior(p)
                and (
                    not ctx.is_changeish(p)
                    or any(w.startswith("add") for w in ctx.words_before(p, 2))
                )
            ]
            if len(parts) >= 3 and _SUBJECT_GAP.fullmatch(ctx.text, parts[0].end, parts[1].start):
                parts = parts[1:]  # "the 20 clubs completed 163 transfers and 41 loans": the
                # first figure is who did it, the rest what they did
            if len(parts) >= 2:
                check = _verdict(ctx, parts, whole, complete=not _running(ctx, whole))
                if check:
                    out.append(check)
    return out


_RUNNING = re.compile(
    r"\b(?:since|so far|to date|till now|until now|cumulative|all told since|bringing|brings|"
    r"brought)\b|"
    r"\bover\s+(?:the\s+)?(?:past\s+|last\s+|next\s+)?(?:\w+\s+)?(?:years?|months?|weeks?|"
    r"decades?|seasons?|days?)\b|\b(?:has|have)\s+(?:now\s+)?(?:been\s+)?\w+ed\b",
    re.I,
)


# a noun and a verb between two figures, with no list joint: a subject, then its object
_SUBJECT_GAP = re.compile(r"\s+[a-z][a-z\-]+\s+(?:[a-z]+\s+)?[a-z]+(?:ed|ied)\s+(?:a\s+|an\s+)?")


def _running(ctx: Context, whole: Claim) -> bool:
    """A total over a longer time than its parts ("in total, 51 have been rescued since the
    quake", "$6 million over three years"): the parts need only fit within it."""
    s = ctx.sentence(whole)
    return bool(_RUNNING.search(ctx.text, s.start, s.end))


_TOTAL_NEXT = re.compile(
    r"(?:\b(?:total|combined|overall)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:was|were|is|came to|reached|"
    r"stood at|amounted to)\s+|\b(?:in total|in all|altogether)\b[^.]{0,40}?)"
    r"(?:about |some |roughly |nearly )?$",
    re.I,
)


def _totals_next_sentence(ctx: Context) -> list[Check]:
    """ "Retail earned $50 million, wholesale $30 million ... Total profit was $95 million."."""
    out = []
    for idx, claims in ctx.by_sentence.items():
        nums = [c for c in claims if c.kind in SUMMABLE and not c.vague]
        if len(nums) != 1 or idx == 0:
            continue
        whole = nums[0]
        if not ctx.sentence_mentions(whole, ("total", "in all", "altogether", "combined")):
            continue
        if not _TOTAL_NEXT.search(ctx.before(whole, 60)):
            continue
        prev = ctx.document.sentences[idx - 1]
        if prev.paragraph != ctx.paragraph(whole):
            continue
        earlier = ctx.in_sentence(idx - 1)
        if any(_TOTAL_BEFORE.search(ctx.before(c, 40)) for c in earlier):
            continue  # the previous sentence has its own total
        anchors = {ctx.time_anchor(c) for c in earlier} - {None}
        here = ctx.time_anchor(whole)
        if here and anchors and here not in anchors:
            continue  # another date: "At the end of December, the total had stood at ..."
        parts = [
            c
            for c in ctx.in_sentence(idx - 1)
            if c.kind == whole.kind and not c.vague and not ctx.is_prior(c) and not _changed(ctx, c)
        ]
        if len(parts) >= 2:
            check = _verdict(ctx, parts, whole, complete=not _running(ctx, whole))
            if check:
                out.append(check)
    return out


_OF_THEM_START = re.compile(r"\s*[\"“]?(?:Of|Among)\s+(?:them|those|these|whom)\s*,", re.I)
_OF_THAT_START = re.compile(r"\s*[\"“]?(?:Of|Out of)\s+(?:that|this|it)\s*,", re.I)
_OF_THEM_INSIDE = re.compile(r"[.!?]\s+[\"“]?(?:Of|Among)\s+(?:them|those|these|whom)\s*,")


_NOT_NOUNS = frozenset(
    """against for abroad overseas apiece each instead too respectively later earlier ago
    home elsewhere away back out""".split()
)


_AUX_AFTER = frozenset(
    """were was are is have has had will would could went go goes work worked live lived came
    come comes got gets get made makes make took takes take gave gives give left remain remains
    stayed said say says told answered replied voted chose backed opposed supported wanted
    preferred""".split()
)


def _noun_head(ctx: Context, c: Claim) -> list[str]:
    """The counted noun, if the word after the figure is one ("22 against", "25 German",
    "510 concerned noise" and "300 were freed" have none: a label, a verb)."""
    m = re.match(r"\s*([A-Za-z][\w\-]*)", ctx.after(c, 25))
    if m and (m.group(1)[0].isupper() or m.group(1).endswith("ed") or m.group(1) in _AUX_AFTER):
        return []
    head = ctx.subject_words(c)[-1:]
    return [] if head and head[0] in _NOT_NOUNS else head


_FRONTED_AMOUNT = re.compile(
    r"\s*[\"“]?(?:Of|Among|Out of)\s+(?:(?:the|its|their|this|that|all)\s+)?"
    r"(?:[A-Za-z\-]+[’']s\s+)?(?:more than |about |some |nearly |roughly |at least )?"
    r"(?=[$£€¥]\s?\d|\d)"
)


def _fronted_amount(ctx: Context, idx: int) -> Claim | None:
    """ "Of the $1.24 billion total, ...", "Of the ship's 2,660 passengers and crew, ...": a
    whole the sentence opens with that the common reading misses."""
    s = ctx.document.sentences[idx]
    m = _FRONTED_AMOUNT.match(ctx.text, s.start, s.end)
    if m is None:
        return None
    for c in ctx.in_sentence(idx):
        if c.start == m.end() and c.kind in SUMMABLE:
            rest = ctx.text[c.end : s.end]
            return c if re.match(r"[^,;:\d]{0,60},", rest) else None
    return None


def _fronted_breakdowns(ctx: Context) -> list[Check]:
    """ "Of the 1,500 staff, 300 work abroad and 1,200 at headquarters" / "Of them, ..."."""
    out = []
    for idx, claims in ctx.by_sentence.items():
        nums = [c for c in claims if c.kind in SUMMABLE and not c.vague]
        if len(nums) < 2:
            continue
        whole = ctx.fronted_whole(nums[-1]) or _fronted_amount(ctx, idx)
        firm = True
        named = named_whole(ctx, nums[0]) if whole is None else None
        if named is not None:
            whole, firm, _ = named
        if whole is None:
            s = ctx.document.sentences[idx]
            if idx == 0:
                continue
            them = _OF_THEM_START.match(ctx.text, s.start, s.end)
            that = _OF_THAT_START.match(ctx.text, s.start, s.end)
            if not them and not that:
                continue
            prev = [c for c in ctx.in_sentence(idx - 1) if c.kind in SUMMABLE and not c.vague]
            if len(prev) != 1:
                continue
            whole = prev[0]
            # "them" reaching back a sentence is firm only for a figure stated as a total;
            # "Of that," can only be the one amount before it
            firm = bool(_MARKED_TOTAL.search(ctx.before(whole, 30))) or (
                bool(that) and whole.kind in ("money", "measure")
            )
        phrase = re.match(r"[^,;:.]{0,50}", ctx.after(whole, 50))
        whole_words = set(ctx.subject_words(whole)) | set(
            re.findall(r"[a-z]+", phrase.group().lower() if phrase else "")
        )
        parts = [
            c
            for c in nums
            if c.id != whole.id
            and c.start > whole.end
            # "Of the 612,000 birds kept on the 11 farms, ...": the whole's own phrase
            and c.start >= whole.end + (phrase.end() if phrase else 0)
            and c.kind == whole.kind
            and not ctx.is_change_amount(c)
            and (not _noun_head(ctx, c) or bool(set(ctx.subject_words(c)) & whole_words))
        ]
        # "..., 4,110 returned a ballot, and 3,600 of them voted yes": a part of a part
        parts = [
            c for i, c in enumerate(parts) if i == 0 or not _SUBPART_AFTER.match(ctx.after(c, 15))
        ]
        if len(parts) >= 2:
            # complete only when the remainder is itself one of the figures
            complete = (
                any(
                    re.search(
                        r"\b(the rest|remaining|others|remainder)\W*(?:\w+\W+)?$", ctx.before(p, 25)
                    )
                    for p in parts
                )
                or _splits_the_total(ctx, whole, parts)
                or _names_each_conjunct(ctx, whole, parts)
            )
            check = _verdict(ctx, parts, whole, complete=complete)
            if check and check.status == "fail" and not firm:
                check = result(RULE, "warn", (*parts, whole), check.message)
            if check:
                out.append(check)
    return out


_TOTAL_AFTER = re.compile(r"^\s*(?:total|in total|in all|altogether|combined)\b", re.I)
_LAST_ITEM = re.compile(r"(?:,|\band\b|\bwhile\b)[^.;:\d]{0,40}$", re.I)
_PLACED = re.compile(
    r"^\s*(?:(?:is|are|was|were|will be|goes|go|went|will go|sits?|lies)\s+)?"
    r"(?:in|for|to|from|on|at|into)\b",
    re.I,
)
NEAR_WHOLE = 0.9  # parts covering this much of a split total leave no unnamed part


def _names_each_conjunct(ctx: Context, whole: Claim, parts: list[Claim]) -> bool:
    """ "Of the 2,660 passengers and crew, 2,100 were passengers and 530 crew members": each
    part names one of the whole's coordinated nouns, so together they are all of it."""
    m = re.match(r"\s*([a-z][a-z\- ]{0,40}?)\s*,", ctx.after(whole, 50))
    if m is None or " and " not in m.group(1):
        return False
    heads = [stem(x.split()[-1]) for x in m.group(1).split(" and ") if x.split()]
    if len(heads) != len(parts) or len(set(heads)) != len(heads):
        return False
    named = []
    for p in parts:
        label = re.match(r"\s*(?:(?:were|was|are|is)\s+)?([a-z]+(?:\s+[a-z]+)?)", ctx.after(p, 30))
        words = {stem(w) for w in label.group(1).split()} if label else set()
        hits = [h for h in heads if h in words]
        if len(hits) != 1:
            return False
        named.append(hits[0])
    return len(set(named)) == len(heads)


def _splits_the_total(ctx: Context, whole: Claim, parts: list[Claim]) -> bool:
    """ "Of the $1.24 billion total, $815 million is in the general fund and $405 million in
    enterprise funds": a total named as such, split in a closed list that names nearly all of
    it, is the sum of the list (a list far short of the total is a selection from it)."""
    if not (
        _TOTAL_AFTER.match(ctx.after(whole, 15)) or _MARKED_TOTAL.search(ctx.before(whole, 30))
    ):
        return False
    if _PARTIAL.search(ctx.text[whole.end : parts[0].start]):
        return False
    if not re.search(r"\band\b", ctx.text[parts[-2].end : parts[-1].start]):
        return False
    if not all(_PLACED.match(ctx.after(p, 25)) for p in parts):
        return False  # "$30 million has been spent and $16 million committed": states
    if _UNNUMBERED_REST.search(ctx.text[parts[-1].end : ctx.sentence(whole).end]):
        return False
    s, w = _sum(ctx, parts), ctx.interval(whole)
    return s is not None and w is not None and s.hi >= NEAR_WHOLE * w.lo


_MARKED_TOTAL = re.compile(
    r"(?:\b(?:in all|in total|altogether|overall)\s*,?|\b(?:a|the)\s+total\s+of)\s*"
    r"(?:about |some |roughly |nearly |more than |at least )?$",
    re.I,
)
_NEXT_GROUP = re.compile(
    r"\b(?:a|the)\s+(?:second|third|fourth|fifth|further|final|last|other|remaining|next)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:group|party|batch|team|band|set|wave|contingent)\b[^.;]{0,12}$|"
    r"\b(?:another|the other|the rest|the remaining|the remainder|a further)\W*(?:\w+\W+)?$",
    re.I,
)
_STOCK = re.compile(
    r"^[^.;]{0,40}?\b(?:still|remain\w*|unaccounted|missing|at large|left behind|"
    r"(?:have|has) (?:yet to be|not (?:yet )?been) (?:found|located|reached|traced))\b",
    re.I,
)
_MORE_AFTER = re.compile(r"^\s*(?:others|more)\b", re.I)
_CLOSING = re.compile(r"\b(?:the\s+)?(?:remaining|rest of the|last)\s+(?:about |some )?$", re.I)
_UNCOUNTED_LOSS = re.compile(r"\b(?:died|dead|killed|bodies|body|perished)\b", re.I)


_LOSS_OF = re.compile(r"\s+(?:of\s+(?:the\s+|all\s+)?)?(?:about |some |at least )?")


def _change_before(ctx: Context, c: Claim) -> bool:
    """ "rose by 84", "up 84": a change; "84 lost half their crop" is a count of growers."""
    words = ctx.words_before(c, 2)
    return bool(words) and (
        words[-1] == "by" or any(w in CHANGE_UP or w in CHANGE_DOWN for w in words)
    )


_OF_GROUP_START = re.compile(
    r"\s*[\"“]?(?:Of|Among)\s+(?:her|his|its|their|our|the)\s+([a-z][a-z\-]*)\s*,", re.I
)


def _named_group(ctx: Context, idx: int) -> tuple[Claim, int, int] | None:
    """ "Of her crew, 14 ...": a sentence opened by a group named without a number, and the
    one figure the article gave that group before ("22 crew aboard", "a crew of 22")."""
    s = ctx.document.sentences[idx]
    m = _OF_GROUP_START.match(ctx.text, s.start, s.end)
    if m is None:
        return None
    key = stem(m.group(1).lower())
    earlier = [
        c
        for c in ctx.numeric
        if c.end <= s.start
        and c.kind == "count"
        and not c.vague
        and float(ctx.value(c) or 0.5).is_integer()
        and key in {stem(w) for w in ctx.subject_words(c)[:2]}
        and not ctx.is_prior(c)
        # the group as the story has just told it, not a figure from far back
        and s.paragraph - c.paragraph <= 2
    ]
    if len({ctx.value(c) for c in earlier}) != 1:
        return None  # none, or several figures for the group: which one is meant is unsure
    return earlier[-1], idx, m.end()


def _continued_breakdowns(ctx: Context) -> list[Check]:
    """ "In all, 62 climbers set out. Of them, 40 reached ... A second party of 15 ... Five are
    still missing.": the parts of a stated total over the sentences that follow it."""
    out = []
    sents = ctx.document.sentences
    for idx, claims in list(ctx.by_sentence.items()):
        if idx + 1 >= len(sents):
            continue
        firm = True
        fronted = ctx.fronted_whole(claims[-1])
        named = _named_group(ctx, idx)
        if named is not None:
            # "Of her crew, 14 were rescued ...": the group named, its figure stated earlier
            whole, first, start = named
        elif fronted is not None and fronted.kind == "count" and not fronted.vague:
            # "Of the 310 growers, 84 lost ... A further 120 ...": the whole opens the sentence
            whole, first, start = fronted, idx, fronted.end
        else:
            s, nxt = sents[idx], sents[idx + 1]
            if not _OF_THEM_INSIDE.search(ctx.text, s.start, s.end) and not _OF_THEM_START.match(
                ctx.text, nxt.start, nxt.end
            ):
                continue  # no "Of them," here or next: no parts to read (screen before the wholes)
            wholes = [
                c
                for c in claims
                if c.kind == "count" and not c.vague and _MARKED_TOTAL.search(ctx.before(c, 30))
            ]
            counts = [c for c in claims if c.kind == "count" and not c.vague]
            if not wholes and len(counts) == 1:
                # "Guards detained 412 migrants. Of them, ...": "them" is read, not stated
                wholes, firm = counts, False
            if len(wholes) != 1:
                continue
            whole = wholes[0]
            # "Of them," opens the next sentence (or follows a stop the splitter took for an
            # abbreviation: "after 2 a.m. Of them, 31 ...")
            here = _OF_THEM_INSIDE.search(ctx.text, whole.end, sents[idx].end)
            first = idx if here else idx + 1
            nxt = sents[first]
            if here is None and not _OF_THEM_START.match(ctx.text, nxt.start, nxt.end):
                continue
            start = here.end() if here else nxt.start
        parts = [
            c
            for c in ctx.in_sentence(first)
            if c.kind == "count" and c.start >= start and not c.vague and not _change_before(ctx, c)
        ]
        if not parts:
            continue
        stock = False
        last, j = first, first + 1
        while j < len(sents) and j - last <= 2 and sents[j].paragraph - sents[idx].paragraph <= 1:
            counts = [
                c
                for c in ctx.in_sentence(j)
                if c.kind == "count"
                and not c.vague
                and not _SUBPART_AFTER.match(ctx.after(c, 15))  # "three of whom": a part's part
            ]
            group = [
                c
                for c in counts
                if _NEXT_GROUP.search(ctx.before(c, 40, clause=False))
                or _MORE_AFTER.match(ctx.after(c, 12))
            ]
            held = [
                c
                for c in counts
                if _STOCK.match(ctx.after(c, 45)) or _CLOSING.search(ctx.before(c, 25))
            ]
            if not group and not held:
                if counts:
                    break
                j += 1
                continue
            parts.extend(c for c in counts if c in group or c in held)
            stock = stock or bool(held)
            last = j
            j += 1
            if held:
                break  # what is left closes the account
        if last == first:
            continue  # one sentence of parts: the fronted breakdown reads it
        # deaths with no figure of their own leave the account open
        loss = any(
            not any(
                (
                    p.end <= m.start() < p.end + 30
                    and not re.search(r"[,;]", ctx.text[p.end : m.start()])
                )
                # "the bodies of three": the loss is counted by the figure after it
                or bool(_LOSS_OF.fullmatch(ctx.text[m.end() : p.start]))
                for p in parts
            )
            for m in _UNCOUNTED_LOSS.finditer(ctx.text, sents[idx].start, sents[last].end)
        )
        complete = stock and not loss
        check = _verdict(ctx, parts, whole, complete=complete, plain=True)
        if check and check.status == "fail" and not firm:
            check = result(RULE, "warn", (*parts, whole), check.message)
        if check and check.status == "pass" and stock and not complete:
            check = result(RULE, "warn", (*parts, whole), check.message + " (some died?)")
        if check:
            out.append(check)
    return out


_REGIONS = {
    "home": re.compile(
        r"\b(?:domestic\w*|north americ\w*|u\.s\.|us|united states|americ\w*|at home|"
        r"home market|local\w*)\b",
        re.I,
    ),
    "abroad": re.compile(
        r"\b(?:overseas|international\w*|foreign|abroad|outside|rest of the world|"
        r"other (?:countries|markets|territories)|elsewhere)\b",
        re.I,
    ),
}
_WORLD_WHOLE = re.compile(
    r"\b(?:worldwide|global|world|combined)\s+(?:[a-z\-]+\s+){0,2}?(?:of|at|to)\s+"
    r"(?:about |some |roughly |nearly |more than )?$|"
    r"\b(?:worldwide|global|combined)\s+(?:about |some |roughly |nearly |more than )?$",
    re.I,
)
_CUMULATIVE = re.compile(
    r"\b(?:bring\w*|brought|to date|so far|since|cumulative|running|lifetime|total\s+to)\b",
    re.I,
)
_PERIOD_WHOLE = re.compile(r"\b(?:debut|opening|launch|bow|premiere|start|first)\b", re.I)
_TIME_WORDS = re.compile(
    r"\b(?:weekend|week|day|month|quarter|year|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b",
    re.I,
)


_ITEM_BREAK = re.compile(r",|;|\band\b|\bwhile\b|\bplus\b|\bwith\b")


def _region(ctx: Context, c: Claim) -> str | None:
    """home/abroad when the figure's own words place it ("at North American cinemas")."""
    a, b = ctx.clause(c)
    nxt = next((x.start for x in ctx.claims_between(c.end, b) if x.kind == c.kind), b)
    prev = [x.end for x in ctx.claims_between(a, c.start) if x.kind == c.kind]
    before = re.split(_ITEM_BREAK, ctx.text[max([a, *prev]) : c.start])[-1]
    after = re.split(_ITEM_BREAK, ctx.text[c.end : nxt])[0]
    for text in (before, after):
        found = {name for name, pat in _REGIONS.items() if pat.search(text)}
        if found:
            return found.pop() if len(found) == 1 else None
    return None


_OF_WHOM_LIST = re.compile(
    r"^[^.;:\d]{0,40}?,?\s*(?:of|among)\s+(?:whom|which|them|those|these)\s*,?\s*"
    r"(?:about |some |roughly |nearly |more than |at least |only |just )?$",
    re.I,
)
_REST_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:rest|remaining|remainder|others|other)\b[^.;\d]{0,6}?"
    r"(?:about |some |roughly |nearly )?$",
    re.I,
)
# "and 29 Republicans.": an item whose verb is the one before it
_GAPPED_ITEM = re.compile(r"\s+[A-Za-z\-]+(?:\s+[A-Za-z\-]+)?\s*(?:[.;,)]|$)")
_SUBPART_AFTER = re.compile(r"^\s*(?:of|among)\s+(?:them|whom|those|these|which)\b", re.I)


def _of_whom_breakdowns(ctx: Context) -> list[Check]:
    """ "A total of 1,240 people, of whom 800 went to shelters, 300 to relatives and the rest,
    150, left": the figures after "of whom" break down the figure before it."""
    out = []
    for claims in ctx.by_sentence.values():
        if len(claims) < 3 or not ctx.sentence_mentions(
            claims[0], ("of whom", "of which", "of them", "among them", "of those")
        ):
            continue
        for i, whole in enumerate(claims[:-2]):
            if whole.kind not in SUMMABLE or whole.vague:
                continue
            first = claims[i + 1]
            if first.kind != whole.kind:
                continue
            between = ctx.text[whole.end : first.start]
            # "58 lawmakers voted for it; 31 of them were ..., and 29 ..."
            of_them = (
                bool(_SUBPART_AFTER.match(ctx.after(first, 15)))
                and not re.search(r"\d|\.", between)
                and not _OF_WHOM_LIST.search(ctx.before(whole, 30))
            )
            if not (_OF_WHOM_LIST.match(between) or of_them):
                continue
            parts: list[Claim] = []
            for c in claims[i + 1 :]:
                if c.kind != whole.kind or c.currency != whole.currency:
                    continue
                if c.vague or _changed(ctx, c) or ctx.is_prior(c):
                    break
                if _SUBPART_AFTER.match(ctx.after(c, 15)) and not (of_them and c is first):
                    break  # "800 went to shelters, 300 of them children": a part of a part
                if of_them and c is not first and not _GAPPED_ITEM.match(ctx.after(c, 40)):
                    if not _REST_BEFORE.search(ctx.before(c, 30, clause=False)):
                        break  # "..., and 300 new members joined": a clause of its own
                if parts and not re.search(r",|\band\b|;", ctx.text[parts[-1].end : c.start]):
                    break
                parts.append(c)
            if len(parts) < 2:
                continue
            complete = bool(_REST_BEFORE.search(ctx.before(parts[-1], 30, clause=False)))
            tail = ctx.text[parts[-1].end : ctx.sentence(whole).end]
            if _UNNUMBERED_REST.search(tail):
                complete = False
            check = _verdict(ctx, parts, whole, complete=complete, plain=True)
            if check:
                out.append(check)
            break
    return out


_REMAINDER = re.compile(
    r"\b(?:the\s+)?(?:remaining|rest|remainder|other)\b(?:\s+of\s+(?:the|them))?"
    r"[^.;\d]{0,6}?(?:about |some |roughly |nearly )?$",
    re.I,
)


def _other_time(ctx: Context, whole: Claim, parts: Sequence[Claim]) -> bool:
    """The whole and its parts are dated differently (2022 vs 2023, last year vs today)."""
    here = ctx.time_anchor(whole)
    there = {ctx.time_anchor(p) for p in parts} - {None}
    return here is not None and bool(there) and here not in there


_CONTINUES = re.compile(r"\b(?:another|a further|also)\s+(?:about |some )?$", re.I)
_LEAD_BREAK = re.compile(r"[^.;:—–\d]{0,60}(?:;|:|—|–|--)\s*[^.;:—–\d]{0,20}")


def _remainder_lists(ctx: Context) -> list[Check]:
    """ "2,900 homes in the east, 1,500 in the north and the remaining 800 in the centre":
    the parts, closed by "the rest", of the figure stated for the same noun just before."""
    out = []
    sents = ctx.document.sentences
    for idx, claims in list(ctx.by_sentence.items()):
        if not ctx.sentence_mentions(claims[0], ("remaining", "rest", "remainder", "other")):
            continue
        for k, rest in enumerate(claims):
            if rest.kind not in ("count", "money", "measure") or rest.vague:
                continue
            if not _REMAINDER.search(ctx.before(rest, 30, clause=False)):
                continue
            parts = [
                c
                for c in claims[:k]
                if c.kind == rest.kind
                and c.currency == rest.currency
                and c.unit == rest.unit
                and not c.vague
                and not ctx.is_prior(c)
                and not _changed(ctx, c)
            ]
            if not parts or ctx.fronted_whole(rest) is not None:
                continue
            if any(_TOTAL_BEFORE.search(ctx.before(c, 40)) for c in claims):
                continue
            if any(_CONTINUES.search(ctx.before(c, 20, clause=False)) for c in parts):
                break  # "Another 95 ... and the remaining 87": the rest of an earlier breakdown
            stated = explicit_whole(ctx, parts[0])
            if stated is not None and stated in parts and stated.kind == rest.kind:
                # "won 22 of the 45 seats, the Greens 14 and the others the other nine"
                items = [c for c in parts if c is not stated] + [rest]
                check = _verdict(ctx, items, stated, complete=True, plain=True)
                if check:
                    out.append(check)
                break
            head_of = parts[0]
            if len(parts) >= 2 and _LEAD_BREAK.fullmatch(ctx.text[head_of.end : parts[1].start]):
                # "Doctors treated 18 people; 11 went home and the other 9 ...": the whole leads
                check = _verdict(ctx, parts[1:] + [rest], head_of, complete=True, plain=True)
                if check:
                    out.append(check)
                break
            heads = {(ctx.subject_words(c) or [""])[-1] for c in (*parts, rest)} - {""}
            biggest = max(ctx.value(c) or 0.0 for c in (*parts, rest))
            cands = []
            # the sentences just before; with a noun to match, back to the article's lead
            reach = range(idx - 1, max(-1, idx - 8), -1) if heads else (idx - 1, idx - 2)
            for j in reach:
                if j < 0 or sents[idx].paragraph - sents[j].paragraph > (4 if heads else 1):
                    break
                for w in ctx.in_sentence(j):
                    if w.kind != rest.kind or w.currency != rest.currency or w.vague:
                        continue
                    if w.unit != rest.unit:
                        continue  # "41.6 million pints" and "236,000 hectolitres": two units
                    if (ctx.value(w) or 0.0) <= biggest or _changed(ctx, w):
                        continue
                    if heads and (ctx.subject_words(w) or [""])[-1] not in heads:
                        continue
                    if _other_time(ctx, w, (*parts, rest)):
                        continue  # "Last year 12,000 ... This year 2,900 ..., the remaining 800"
                    if _JOINED_BY_MORE.match(ctx.text, w.end) and len(heads) > 1:
                        continue  # "13 passengers and an attendant" / "Four passengers died
                        # and the other 10 people on board": the rest are of all on board
                    cands.append(w)
                if cands:
                    break
            if len({ctx.value(w) for w in cands}) != 1:
                continue
            whole = cands[-1]
            check = _verdict(ctx, parts + [rest], whole, complete=True, plain=True)
            # a noun, or a unit ("41.6 million pints" / "18.2 million pints"), ties them
            tied = (bool(heads) or rest.kind == "measure") and ctx.sentence_index(whole) == idx - 1
            # "612 new officers ... The city division received 274 officers ..., while the
            # remaining 137 ...": the one earlier count of the parts' own noun
            tied = tied or (bool(heads) and _only_count_of(ctx, whole, idx))
            if check and check.status == "fail" and not tied:
                msg = check.message + " (if the rest is of that figure)"
                check = result(RULE, "warn", (*parts, rest, whole), msg)
            if check:
                out.append(check)
            break
    return out


# a group told with another beside it: "13 passengers and an attendant", "300 guests and 40 staff"
_JOINED_BY_MORE = re.compile(
    r"\s+[a-z]+\s+and\s+(?:an?|one|two|three|four|five|\d[\d,]*)\s+(?:[a-z]+\s+)?[a-z]+",
    re.I,
)


def _only_count_of(ctx: Context, whole: Claim, idx: int) -> bool:
    head = (ctx.subject_words(whole) or [""])[-1]
    same = [
        c
        for j in range(idx)
        for c in ctx.in_sentence(j)
        if c.kind == whole.kind and (ctx.subject_words(c) or [""])[-1] == head
    ]
    return len({ctx.value(c) for c in same}) == 1


_CLAUSE_AFTER = re.compile(
    r"^\s+(?:[a-z]+\s+)?(?:were|was|are|is|had|have|has|will|would|could|remain\w*|died|"
    r"\w+ed\s+(?:to|in|at|by|from|on)\b)",
    re.I,
)


_INCLUDE_VERB = re.compile(
    r"^[^.;:\d]{0,40}?\b(?:included|includes|include)\s+(?:about |some |at least )?$", re.I
)
# people counted by sex and age: no one is two of these at once
_EXCLUSIVE_PEOPLE = frozenset(stem(w) for w in "men women children boys girls adults".split())


def _include_verb_whole(ctx: Context, claims: list[Claim], i: int) -> Claim | None:
    """ "The 26 victims included 14 women, ...": the figure just before the verb."""
    if i == 0:
        return None
    whole, first = claims[i - 1], claims[i]
    if whole.kind != first.kind or whole.vague or whole.currency != first.currency:
        return None
    return whole if _INCLUDE_VERB.match(ctx.text[whole.end : first.start]) else None


def _exclusive(ctx: Context, parts: list[Claim]) -> bool:
    """Parts that cannot overlap: women, men and children, each named once."""
    heads = [_item_noun(ctx, p) for p in parts]
    return all(h in _EXCLUSIVE_PEOPLE for h in heads) and len(set(heads)) == len(heads)


def _included_parts(ctx: Context) -> list[Check]:
    """ "96 complaints, including 41 about leaks and 62 about noise": what is included cannot
    add up to more than the whole it is part of."""
    out = []
    for claims in ctx.by_sentence.values():
        if len(claims) < 3 or not ctx.sentence_mentions(
            claims[0], ("including", "among them", "include")
        ):
            continue
        for i, first in enumerate(claims):
            whole = including_whole(ctx, first) or _include_verb_whole(ctx, claims, i)
            if whole is None:
                continue
            parts = [first]
            for c in claims[i + 1 :]:
                if c.kind != whole.kind or c.vague or _changed(ctx, c):
                    continue
                if not re.fullmatch(
                    r"[^.;:()\d]{0,40}?(?:,|\band\b)\s*", ctx.text[parts[-1].end : c.start]
                ):
                    break
                if _SUBPART_AFTER.match(ctx.after(c, 15)) or _CLAUSE_AFTER.match(ctx.after(c, 30)):
                    break  # "..., including two firefighters, and 45 were treated": a new clause
                parts.append(c)
            if len(parts) >= 2:
                check = _verdict(ctx, parts, whole, complete=False, plain=True)
                if check and check.status == "fail" and not _exclusive(ctx, parts):
                    # categories named after "including" may overlap (a complaint about
                    # leaks and noise): worth a look, not a fail
                    check = result(RULE, "warn", (*parts, whole), check.message)
                if check:
                    out.append(check)
            break
    return out


_OF_THE_TOTAL = re.compile(r"^\s+of\s+(?:the|that|this)\s+(?:total|sum|amount|tally)\b", re.I)


def _parts_of_the_total(ctx: Context) -> list[Check]:
    """ "... raised £3.6 million. Donations made up £2.1 million of the total, gifts £900,000
    and a concert £750,000.": "the total" is the one figure of its kind just before."""
    out = []
    sents = ctx.document.sentences
    for idx, claims in list(ctx.by_sentence.items()):
        if idx == 0 or not ctx.sentence_mentions(claims[0], ("of the total", "of that total")):
            continue
        for i, first in enumerate(claims):
            if first.kind not in SUMMABLE or not _OF_THE_TOTAL.match(ctx.after(first, 30)):
                continue
            parts = [first]
            for c in claims[i + 1 :]:
                if c.kind != first.kind or c.currency != first.currency or c.vague:
                    continue
                between = ctx.text[parts[-1].end : c.start]
                if (
                    _changed(ctx, c)
                    or not re.fullmatch(r"[^.;:\d]{0,50}", between)
                    or not re.search(r",|\band\b", between)
                    or re.search(r"\b(?:were|was|are|is|has|have|had|will|would)\b", between)
                ):
                    break  # items with a verb of their own are no longer parts of the total
                parts.append(c)
            prev = sents[idx - 1]
            if prev.paragraph < sents[idx].paragraph - 1:
                break
            wholes = [
                c
                for c in ctx.in_sentence(idx - 1)
                if c.kind == first.kind
                and c.currency == first.currency
                and not c.vague
                and not ctx.is_prior(c)
                and not _changed(ctx, c)
            ]
            if len(parts) >= 2 and len(wholes) == 1:
                check = _verdict(ctx, parts, wholes[0], complete=False, plain=True)
                if check:
                    out.append(check)
            break
    return out


def _changed(ctx: Context, c: Claim) -> bool:
    """A change, not a part: "added $113m overseas" is what the market added to the total."""
    return ctx.is_change_amount(c) and not any(w.startswith("add") for w in ctx.words_before(c, 2))


def _regional_totals(ctx: Context) -> list[Check]:
    """ "took $86m in North America ... added $113m overseas, giving it a worldwide $209m":
    a home and an abroad figure make the world figure."""
    out = []
    sents = ctx.document.sentences
    for idx, claims in list(ctx.by_sentence.items()):
        for whole in claims:
            if whole.kind not in ("money", "count") or whole.vague:
                continue
            if not ctx.sentence_mentions(whole, ("worldwide", "global", "world", "combined")):
                continue
            lead = ctx.before(whole, 60, clause=False)
            if not _WORLD_WHOLE.search(lead):
                continue
            here = [
                c
                for c in claims
                if c.end <= whole.start
                and c.kind == whole.kind
                and c.currency == whole.currency
                and not c.vague
                and not _changed(ctx, c)
                and not ctx.is_prior(c)
            ]
            if not here and idx > 0 and sents[idx - 1].paragraph == sents[idx].paragraph:
                # "... $4.1 million in North America plus $6.3 million overseas. That gave it a
                # worldwide total of ...": both parts in the sentence before
                here = [
                    c
                    for c in ctx.in_sentence(idx - 1)
                    if c.kind == whole.kind
                    and c.currency == whole.currency
                    and not c.vague
                    and not _changed(ctx, c)
                    and not ctx.is_prior(c)
                ]
            placed = [(c, _region(ctx, c)) for c in here]
            ys = [(c, r) for c, r in placed if r is not None]
            if not ys:
                continue
            y, region = ys[-1]
            other = "abroad" if region == "home" else "home"
            pool = [c for c, r in placed if r == other and c.start < y.start]
            if not pool:
                for j in (idx - 1, idx - 2):
                    if j < 0 or sents[idx].paragraph - sents[j].paragraph > 1:
                        break
                    pool = [
                        c
                        for c in ctx.in_sentence(j)
                        if c.kind == whole.kind
                        and c.currency == whole.currency
                        and not c.vague
                        and not _changed(ctx, c)
                        and not ctx.is_prior(c)
                        and _region(ctx, c) == other
                    ]
                    if pool:
                        break
            if len({ctx.value(c) for c in pool}) != 1:
                continue
            x = pool[-1]
            if ctx.sentence_index(x) != idx and _other_time(ctx, x, [y, whole]):
                continue
            span = ctx.text[ctx.sentence(x).start : whole.end]
            cumulative = bool(_CUMULATIVE.search(lead)) or bool(
                _CUMULATIVE.search(ctx.after(whole, 30))
            )
            period = bool(_PERIOD_WHOLE.search(lead[-40:]))
            complete = not cumulative and (period or not _TIME_WORDS.search(span))
            check = _verdict(ctx, [x, y], whole, complete=complete, plain=True)
            if check:
                out.append(check)
    return out


def _announced_parts(ctx: Context) -> list[Check]:
    """ "reports its revenue in four segments" ... four current figures ... against the revenue."""
    out = []
    for c in ctx.claims:
        if c.kind != "count" or not isinstance(c.value, (int, float)) or not 2 <= c.value <= 12:
            continue
        if not ctx.sentence_mentions(c, _SEGMENT_WORDS):
            continue
        words = ctx.words_after(c, 1, clause=False)
        if not words or words[0] not in _SEGMENTS:
            continue
        m = _ANNOUNCED.search(ctx.before(c, 40))
        if not m:
            continue
        noun = stem(m.group(1))
        wholes = [
            w
            for w in ctx.near_numeric(c)
            if w.start < c.start
            and w.kind in SUMMABLE
            and not ctx.is_prior(w)
            and not ctx.is_changeish(w)
            and noun in {stem(x) for x in ctx.subject_words(w)}
        ]
        if not wholes:
            continue
        whole = wholes[-1]
        n = int(c.value)
        idx = ctx.sentence_index(c)
        figures: list[Claim] = []
        for j in range(idx, min(idx + 4, len(ctx.document.sentences))):
            for f in ctx.in_sentence(j):
                if f.start <= c.end or f.kind != whole.kind or f.vague:
                    continue
                if ctx.is_prior(f) or ctx.is_change_amount(f):
                    continue
                if re.match(r"^\s*(a|per)\s", ctx.after(f, 6)):
                    continue
                figures.append(f)
        if len(figures) != n:
            continue
        check = _verdict(
            ctx, figures, whole, complete=True, what=f" {m.group(1)} in {c.text} {words[0]}"
        )
        if check:
            out.append(check)
    return out


# units a whole is spread over, each with its own figure: "mines copper at three sites: ..."
_UNIT_NOUNS = frozenset(
    stem(w)
    for w in """phases stages tranches instalments installments batches sites mines pits plants
    factories mills refineries works provinces regions states districts counties areas
    zones countries markets territories segments divisions units funds categories sectors
    groups sources streams components departments branches stores shops outlets offices
    hospitals clinics schools campuses terminals ports airports fields farms wells projects
    programmes programs accounts businesses subsidiaries brands products lines parts pieces
    sections wards constituencies cities towns villages municipalities locations facilities
    centres centers camps warehouses depots routes channels bases sections teams squads classes
    wings floors buildings blocks collections""".split()
)
_ANNOUNCED = re.compile(r"\b(?:its|their|the)\s+([a-z]+)\s+in\s+$", re.I)
_SPLIT_INTO = re.compile(
    r"\b(?:split|divided|spread|shared|distributed|organi[sz]ed|grouped|broken up|arranged|"
    r"deployed|stationed|based|housed|located|kept|held|sorted)\s+"
    r"(?:evenly\s+)?(?:into|between|among|across|over|in|at)\s+(?:the\s+)?$",
    re.I,
)
_ALL_OF = re.compile(r"\b(?:all|every|entire|whole|both|each of the)\b", re.I)
_ITEM_GAP = re.compile(r"[^.;:\d]{0,70}")


def _change_word_before(ctx: Context, c: Claim) -> bool:
    """ "up 84", "fell by 84": a change, read as written ("Cold Fell mine 84" is a name)."""
    words = re.findall(r"[A-Za-z]+", ctx.before(c, 25))[-2:]
    return any(w == "by" or (w.islower() and (w in CHANGE_UP or w in CHANGE_DOWN)) for w in words)


_FUNCTION_WORDS = frozenset(
    """this that next last the a an in at on of for from to by with and or but while each per
    than more less over under about""".split()
)


def _item_noun(ctx: Context, c: Claim) -> str | None:
    """The noun an item counts, if one follows it ("35 backing the motion" has none)."""
    m = re.match(r"\s*([a-z][\w\-]*)", ctx.after(c, 25))
    if m is None or m.group(1).endswith(("ing", "ed")) or m.group(1) in _AUX_AFTER:
        return None
    if m.group(1) in _NOT_NOUNS or m.group(1) in _FUNCTION_WORDS:
        return None  # "120 this year", "72 in 2027": no noun of its own
    return stem(m.group(1))


def _unit_items(ctx: Context, n: Claim, count: int) -> list[Claim] | None:
    """The figures that follow an announced number of units, one per unit: exactly ``count``
    of one kind, listed ("A produced 61,200 tonnes, B 34,900 tonnes and C 19,100 tonnes")
    in its sentence after it or in the next, and no further one of that kind."""
    idx = ctx.sentence_index(n)
    sents = ctx.document.sentences
    pool = [c for c in ctx.in_sentence(idx) if c.start > n.end]
    if not [c for c in pool if c.kind in SUMMABLE]:
        if idx + 1 >= len(sents) or sents[idx + 1].paragraph != sents[idx].paragraph:
            return None
        pool = ctx.in_sentence(idx + 1)
    figures = [c for c in pool if c.kind in SUMMABLE]
    if not figures:
        return None
    kind = figures[0]
    items = [
        c
        for c in pool
        if c.kind == kind.kind
        and c.currency == kind.currency
        and c.normalized_unit == kind.normalized_unit
    ]
    if len(items) != count or any(c.vague or _change_word_before(ctx, c) for c in items):
        return None
    if any(re.match(r"^\s*(?:a|an|per|each)\s", ctx.after(c, 8)) for c in items):
        return None  # rates, not parts
    listed = bool(re.match(r"^\s*[a-z\-]+\s*(?::|—|–)", ctx.after(n, 30)))
    if not listed and len({_item_noun(ctx, c) for c in items} - {None}) > 1:
        # "2,310 cases, 1,204 admissions and 568 deaths": not one thing per unit (unless the
        # list follows the units: "four sections: 120 juniors, 95 seniors, ...")
        return None
    for a, b in zip(items, items[1:], strict=False):
        between = ctx.text[a.end : b.start]
        if not _ITEM_GAP.fullmatch(between) or not re.search(r",|\band\b", between):
            return None
        if any(True for _ in ctx.claims_between(a.end, b.start)):
            return None
    return items


def _unit_whole(ctx: Context, n: Claim, items: list[Claim]) -> Claim | None:
    """The one figure of the items' kind stated before the announcement, in its sentence or
    the two before it, larger than any item."""
    sents = ctx.document.sentences
    idx = ctx.sentence_index(n)
    biggest = max(ctx.value(c) or 0.0 for c in items)
    first = items[0]
    # items all counting one noun ("274 officers", "137 officers") name what the whole counts
    heads = {(ctx.subject_words(c) or [""])[-1] for c in items}
    heads = heads if len(heads) == 1 and "" not in heads else set()
    for j in (idx, idx - 1, idx - 2):
        if j < 0 or sents[idx].paragraph - sents[j].paragraph > 1:
            break
        cands = [
            c
            for c in ctx.in_sentence(j)
            if c.start < n.start
            and c.id != n.id
            and c.kind == first.kind
            and c.currency == first.currency
            and c.normalized_unit == first.normalized_unit
            and not c.vague
            and not ctx.is_prior(c)
            and not ctx.is_change_amount(c)
            and (ctx.value(c) or 0.0) > biggest
            # "274 officers" are no part of "9,400 applications"
            and (not heads or (ctx.subject_words(c) or [""])[-1] in heads | {""})
        ]
        if len(cands) == 1:
            return cands[0]
        if cands:
            return None  # several: which one the units share is unsure
    return None


def _partition_units(ctx: Context) -> list[Check]:
    """ "Copper output was 118,400 tonnes. The company mines copper at three sites: A produced
    61,200 tonnes, B 34,900 tonnes and C 19,100 tonnes.": a whole spread over a stated number
    of units, each given its figure, is their sum."""
    out = []
    for n in ctx.numeric:
        if n.kind != "count" or n.vague or not isinstance(n.value, (int, float)):
            continue
        if not 2 <= n.value <= 12 or not float(n.value).is_integer():
            continue
        words = ctx.words_after(n, 1, clause=False)
        if not words or not words[0].endswith("s"):
            continue
        if stem(words[0]) not in _UNIT_NOUNS and not _SPLIT_INTO.search(ctx.before(n, 40)):
            continue  # "divided into three collections": the verb says they are its parts
        items = _unit_items(ctx, n, int(n.value))
        if items is None or _ANNOUNCED.search(ctx.before(n, 40)):
            continue  # "its revenue in four segments": _announced_parts reads it
        whole = _unit_whole(ctx, n, items)
        if whole is None:
            continue
        check = _verdict(
            ctx, items, whole, complete=True, plain=True, what=f" from the {n.text} {words[0]}"
        )
        if check is None:
            continue
        same_sentence = ctx.sentence_index(whole) == ctx.sentence_index(n)
        heads = {ctx.subject_head(c) for c in items} - {None}
        same_thing = (
            whole.kind == "measure"
            or whole.kind == "money"
            or (not heads or heads == {ctx.subject_head(whole)})
        )
        s = ctx.sentence(n)
        said = {stem(w) for w in re.findall(r"[A-Za-z]{3,}", ctx.text[s.start : n.start])}
        shared = (ctx.content(whole) & said) - GENERIC_WORDS
        firm = (
            same_sentence
            or bool(_ALL_OF.search(ctx.sentence_text(n)))
            or (same_thing and bool(shared))
        )
        if check.status == "fail" and not firm:
            check = result(
                RULE, "warn", (*items, whole), check.message + " (if the units share it)"
            )
        out.append(check)
    return out


_BULLET = re.compile(r"\s*(?:[-*•–—·]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")
_LIST_WHOLE_OPEN = re.compile(
    r"\b(?:including|include|includes|among|such as|some of|highlights|main|biggest|largest|"
    r"top|major|notabl\w*|for example|chief)\b",
    re.I,
)
_LIST_WHOLE_CLOSED = re.compile(
    r"\b(?:as follows|broken down|breaks down|breakdown|made up of|comprise\w*|consists? of|"
    r"split|divided|allocated|shared|distributed|goes to|go to|went to|comes? from|came from|"
    r"spent on|will be spent|by (?:source|category|region|type|department))\b",
    re.I,
)


def _listed_parts(ctx: Context) -> list[Check]:
    """ "The $2.4 million grant will be spent as follows:" and then a bulleted list, one figure
    an item: the items are the parts of the intro's figure (all of it when the intro says it
    is broken down, some of it when it says "including" or names the main ones)."""
    out = []
    sents = ctx.document.sentences
    for idx, claims in list(ctx.by_sentence.items()):
        s = sents[idx]
        if not ctx.text[s.start : s.end].rstrip().endswith(":"):
            continue
        for whole in [c for c in claims if c.kind in SUMMABLE and not c.vague]:
            same = [c for c in claims if c.kind == whole.kind and c.currency == whole.currency]
            if len(same) != 1 or ctx.is_prior(whole) or ctx.is_change_amount(whole):
                continue
            parts: list[Claim] = []
            j = idx + 1
            while j < len(sents):
                # one item is one paragraph ("1." may be split off as a sentence of its own)
                k = j
                while k + 1 < len(sents) and sents[k + 1].paragraph == sents[j].paragraph:
                    k += 1
                bullet = _BULLET.match(ctx.text, sents[j].start, sents[k].end)
                if bullet is None or sents[j].paragraph == s.paragraph:
                    break
                figures = [
                    c
                    for i in range(j, k + 1)
                    for c in ctx.in_sentence(i)
                    if c.start >= bullet.end()
                    and c.kind == whole.kind
                    and c.currency == whole.currency
                ]
                if len(figures) != 1 or figures[0].vague or _changed(ctx, figures[0]):
                    parts = []
                    break  # an item with no figure, or several: the list is not one breakdown
                parts.append(figures[0])
                j = k + 1
            if len(parts) < 2:
                continue
            intro = ctx.text[s.start : s.end]
            complete = bool(_LIST_WHOLE_CLOSED.search(intro)) and not _LIST_WHOLE_OPEN.search(intro)
            check = _verdict(ctx, parts, whole, complete=complete, plain=True)
            if check:
                out.append(check)
    return out


_SIZED = re.compile(r"^-(seat|member|place|bed|berth|room|strong)\b", re.I)
_GAPPED_NEXT = re.compile(r"^\s*(?:,|\band\b|$|\.|;)", re.I)


def _sized_body(ctx: Context) -> list[Check]:
    """ "In the 45-seat council, Labour won 18 seats, the Greens 14 and the Liberals 11": a
    body's size against the list of its seats (or members) that follows, each item after the
    first given without a noun of its own."""
    out = []
    for whole in ctx.numeric:
        if whole.kind != "count" or whole.vague or not ctx.text.startswith("-", whole.end):
            continue
        m = _SIZED.match(ctx.after(whole, 12))
        if m is None:
            continue
        noun = stem(m.group(1).lower() + "s")
        later = [
            c
            for c in ctx.in_sentence(ctx.sentence_index(whole))
            if c.start > whole.end and c.kind == "count" and not c.vague
        ]
        start = next(
            (i for i, c in enumerate(later) if stem((ctx.words_after(c, 1) or [""])[0]) == noun),
            None,
        )
        if start is None:
            continue
        parts = [later[start]]
        for c in later[start + 1 :]:
            between = ctx.text[parts[-1].end : c.start]
            if not re.fullmatch(r"[^.;:\d]{0,40}", between) or not re.search(r",|\band\b", between):
                break
            own = (ctx.words_after(c, 1) or [""])[0]
            if own and stem(own) != noun and not _GAPPED_NEXT.match(ctx.after(c, 10)):
                break  # an item with a noun of its own is another count
            parts.append(c)
        if len(parts) < 2:
            continue
        complete = bool(_REST_BEFORE.search(ctx.before(parts[-1], 30, clause=False)))
        check = _verdict(ctx, parts, whole, complete=complete, plain=True, what=f"-{m.group(1)}")
        if check:
            out.append(check)
    return out


_JOINT_BEFORE = re.compile(
    r"\b(?:together|jointly|combined\s+for|combined|between\s+them)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:about |some |roughly |nearly )?$",
    re.I,
)
_JOINT_AFTER = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?between\s+them\b", re.I)


def _joint_totals(ctx: Context) -> list[Check]:
    """ "Smith and Jones combined for 45 points, Smith scoring 28 and Jones 19", "together
    employ 8,400 people, with 5,100 at Acme and 3,100 at Brill": a figure said to be several
    owners' together, then each one's share of it."""
    out = []
    for claims in ctx.by_sentence.values():
        if len(claims) < 3 or not ctx.sentence_mentions(
            claims[0], ("together", "combined", "between them", "jointly")
        ):
            continue
        for i, whole in enumerate(claims[:-2]):
            if whole.kind not in SUMMABLE or whole.vague:
                continue
            if not (
                _JOINT_BEFORE.search(ctx.before(whole, 40))
                or _JOINT_AFTER.match(ctx.after(whole, 40))
            ):
                continue
            parts: list[Claim] = []
            for c in claims[i + 1 :]:
                if c.kind != whole.kind or c.currency != whole.currency:
                    break
                between = ctx.text[(parts[-1] if parts else whole).end : c.start]
                if c.vague or _changed(ctx, c) or ctx.is_prior(c) or ";" in between:
                    break
                noun = _item_noun(ctx, c)
                if noun is not None and noun not in {stem(w) for w in ctx.subject_words(whole)}:
                    break  # "in 12 countries": a figure of something else
                parts.append(c)
            if len(parts) < 2:
                continue
            check = _verdict(ctx, parts, whole, complete=True, plain=True)
            if check:
                out.append(check)
            break
    return out


def _coordinations(ctx: Context, claims: Sequence[Claim]) -> list[list[Claim]]:
    """ "164 passengers and six crew members": counts of different kinds of people."""
    groups = []
    for a, b in zip(claims, claims[1:], strict=False):
        if a.kind != "count" or b.kind != "count" or a.vague or b.vague:
            continue
        if ctx.sentence_index(a) != ctx.sentence_index(b):
            continue
        if not re.fullmatch(r"\s*[A-Za-z\- ]{0,30}\s+and\s+", ctx.text[a.end : b.start]):
            continue
        ha, hb = ctx.subject_words(a), ctx.subject_words(b)
        if not ha or not hb or ha[-1] == hb[-1]:
            continue
        if ha[-1] in PERSON_NOUNS and (hb[-1] in PERSON_NOUNS or hb[-1] == "crew"):
            groups.append([a, b])
    return groups


def _people_totals(ctx: Context) -> list[Check]:
    """ "All 176 people on board" against the one coordination of people counts before it."""
    out = []
    for c in ctx.numeric:
        if c.kind != "count" or not ctx.sentence_mentions(c, ("all ",)):
            continue
        before, after = ctx.before(c, 8), ctx.after(c, 25)
        marked = (
            _ALL_BEFORE.search(before) and re.match(r"^\s*(?:people|persons)\b", after)
        ) or _ALL_AFTER.match(after)
        if not marked or not re.search(r"\ball\b", before + after, re.I):
            continue
        groups = [g for g in _coordinations(ctx, ctx.near(c)) if g[-1].end < c.start]
        if len(groups) != 1:
            continue
        check = _verdict(ctx, groups[0], c, complete=True)
        if check:
            out.append(check)
    return out


_CARRYING = re.compile(
    r"\b(?:carrying|carried|had on board|with)\s+(?:about\s+|some\s+|a total of\s+)?$", re.I
)
_CAPACITY_BEFORE = re.compile(
    r"\b(?:capacity|licensed|certified|designed|able|could|can|up to|room for|seats?)\b", re.I
)
_PASSENGERS_AFTER = re.compile(r"^\s*(?:were\s+)?passengers\b", re.I)
_CREW_AFTER = re.compile(r"^\s*crew(?:\s+members)?\b", re.I)


def _passengers_and_crew(ctx: Context) -> list[Check]:
    """ "carrying 214 people ... 197 were passengers ... All 19 crew members survived": those
    aboard a ship or plane are its passengers and its crew."""
    if "passenger" not in ctx.text or "crew" not in ctx.text:
        return []
    counts = ctx.firm_counts
    aboard = [
        c
        for c in counts
        if _CARRYING.search(ctx.before(c, 25))
        and re.match(r"\s*(?:people|persons)\b", ctx.after(c, 12))
    ]
    # not a capacity: "licensed to carry 350 passengers"
    passengers = [
        c
        for c in counts
        if _PASSENGERS_AFTER.match(ctx.after(c, 20))
        and not _CAPACITY_BEFORE.search(ctx.before(c, 30))
    ]
    crew = [
        c
        for c in counts
        if _CREW_AFTER.match(ctx.after(c, 20)) and not _CAPACITY_BEFORE.search(ctx.before(c, 30))
    ]
    values = [{ctx.value(c) for c in group} for group in (aboard, passengers, crew)]
    if any(len(v) != 1 for v in values):
        return []  # none, or several figures for one of them: which goes with which is unsure
    whole, parts = aboard[0], [passengers[-1], crew[-1]]
    if any(ctx.is_prior(c) or ctx.distance(c, whole) > WINDOW for c in parts):
        return []
    if abs(ctx.paragraph(parts[0]) - ctx.paragraph(parts[1])) > 3:
        return []
    check = _verdict(ctx, parts, whole, complete=True, plain=True)
    return [check] if check else []


_SEASON_AFTER = re.compile(
    r"^-(?:game|match|round|fixture|race|week|bout)\s+(?:[a-z\-]+\s+){0,2}?"
    r"(?:season|campaign|schedule|league|programme|program|competition|tournament|calendar|"
    r"slate|series)\b",
    re.I,
)
_GAMES_NOUNS = frozenset(stem(w) for w in "games matches fixtures rounds contests outings".split())
_GAMES_NEAR = re.compile(
    r"\s+(?:[A-Za-z\-]+\s+){0,2}?(?:games|matches|fixtures|rounds|contests|outings)\b", re.I
)
_GAMES_SPAN = re.compile(
    r"\b(?:season|campaign|schedule|league|competition|tournament|series|played|record)\b", re.I
)
_OUTCOME_BEFORE = {
    "won": re.compile(r"\b(?:won|win|wins|winning)\s+(?:just |only |all |a further )?$", re.I),
    "drew": re.compile(
        r"\b(?:drew|drawn|drawing|draws|draw|tied|tying|ties)\s+(?:just |only )?$", re.I
    ),
    "lost": re.compile(r"\b(?:lost|losing|loses|lose)\s+(?:just |only )?$", re.I),
}
_OUTCOME_AFTER = {
    "won": re.compile(r"^\s*(?:wins|victories|win|victory)\b", re.I),
    "drew": re.compile(r"^\s*(?:draws|ties|draw|tie|drawn|tied)\b", re.I),
    "lost": re.compile(r"^\s*(?:losses|defeats|loss|defeat)\b", re.I),
}
# what may follow a won/drew/lost figure: the games themselves or the end of the item
_OUTCOME_OBJECT = re.compile(
    r"^\s*(?:(?:\w+\s+)?(?:games|matches|fixtures|times|contests|outings|bouts|races|ties|"
    r"wins|victories|draws|losses|defeats)\b|[,.;)]|$|(?:of|and|or|while|but|so|in|at|on|"
    r"this|last|from|over|since|under|with|away|outright|before|after|during)\b)",
    re.I,
)
_SEASON_OPEN = re.compile(
    r"\b(?:so far|to date|to play|to go|remaining|left|postponed|abandoned|cancell?ed|called off|"
    r"still|yet to|pending|with \w+ (?:games|matches|rounds) left|unfinished)\b",
    re.I,
)


def _outcome(ctx: Context, c: Claim) -> str | None:
    """won / drew / lost, when the figure counts games with that result."""
    if c.kind != "count" or c.vague:
        return None
    before, after = ctx.before(c, 25), ctx.after(c, 25)
    found = [k for k, pat in _OUTCOME_BEFORE.items() if pat.search(before)]
    if found and _OUTCOME_OBJECT.match(after):
        return found[0]
    found = [k for k, pat in _OUTCOME_AFTER.items() if pat.match(after)]
    return found[0] if found else None


_SOME_GAMES = re.compile(
    r"\b(?:last|first|final|opening|next|remaining|previous|past|other)\s+$|"
    r"\bof\s+(?:their|its|his|her|the|our)\s+(?:[a-z\-]+\s+)?$",
    re.I,
)


def _season_length(ctx: Context, c: Claim) -> bool:
    """ "the 22-round regular season", "an 82-game schedule", "in 30 matches this season"."""
    if c.kind != "count" or c.vague:
        return False
    if ctx.text.startswith("-", c.end):
        return bool(_SEASON_AFTER.match(ctx.after(c, 60)))
    if not _GAMES_NEAR.match(ctx.text, c.end, c.end + 40):
        return False  # cheap screen: no games, matches or rounds right after the figure
    head = ctx.subject_words(c)[-1:]
    if not head or stem(head[0]) not in _GAMES_NOUNS or _outcome(ctx, c) is not None:
        return False
    if _SOME_GAMES.search(ctx.before(c, 30)):
        return False  # "12 of their last 20": some of the season's games
    return bool(_GAMES_SPAN.search(ctx.sentence_text(c)))


def _scattered_record(ctx: Context, season: Claim) -> dict[str, Claim]:
    """ "won 49 games in the 82-game season ... the Hawks' 35 losses": the largest figure of
    games won and of losses near the season, stated apart."""
    near = [c for c in ctx.near_numeric(season) if c.kind == "count" and not c.vague]
    wins = [
        c
        for c in near
        if re.search(r"\bwon\s+$", ctx.before(c, 8)) and re.match(r"^\s*games\b", ctx.after(c, 8))
    ]
    losses = [
        c
        for c in near
        if re.match(r"^\s*(losses|defeats)\b", ctx.after(c, 10))
        or (
            re.search(r"\blost\s+$", ctx.before(c, 8)) and re.match(r"^\s*games\b", ctx.after(c, 8))
        )
    ]
    if not wins or not losses:
        return {}
    return {
        "won": max(wins, key=lambda c: ctx.value(c) or 0.0),
        "lost": max(losses, key=lambda c: ctx.value(c) or 0.0),
    }


def _season_record(ctx: Context) -> list[Check]:
    """A record ("won 14, drew two and lost five") against the games of its season: the
    outcomes add up to the games; without every outcome named, they can only fit in them."""
    out = []
    sents = ctx.document.sentences
    for season in ctx.firm_counts:  # _season_length reads no other claim
        if not _season_length(ctx, season):
            continue
        idx = ctx.sentence_index(season)
        record: dict[str, Claim] = {}
        for j in (idx, idx + 1):
            if j >= len(sents) or sents[j].paragraph != sents[idx].paragraph:
                break
            results = [(c, _outcome(ctx, c)) for c in ctx.in_sentence(j) if c.id != season.id]
            found = [(c, k) for c, k in results if k is not None]
            if not found:
                continue
            # one adjacent run of figures, one figure per outcome: "won 8 at home and 6 away"
            # or a run broken by other figures is not one record
            first = next(i for i, (_, k) in enumerate(results) if k is not None)
            run = results[first : first + len(found)]
            if any(k is None for _, k in run) or len({k for _, k in run}) < len(run):
                break
            record = {k: c for c, k in run if k is not None}
            break
        if len(record) < 2 or not ({"won", "lost"} & set(record)):
            record = _scattered_record(ctx, season)
            if not record:
                continue
        parts = [record[k] for k in ("won", "drew", "lost") if k in record]
        span = ctx.text[ctx.sentence(season).start : ctx.sentence(parts[-1]).end]
        complete = len(record) == 3 and not _SEASON_OPEN.search(span)
        shown = " + ".join(
            f"{ctx.show(record[k])} {k}" for k in ("won", "drew", "lost") if k in record
        )
        check = _verdict(ctx, parts, season, complete=complete, what=" games", shown=shown)
        if check:
            out.append(check)
    return out


# ------------------------------------------------------------ arithmetic first
# A reporter may tell the parts of a figure anywhere and in any words: "the award is made
# up of $2.3 million for ..., $4.8 million for ... and $6.5 million ...", "The North East
# loses 41 shops. The Midlands will lose 36, ... with the remaining 8 in Scotland". Rather
# than read each phrasing, find a run of figures of one kind told together whose sum comes
# near another figure of that kind, and ask only weak evidence that the figure is their whole.
NEAR_SUM = 0.08  # a sum this close to a figure, and not equal to it, is a slip, not chance
RUN_PARAGRAPHS = 10  # the whole is told within this many paragraphs of its parts
_RUN_GAP = 120  # characters between two parts told in one sentence
_OF_WHOLE_GAP = re.compile(
    r"^\s*(?:[a-z]+\s+)?(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[a-z]+\s+)?$",
    re.I,
)
# "rose by 40", "an increase of 230 officers": a change in a count, not things counted
# the nouns of a difference between two figures: "a gap of 8,342 votes"
_DIFFERENCE_NOUNS = r"gap|margin|lead|difference|majority|shortfall"
_BY_BEFORE = re.compile(
    r"\b(?:by|(?:increase|rise|decrease|drop|fall|decline|growth|gain|net\s+\w+|"
    rf"{_DIFFERENCE_NOUNS}|surplus)\s+of)\s+"
    r"(?:about |some |nearly |roughly )?$",
    re.I,
)
# a difference between two of the parts, told among them
_DIFFERENCE_OF = re.compile(rf"\b(?:{_DIFFERENCE_NOUNS})\s+of\s+(?:about |some |nearly )?$", re.I)
_WHOLE_WORDS = re.compile(
    r"\b(?:total|totall?ing|totall?ed|in all|combined|altogether|overall|whole|entire|"
    r"aggregate|together|in sum)\b",
    re.I,
)
_COMPOSED_WORDS = re.compile(
    r"\b(?:made up of|comprises?|comprising|consists? of|consisting of|split|"
    r"divided|broken down|breaks? down|came from|comes? from|coming from|between them|"
    r"respectively|shared|apportioned|allocated|distributed)\b",
    re.I,
)
_CLOSING_PART = re.compile(
    r"\b(?:the\s+)?(?:remaining|rest|other|final|last|balance|remainder)\b[^.;:\d]{0,25}$", re.I
)


def _run_key(ctx: Context, c: Claim) -> tuple[str, str] | None:
    """What figures must share to be added: kind and currency or unit."""
    if c.kind == "money":
        return ("money", c.currency or "")
    if c.kind == "measure":
        return ("measure", c.normalized_unit or c.unit or "") if c.unit else None
    return ("count", "") if c.kind == "count" else None


def _run_member(ctx: Context, c: Claim) -> bool:
    iv = ctx.interval(c)
    return (
        c.kind in SUMMABLE
        and not c.vague
        and c.bound in ("exact", "approx")
        and iv is not None
        and iv.hi != float("inf")
        and (ctx.value(c) or 0.0) > 0
        and not _attribute(ctx, c)
        and not (ctx.is_changeish(c) if c.kind != "count" else _BY_BEFORE.search(ctx.before(c, 30)))
        and not ctx.is_prior(c)
    )


def _figure_runs(ctx: Context) -> list[list[Claim]]:
    """Figures of one kind told one after another in a sentence or two of a paragraph, with
    no other figure of that kind between them: the candidate parts."""
    runs: list[list[Claim]] = []
    open_runs: dict[tuple[str, str], list[Claim]] = {}
    for c in ctx.numeric:
        key = _run_key(ctx, c)
        if key is None:
            continue
        run = open_runs.get(key)
        member = _run_member(ctx, c)
        if run and not member and c.kind == "count" and _DIFFERENCE_OF.search(ctx.before(c, 30)):
            continue  # "took 39,870, a gap of 8,342 votes. ... finished third with 9,344"
        if (
            run
            and (
                not member
                or ctx.paragraph(c) != ctx.paragraph(run[0])
                or ctx.sentence_index(c) - ctx.sentence_index(run[0]) > 1
                or (
                    c.start - run[-1].end > _RUN_GAP
                    and ctx.sentence_index(c) == ctx.sentence_index(run[-1])
                )
                # "137 of its 1,140 shops": a part and its whole, not two parts
                or _OF_WHOLE_GAP.match(ctx.text[run[-1].end : c.start])
                # "£12 million from donations, including a gift of £3.5 million": in a part
                or _PARTIAL.search(ctx.text, run[-1].end, c.start)
                # "... 0.6 million hens. Vets found it on 43 farms": another thing counted
                or (
                    ctx.sentence_index(c) != ctx.sentence_index(run[-1])
                    and _heads(ctx, [c])
                    and _heads(ctx, run)
                    and not _sentence_heads(ctx, c, key) & _heads(ctx, run)
                )
            )
        ):
            if len(run) >= 2:
                runs.append(run)
            run = None
        if not member:
            open_runs.pop(key, None)
            continue
        if run and _counts_the_parts(ctx, c, run):
            continue  # "Two minor candidates won 2,871 and 1,139 votes": the parts counted
        if run is None:
            open_runs[key] = [c]
        else:
            run.append(c)
    runs.extend(r for r in open_runs.values() if len(r) >= 2)
    # "in three communities: 38 in Wrenfield, 14 in Coleby and nine in Farlow"
    runs = [r[1:] if r[0].kind == "count" and ctx.value(r[0]) == len(r) - 1 else r for r in runs]
    # "Wardens counted 4,312 dead fish. Of those, 2,870 were trout, ...": a first figure
    # near the sum of the rest is their whole, not one of them
    runs = [
        r[1:]
        if len(r) > 2
        and ctx.sentence_index(r[0]) < ctx.sentence_index(r[1])
        and _whole_of_rest(ctx, r)
        else r
        for r in runs
    ]
    return [r for r in runs if len(r) >= 2]


def _whole_of_rest(ctx: Context, run: list[Claim]) -> bool:
    rest = sum(ctx.value(c) or 0.0 for c in run[1:])
    return (ctx.value(run[0]) or 0.0) >= rest * (1 - NEAR_SUM)


SMALL_COUNT = 12  # "two candidates", "three provinces": a count of parts, not a part


def _counts_the_parts(ctx: Context, c: Claim, run: list[Claim]) -> bool:
    v = ctx.value(c)
    mine, theirs = _heads(ctx, [c]), _heads(ctx, run)
    return bool(
        c.kind == "count"
        and v is not None
        and v <= SMALL_COUNT
        and v == int(v)
        and mine
        and theirs
        and not mine & theirs
    )


def _sentence_heads(ctx: Context, c: Claim, key: tuple[str, str]) -> set[str]:
    """The nouns of a sentence's figures of one kind: "won 2,871 and 1,139 votes" counts votes
    though the first figure's own noun is read as the candidates'."""
    return _heads(
        ctx, [d for d in ctx.in_sentence(ctx.sentence_index(c)) if _run_key(ctx, d) == key]
    )


def _heads(ctx: Context, claims: Sequence[Claim]) -> set[str]:
    """The nouns the figures count, without a trailing participle ("officers leaving")."""
    return {h for h in (_head_of(ctx.subject_words(c)) for c in claims) if h}


def _head_of(words: list[str]) -> str | None:
    while len(words) > 1 and words[-1].endswith("ing"):
        words = words[:-1]
    return stem(words[-1]) if words else None


_TALLY_NOUNS = frozenset(stem(w) for w in "number total tally count toll figure sum".split())


def _nouns_agree(ctx: Context, parts: list[Claim], whole: Claim) -> bool:
    """The whole counts what its parts count: the same noun, people for people, or no noun;
    parts "of the new recruits" belong to a whole of recruits."""
    if whole.kind != "count":
        return True
    people = {stem(w) for w in PERSON_NOUNS}
    named = {h for h in (_head_of(ctx._fallback_subject(p)) for p in parts) if h}
    if len(named) > 1 and not named <= people:
        return False  # "312 nursing posts + 3,900 nurses": figures of other things
    theirs = _heads(ctx, parts)
    own = {stem(w) for w in ctx.subject_words(whole)}
    mine = _heads(ctx, [whole]) - _TALLY_NOUNS
    if not mine or not theirs:
        return True
    words = {stem(w) for c in parts for w in ctx.subject_words(c)}
    if mine & theirs or mine & words or theirs & own:
        return True
    return bool(mine <= people and theirs <= people)


_TOLD_TOGETHER_AFTER = re.compile(
    r"^[^.;:\d]{0,30}\b(?:respectively|between them|together)\b", re.I
)
_WHOLE_AFTER = re.compile(r"^[^.;:\d]{0,25}\b(?:in all|in total|altogether|combined)\b", re.I)
_SHARE_OF_TOTAL = re.compile(r"\b(?:of|from)\s+(?:the|its|their)\s+(?:[a-z]+\s+)?total\b", re.I)


_OF_THEM_LEAD = re.compile(r"\b(?:of|among)\s+(?:them|those|these|whom|that|this)\b", re.I)


def _run_evidence(ctx: Context, parts: list[Claim], whole: Claim) -> set[str]:
    """Weak general language that the figure is the parts' whole: the kinds found."""
    first, last = parts[0], parts[-1]
    span_start = ctx.sentence(first).start
    index = ctx.sentence_index(first)
    prev = ctx.document.sentences[index - 1] if index else None
    if prev is not None and prev.paragraph == ctx.paragraph(first):
        span_start = prev.start
    # the words leading to the first part since the last figure told before it
    before = [c for c in ctx.claims_between(span_start, first.start) if c.kind != "date"]
    lead = ctx.text[before[-1].end if before else span_start : first.start]
    found = set()
    # "four provinces", "three sources", "split three ways": the parts counted
    if any(
        c.kind == "count" and c not in parts and ctx.value(c) == len(parts)
        for c in ctx.claims_between(span_start, last.start)
    ):
        found.add("counted")
    if _COMPOSED_WORDS.search(lead) or _TOLD_TOGETHER_AFTER.match(ctx.after(last, 40)):
        found.add("composed")
    if _OF_THEM_LEAD.search(lead) and 0 <= index - ctx.sentence_index(whole) <= 1:
        found.add("of them")  # "Of those, 2,870 were trout": parts of the whole just told
    if _CLOSING_PART.search(ctx.before(last, 40, clause=True)):
        found.add("closing")
    told = ctx.text[ctx.sentence(whole).start : whole.start]
    if (
        _ALL_WORD.search(ctx.before(whole, 30, clause=True))
        or (_WHOLE_WORDS.search(told) and not _SHARE_OF_TOTAL.search(told))
        or _WHOLE_AFTER.match(ctx.after(whole, 40))
        or _WHOLE_WORDS.search(lead)
        # "All of the dead were in three communities: 38 in ..."
        or _ALL_OF_THE.search(ctx.text, span_start, first.start)
    ):
        found.add("whole word")
    return found


_ALL_OF_THE = re.compile(r"\b(?:all|every one)\s+(?:of\s+)?(?:the|its|their)\b", re.I)


def _unnamed(ctx: Context, parts: list[Claim], whole: Claim) -> bool:
    """Counts that name nothing against a whole that does: the tie rests on the words alone."""
    named = _heads(ctx, [whole]) - _TALLY_NOUNS
    return whole.kind == "count" and bool(named) and not _heads(ctx, parts)


# "passed the £4.2 million target": a mark to reach, not what the parts make
_THRESHOLD = re.compile(r"[\s\-]+(?:target|goal|threshold|ceiling|cap|limit|benchmark)\b", re.I)
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:target|goal|threshold|ceiling|cap|limit)\s+(?:of|for)\s+(?:about |some )?$", re.I
)


def _threshold(ctx: Context, c: Claim) -> bool:
    return bool(_THRESHOLD.match(ctx.text, c.end) or _THRESHOLD_BEFORE.search(ctx.before(c, 30)))


def _near_sums(ctx: Context, done: set[frozenset[str]]) -> list[Check]:
    # the figures that can be a whole, by kind and paragraph: a run looks only at the
    # paragraphs within reach, so a long document costs linear time
    pool: dict[tuple[tuple[str, str], int], list[Claim]] = {}
    for c in ctx.numeric:
        key = _run_key(ctx, c)
        if key is not None and _run_member(ctx, c):
            pool.setdefault((key, ctx.paragraph(c)), []).append(c)
    near: list[tuple[list[Claim], float, list[Claim]]] = []
    explained: set[str] = set()
    for parts in _figure_runs(ctx):
        ids = frozenset(p.id for p in parts)
        if any(ids <= d for d in done):
            continue  # another reading has these parts already
        point = sum(ctx.value(p) or 0.0 for p in parts)
        if _sum(ctx, parts) is None or point <= 0:
            continue
        key, para = _run_key(ctx, parts[0]) or ("", ""), ctx.paragraph(parts[0])
        biggest = max(ctx.value(p) or 0.0 for p in parts)
        wholes = []
        for at in range(para - RUN_PARAGRAPHS, para + 2):
            for w in pool.get((key, at), ()):
                v = ctx.value(w)
                if w in parts or v is None or v <= biggest or abs(point - v) > NEAR_SUM * v:
                    continue
                if (
                    _nouns_agree(ctx, parts, w)
                    and not _threshold(ctx, w)
                    and not _other_time(ctx, w, parts)
                ):
                    wholes.append(w)
        exact = [w for w in wholes if _overlaps(ctx, parts, w)]
        if exact:
            # the sum is told: nothing to flag, and that figure is these parts' whole
            explained.update(w.id for w in exact)
        elif wholes:
            near.append((parts, point, wholes))
    out: list[Check] = []
    for parts, point, wholes in near:
        # a figure other parts make exactly is theirs, not a near miss of these
        wholes = [w for w in wholes if w.id not in explained]
        if not wholes:
            continue
        # the nearest figure; of one figure told twice, the telling nearest the parts
        whole = min(
            wholes, key=lambda w: (abs((ctx.value(w) or 0.0) - point), ctx.distance(w, parts[0]))
        )
        evidence = _run_evidence(ctx, parts, whole)
        if not evidence:
            continue
        # unnamed parts need two signs of the tie to be sure ("The other 53 ...", "In all, 341")
        sure = len(evidence) > 1 or not _unnamed(ctx, parts, whole)
        out.append(_near_verdict(ctx, parts, whole, point, "fail" if sure else "warn"))
    return out


def _slack(ctx: Context, parts: list[Claim], whole: Claim) -> float:
    """How far rounded parts may honestly sum from their whole: the whole's rounding and the
    coarsest part's, not every part's at its extreme ("2.9 + 1.7 + 1.4 + 0.6 million" is
    6.6 million, not anything up to 6.8)."""
    steps = [_half_step(ctx, c) for c in (*parts, whole)]
    if any(s is None for s in steps):
        iv = [ctx.interval(c) for c in (*parts, whole)]
        return max((i.hi - i.lo) / 2 for i in iv if i is not None)
    part_steps = [s for s in steps[:-1] if s is not None]
    return (steps[-1] or 0.0) + max(part_steps, default=0.0)


def _overlaps(ctx: Context, parts: list[Claim], whole: Claim) -> bool:
    point = sum(ctx.value(p) or 0.0 for p in parts)
    return abs(point - (ctx.value(whole) or 0.0)) <= _slack(ctx, parts, whole) + 1e-9 * point


def _near_verdict(
    ctx: Context, parts: list[Claim], whole: Claim, point: float, status: Status
) -> Check:
    nouns = {" ".join(ctx.subject_words(p)) for p in parts}
    label = _labelled if len(nouns) > 1 else (lambda ctx, c: ctx.show(c))
    shown = " + ".join(label(ctx, p) for p in parts)
    total = fmt(point)
    sym = re.match(r"[$£€¥]", ctx.show(whole)) if whole.kind == "money" else None
    total = sym.group() + total if sym and total[0].isdigit() else total
    noun = [w for w in ctx.subject_words(whole) if w not in _AUX_AFTER and not w.endswith("ed")]
    what = f" {' '.join(noun[-2:])}" if noun else ""
    rel = "more than" if point > (ctx.value(whole) or 0.0) else "not"
    return result(
        RULE, status, (*parts, whole), f"{shown} = {total}, {rel} the {ctx.show(whole)}{what}"
    )


def check(ctx: Context) -> list[Check]:
    found = (
        _colon_breakdowns(ctx)
        + _composed_of(ctx)
        + _stated_totals(ctx)
        + _totals_next_sentence(ctx)
        + _fronted_breakdowns(ctx)
        + _continued_breakdowns(ctx)
        + _regional_totals(ctx)
        + _remainder_lists(ctx)
        + _of_whom_breakdowns(ctx)
        + _included_parts(ctx)
        + _parts_of_the_total(ctx)
        + _announced_parts(ctx)
        + _partition_units(ctx)
        + _listed_parts(ctx)
        + _sized_body(ctx)
        + _joint_totals(ctx)
        + _people_totals(ctx)
        + _passengers_and_crew(ctx)
        + _season_record(ctx)
    )
    # a warn is a doubtful reading of these figures: the arithmetic may still read them
    near = _near_sums(ctx, {frozenset(c.claims) for c in found if c.status != "warn"})
    settled = {frozenset(c.claims) for c in near}
    found = [c for c in found if frozenset(c.claims) not in settled] + near
    return _without_lesser_passes(found)


def _without_lesser_passes(checks: list[Check]) -> list[Check]:
    """A pass over some of the figures another reading accounts for in full says less: drop it
    ("11 + 2 <= 18" beside "11 + 2 + 4 = 17, not the 18")."""
    sets = [frozenset(c.claims) for c in checks]
    return [
        c
        for c, own in zip(checks, sets, strict=True)
        if c.status != "pass" or not any(own < other for other in sets)
    ]
