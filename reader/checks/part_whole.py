"""A part exceeds its whole: "29 of the region's 26 areas", "the remaining 31" of 23.

Relations come from the text:
- "X of (the) Y", "X out of Y", "X of its Y" with Y a figure right there;
- "X of the region's <noun phrase>" with the whole stated elsewhere for the
  same noun phrase ("the region's 26 local authority areas");
- "among them were X" after a sentence that states the whole;
- "the remaining X <noun>" against the figure first given for that noun;
- "X of the escapees" against the "Y inmates who escaped" (a noun made from the verb
  of the group's relative clause);
- an outcome a match has one of ("clean sheets", "wins") against the matches with the
  same qualifier ("league appearances").
Where the whole is a stock that the part may already have left ("released 13
of the more than 90 still held": held before or after?), the result is a warn.
"""

from __future__ import annotations

import re

from reader.checks.base import result
from reader.checks.drift import reported_day
from reader.checks.relations import LEDGER_OUT, STOP, WORD, Context, EndScreened, _memo, stem
from reader.model import Check, Claim, Status

RULE = "part_exceeds_whole"
COUNTABLE = ("count", "money", "measure")
_OF_NUMBER = re.compile(
    r"^\s*,?\s*(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+|all\s+|those\s+|these\s+)*"
    r"(?:[\w’'\-]+[’']s?\s+)?"
    r"(?:more than |at least |about |nearly |some |almost |over |roughly )?$",
    re.I,
)
_OF_PHRASE = re.compile(
    r"^\s*(?:out\s+)?of\s+(?:the|its|their|his|her|our)\s+(?:([\w\-]+)[’']s?\s+)?"
    r"([a-z][\w\- ]{2,60})",
    re.I,
)
# A figure stated as the whole: "the region's 26 areas", "has 45 members", "all 12 judges"
_TOTAL_STATEMENT_RE = re.compile(
    r"(?:\b(?:has|have|had|with|comprises?|covers?|includes?|across|of|all|total of|spans?)|"
    r"[a-z][’']s?)\s+(?:each of\s+)?(?:the\s+|its\s+|their\s+|all\s+)?"
    r"(?:about |some |nearly |roughly )?$",
    re.I,
)
_TOTAL_STATEMENT = EndScreened(
    _TOTAL_STATEMENT_RE,
    # its last words; "s" and "" for a possessive ("the company's", "the workers'")
    r"has|have|had|with|comprises?|covers?|includes?|across|of|all|spans?|the|its|their|"
    r"about|some|nearly|roughly|s|",
)
_OF_WORDS = ("of ", "among", "whom")
_REMAIN_WORDS = ("remaining", "rest of", "other")
_STOCK_AFTER = re.compile(r"^[^,.;]{0,40}\b(?:still \w+|remaining|remain|left)\b", re.I)
_REMAINING = re.compile(r"\b(remaining|rest of the|other)\s+$", re.I)
_AMONG = re.compile(r"^\s*(among|of)\s+(them|those|these|whom)\b", re.I)


def subject_key(ctx: Context, claim: Claim) -> list[str]:
    cache = ctx._caches.get("subject_key")
    if cache is None:
        cache = ctx._caches["subject_key"] = {}
    key = cache.get(claim.id)
    if key is None:
        key = cache[claim.id] = [stem(w) for w in ctx.subject_words(claim)]
    return key  # type: ignore[no-any-return]


def same_subject(a: list[str], b: list[str]) -> bool:
    """Same head noun, and the modifiers of one are among the other's."""
    if not a or not b or a[-1] != b[-1]:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return set(short[:-1]) <= set(long_[:-1])


_AGENT = re.compile(r"(?:ees?|ers?|ors?|ants?|ents?)$")
_RELATIVE = re.compile(
    r"^[\w\s\-]{0,30}?\b(?:who|that|which)\s+(?:had\s+|have\s+|has\s+|were\s+|are\s+)?"
    r"([a-z]+)",
    re.I,
)


def agent_stems(noun: str) -> set[str]:
    """ "escapees" -> {"escap"}: the verb a person-noun is made from, as stems."""
    word = noun.lower()
    out = {stem(word)}
    m = _AGENT.search(word)
    if m and len(word) - len(m.group()) >= 3:
        out.add(stem(word[: m.start()] + "ed"))
    return out


def _relative_verbs(ctx: Context, c: Claim) -> set[str]:
    """ "14 inmates who escaped": the verb of the relative clause on a figure's noun."""
    m = _RELATIVE.match(ctx.after(c, 50, clause=False))
    return {stem(m.group(1))} if m else set()


def _verdict(
    ctx: Context, part: Claim, whole: Claim, note: str = "", label: str = ""
) -> Check | None:
    p, w = ctx.interval(part), ctx.interval(whole)
    if p is None or w is None:
        return None
    if part.kind != whole.kind:
        return None
    pw = label or " ".join(ctx.subject_words(whole)) or "in all"
    if p.lo > w.hi:
        msg = f"{ctx.show(part)} is more than the {ctx.show(whole)} {pw}{note}"
        return result(RULE, "fail", (part, whole), msg)
    status: Status = "pass"
    msg = f"{ctx.show(part)} <= {ctx.show(whole)} {pw}{note}"
    stock = _STOCK_AFTER.match(ctx.after(whole, 50))
    if stock and (ctx.predicate_stems(part) & _OUT_STEMS):
        status = "warn"
        verb = re.search(r"(\w+ed)\s+$", ctx.before(part, 20))
        left = f" {verb.group(1)}" if verb else ""
        held = ctx.after(whole, 50)[: stock.end()].strip()
        msg = (
            f"{ctx.show(part)}{left} <= {ctx.show(whole)} {held}: consistent either way, "
            f"but were the {ctx.show(whole)} counted before or after the {ctx.show(part)} left?"
        )
    return result(RULE, status, (part, whole), msg)


_OUT_STEMS = frozenset().union(*LEDGER_OUT.values())


@_memo
def explicit_whole(ctx: Context, part: Claim) -> Claim | None:
    """The whole named right after a part: "12 of the 40", "17 out of 20"."""
    for c in ctx.in_sentence(ctx.sentence_index(part)):
        if c.start <= part.end or c.kind not in COUNTABLE:
            continue
        if _OF_NUMBER.match(ctx.text[part.end : c.start]):
            return c
        break
    return None


def _phrase_whole(ctx: Context, part: Claim, numeric: list[Claim]) -> Claim | None:
    head = ctx.text[part.end : part.end + 8].lower()
    if " of " not in head and "out of" not in head:
        return None
    pointed = _pointed_whole(ctx, part)
    if pointed is not None:
        return pointed
    m = _OF_PHRASE.match(ctx.after(part, 80, clause=True))
    if not m:
        return None
    words = [w for w in re.findall(r"[a-z][\w\-]*", m.group(2).lower())]
    phrase: list[str] = []
    for w in words:
        if w in ("in", "on", "at", "with", "for", "to", "by", "and", "or", "that", "which", "who"):
            break
        if w in STOP and phrase:
            break  # "of the league's clubs have signed": the phrase ends at the verb
        if w.endswith("ed") and phrase:
            break
        phrase.append(stem(w))
    if not phrase:
        return None
    # the noun right after "of the", when it names people by what they did ("escapees")
    made_of = agent_stems(words[0]) if _AGENT.search(words[0]) else set()
    cands = [
        c
        for c in ctx.near_numeric(part)
        if c.kind == part.kind
        and c.id != part.id
        and (
            # the subject first: a cached reading that refuses most figures of the window
            (
                same_subject(phrase, subject_key(ctx, c))
                and _TOTAL_STATEMENT.search(ctx.before(c, 40))
            )
            # "16 of the escapees" of the "14 inmates who escaped": the clause names the group
            or bool(made_of and made_of & _relative_verbs(ctx, c))
        )
        and not ctx.is_prior(c)
        and not _OF_NUMBER.match(ctx.before(c, 0))
        and not re.match(r"^\s*(?:out\s+)?of\b", ctx.after(c, 10))
    ]
    values = {ctx.value(c) for c in cands}
    if not cands:
        return _told_before(ctx, part, phrase)
    if len(values) != 1:
        return None
    return cands[0]


def _told_before(ctx: Context, part: Claim, phrase: list[str]) -> Claim | None:
    """ "Inspectors counted 287 assaults ... 296 of the assaults were on officers": "the
    assaults" are the ones just counted, when one count of that noun stands before."""
    if len(phrase) != 1 or not re.match(r"\s+of\s+the\s+[a-z]", ctx.text[part.end : part.end + 12]):
        return None
    idx = ctx.sentence_index(part)
    # the same paragraph or the two before
    told = [
        c
        for c in ctx.near_numeric(part)
        if c.start < part.start
        and c.kind == part.kind
        and ctx.sentence_index(c) < idx
        and ctx.paragraph(part) - ctx.paragraph(c) <= 2
        and not c.vague
        and not ctx.is_prior(c)
        and not ctx.is_change_amount(c)
        and [stem(w) for w in ctx.subject_words(c)][-1:] == phrase
    ]
    return told[-1] if len(told) == 1 else None


# "19 of the flagged containers" after "flagged 17 of the 212 containers"; "3,420 of those
# households" after "3,150 households": the set the words point back to, not the largest.
_POINTED = re.compile(
    r"\s*(?:out\s+)?of\s+(?:(?P<dem>those|these)\s+|the\s+(?P<verb>[a-z]+ed)\s+)"
    r"(?P<noun>[a-z][\w\-]*)"
)


def _pointed_whole(ctx: Context, part: Claim) -> Claim | None:
    m = _POINTED.match(ctx.text, part.end, part.end + 60)
    if m is None:
        return None
    noun = stem(m.group("noun"))
    idx = ctx.sentence_index(part)
    cands = []
    for c in ctx.near_numeric(part):
        if c.start >= part.start:
            break
        if c.kind != part.kind or ctx.is_prior(c):
            continue
        state = m.group("dem") and _STATE_NOUN.fullmatch(m.group("noun"))
        if m.group("dem") and not state and ctx.sentence_index(c) < idx - 2:
            continue  # "those" points to the sentences just before (a state, to its one count)
        words = {stem(w) for w in ctx.subject_words(c)}
        if m.group("verb"):
            # the verb told of this count: "X-ray scanners flagged 17 of the 212 containers"
            verb = re.search(rf"\b{m.group('verb')}\s+(?:about |some |only )?$", ctx.before(c, 30))
            whole = explicit_whole(ctx, c)
            if whole is not None:
                words |= {stem(w) for w in ctx.subject_words(whole)}
            if verb and noun in words:
                cands.append(c)
        elif noun in words and not re.match(r"^\s*(?:out\s+)?of\b", ctx.after(c, 10)):
            cands.append(c)
        elif _STATE_NOUN.fullmatch(m.group("noun")) and re.match(
            rf"\s+(?:[a-z]+\s+){{0,2}}(?:were|was|have been|had been|are)\s+{m.group('noun')}\b",
            ctx.after(c, 50),
        ):
            cands.append(c)  # "34 people were injured" ... "36 of those injured"
    if cands and _STATE_NOUN.fullmatch(m.group("noun")) and len({ctx.value(c) for c in cands}) > 1:
        return None  # several counts of the injured: which one is meant is unsure
    return cands[-1] if cands else None


_STATE_NOUN = re.compile(r"[a-z]+ed|hurt|dead|missing")


_INCLUDING = re.compile(
    r"^\s*[a-z][\w\-’' ]{0,50}?,?\s+(?:including|among them|of which|of whom)\s+"
    r"(?:about |some |roughly |nearly |almost |more than |at least |just |only )?$",
    re.I,
)


_INCLUDING_WORDS = ("including", "among them")


def including_whole(ctx: Context, part: Claim) -> Claim | None:
    """ "96 complaints, including 41 ...": the figure the part is included in."""
    if not ctx.sentence_mentions(part, _INCLUDING_WORDS):
        return None
    prev = [c for c in ctx.in_sentence(ctx.sentence_index(part)) if c.end <= part.start]
    if not prev or prev[-1].kind != part.kind or prev[-1].vague:
        return None
    whole = prev[-1]
    if not _INCLUDING.match(ctx.text[whole.end : part.start]):
        return None
    return whole


_OF_WHOM_RE = re.compile(
    r"\b(?:of|among)\s+(?:whom|which|them|those)\s*,?\s*"
    r"(?:about |some |more than |nearly |roughly |at least |only |just )?$",
    re.I,
)
_OF_WHOM = EndScreened(
    _OF_WHOM_RE,
    # "\s*" may join "whom" and a qualifier into one word
    "(?:whom|which|them|those)?(?:about|some|nearly|roughly|only|just)?|than|least",
)


def _of_whom(ctx: Context, part: Claim) -> Claim | None:
    """ "900 pilots, of whom 950 are based abroad": the figure before "of whom"."""
    if not _OF_WHOM.search(ctx.before(part, 30)):
        return None
    earlier = [
        c
        for c in ctx.in_sentence(ctx.sentence_index(part))
        if c.end <= part.start and c.kind == part.kind
    ]
    return earlier[-1] if earlier else None


_AMONG_THEM = re.compile(
    r"\s*(among|of)\s+(them|those|these|whom)\s*,?\s*(?:were|are|was|is)?\s*"
    r"(?:more than |at least |about |nearly |some |almost |over |roughly )?",
    re.I,
)


def _among_whole(ctx: Context, part: Claim) -> Claim | None:
    """ "Among them were 23 foreign nationals": them = the previous sentence's figure."""
    before = ctx.text[ctx.sentence(part).start : part.start]
    if not _AMONG_THEM.fullmatch(before):
        return None
    idx = ctx.sentence_index(part)
    prev = [c for c in ctx.in_sentence(idx - 1) if c.kind == part.kind] if idx else []
    return prev[0] if len(prev) == 1 else None


_OF_THEM_AFTER = re.compile(r"\s+(?:out\s+)?of\s+(?:them|those|these)\b(?!\s+(?:who|which|that)\b)")


_SCOPE_AFTER = re.compile(
    r"\s+(?:out\s+)?of\s+(?:them|those|these)\s+(?:in|at|on|aboard|inside|from)\s+([^,.;]{3,60})"
)


def _of_them_whole(ctx: Context, part: Claim) -> Claim | None:
    """ "The hotel has 84 rooms. Fire damaged 96 of them": "them" is the group just counted,
    the last figure of its kind before the part in the sentence, else the one such figure of
    the sentence before (two there and the pronoun's group is a guess)."""
    if not _OF_THEM_AFTER.match(ctx.text, part.end, part.end + 30):
        return None
    idx = ctx.sentence_index(part)

    def fits(c: Claim) -> bool:
        return (
            c.kind == part.kind
            and not c.vague
            and bool(ctx.subject_words(c))
            and not ctx.is_changeish(c)
            and not ctx.is_prior(c)
        )

    here = [c for c in ctx.in_sentence(idx) if c.end <= part.start and c.kind == part.kind]
    if here:
        return here[-1] if fits(here[-1]) else None
    scoped = _SCOPE_AFTER.match(ctx.text, part.end, part.end + 90)
    if scoped:
        # "13,100 of those in the evacuation centres": the group the phrase names, stated
        # in one of the six sentences before
        need = {stem(w) for w in WORD.findall(scoped.group(1)) if w.lower() not in STOP}
        cands = [
            c
            for c in ctx.near_numeric(part, 30)
            if c.start < ctx.sentence(part).start
            and 0 < idx - ctx.sentence_index(c) <= 6
            and fits(c)
            and need <= ctx.stems(c, clause=False)
        ]
        if need and len({ctx.value(c) for c in cands}) == 1:
            return cands[-1]
        return None
    sents = ctx.document.sentences
    if idx == 0 or sents[idx - 1].paragraph != sents[idx].paragraph:
        return None
    # "the four-storey hotel has 84 rooms": a figure fused to its noun is no group
    prev = [
        c
        for c in ctx.in_sentence(idx - 1)
        if c.kind == part.kind and ctx.text[c.end : c.end + 1] != "-"
    ]
    return prev[0] if len(prev) == 1 and fits(prev[0]) else None


_HELD = frozenset("held taken seen kept given won lost hit".split())
_NAMED_FRONT = re.compile(
    r"\s*[\"“]?(?:Of|Among|Out of)\s+(?:the|those|these|its|their|all the)\s+"
    r"((?:[a-z][\w\-]*\s+){0,6}[a-z][\w\-]*)\s*,\s*$"
)
# Words that name one state in different ways: "the injured" are those "hurt".
_SYNONYMS = {
    stem(w): k
    for k, words in {
        "hurt": "hurt injured wounded injury injuries",
        "dead": "dead died killed death deaths fatal fatalities",
        "sick": "sick ill infected",
        "rescue": "rescued saved",
        "arrest": "arrested detained",
        "miss": "missing unaccounted",
        "hospital": "hospital hospitals infirmary hospitalised hospitalized admitted",
    }.items()
    for w in words.split()
}
_STATES = frozenset(_SYNONYMS.values())
_PLURALS = {"children": "child", "men": "man", "women": "woman", "people": "person"}


def _concept(word: str) -> str:
    w = _PLURALS.get(word.lower(), word.lower())
    st = stem(w)
    return _SYNONYMS.get(st, st)


_COORDINATOR = re.compile(r",|;|\band\b|\bbut\b|\bwhile\b")


def _own_words(ctx: Context, c: Claim) -> str:
    """The words of a figure's own item in its clause: "killing three people and injuring 29"
    gives "killing three people" to 3 and "injuring 29" to 29."""
    a, b = ctx.clause(c)
    prev = [x.end for x in ctx.claims_between(a, c.start) if x.end <= c.start]
    nxt = next((x.start for x in ctx.claims_between(c.end, b)), b)
    before = _COORDINATOR.split(ctx.text[max([a, *prev]) : c.start])[-1]
    after = _COORDINATOR.split(ctx.text[c.end : nxt])[0]
    return f"{before}{c.text}{after}"


# "71 of the C. difficile cases were ...", "28 of the cruise passengers admitted were ...": the
# noun phrase after the partitive, up to the verb or preposition that follows it
_NAMED_AFTER = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the|those|these)\s+"
    r"((?:[A-Za-z][\w\-]*(?:\.[A-Za-z]+)*\.?\s+){0,4}?[a-z][\w\-]*)"
    r"(?=\s+(?:were|was|are|is|had|have|has|who|that|which|in|at|on|aged)\b|\s*[,.;:)])"
)
# "the U.S. units" are the sets "sold in the United States": one token for each spelling
_ABBREVIATIONS = (
    (re.compile(r"\bU\.S\.(?:A\.)?|\bUSA?\b|\bUnited\s+States\b"), "United-States"),
    (re.compile(r"\bU\.K\.|\bUK\b|\bUnited\s+Kingdom\b"), "United-Kingdom"),
)
# nouns that stand for whatever product the story counts: "the U.S. units" are its sets
_ANY_PRODUCT = frozenset({"unit", "item", "product"})


def _spelled(text: str) -> str:
    for pattern, name in _ABBREVIATIONS:
        text = pattern.sub(name, text)
    return text


# a union of places is more than one of them: "sold in the United States and Canada"
_UNION = re.compile(r"[A-Z][\w’'\-]*\s+(?:and|or)\s+[A-Z]|[A-Z][\w’'\-]*,\s+[A-Z]")


def _headline_words(ctx: Context) -> set[str]:
    """Concepts of the document's first sentence: the story's topic qualifies every figure
    ("the cruise passengers" are the passengers of a story headed "... cruise ship ...")."""
    found = ctx._cache.get(("headline_words",))
    if found is None:
        sents = ctx.document.sentences
        first = ctx.text[sents[0].start : sents[0].end] if sents else ""
        found = ctx._cache[("headline_words",)] = {_concept(w) for w in WORD.findall(first)}
    return found  # type: ignore[no-any-return]


def named_after(ctx: Context, part: Claim) -> tuple[Claim, bool, str] | None:
    """ "Seventy-one of the C. difficile cases were ...": the noun phrase after "of the" names
    an earlier figure ("recorded 64 cases of C. difficile") by its head noun and modifiers.
    A phrase of one word reaches three sentences back, a qualified one the whole article
    before it (its modifiers tie it); firm only when a modifier or a state matched too."""
    m = _NAMED_AFTER.match(ctx.text, part.end, part.end + 80)
    if m is None or part.kind != "count":
        return None
    raw = [w.lower() for w in WORD.findall(_spelled(m.group(1)))]
    if not raw or raw[0] in ("who", "which", "that", "whom"):
        return None  # "of those who fell ill": no noun to name the group by
    return _named(ctx, part, raw, after=True)


def named_whole(ctx: Context, part: Claim) -> tuple[Claim, bool, str] | None:
    """ "Among the injured children, 52 ...": the earlier figure that noun phrase names.

    The phrase's head noun and each modifier must be read in the clause of exactly one
    earlier figure (three sentences back at most); firm only when a modifier matched too.
    """
    s = ctx.sentence(part)
    m = _NAMED_FRONT.match(ctx.text, s.start, part.start)
    if not m or any(ch.isdigit() for ch in m.group(1)):
        return None
    return _named(ctx, part, m.group(1).lower().split(), after=False)


def _named(
    ctx: Context, part: Claim, raw: list[str], after: bool
) -> tuple[Claim, bool, str] | None:
    s = ctx.sentence(part)
    # "the students offered a place this year": a reduced relative clause; its verb is what
    # ties the group, its object and time are the writer's wording
    for i, w in enumerate(raw[1:], start=1):
        if raw[i - 1] not in ("who", "which", "that") and (w.endswith("ed") or w in _HELD):
            raw = raw[:i] + ["who", w]
            break
    if len(raw) > 4:
        return None
    words = [w for w in raw if w not in ("of", "who", "which", "that")]
    # a modifier the headline carries qualifies every figure of the story
    topic = _headline_words(ctx) - {_concept(words[-1])} if after else set()
    need = {_concept(w) for w in words} - topic
    reach = 12 if after and len(need) > 1 else 3
    # "the women who started": the noun must be the figure's own; what the relative clause
    # says of it may be said anywhere in the figure's sentence ("18,400 started, ... 6,500
    # women")
    relative = raw.index("who") if "who" in raw else None
    head = {_concept(w) for w in raw[:relative]} - topic if relative else need
    noun = _concept((raw[:relative] if relative else words)[-1])
    generic = after and noun in _ANY_PRODUCT and len(need) > 1
    if generic:
        need.discard(noun)
    cands: list[Claim] = []
    for c in ctx.near_numeric(part, 60 if after else 30):
        if c.start >= s.start:
            break
        if (
            c.kind != part.kind
            or c.vague
            or ctx.sentence_index(part) - ctx.sentence_index(c) > reach
        ):
            continue
        if ctx.is_prior(c) or ctx.is_changeish(c):
            continue
        when, now = ctx.time_anchor(c), ctx.time_anchor(part)
        if when is not None and now is not None and when != now and not reported_day(ctx, c):
            continue  # "the injured" of another day; not the day a report said it
        subject = ctx.subject_words(c)
        if after and not generic and (not subject or _concept(subject[-1]) != noun):
            continue  # read from afar, the figure must count that very noun
        own_text = _spelled(_own_words(ctx, c))
        if generic and (not subject or _UNION.search(_spelled(ctx.text[c.end : ctx.clause(c)[1]]))):
            continue  # "sets sold in the United States and Canada": more than the one place
        own = {_concept(w) for w in re.findall(r"[A-Za-z][\w\-]*", own_text)}
        have = own | {_concept(w) for w in subject}
        if relative and head <= own:
            have |= {_concept(w) for w in WORD.findall(ctx.sentence_text(c))}
        if need <= have:
            cands.append(c)
    if len({ctx.value(c) for c in cands}) != 1:
        return None
    # a bare noun ("the cyclists") may be all of them; a state ("the injured") names the set
    state = any(_concept(w) in _STATES or w.endswith("ed") for w in words)
    firm = len(need if after else words) > 1 or state or generic
    return cands[-1], firm, " ".join(words)


def _remaining(ctx: Context, part: Claim, numeric: list[Claim]) -> Claim | None:
    if not _REMAINING.search(ctx.before(part, 25)):
        return None
    key = subject_key(ctx, part)
    if len(key) < 1:
        return None
    for c in ctx.near_numeric(part):
        if c.kind not in COUNTABLE:
            continue
        if c.start >= part.start:
            break
        if c.kind != part.kind or not same_subject(key, subject_key(ctx, c)):
            continue
        if ctx.predicate_stems(c) & _OUT_STEMS or ctx.is_changeish(c) or ctx.is_prior(c):
            continue
        if _REMAINING.search(ctx.before(c, 25)):
            continue
        before = ctx.before(c, 40)
        if not (
            _TOTAL_STATEMENT.search(before)
            or re.search(r"\bamong\s+(?:them|those)\s+(?:were|are|was)\s+$", before, re.I)
            or re.search(r"\b(seiz|kidnapp?|abduct|captur|held|holds|hold)\w*\s+$", before, re.I)
        ):
            continue  # "Twelve students were sent home": a flow, not the whole
        if re.search(r"\b[a-z]+[^s\W]s\s+of\s+$", before, re.I):
            continue  # "the bodies of three": a part of a group, not "a crew of 22"
        if _listed_item(ctx, c):
            continue  # "ophthalmology with 9,150, general surgery with 6,800": one item of a list
        return c
    return None


_WITH_BEFORE = re.compile(r"\bwith\s+(?:about |some |nearly |roughly )?$", re.I)


def _listed_item(ctx: Context, c: Claim) -> bool:
    if not _WITH_BEFORE.search(ctx.before(c, 25)):
        return False
    return any(
        o.id != c.id and o.kind == c.kind and _WITH_BEFORE.search(ctx.before(o, 25))
        for o in ctx.in_sentence(ctx.sentence_index(c))
    )


# Outcomes a match has at most one of, and the matches they happen in: "431 clean sheets"
# cannot come from "412 appearances", nor "55 wins" from "48 games".
_OUTCOMES = frozenset(
    stem(w)
    for w in """win wins victory victories loss losses defeat defeats draw draws tie ties
    shutout shutouts sheet sheets""".split()
)
# not "starts": a substitute's draws and clean sheets may come in matches he did not start
_EVENTS = frozenset(
    stem(w)
    for w in """game games match matches appearance appearances fixture fixtures outing
    outings bout bouts race races cap caps""".split()
)
_GENERIC_QUALIFIERS = frozenset(stem(w) for w in "career total all his her their its".split())


_OUTCOME_VERB = re.compile(
    r"\b(?:won|win|wins|lost|lose|loses|drew|draws|drawn|tied|kept|unbeaten|winning|losing)"
    r"\s+(?:\w+\s+){0,2}$",
    re.I,
)


_PHRASE_TOKENS = re.compile(r"[a-z]+|[^a-z\s]")


def _match_phrase(ctx: Context, c: Claim) -> list[str]:
    """The noun phrase right after a figure, up to its match noun: "cup wins are" -> cup win."""
    words = _PHRASE_TOKENS.findall(ctx.text[c.end : c.end + 50].lower())[:4]
    out: list[str] = []
    for w in words:
        if not w.isalpha():
            break
        out.append(stem(w))
        if out[-1] in _OUTCOMES or out[-1] in _EVENTS:
            return out
    return []


def _per_event_outcomes(ctx: Context, counts: list[Claim]) -> list[Check]:
    """An outcome counted per match cannot exceed the matches with the same qualifier
    ("league clean sheets" against "league appearances"); without one shared, not tied."""
    phrases = {
        c.id: p
        for c in counts
        if c.kind == "count" and not c.vague
        for p in [_match_phrase(ctx, c)]
        if p
    }
    # events grouped by their qualifiers, so each outcome looks up its own (no all-pairs)
    events: dict[frozenset[str], list[Claim]] = {}
    for c in counts:
        words = phrases.get(c.id)
        if not words or words[-1] not in _EVENTS or ctx.is_prior(c) or ctx.is_changeish(c):
            continue
        if _OUTCOME_VERB.search(ctx.before(c, 25, clause=True)):
            continue  # "won 30 league games" counts wins, not the games played
        events.setdefault(frozenset(words[:-1]) - _GENERIC_QUALIFIERS, []).append(c)
    if not events:
        return []
    out = []
    for c in counts:
        words = phrases.get(c.id)
        if not words or words[-1] not in _OUTCOMES or ctx.is_prior(c) or ctx.is_changeish(c):
            continue
        quals = frozenset(words[:-1]) - _OUTCOMES - _GENERIC_QUALIFIERS - {"clean"}
        if not quals:
            continue
        when = ctx.time_anchor(c)
        tied = [e for e in events.get(quals, []) if ctx.time_anchor(e) == when]
        if len({ctx.value(e) for e in tied}) != 1:
            continue
        whole = tied[-1]
        what = " ".join(
            re.findall(r"[a-z]+", ctx.text[whole.end : whole.end + 50])[: len(phrases[whole.id])]
        )
        mine = " ".join(re.findall(r"[a-z]+", ctx.text[c.end : c.end + 50])[: len(words)])
        check = _verdict(ctx, c, whole, label=f"{what}, and {mine} come one per match at most")
        if check is not None:
            out.append(check)
    return out


_OF_UNCOUNTED = re.compile(r"\s+of\s+the\s+([a-z][a-z\-]*s)\b(?!\s+of\b)", re.I)


def _group_told_before(ctx: Context, part: Claim) -> Check | None:
    """ "A group of nine riders broke clear ... 12 of the escapees": a group the text names by
    a noun it gives no figure, and the one count of the sentence before. The tie is read, not
    stated, so a part larger than that count is only worth a look (warn), never a fail."""
    m = _OF_UNCOUNTED.match(ctx.text, part.end, part.end + 40)
    if m is None or part.kind != "count" or part.vague:
        return None
    key = stem(m.group(1).lower())
    if any(key in {stem(w) for w in ctx.subject_words(c)} for c in ctx.numeric if c is not part):
        return None  # the noun has figures of its own: explicit_whole and friends read those
    idx = ctx.sentence_index(part)
    sents = ctx.document.sentences
    if idx == 0 or sents[idx - 1].paragraph != sents[idx].paragraph:
        return None
    before = [c for c in ctx.in_sentence(idx - 1) if c.kind == "count" and not c.vague]
    if len(before) != 1 or not ctx.subject_words(before[0]):
        return None
    whole = before[0]
    p, w = ctx.interval(part), ctx.interval(whole)
    if p is None or w is None or p.lo <= w.hi:
        return None
    msg = (
        f"{ctx.show(part)} of the {m.group(1)} is more than the {ctx.show(whole)} "
        f"{' '.join(ctx.subject_words(whole))} just before: the same group?"
    )
    return result(RULE, "warn", (part, whole), msg)


def check(ctx: Context) -> list[Check]:
    out: list[Check] = []
    numeric = [c for c in ctx.numeric if c.kind in COUNTABLE]
    # the sentence screens below, read once per sentence, not once per figure
    screens: dict[int, tuple[bool, bool, bool, bool, bool]] = {}
    for part in numeric:
        whole = explicit_whole(ctx, part)
        note = ""
        idx = ctx.sentence_index(part)
        screen = screens.get(idx)
        if screen is None:
            screen = screens[idx] = (
                ctx.sentence_mentions(part, _OF_WORDS),
                ctx.sentence_mentions(part, ("of them", "of those", "of these")),
                ctx.sentence_mentions(part, _REMAIN_WORDS),
                ctx.sentence_mentions(part, ("among ", "of the ", "of those ")),
                ctx.sentence_mentions(part, _INCLUDING_WORDS),
            )
        of_words = whole is None and screen[0]
        if whole is None and of_words:
            whole = _of_whom(ctx, part)
        if whole is None and of_words:
            fronted = ctx.fronted_whole(part)
            if fronted is not None and fronted.kind == part.kind:
                whole = fronted
        if whole is None and screen[4]:  # including_whole's own screen, read once
            whole = including_whole(ctx, part)
        firm, label = True, ""
        if whole is None and ctx.sentence_mentions(part, ("of the ", "of those ", "of these ")):
            # a qualified phrase ("the cruise passengers admitted") names a narrower group
            # than the bare noun's total ("with 2,870 passengers"): read it first
            named = named_after(ctx, part)
            if named is not None and named[1]:
                whole, firm, label = named
                note = f" ({' '.join(_own_words(ctx, whole).split()).strip(' .')})"
        if whole is None:
            whole = _phrase_whole(ctx, part, numeric)
        if whole is None and of_words:
            whole = _among_whole(ctx, part)
            note = " (among them)" if whole else ""
        if whole is None and screen[1]:
            whole = _of_them_whole(ctx, part)
            note = " (of them)" if whole else ""
        if whole is None and screen[2]:
            whole = _remaining(ctx, part, numeric)
            note = " first stated" if whole else ""
        if whole is None and screen[3]:
            named = named_whole(ctx, part) or named_after(ctx, part)
            if named is not None:
                whole, firm, label = named
                note = f" ({' '.join(_own_words(ctx, whole).split()).strip(' .')})"
        if whole is None:
            told = _group_told_before(ctx, part)
            if told is not None:
                out.append(told)
            continue
        check = _verdict(ctx, part, whole, note, label)
        if check is not None and check.status == "fail" and not firm:
            check = result(RULE, "warn", (part, whole), check.message)
        if check is not None:
            out.append(check)
    out.extend(_per_event_outcomes(ctx, numeric))
    out.extend(_measure_of_subject(ctx, numeric, {k.claims[0] for k in out}))
    out.extend(_one_of_the_groups(ctx, numeric, {k.claims[0] for k in out}))
    out.extend(_beyond_stated_total(ctx, numeric, {k.claims[0] for k in out}))
    out.extend(_group_named_again(ctx, numeric, {k.claims[0] for k in out}))
    return out


# "The force divides the city into 22 wards." / "rose in 23 wards": a set stated whole, and a
# later count of the same noun, which can only be some of them
_WHOLE_SET_RE = re.compile(
    r"\b(?:divid(?:es|ed|ing)\s+(?:[\w’'\-]+\s+){1,3}into|(?:is|are|was|were)\s+divided\s+into|"
    r"comprises|comprised|consists\s+of|consisted\s+of|is\s+made\s+up\s+of|"
    r"there\s+are|there\s+were|(?:has|had|have)\s+(?:a\s+total\s+of\s+)?)\s*$",
    re.I,
)


_WHOLE_SET = EndScreened(_WHOLE_SET_RE, "into|comprises|comprised|of|are|were|has|had|have")
_FUSED_SIZE = re.compile(r"-[a-z]+(?:-[a-z]+)?\s+(?:[A-Z][\w’'\-]*\s+)*[A-Za-z][a-z]+")


def _beyond_stated_total(ctx: Context, numeric: list[Claim], done: set[str]) -> list[Check]:
    out = []
    wholes = [
        c
        for c in numeric
        if c.kind == "count"
        and c.bound == "exact"
        and not c.vague
        and ctx.subject_words(c)
        and (
            (_WHOLE_SET.search(ctx.before(c, 40, clause=True)) and not ctx.qualifiers(c))
            # "the six-carriage service": a size fused to the one thing the story is about
            or (
                _FUSED_SIZE.match(ctx.text, c.end, c.end + 40)
                and re.search(r"\b[Tt]he\s+$", ctx.before(c, 6))
            )
        )
    ]
    for whole in wholes:
        head = subject_key(ctx, whole)
        fused = _FUSED_SIZE.match(ctx.text, whole.end, whole.end + 40)
        s = ctx.sentence(whole)
        known_places = ctx.proper_nouns(s.start, s.end)
        for part in ctx.near_numeric(whole):
            if part.start <= whole.end or part.id in done or part.kind != "count" or part.vague:
                continue
            if ctx.sentence_index(part) == ctx.sentence_index(whole):
                continue
            if fused and ctx.sentence_index(part) - ctx.sentence_index(whole) > 3:
                break
            if subject_key(ctx, part) != head or ctx.is_changeish(part) or ctx.is_prior(part):
                continue
            if _WHOLE_SET.search(ctx.before(part, 40, clause=True)):
                continue  # another whole
            if ctx.proper_nouns(*ctx.clause(part)) - known_places:
                continue  # "in Texas": another set
            label = (
                f"{' '.join(ctx.subject_words(part))} of the {ctx.text[whole.start : fused.end()]}"
                if fused
                else ""
            )
            check = _verdict(ctx, part, whole, note="" if fused else " stated in all", label=label)
            if check is not None and check.status == "fail":
                out.append(check)
    return out


# "Sunflowers, the second crop, were sown on 18,400 hectares." / "claims covering 19,100
# hectares of failed sunflower fields": a measure of a noun the text measured whole before,
# the noun then the sentence's subject; land words ("fields") stand for the crop on them
_OF_MEASURED = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?((?:[a-z][\w\-]*\s*){1,4})")
_SENTENCE_SUBJECT = re.compile(r"\s*[“\"]?(?:The\s+)?([A-Z][a-z\-]+)\b")
_LAND_WORDS = frozenset(
    "field fields land farm farms crop crops planting plantings plot plots".split()
)


def _measure_of_subject(ctx: Context, numeric: list[Claim], done: set[str]) -> list[Check]:
    out: list[Check] = []
    wholes: dict[str, list[Claim]] = {}
    for c in numeric:
        if c.kind != "measure" or not c.normalized_unit or c.vague or ctx.is_prior(c):
            continue
        s = ctx.sentence(c)
        m = _SENTENCE_SUBJECT.match(ctx.text, s.start, c.start)
        if m and not re.match(r"\s+of\b", ctx.text[c.end : c.end + 5]):
            wholes.setdefault(stem(m.group(1)), []).append(c)
    if not wholes:
        return out
    for part in numeric:
        if part.kind != "measure" or part.id in done or part.vague or ctx.is_prior(part):
            continue
        m = _OF_MEASURED.match(ctx.text, part.end, part.end + 80)
        if m is None:
            continue
        words = []
        for w in m.group(1).split():
            if w in STOP or w in ("according", "said", "says"):
                break
            words.append(w)
        kept_land: list[str] = []
        while words and words[-1] in _LAND_WORDS:
            kept_land.insert(0, words.pop())
        if not words:
            continue
        noun, quals = words[-1], words[:-1]
        tied = [
            w
            for w in wholes.get(stem(noun), [])
            if w.normalized_unit == part.normalized_unit
            and ctx.sentence_index(w) != ctx.sentence_index(part)
            and not ctx.is_changeish(w)
        ]
        if len({ctx.value(w) for w in tied}) != 1:
            continue
        whole = tied[0]
        p, w = ctx.plausible(part), ctx.plausible(whole)
        if p is None or w is None:
            continue
        if p.lo <= w.hi:
            msg = f"{part.text} <= {whole.text} of {noun} stated in all"
            out.append(result(RULE, "pass", (part, whole), msg))
            continue
        # a qualifier ("failed sunflower fields") makes the part a subset; without one, the
        # same noun may be measured at another time or place (a warn)
        status: Status = "fail" if quals else "warn"
        said = " ".join(m.group(1).split()[: len(words)] + kept_land)
        msg = f"{part.text} of {said} is more than the {whole.text} of {noun} stated in all"
        out.append(result(RULE, status, (part, whole), msg))
    return out


# "found 38 wild dogs in four packs" ... "The largest of those packs ... has grown to 41
# animals": one of the groups cannot hold more than all of them
_IN_GROUPS = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,3}?(?:in|across|among|spread over)\s+$")
_GENERIC_MEMBERS = frozenset(stem(w) for w in "animals members individuals people".split())


def _one_of_the_groups(ctx: Context, numeric: list[Claim], done: set[str]) -> list[Check]:
    out: list[Check] = []
    counts = [c for c in numeric if c.kind == "count" and not c.vague]
    for i, members in enumerate(counts[:-1]):
        nxt = counts[i + 1]
        if nxt.start - members.end >= 50 or members.bound == "lower":
            continue
        if ctx.sentence_index(nxt) != ctx.sentence_index(members):
            continue
        if ctx.is_prior(members) or ctx.is_changeish(members):
            continue
        if not _IN_GROUPS.match(ctx.text[members.end : nxt.start]):
            continue
        # the groups' noun is the word after their count ("four packs", "five herds during")
        noun_after = re.match(r"\s+([a-z][\w\-]*s)\b", ctx.text[nxt.end : nxt.end + 30])
        group_words = [noun_after.group(1)] if noun_after else []
        member_words = ctx.subject_words(members)
        if not group_words or not member_words:
            continue
        kind = stem(member_words[-1])
        one = re.compile(
            rf"\b(?:(?:one|each|any|the\s+\w+est|the\s+most\s+\w+)\s+of\s+(?:the|those|these)"
            rf"|(?:the|that|this)\s+\w+est|the\s+most\s+\w+)\s+{re.escape(group_words[-1])}\b",
            re.I,
        )
        idx = ctx.sentence_index(members)
        for part in ctx.near_numeric(members, 60):
            if part.kind != "count" or part.vague:
                continue
            j = ctx.sentence_index(part)
            if part.id in done or not 0 < j - idx <= 3 or part.bound == "upper":
                continue
            s = ctx.sentence(part)
            if not one.search(ctx.text, s.start, part.start):
                continue
            words = ctx.subject_words(part)
            if not words or stem(words[-1]) not in {kind} | _GENERIC_MEMBERS:
                continue
            if ctx.is_prior(part) or ctx.is_change_amount(part):
                continue  # "has grown to 41 animals" is the level the group reached
            check = _verdict(
                ctx, part, members, label=f"{' '.join(member_words)} in all the {group_words[-1]}"
            )
            if check is not None:
                out.append(check)
    return out


# "Of the passengers who fell ill, 139 were children under 12" after "The ship carried 128
# children under 12": the fronted set narrows a group the article has counted whole, and the
# group is named again word for word (two words at least: one noun alone may be another set)
_FRONTED_SET = re.compile(r"\s*[\"“]?(?:Of|Among)\s+(?:the|those)\s+[^,\d]{3,60},\s*$")
_NAMED_BY_COPULA = re.compile(
    r"\s+(?:were|are|was|is)\s+((?:[a-z][\w\-]*\s+){1,3}?[\w\-]+)(?=\s*[,.;])"
)


def _group_named_again(ctx: Context, numeric: list[Claim], done: set[str]) -> list[Check]:
    out = []
    for part in numeric:
        if part.id in done or part.kind != "count":
            continue
        s = ctx.sentence(part)
        if not _FRONTED_SET.fullmatch(ctx.text, s.start, part.start):
            continue
        m = _NAMED_BY_COPULA.match(ctx.text, part.end, s.end)
        if m is None or len(m.group(1).split()) < 2:
            continue
        phrase = " " + m.group(1).lower()
        wholes = [
            c
            for c in ctx.near_numeric(part, 40)
            if c.start < s.start
            and c.kind == "count"
            and not c.vague
            and ctx.text[c.end : c.end + len(phrase)].lower() == phrase
            and not ctx.is_prior(c)
            and not ctx.is_changeish(c)
        ]
        if len({ctx.value(c) for c in wholes}) != 1:
            continue
        check = _verdict(ctx, part, wholes[-1], "", m.group(1))
        if check is not None:
            out.append(check)
    return out
