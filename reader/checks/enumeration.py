"""A stated count differs from the items listed: "three goals: A, B, C and D".

The list follows the counted noun after a colon or a dash, in apposition
("five stages, the A, the B and the C, hosted") or after a copula ("The four
finalists are A, B and C."), fills the next sentence (often a quote), takes
one paragraph per item (bullets, numbers, a markdown list), or is told in turn
("First, ... Second, ..."; "One is ... Another ..."; "a 600-megawatt farm ...
a 400-megawatt battery ..."). A later sentence may name the set again ("The
stolen pieces are ..."). Items are split the way English writes lists: commas
(or semicolons), the last pair joined by "and" or "or", with or without the
Oxford comma; an item that opens on its own count ("two dramas") counts that.
"""

from __future__ import annotations

import bisect
import re

from reader.checks.base import result
from reader.checks.lexicon import PERSON_NOUNS
from reader.checks.quantity import fmt, numeric_value
from reader.checks.relations import Context, EndScreened, stem
from reader.document import ends_with_abbreviation
from reader.model import Check, Claim, Status

RULE = "enumeration_mismatch"
MAX_LISTED = 12
_INTRO = re.compile(r"^([^:—–]{0,100}?)(:|—|–|--|\s-\s|,?\s+namely\b)")
_CLOSE = re.compile(r"—|–|--|\s-\s|[.;!?](?:\s|$)")
_CLOSE_DASH = re.compile(r"—|–|--|\s-\s|[.!?](?:\s|$)")
_SEMICOLON_LIST = re.compile(r"[^;.]+;(?:[^;.]+;)*\s*(?:and|or)\s[^;]+$")
_PARTIAL = re.compile(r"\b(including|such as|among them|among others|for example|e\.g\.)\b", re.I)
_SAID = re.compile(r"\b(?:said|says|told|added|asked)\b", re.I)
_NEXT_SENTENCE_INTRO = re.compile(
    r"^\s*[^\d.,;:]{1,40}?[,.:]?\s*[”\"’]?\s*(?:[A-Z][^.]{0,80})?\.?$"
)


def _close(text: str, start: int, end: int) -> re.Match[str] | None:
    """Where a list ends: a dash or a sentence's stop, not the period of "St." or "Dr."."""
    for m in _CLOSE.finditer(text, start, end):
        if m.group().startswith(".") and ends_with_abbreviation(text, m.start()):
            continue
        return m
    return None


def split_items(text: str) -> list[str]:
    """The items of an English list, "A, B, and C" -> [A, B, C]."""
    body = text.strip().strip("“”\"'‘’").strip().rstrip(".;").strip()
    if not body:
        return []
    sep = ";" if ";" in body else ","
    parts = [p.strip() for p in body.split(sep) if p.strip()]
    if not parts:
        return []
    joined = [i for i, p in enumerate(parts[:-1]) if re.search(r"\s(?:and|or)$", p)]
    if joined:
        # "cheaper fares and, from 2026, a tram": what stands between the commas after
        # "and" is an aside; the item is the part after it
        k = joined[0]
        return parts[:k] + [re.sub(r"\s+(?:and|or)$", "", parts[k]), parts[-1]]
    last = parts[-1]
    if len(parts) >= 2 and re.match(r"(and|or)\s", last):
        parts[-1] = re.sub(r"^(and|or)\s+", "", last)
        return parts
    m = list(re.finditer(r"\s(and|or)\s", last))
    if m and len(parts) >= 2:
        cut = m[-1]
        parts[-1:] = [last[: cut.start()].strip(), last[cut.end() :].strip()]
    elif m and len(parts) == 1:
        parts = [p.strip() for p in re.split(r"\s(?:and|or)\s", last)]
    return [p for p in parts if p]


def _announced(ctx: Context, claim: Claim) -> bool:
    if claim.kind != "count":
        return False  # most claims: no value to read
    v = numeric_value(claim)
    return (
        v is not None
        and 2 <= v <= MAX_LISTED
        and float(v).is_integer()
        and claim.bound == "exact"
        and not claim.vague
    )


# "The festival's five stages, the Main Stage, the Dome and the Orchard, hosted ...": names
# in apposition to the counted noun, closed by a comma or the sentence's end
_NAME_ITEM = r"(?:[Tt]he\s+)?[A-Z][\w’'\-]*(?:\s+(?:of\s+|de\s+|on\s+)?[A-Z][\w’'\-]*)*"
_APPOSED_NAMES = re.compile(
    r"\s+(?!(?:of|in|at|for|from|to|with|by|on|and|or|who|which|that)\b)[a-z][\w’'\-]*"
    r"(?:\s+(?!(?:of|in|at|for|from|to|with|by|on|and|or|who|which|that)\b)[a-z][\w’'\-]*){0,2}"
    rf"\s*(?:,\s+(?P<body>{_NAME_ITEM}(?:\s*,\s*{_NAME_ITEM})*\s*,?\s+(?:and|or)\s+{_NAME_ITEM})"
    r"\s*(?:,|[.;!?]|$)"
    # "four countries (France, Germany and Italy)"
    rf"|\s*\(\s*(?P<paren>{_NAME_ITEM}(?:\s*,\s*{_NAME_ITEM})*\s*,?\s+(?:and|or)\s+{_NAME_ITEM})"
    r"\s*\))"
)


_NAMES_THEN_CLAUSE = re.compile(
    rf"\s*(?P<names>{_NAME_ITEM}(?:\s*,\s*{_NAME_ITEM})*\s*,?\s+(?:and|or)\s+{_NAME_ITEM})"
    r"\s*,\s+(?!(?:and|or)\b)[a-z]"
)
# "Leeds, Hull and York, the four cities on the route": the names, then the set counted
_NAMES_BEFORE_RE = re.compile(
    rf"(?P<names>{_NAME_ITEM}(?:\s*,\s*{_NAME_ITEM})*\s*,?\s+(?:and|or)\s+{_NAME_ITEM})"
    r"\s*(?:,|—|–|\()\s*(?:the|all|all the|these|those|its|their)\s+$"
)
# "The four finalists are Arco, Belmont and Cantor.": the set named by a copula
_NAME_LIST = rf"{_NAME_ITEM}(?:\s*,\s*{_NAME_ITEM})*\s*,?\s+(?:and|or)\s+{_NAME_ITEM}"
_COPULA_NAMES = re.compile(
    r"\s+(?:[a-z][\w’'\-]*\s+){0,3}?(?:are|were|will be|would be)\s+"
    rf"(?P<body>{_NAME_LIST})\s*(?:[.;!?]|,\s*(?:who|which|each|both|all)\b|$)"
)
_OWN_SET = re.compile(r"(?:^|\W)(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+$")


def _names_before(ctx: Context, claim: Claim, n: int) -> Check | None:
    sent = ctx.sentence(claim)
    m = _NAMES_BEFORE.search(ctx.text, sent.start, claim.start)
    return _named_list(claim, n, m, m.group("names") if m else "")


def _copula_names(ctx: Context, claim: Claim, n: int, rest: str) -> Check | None:
    if not _OWN_SET.search(ctx.before(claim, 8)):
        return None  # "Two of the finalists are ...", "some three ..."
    m = _COPULA_NAMES.match(rest)
    return _named_list(claim, n, m, m.group("body") if m else "")


# "all five of the university's campuses, in Thornby, Pellmoor, ... and Rook Bay": the set's
# owner before its noun, the places after a preposition
_OF_OWNER = re.compile(r"\s+of\s+(?:the|its|their|his|her)\s+(?:[\w’'\-]+[’']s\s+)?(?=[a-z])")
_PLACE_PREP = re.compile(r"(,\s+)(?:in|at)\s+(?=[A-Z])")


def _apposed_names(ctx: Context, claim: Claim, n: int, rest: str) -> Check | None:
    owner = _OF_OWNER.match(rest)
    some = False
    comma = rest.find(",")
    if owner is not None and _has_numbers(ctx, claim.end, claim.end + max(comma, 0)):
        return None  # "Two of its three divisions, A and B": which set the names are is open
    if owner is not None:
        # "all five of its campuses, in A, B, C and D" names the set; "shut three of its
        # warehouses, at A, B and C" names the three it shuts: a place has one of them each,
        # so more places than the count cannot be; fewer may hold two (a warn)
        some = not re.search(r"\ball\s+$", ctx.before(claim, 6))
        rest = " " + rest[owner.end() :]
        rest = _PLACE_PREP.sub(r"\1", rest, count=1)
    m = _APPOSED_NAMES.match(rest)
    return _named_list(claim, n, m, (m.group("body") or m.group("paren")) if m else "", some)


def _named_list(
    claim: Claim, n: int, m: re.Match[str] | None, body: str, fewer_loose: bool = False
) -> Check | None:
    """The verdict on a list of names the pattern found: none with a figure in it."""
    if m is None or re.search(r"\d", m.group()):
        return None
    items = split_items(body)
    if len(items) < 2:
        return None
    return _verdict(claim, n, items, partial=False, firm=not (fewer_loose and len(items) < n))


# "The plan rests on four projects. The largest is a 600-megawatt solar farm ... A 400-megawatt
# battery will be built ..., and a 350-megawatt wind farm ...": the items are described one by
# one in the sentences after, each as "a/an" + a measure in the same unit
_INDEFINITE = re.compile(r"(?:^|\W)(?:a|an|one)\s+$", re.I)
_MORE_ITEMS = re.compile(
    r"\b(?:another|other|others|remaining|rest|also|first|second|third|fourth|fifth|sixth|"
    r"last|final|finally|latter|former|each|both|all|including|such as)\b",
    re.I,
)
_MAX_DESCRIBED = 4  # sentences


def _described_items(ctx: Context, claim: Claim, n: int) -> Check | None:
    sents = ctx.document.sentences
    i = ctx.sentence_index(claim)
    para = sents[i].paragraph
    follow = [s for s in sents[i + 1 : i + 2 + _MAX_DESCRIBED] if s.paragraph == para]
    if not follow or len(follow) > _MAX_DESCRIBED:
        return None  # a long paragraph may go on to other things
    units: dict[str, list[Claim]] = {}
    for s in follow:
        for c in ctx.claims_between(s.start, s.end):
            if c.kind == "measure" and c.unit and _INDEFINITE.search(ctx.before(c, 8)):
                units.setdefault(c.unit, []).append(c)
    if len(units) != 1:
        return None
    items = next(iter(units.values()))
    text = ctx.text[follow[0].start : follow[-1].end]
    if len(items) < 2 or _MORE_ITEMS.search(text) or "“" in text or '"' in text:
        return None  # "another", "the fourth", a quote: items that carry no figure
    shown = "; ".join(_short(ctx.text[c.start : ctx.sentence(c).end]) for c in items)
    k = len(items)
    if k == n:
        return result(RULE, "pass", (claim, *items), f"{fmt(n)} announced, {k} described: {shown}")
    # the descriptions run to the paragraph's end: nothing is left for a missing item
    status: Status = "fail" if ctx.sentence_index(items[-1]) == follow[-1].index else "warn"
    msg = f"{fmt(n)} announced but {k} described after it: {shown}"
    return result(RULE, status, (claim, *items), msg)


# one paragraph per item: "- Hire staff.", "* Build a depot.", "2. Cut fares.", "b) Plant trees."
_NAMES_BEFORE = EndScreened(_NAMES_BEFORE_RE, "the|all|these|those|its|their")
_BULLET = re.compile(r"\s*(?:[-*•–—]|\(?\d{1,2}[.)]|\(?[a-h][.)])\s+\S")


def _indent(ctx: Context, at: int) -> str:
    """The blank run between the start of a line and ``at`` ("" when text precedes it)."""
    line = ctx.text.rfind("\n", 0, at) + 1
    lead = ctx.text[line:at]
    return lead if not lead.strip() else ""


def _bulleted(ctx: Context, claim: Claim, n: int) -> Check | None:
    sents = ctx.document.sentences
    i = ctx.sentence_index(claim)
    paras: list[int] = []
    starts: list[int] = []
    # a markdown list reaches here with its markers blanked: items indented under an intro
    # that is not (a fully indented article has no such step)
    stepped = not _indent(ctx, sents[i].start)
    closed = True
    for s in sents[i + 1 :]:
        if s.paragraph == sents[i].paragraph or (paras and s.paragraph == paras[-1]):
            continue
        if not (_BULLET.match(ctx.text, s.start) or (stepped and len(_indent(ctx, s.start)) >= 2)):
            closed = True
            break
        closed = False
        paras.append(s.paragraph)
        starts.append(s.start)
        if len(paras) > MAX_LISTED:
            return None
    if len(paras) < 2 or (
        not closed and stepped and any(not _BULLET.match(ctx.text, a) for a in starts)
    ):
        return None
    items = [ctx.text[a : ctx.text.find("\n", a) if "\n" in ctx.text[a:] else None] for a in starts]
    items = [re.sub(r"^\s*(?:[-*•–—]|\(?\w{1,2}[.)])\s+", "", x) for x in items]
    return _verdict(claim, n, items, partial=False, firm=True)


# Items told one sentence at a time: "First, ... Second, ... Third, ...", "One is ...
# Another is ... A third ...". Ordinals and a closing "finally" make the count firm.
_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()
_SEQ_START = re.compile(
    r"\s*[“\"]?(?:(?P<ord>First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)"
    r"(?:ly)?\b,?|(?P<fin>Finally|Lastly)\b,?|(?P<the>The\s+(?:first|second|third|fourth|"
    r"fifth|sixth|seventh|eighth|ninth|tenth|last|final|other|remaining))\b|"
    r"(?P<one>One)\s+(?:is|was|would|will|has|had|involves|involved|concerns|concerned)\b|"
    r"(?P<another>Another|A\s+(?:second|third|fourth|fifth|sixth|further))\b)"
)
_SEQ_INNER = re.compile(
    r"[,;]\s+(?:and\s+|while\s+)?(?:another|a\s+(?:second|third|fourth|fifth|sixth|further)|"
    r"the\s+(?:second|third|fourth|fifth|last|final|other))\b"
)


def _sequenced(ctx: Context, claim: Claim, n: int) -> tuple[bool, Check | None]:
    """Whether the sentences after tell items in turn, and the verdict when it is firm."""
    sents = ctx.document.sentences
    i = ctx.sentence_index(claim)
    k = 0
    ordinal = loose = finally_ = False  # ordinals count every item; "the last" may skip some
    told: list[str] = []
    last = None
    for s in sents[i + 1 : i + 2 + MAX_LISTED]:
        m = _SEQ_START.match(ctx.text, s.start, s.end)
        if m is None:
            if last is not None and s.paragraph == last.paragraph:
                continue  # an item may run over more than one sentence
            break
        word = (m["ord"] or "").lower()
        if k == 0 and not (m["one"] or word == "first" or _first(m["the"])):
            return False, None
        k += 1 + len(_SEQ_INNER.findall(ctx.text, s.start, s.end))
        told.append(_short(ctx.text[m.end() : s.end].strip(" ,"), 30))
        if word:
            ordinal = True
            k = max(k, _ORDINALS.index(word) + 1)
        last = s
        finally_ = bool(m["fin"])
        if m["fin"] or (m["the"] and re.search(r"last|final|other|remaining", m["the"])):
            loose = True
            break
    if k < 2 or last is None:
        return k == 1, None
    shown = "; ".join(told)
    if k == n:
        return True, result(
            RULE, "pass", (claim,), f"{fmt(n)} announced, {k} told in turn: {shown}"
        )
    if k == n + 1 and finally_:
        return True, None  # "Finally, ..." may sum up rather than add an item
    if k > n or (ordinal and not loose):
        msg = f"{fmt(n)} announced but {k} told in turn: {shown}"
        return True, result(RULE, "fail", (claim,), msg)
    return True, None


def _first(the: str | None) -> bool:
    return (the or "").lower().endswith("first")


# a relative clause on an item runs to the next item (a comma, then a capital) or the list's end
_ASIDE = re.compile(
    r",\s*(?:(?:both|all|each|neither|none|one|two|some|most)\s+of\s+)?(?:which|who|whose)\b"
    r".*?(?=,\s*(?:and\s+|or\s+)?(?:the\s+)?[A-Z]|$)",
    re.S,
)
_AGE_ASIDE = re.compile(r",\s*\d{1,3}\s*(?=,)")


def _without_asides(body: str) -> str:
    """ "A, 29, and B, who was born in 2010": the list without what is said of its items."""
    marked = _AGE_ASIDE.sub("\x00", _ASIDE.sub("\x00", body))
    # the comma that closed the aside was the aside's: "A, which ..., and B" is "A and B"
    return re.sub(r"\x00,\s*(and|or)\s+", r" \1 ", marked).replace("\x00", "")


def _counts_the_people(ctx: Context, claim: Claim, colon: int) -> bool:
    """ "Three players are tied with 6.5 points from eight games: A and B": the claim counts
    people and no other figure before the colon does, so a list of names is the claim's."""
    words = ctx.subject_words(claim)
    if not any(_people(w) for w in words):
        return False  # "riders share": the extractor's noun phrase may run on into a verb
    for c in ctx.claims_between(claim.end, colon):
        other = ctx.subject_words(c)
        if c.kind == "count" and other and _people(other[-1]):
            return False
    return True


def _people(noun: str) -> bool:
    """A noun for people: a known one, or one made from what they do ("riders", "cyclists")."""
    return noun in PERSON_NOUNS or bool(re.search(r"[a-z]{3}(?:ers|ists|ants|ees)$", noun))


# "The five men, named by the police as A, 34; B, 29; and C, 41, cut ...": the set named
_NAMED_AS = re.compile(
    r"\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s*,?\s+(?:who\s+(?:were|have\s+been)\s+|"
    r"were\s+|have\s+been\s+)?(?:named|identified|listed)\b[^;:.\d]{0,60}?\bas\s+"
)
_A_NAME = re.compile(r"(?:[A-Z][\w’'\-]*\.?\s+){0,3}[A-Z][\w’'\-]*")


def _named_as(ctx: Context, claim: Claim, n: int, rest: str) -> Check | None:
    if not _OWN_SET.search(ctx.before(claim, 8)):
        return None  # "Two of the men were named as ...": some of a set
    m = _NAMED_AS.match(rest)
    if m is None:
        return None
    body = re.sub(r",\s*(?:aged\s+)?\d{1,3}\s*(?=[,;.]|$)", "", rest[m.end() :])
    pieces = body.split(";") if ";" in body else body.split(",")
    items: list[str] = []
    for raw in pieces:
        ended = False
        for piece in re.split(r"\s+(?:and|or)\s+", re.sub(r"^\s*(?:and|or)\s+", "", raw.strip())):
            name = _A_NAME.match(piece)
            if name is None:
                ended = True
                break
            items.append(name.group())
            if piece[name.end() :].strip():
                ended = True  # "Emrys Tarrant, cut a hole": the list is over
                break
        if ended:
            break
    if len(items) < 2 or re.search(r"\d", " ".join(items)):
        return None
    return _verdict(claim, n, items, partial=False, firm=True)


def _has_numbers(ctx: Context, start: int, end: int) -> bool:
    return any(c.kind != "date" for c in ctx.claims_between(start, end))


def check(ctx: Context) -> list[Check]:
    out: list[Check] = []
    definite = _definite_lists(ctx)
    restated = {k.claims[0] for k in definite}
    for claim in ctx.firm_counts:  # the claims _announced can take, in text order
        if not _announced(ctx, claim):
            continue
        n = int(numeric_value(claim) or 0)
        sent = ctx.sentence(claim)
        if re.search(r"\b(?:of|out of)\s+(?:the|its|their|his|her)\s+$", ctx.before(claim, 20)):
            continue  # "Three of the four suspects — A, B and C": the list is the three
        rest = ctx.text[claim.end : sent.end]
        m = _INTRO.match(rest)
        # the intro may carry a date ("named for the tests on 15 October:"), not a figure,
        # unless the list is of people and the claim is the one count of people before it
        people_only = False
        if m and _has_numbers(ctx, claim.end, claim.end + m.start(2)):
            people_only = _counts_the_people(ctx, claim, claim.end + m.start(2))
        if (
            m
            and not re.search(r"[,;]", m.group(1))
            and (people_only or not _has_numbers(ctx, claim.end, claim.end + m.start(2)))
        ):
            start = claim.end + m.end()
            close = _close(ctx.text, start, sent.end + 1)
            if (
                close
                and close.group().startswith(";")
                and _SEMICOLON_LIST.match(ctx.text, start, sent.end)
            ):
                # "four causes: poor training; a faulty valve; and a late alarm": the
                # semicolons part the items, they do not end the list
                close = _CLOSE_DASH.search(ctx.text, start, sent.end + 1)
            end = close.start() if close else sent.end
            body = ctx.text[start:end]
            names = _NAMES_THEN_CLAUSE.match(body)
            if names:
                # "namely Ann Lee and Bob Cole, were honoured": the names end the list
                end = start + names.end("names")
                body = names.group("names")
            if not body.strip() and len(m.group(1).split()) <= 3:
                # "The report makes four recommendations:" then one paragraph per item
                bulleted = _bulleted(ctx, claim, n)
                if bulleted is not None:
                    out.append(bulleted)
                continue
            names_only = False
            bare = _without_asides(body)
            if bare != body:
                # "Guillemot, which lost her mast, and Slate Petrel": a clause on an item, or an
                # age after a name, is no item, and its figures are none of the list's
                if re.search(r"\d", bare):
                    continue
                head = ctx.subject_words(claim)
                if re.search(r",\s*(?:\d{1,3}\s*,|(?:\w+\s+of\s+)?(?:who|whom)\b)", body) and (
                    not any(_people(w) for w in head)
                ):
                    continue  # "eight games: A, 29, and B, who ...": people are no games ("whose"
                    # is a thing's too: "support for pupils with needs, whose plans ...")
                body, start, end = bare, end, end
                names_only = True
            if people_only and not all(
                _NAME_ONLY.fullmatch(re.sub(r"\s+of\s+the\s+", " of ", i))
                or re.fullmatch(r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*\s+of\s+.+", i)
                for i in split_items(body)
            ):
                continue  # an intro with other figures: only a list of names is the people's
            items = split_items(body)
            if names_only and all(i[:1].isupper() for i in items):
                # names once their asides are gone: "A and B, C and D" is four names
                items = [x for i in items for x in re.split(r"\s+(?:and|or)\s+", i) if x]
            partial = bool(_PARTIAL.search(m.group(1) + body[:20]))
            counted = _counted_items(ctx, items, start, end)
            if counted is not None and len(items) >= 2 and not _compared(ctx, claim):
                # "six films: two dramas, three comedies and a documentary": each its count
                partial = partial or bool(_PARTIAL.search(body))
                out.append(_verdict_counted(claim, n, items, counted, partial))
                continue
            if len(items) < 2 or _has_numbers(ctx, start, end):
                continue
            out.append(_verdict(claim, n, items, partial, firm=True))
            continue
        named = (
            _named_as(ctx, claim, n, rest)
            or _apposed_names(ctx, claim, n, rest)
            or _copula_names(ctx, claim, n, rest)
            or _names_before(ctx, claim, n)
        )
        if named is not None:
            out.append(named)
            continue
        # "Israel has three goals," ... next sentence: "Destroy ..., secure ..., and ensure ..."
        nxt = ctx.next_sentence(claim)
        if nxt is None:
            continue
        tail = rest.split("”")[0].split('"')[0]
        if not re.fullmatch(r"\s*[A-Za-z’'\- ]{1,40}[,.:]?\s*", tail) or len(tail.split()) > 3:
            continue  # "three goals." ends the sentence; "11 games and won eight" goes on
        if claim.id in restated:
            continue  # "The schools were A, B and C": read as the set named again
        if nxt.paragraph != sent.paragraph:
            bulleted = _bulleted(ctx, claim, n)
            if bulleted is not None:
                out.append(bulleted)
            continue
        told, sequence = _sequenced(ctx, claim, n)
        if sequence is not None:
            out.append(sequence)
        if told:
            continue  # items told in turn are no list in the next sentence
        spread = _described_items(ctx, claim, n)
        if spread is not None:
            out.append(spread)
            continue
        body = ctx.text[nxt.start : nxt.end]
        items = split_items(body)
        if len(items) < 2 or body.count(",") + body.count(";") < 1:
            continue
        if any(_SAID.search(i) for i in items):
            continue  # "I did not expect that," she said: a quote, not a list
        if any(True for _ in ctx.claims_between(nxt.start, nxt.end)):
            continue  # a sentence with figures or dates tells, it does not list
        out.append(_verdict(claim, n, items, partial=False, firm=False))
    return out + definite + _named_then_counted(ctx)


# "The stolen paintings were a landscape; two portraits; and a vase": a later sentence that
# lists a set named before, each item with its own count
_DEFINITE_LIST = re.compile(
    r"\s*[“\"]?The\s+(?:[\w’'-]+\s+){0,3}?(?P<noun>[a-z]+s)\s+(?:are|were)\s*:?\s+(?P<body>.+)$"
)
_ITEM_COUNT = re.compile(
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b", re.I
)
_WORD_VALUES = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
} | {"a": 1, "an": 1}
_SUBSET_WORDS = frozenset(
    """other remaining rest last first second third final recovered returned new older
    earlier later some several many few two three four five six seven eight nine ten
    eleven twelve""".split()
)
_LOOK_BACK = 40  # claims: the set must be named not long before
# nouns for things of any kind: "the stolen pieces" can list "six works"
_GENERIC_THINGS = frozenset("pieces items objects things articles works".split())
_GENERIC_STEMS = frozenset(stem(w) for w in _GENERIC_THINGS) | _GENERIC_THINGS
_PERSON_STEMS = frozenset(stem(w) for w in PERSON_NOUNS) | PERSON_NOUNS
# what only befalls or is done by people and animals: "four guards were hurt" counts no things
_ANIMATE_PREDICATES = frozenset(
    stem(w)
    for w in """hurt injured wounded killed died dead arrested rescued evacuated born
    charged jailed sacked hired fired said told""".split()
)
_JOINED = re.compile(
    r"\s*(?:[a-z][\w’'\-]*\s+){1,3}?(?:and|plus|as well as|along with|with)\s+"
    r"(?:a|an|one|two|three|four|five|six|\d+|some|several)\b",
    re.I,
)


def _item_count(item: str) -> int | None:
    m = _ITEM_COUNT.match(item.strip())
    if m is None:
        return None
    word = m.group().lower()
    return int(word) if word.isdigit() else _WORD_VALUES.get(word)


_NAME_ONLY = re.compile(r"(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w’'\-]*)*\.?")


def _definite_lists(ctx: Context) -> list[Check]:
    out: list[Check] = []
    for sent in ctx.document.sentences:
        m = _DEFINITE_LIST.match(ctx.text, sent.start, sent.end)
        if m is None:
            continue
        items = split_items(m.group("body"))
        counts = [_item_count(i) for i in items]
        if len(items) >= 2 and all(_NAME_ONLY.fullmatch(i) for i in items):
            counts = [1] * len(items)  # "The schools were Ash Lane, Birch Road and Elm Park"
        if len(items) < 2 or any(c is None for c in counts):
            continue
        modifiers = set(ctx.text[m.start() : m.start("noun")].lower().split())
        if modifiers & _SUBSET_WORDS:
            continue  # "the other paintings", "the two recovered paintings": another set
        head = stem(m.group("noun"))
        i = bisect.bisect_left(ctx._starts, sent.start)
        earlier = ctx.claims[max(0, i - _LOOK_BACK) : i]
        named = [
            c for c in earlier if _announced(ctx, c) and ctx.subject_head(c) in (head, m["noun"])
        ]
        generic = False
        if not named and m["noun"] in _GENERIC_THINGS:
            generic = True
            # "The stolen pieces are ...": a noun that stands for any set of things refers
            # back to the things counted before it (never to people)
            named = [
                c
                for c in earlier
                if _announced(ctx, c)
                and (h := ctx.subject_head(c)) is not None
                and h not in _PERSON_STEMS
                and not ctx.predicate_stems(c) & _ANIMATE_PREDICATES
                # "five paintings and a clock": the things are more than the count
                and not _JOINED.match(ctx.after(c, 40, clause=True))
            ]
        if not named:
            continue
        claim = named[-1]
        n = int(numeric_value(claim) or 0)
        total = sum(c or 0 for c in counts)
        shown = "; ".join(_short(i) for i in items)
        if total == n:
            msg = f"{fmt(n)} announced, {total} listed: {shown}"
            out.append(result(RULE, "pass", (claim,), msg))
        else:
            # two counts of the noun before the list: which set it lists is a guess
            status: Status = "fail" if len({numeric_value(c) for c in named}) == 1 else "warn"
            if generic and ctx.subject_head(claim) not in _GENERIC_STEMS:
                # "five paintings" ... "the stolen items are ...": the items may be more than
                # the paintings; only "six works" ... "the pieces" name one set twice
                status = "warn"
            msg = f"{fmt(n)} announced but {total} listed: {shown}"
            out.append(result(RULE, status, (claim,), msg))
    return out


def _counted_items(ctx: Context, items: list[str], start: int, end: int) -> list[int] | None:
    """Each item's own count ("two dramas" 2, "a documentary" 1), when every item opens on
    one and the list holds no other figure."""
    counts = [_item_count(i) for i in items]
    if any(c is None for c in counts) or not any((c or 0) > 1 for c in counts):
        return None
    figures = [c for c in ctx.claims_between(start, end) if c.kind != "date"]
    if len(figures) > len(items) or any(c.kind not in ("count", "ratio") for c in figures):
        return None  # "two in 2019": other figures in the items
    if any(re.match(r"\s*(?:of|in|out of)\b", i[len(i.split()[0]) :]) for i in items):
        return None  # "two of them", "one in five": no items of their own
    return [c or 0 for c in counts]


def _compared(ctx: Context, claim: Claim) -> bool:
    """ "Nine died, compared with 12 the year before: four drowned, ...": the list after a
    figure of comparison belongs to the figure it is compared with."""
    before = ctx.before(claim, 40, clause=False)
    return ctx.is_prior(claim) or bool(
        re.search(r"\b(?:compared (?:with|to)|from|than|versus|vs\.?|against)\s+$", before)
    )


def _verdict_counted(
    claim: Claim, n: int, items: list[str], counts: list[int], partial: bool
) -> Check:
    total = sum(counts)
    shown = " + ".join(f"{k} ({_short(i, 24)})" for k, i in zip(counts, items, strict=True))
    if total == n or (partial and total < n):
        return result(RULE, "pass", (claim,), f"{fmt(n)} announced, {shown} = {total} listed")
    return result(RULE, "fail", (claim,), f"{fmt(n)} announced but {shown} = {total} listed")


def _verdict(claim: Claim, n: int, items: list[str], partial: bool, firm: bool) -> Check:
    shown = "; ".join(_short(i) for i in items)
    k = len(items)
    if k == n or (partial and k < n):
        msg = f"{fmt(n)} announced, {k} listed: {shown}"
        return result(RULE, "pass", (claim,), msg)
    status: Status = "fail" if firm else "warn"
    msg = f"{fmt(n)} announced but {k} listed: {shown}"
    return result(RULE, status, (claim,), msg)


def _short(item: str, width: int = 40) -> str:
    item = " ".join(item.split())
    return item if len(item) <= width else item[: width - 1] + "…"


# "The Esk, the Morrow and the Tane all burst their banks. The four rivers drain ...": a
# sentence that opens on a list of names, and the next one counts them as a definite set
_NAME = r"(?:[Tt]he\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*"
_OPENING_LIST = re.compile(
    rf"\s*[“\"]?({_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|or)\s+{_NAME})\s+(?:all\s+|both\s+)?[a-z]"
)
_DEFINITE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]ll|[Tt]hose|[Tt]hese)\s+$")


def _named_then_counted(ctx: Context) -> list[Check]:
    out: list[Check] = []
    sents = ctx.document.sentences
    for claim in ctx.firm_counts:  # the claims _announced can take, in text order
        if not _announced(ctx, claim) or not _DEFINITE_BEFORE.search(ctx.before(claim, 8)):
            continue
        idx = ctx.sentence_index(claim)
        if idx == 0 or sents[idx - 1].paragraph != sents[idx].paragraph:
            continue
        prev = sents[idx - 1]
        m = _OPENING_LIST.match(ctx.text, prev.start, prev.end)
        if m is None:
            continue
        noun = ctx.subject_head(claim)
        items = split_items(m.group(1))
        if len(items) < 2 or noun is None:
            continue
        n = int(numeric_value(claim) or 0)
        shown = "; ".join(_short(i) for i in items)
        if len(items) == n:
            msg = f"the {fmt(n)} named just before: {shown}"
            out.append(result(RULE, "pass", (claim,), msg))
        else:
            msg = f"{fmt(n)} counted, but the sentence before names {len(items)}: {shown}"
            out.append(result(RULE, "fail", (claim,), msg))
    return out
