"""An age disagrees with birth, death or event dates.

A birth date is a date after "born"; its person is the name beside it. An
age belongs to that person when the person is named in the age's paragraph
and no other name stands in apposition to it ("Ferris, 54"). The age is
measured at a date in its own sentence, else at the previous sentence's date
("died on Sept. 21, 2024 ... She was 87."). Date precision gives a range of
possible ages.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from datetime import date, timedelta

from reader.checks.base import result
from reader.checks.lexicon import STOP
from reader.checks.quantity import fmt, numeric_value
from reader.checks.relations import WINDOW, Context
from reader.checks.timeline import (
    dateline,
    duration_unit,
    looks_ahead,
    span,
    states_year,
    undated_lead_before,
    year_source,
)
from reader.model import Check, Claim

RULE = "age_mismatch"
_BORN = re.compile(
    r"\bborn\b(?:\s+(?:in|at)\s+[A-Z][\w’'\-]*(?:,?\s+[A-Z][\w’'\-]*){0,3})?(?:\s+(?:on|in))?,?\s*$",
    re.I,
)
_NAME = re.compile(r"\b([A-Z][a-zà-ÿ’'\-]+)(?:\s+[A-Z][a-zà-ÿ’'\-]+)*")
_FULL_NAME = re.compile(r"\b[A-Z][a-zà-ÿ’'\-]+(?:\s+[A-Z][a-zà-ÿ’'\-]+)+")
_MONTHS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
    "july august september october november december monday tuesday wednesday thursday "
    "friday saturday sunday".split()
)
# the kin word in any case, the name after it capitalised ("His wife, Ilse", not "partner in")
# Names are not abbreviations of months ("Jan Novak"): only the long forms rule a word out.
_LONG_MONTHS = frozenset(w for w in _MONTHS if len(w) > 4 or w == "june" or w == "july")
_KIN = re.compile(
    r"\b(?i:wife|husband|son|daughter|brother|sister|mother|father|friend|partner|widow|"
    r"widower|colleague|grandson|granddaughter)\b,?\s+[A-Z]"
)
_TITLES = frozenset("mr mrs ms dr the in on a an she he they born at by".split())
_APPOSITION = re.compile(r"([A-Z][a-zà-ÿ’'\-]+)\s*,\s*(?:aged\s+)?$")


def completed_years(born: date, at: date) -> int:
    return at.year - born.year - ((at.month, at.day) < (born.month, born.day))


_FIRST_PERSON_BORN = re.compile(r"\b(?:I|I’m|I'm|I was)\b[^.”\"]{0,40}\bborn\b[^”\"]*$")
_SPEAKER_AFTER = re.compile(
    r"^[^”\"]*[”\"]\s*,?\s*(?:(?:said|says|added|recalled)\s+(?:[A-Z][\w’'\-]+\s+)*"
    r"([A-Z][\w’'\-]+)|(?:[A-Z][\w’'\-]+\s+)*([A-Z][\w’'\-]+)\s+(?:said|says|added|recalled))"
)


def _speaker(ctx: Context, claim: Claim) -> str | None:
    """ "I was born in 1958," Pike said: in a quote, "I" is whoever the attribution names."""
    sent = ctx.sentence(claim)
    if not _FIRST_PERSON_BORN.search(ctx.text, sent.start, claim.start):
        return None
    m = _SPEAKER_AFTER.match(ctx.text[claim.end : claim.end + 200])
    if m is None:
        return None
    name = m.group(1) or m.group(2)
    return None if name.lower() in _TITLES else name


def _person_near(ctx: Context, claim: Claim) -> str | None:
    """The surname beside a birth date: "Brooks, born ..." or "Born ..., Mrs. Alcott earned"."""
    speaker = _speaker(ctx, claim)
    if speaker is not None:
        return speaker
    sent = ctx.sentence(claim)
    before = ctx.text[sent.start : claim.start]
    # not a place ("in Leeds") nor a name used as a modifier ("a Morvan native")
    names = [
        m.group().split()[-1]
        for m in _NAME.finditer(before)
        if not re.search(r"\b(?:in|at|from|near|[Aa]n?)\s+$", before[: m.start()])
    ]
    names = [n for n in names if n.lower() not in _TITLES]
    if names and re.search(r"[’']s$", names[-1]):
        return None  # "Reed's mother, born in 1960": the mother's birth, not Reed's
    pronoun = re.search(r"\b(?:he|she)\s+(?:was\s+)?born\b[^.,;]*$", before)
    if pronoun and sent.index > 0:
        # "records show he was born ...": the pronoun, not the name before it, is the subject;
        # it stands for the person last named in the paragraph's previous sentence
        prev = ctx.document.sentences[sent.index - 1]
        if prev.paragraph != sent.paragraph:
            return None
        runs = [
            m.group().split()[-1]
            for m in _FULL_NAME.finditer(ctx.text, prev.start, prev.end)
            if not re.search(r"[’']s$", m.group())
        ]
        return runs[-1] if runs else _subject_name(ctx.text[prev.start : prev.end])
    if names:
        return names[-1]
    after = ctx.text[claim.end : sent.end]
    # "Born ... in Leeds, Penhallow studied at Manchester": a surname the article gives with a
    # first name elsewhere is the person, whatever its place in the sentence
    for m in _NAME.finditer(after):
        name = m.group().split()[-1]
        if re.search(r"\b(?:in|at|from|near)\s+$", after[: m.start()]):
            continue
        if name.lower() not in _TITLES and _full_names_of(ctx, claim, name):
            return name
    last_skipped = -10
    continued = False
    for m in _NAME.finditer(after):
        name = m.group().split()[-1]
        if name.lower() in _TITLES:
            continue
        # skip places right after the date: "Born ..., in Pendleton, Oregon," -- a place
        # and at most one enclosing region; the next name is the person's
        gap = after[last_skipped : m.start()] if last_skipped >= 0 else ""
        if re.search(r"\bin\s*$", after[: m.start()]):
            last_skipped, continued = m.end(), False
            continue
        if re.fullmatch(r"\s*,\s*", gap) and not continued:
            last_skipped, continued = m.end(), True
            continue
        return name
    # "He was born on ...": the person last named in the paragraph
    idx = sent.index
    if idx > 0 and re.match(r"\s*(?:He|She|They)\b", ctx.text[sent.start : sent.end]):
        prev = ctx.document.sentences[idx - 1]
        if prev.paragraph == sent.paragraph:
            runs = [m.group() for m in _FULL_NAME.finditer(ctx.text, prev.start, prev.end)]
            if runs:
                return runs[0].split()[-1]
            return _subject_name(ctx.text[prev.start : prev.end])
    return None


# "Price, 54, has two daughters." / "Price was 19 when ...": a surname alone as the subject
_LONE_SUBJECT = re.compile(
    r"\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?([A-Z][a-zà-ÿ’'\-]+)"
    r"(?=\s*,\s*(?:aged\s+)?\d|\s+(?:was|is|has|had|said|says|[a-z]+ed)\b)"
)


def _subject_name(sentence: str) -> str | None:
    m = _LONE_SUBJECT.match(sentence)
    if m is None or m.group(1).lower() in _TITLES or m.group(1).lower() in STOP:
        return None
    return m.group(1)


# How far around a claim to look for a person's full name: an article's worth.
_NAME_REACH = 6000


def _full_names_of(ctx: Context, claim: Claim, surname: str) -> set[str]:
    """ "Idony Penhallow" for "Penhallow": full names near the claim, not after a preposition."""
    lo, hi = max(0, claim.start - _NAME_REACH), claim.end + _NAME_REACH
    # every match ends on the surname: scan no further than its last mention (and the one
    # character that decides its closing word boundary)
    last = ctx.text.rfind(surname, lo, hi)
    if last < 0:
        return set()
    hi = min(hi, last + len(surname) + 1)
    # the capital before the look back (the word bound before it): the scan skips to capitals
    pattern = re.compile(r"([A-Z](?<!\w[A-Z])[a-zà-ÿ’'\-]+)\s+" + re.escape(surname) + r"\b")
    out = set()
    for m in pattern.finditer(ctx.text, lo, hi):
        first = m.group(1)
        if first.lower() in _TITLES or first.lower() in _LONG_MONTHS:
            continue
        if re.search(
            r"\b(?:in|at|from|near|of|to)\s+$", ctx.text[max(0, m.start() - 6) : m.start()]
        ):
            continue
        out.add(f"{first} {surname}")
    return out


# People an age may belong to other than the article's subject: kin and roles.
_OTHER_HOLDERS = (
    r"father|mother|husband|wife|son|daughter|brother|sister|child|children|baby|parents?|"
    r"grandfather|grandmother|grandson|granddaughter|grandchild|uncle|aunt|nephew|niece|cousin|"
    r"partner|widow|widower|friend|colleague|boss|coach|leader|teacher|mentor|elder|eldest|"
    r"younger|youngest|twin|stepson|stepdaughter|stepfather|stepmother|fiancée?|girlfriend|"
    r"boyfriend|rival|predecessor|successor|opponent|victim|neighbou?r|chairman|chairwoman|"
    r"chair|chief|president|manager|director|owner|founder|editor|deputy|employer|doctor|"
    r"lawyer|captain|spouse"
)
# "her father", "its chairman": whoever a possessive names; "the elder": a kin or role word.
# Not "as a pilot", which says what the subject was.
_OTHER_HOLDER = re.compile(
    rf"(?<!\bas\s)\b(?:[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Ww]hose|[Tt]he)\s+(?:[a-z\-]+\s+)?"
    rf"(?:{_OTHER_HOLDERS})\b"
)
_SUBJECT_HOLDER = re.compile(r"\b(?:she|he|they)\b", re.I)


def _held_by_another(ctx: Context, age: Claim) -> bool:
    """The nearest holder before the age is someone else ("its leader, aged 61")."""
    s = ctx.sentence(age)
    before = ctx.text[s.start : age.start]
    other = [m.end() for m in _OTHER_HOLDER.finditer(before)]
    if not other:
        return False
    own = [m.end() for m in _SUBJECT_HOLDER.finditer(before)]
    own += [m.end() for m in _FULL_NAME.finditer(before)]
    return max(other) > max(own, default=-1)


_PERSONAL = re.compile(r"\b(?:he|she|him|her|his|hers|himself|herself)\b", re.I)


def _refers_to_person(ctx: Context, age: Claim, person: str) -> bool:
    """The age's sentence speaks of a person: by name, by pronoun, or by the age itself
    as a noun ("the 36-year-old played")."""
    text = ctx.sentence_text(age)
    if any(w in text for w in person.split()) or _PERSONAL.search(text):
        return True
    return _YEAR_OLD.search(age.text) is not None


def _other_person(ctx: Context, age: Claim, person: str) -> bool:
    """The age's sentence is about someone else: "His wife, Ilse, died in 2010; she was 76"."""
    sent = ctx.sentence(age)
    text = ctx.text[sent.start : sent.end]
    if person in text:
        return False
    if _KIN.search(text):
        return True
    # "Her mentor, Ann Lister, died in 2011 aged 80": another full name before the age
    before = ctx.text[sent.start : age.start]
    for full in _FULL_NAME.finditer(before):
        words = full.group().split()
        if words[0].lower() in _TITLES or words[0].lower() in _MONTHS:
            words = words[1:]
        # a person's name: two or three words, not "the ..." (an organisation) nor a place
        if 2 <= len(words) <= 3 and not re.search(
            r"\b(?:in|at|from|near|of|the|The)\s+$", before[: full.start()]
        ):
            return True
    m = re.match(r"\s*([A-Z][a-zà-ÿ’'\-]+)(?:\s+[A-Z][a-zà-ÿ’'\-]+)?\s*(?:,|was|is|died)", text)
    return bool(m and m.group(1).lower() not in _TITLES and m.group(1).lower() not in _MONTHS)


_RELATIVE_AFTER_AGE = re.compile(r",\s*(?:who|whose|which)\b[^,;]*$")
# "a contract running until June 2029", "has run it since 2019": a span's bound, not the
# time the age is read at
_SPAN_END_BEFORE = re.compile(
    r"\b(?:until|till|through|expires?|expiring|ending|ends|since)\s+"
    r"(?:in\s+|on\s+|at\s+the\s+end\s+of\s+)?$",
    re.I,
)


def _dates_of(ctx: Context, age: Claim, births: set[str]) -> list[Claim]:
    """The dates of the age's sentence that may date it: not one in a relative clause that
    follows it ("Pike, 63, who bought it in 2009": the age is as of the report), nor the
    end of a span ("signed a deal running until 2029")."""
    return [
        c
        for c in ctx.in_sentence(ctx.sentence_index(age))
        if c.kind == "date"
        and c.id not in births
        and not (c.start > age.end and _RELATIVE_AFTER_AGE.match(ctx.text, age.end, c.start))
        and not _SPAN_END_BEFORE.search(ctx.text, max(0, c.start - 30), c.start)
    ]


def _event_date(ctx: Context, age: Claim, births: set[str]) -> Claim | None:
    idx = ctx.sentence_index(age)
    here = ctx.in_sentence(idx)
    same = _dates_of(ctx, age, births)
    if same:
        ages = [c for c in here if c.kind == "age"]
        # "learned at the age of 5 and earned a rating in 2019, aged 11": each date goes
        # with the age nearest to it
        mine = [d for d in same if min(ages, key=lambda a: _gap(a, d)) is age and states_year(d)]
        return min(mine, key=lambda c: _gap(age, c)) if mine else None
    if idx > 0 and ctx.document.sentences[idx - 1].paragraph == ctx.paragraph(age):
        prev = [c for c in ctx.in_sentence(idx - 1) if c.kind == "date" and c.id not in births]
        prev = [c for c in prev if states_year(c)]  # "on Sunday, 9 June": which year is not said
        if prev and re.search(
            r"\b(died|dies|death)\b",
            ctx.text[ctx.document.sentences[idx - 1].start : prev[-1].start],
        ):
            return prev[-1]
    return None


def _gap(a: Claim, b: Claim) -> int:
    return b.start - a.end if a.end <= b.start else a.start - b.end


# An age stated as of the report, not of some earlier moment: "Marten, 57,", "the
# 29-year-old", "Hale, 29, of Leeds", "is 29", "now 29", "turned 30", "died aged 87".
# Not "was 17 when", "at the age of 17" alone, "the then 29-year-old".
_PRESENT_BEFORE = re.compile(
    r"(?:\b(?:is|are|now|turns|turned|[’']s)\s+(?:now\s+)?(?:aged\s+)?$)|"
    r"(?:\b(?:died|dies|death)\b[^.;]{0,40}\b(?:at|aged)\s+(?:the\s+age\s+of\s+)?$)",
    re.I,
)
_DESCRIPTOR_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
_PLACE_AFTER = re.compile(r"^,?\s+(?:of|from)\s+[A-Z]")
_PAST_AFTER = re.compile(r"^[^.;]{0,12}\b(?:when|at the time|then)\b", re.I)


_FRONTED_PRESENT = re.compile(
    r",\s*(?:[A-Z][\w’'\-]*\s+|she\s+|he\s+|they\s+){1,3}"
    r"(?:is|are|has|have|remains|still|now)\b"
)
_SUBJECT_AGED = re.compile(r"\s*(?:The|A|An)\s+(?:[a-z\-]+\s+){0,2}[a-z\-]+,\s*(?:aged\s+)?")
_OBITUARY_WAS = re.compile(r"^\s*(?:He|She|They)\s+(?:was|were)\s+$")


# the capital first and the look back after it: the scan then skips to capitals
_MID_NAME = re.compile(r"[A-Z](?<=[a-z,;:—–-] [A-Z])[a-zà-ÿ’'\-]+")
_VERB_AFTER = re.compile(r",?\s+(?:[a-z]+ed|[a-z]+s|said|says|won|beat|met|took|told)\b")
_NAME_WORD = re.compile(r"\b[A-Z][a-zà-ÿ’'\-]+")


def _named_before(ctx: Context, age: Claim, person: str) -> list[str]:
    """The names told before an unnamed age ("the 29-year-old", "she is 29") in its
    paragraph, in order: the last is the one it most likely stands for. Places and
    months are not names; a name is a word capitalised mid-sentence, or the person's."""
    para = ctx.document.paragraphs[ctx.paragraph(age)]
    text = ctx.text[para.start : age.start]
    near = ctx.text[max(0, age.start - _NAME_REACH) : age.end + _NAME_REACH]
    proper = {m.group() for m in _MID_NAME.finditer(near)} | set(person.split())
    names = _names_in(text, proper)
    if names and re.search(rf"\b{re.escape(names[-1])}{_REPORTS_ABOUT}", text):
        names.pop()  # "Police said the 45-year-old ...": who reports, not who the age is
    if not names:
        # "At 41, Ama Serwaa is still racing": the subject after a fronted age
        sent = ctx.sentence(age)
        names = _names_in(ctx.text[age.end : sent.end], proper)[:1]
    return names


# A reporting verb whose clause the age opens: "Police said the 45-year-old had ..."
_REPORTS_ABOUT = r"\s+(?:said|says|say|added|told\s+\w+)\s+(?:that\s+)?(?:the\s+)?$"


def _names_in(text: str, proper: set[str]) -> list[str]:
    names = []
    for m in _NAME_WORD.finditer(text):
        word = m.group()
        low = word.lower()
        if low in _TITLES or low in _MONTHS or low in STOP:
            continue
        # a word capitalised only where a sentence starts is a name when a verb follows it
        # ("Jones faced Smith"), not when it is a sentence's first word of another kind
        if word not in proper and not _VERB_AFTER.match(text, m.end()):
            continue
        if re.search(r"\b(?:in|at|from|near|of|to|for|against|over|[Aa]n?)\s+$", text[: m.start()]):
            continue
        names.append(word)
    return names


def _present_age(ctx: Context, age: Claim) -> bool:
    before = ctx.before(age, 60)
    if _PAST_AFTER.match(ctx.after(age, 30)):
        return False
    idx = ctx.sentence_index(age)
    if _OBITUARY_WAS.match(before) and idx > 0:
        # "... died on Monday at her home. She was 91.": the age at a death just reported
        prev = ctx.document.sentences[idx - 1]
        return prev.paragraph == ctx.paragraph(age) and bool(
            _DEATH_WORDS.search(ctx.text, prev.start, prev.end)
        )
    if _YEAR_OLD.search(age.text) and _DESCRIPTOR_BEFORE.search(before):
        return True
    if re.fullmatch(r"\s*At\s+", before) and _FRONTED_PRESENT.match(ctx.after(age, 60)):
        return True  # "At 41, Ama Serwaa is still racing"
    if _SUBJECT_AGED.fullmatch(before):
        return True  # "The engineer, aged 44, ...": the subject's age, as of the report
    return bool(_PRESENT_BEFORE.search(before) or _PLACE_AFTER.match(ctx.after(age, 20)))


# A name between an age and a birth date in one sentence: they may be two people's.
_NAMED_BETWEEN = re.compile(r"\b[A-Z][a-zà-ÿ’'\-]+\b")


def _tied_in_sentence(ctx: Context, birth: Claim, age: Claim, person: str | None = None) -> bool:
    """ "The 29-year-old, born on Aug. 14, 1996, in Iten, pulled clear": an age and a birth
    date in one sentence, no one else named between them, are one person's."""
    if ctx.sentence_index(birth) != ctx.sentence_index(age):
        return False
    lo, hi = (age.end, birth.start) if age.end <= birth.start else (birth.end, age.start)
    between = ctx.text[lo:hi]
    own = set(person.split()) if person else set()
    if person:
        own.update(w for full in _full_names_of(ctx, age, person.split()[-1]) for w in full.split())
    place_end = -1
    for m in _NAMED_BETWEEN.finditer(between):
        word = m.group().lower()
        if word in _TITLES or word in _MONTHS or m.group() == "Born" or m.group() in own:
            continue
        if re.search(r"\b(?:in|at|from|near|of)\s+$", between[: m.start()]):
            place_end = m.end()  # a place: "born in Iten"
            continue
        if place_end >= 0 and re.fullmatch(r",\s*", between[place_end : m.start()]):
            place_end = -1  # its region: "in Kintampo, Ghana"
            continue
        return False
    # "the 29-year-old's mother, born in 1965": a kin or role word between, someone else's
    return not _KIN.search(between) and not re.search(
        rf"^[’']s\b|\b(?:{_OTHER_HOLDERS})\b", between
    )


def _holder(ctx: Context, age: Claim) -> str:
    """What to call an unnamed holder in a message: "the 29-year-old", else "the person"."""
    return f"the {age.text}" if _YEAR_OLD.search(age.text) else "the person"


# How long after its dateline an article may be printed: a birthday in between is a warn.
_PRINT_LAG_DAYS = 31
# A dateline that names its weekday ("on Saturday, Jan. 18, 2025") is a day of the week the
# article is written in or the next: a birthday weeks later cannot fall between.
_WEEK_LAG_DAYS = 10
_WEEKDAY_FIRST = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s")


def _births(ctx: Context) -> dict[str, tuple[Claim, str | None]]:
    """Birth dates, each with the surname of its person when one is found."""
    births: dict[str, tuple[Claim, str | None]] = {}
    for c in ctx.claims:
        if c.kind != "date":
            continue
        paren = _PAREN_BORN.search(ctx.text, max(0, c.start - 60), c.start)
        if paren:
            births[c.id] = (c, paren.group(1))
        elif _BORN.search(ctx.before(c, 50)):
            births[c.id] = (c, _person_near(ctx, c))
    return births


# "Lee (b. 1961)", "Lee (born 1961)": the name before the parenthesis.
_PAREN_BORN = re.compile(r"([A-Z][a-zà-ÿ’'\-]+)\s*\((?:b\.|born)\s*(?:on\s+|in\s+)?$")
# "Ann Lee (1936–2024)": a lifespan, birth and death, after a name.
_LIFESPAN_OPEN = re.compile(r"([A-Z][a-zà-ÿ’'\-]+)\s*\(\s*$")


def _lifespans(ctx: Context) -> dict[str, tuple[Claim, Claim, str]]:
    """ "Ann Lee (1936–2024)": birth id -> (birth, death, surname)."""
    out: dict[str, tuple[Claim, Claim, str]] = {}
    dates = [c for c in ctx.claims if c.kind == "date"]
    for a, b in zip(dates, dates[1:], strict=False):
        m = _LIFESPAN_OPEN.search(ctx.text, max(0, a.start - 60), a.start)
        if m is None or not re.fullmatch(r"\s*[–—-]\s*", ctx.text[a.end : b.start]):
            continue
        if not re.match(r"\s*\)", ctx.text[b.end : b.end + 3]):
            continue
        if re.fullmatch(r"\d{4}", str(a.value)) and re.fullmatch(r"\d{4}", str(b.value)):
            out[a.id] = (a, b, m.group(1))
    return out


_DEATH_WORDS = re.compile(r"\b(?:died|dies|death|dead|killed)\b", re.I)


def article_date(ctx: Context) -> Claim | None:
    """The article's own date, read from its lead (see :func:`timeline.dateline`), if it has one."""
    births = _births(ctx)
    lives = _lifespans(ctx)
    return dateline(ctx, set(births) | {d.id for _b, d, _p in lives.values()} | set(lives))


def check(ctx: Context) -> list[Check]:
    out: list[Check] = []
    births = _births(ctx)
    lifespans = _lifespans(ctx)
    for bid, (b, _d, person) in lifespans.items():
        births[bid] = (b, person)
    out.extend(restated_ages(ctx))
    out.extend(ages_then_and_now(ctx))
    out.extend(ages_from_an_earlier_age(ctx))
    out.extend(ages_before_a_birthday(ctx))
    out.extend(_ages_by_rank(ctx, births))
    if not births:
        return out
    birth_ids = set(births) | {d.id for _b, d, _p in lifespans.values()}
    # births by sentence and by position: each age looks up its own, not every birth
    in_sentence: dict[int, list[str]] = {}
    for bid, (b, _p) in births.items():
        in_sentence.setdefault(ctx.sentence_index(b), []).append(bid)
    order = {bid: i for i, bid in enumerate(births)}
    placed = sorted((ctx.position(b), bid) for bid, (b, _p) in births.items())
    positions = [p for p, _ in placed]
    for age in ctx.claims:
        if age.kind != "age" or numeric_value(age) is None:
            continue
        para = ctx.document.paragraphs[ctx.paragraph(age)]
        para_text = ctx.text[para.start : para.end]
        apposed = _APPOSITION.search(ctx.before(age, 30))
        if _held_by_another(ctx, age):
            continue  # "her father, who died in 2001 aged 80": someone else's age
        own_birth = in_sentence.get(ctx.sentence_index(age), [])
        i = ctx.position(age)
        lo, hi = (
            bisect.bisect_left(positions, i - WINDOW),
            bisect.bisect_right(positions, i + WINDOW),
        )
        for birth, named in (
            births[b] for b in sorted((b for _, b in placed[lo:hi]), key=order.__getitem__)
        ):
            if own_birth and birth.id not in own_birth:
                continue  # "the elder, born in 1987, died ... at 23": the birth beside the age
            epithet = named is not None and apposed is None and _epithet_for(ctx, age) == named
            if epithet and named is not None:
                person = named  # "Aurelio Quiroga won ... The 23-year-old Spaniard covered"
            elif named is None or (apposed is None and named not in para_text):
                # no name, or not this paragraph's: only the sentence can tie them
                if not _tied_in_sentence(ctx, birth, age):
                    continue
                person = named if named and named in para_text else _holder(ctx, age)
            else:
                person = named
                if own_birth and not _tied_in_sentence(ctx, birth, age, person):
                    continue  # "the 61-year-old, whose daughter Mina Quint was born ..."
                if apposed and apposed.group(1) != person:
                    continue
                if apposed and _another_of_the_name(ctx, age, birth, person):
                    continue  # "Carr's mother, Janet Carr, 46" is not Liam Carr, born 2003
                if person not in para_text:
                    continue
                if _other_person(ctx, age, person):
                    continue
                if not (apposed or own_birth or _refers_to_person(ctx, age, person)):
                    continue  # "The bridge, which is 62 years old": a thing's age
            event: Claim | None
            life = lifespans.get(birth.id)
            if life and _DEATH_WORDS.search(ctx.sentence_text(age)):
                event = life[1]  # "Ann Lee (1936–2024) ... died aged 87": at her death
            else:
                event = _event_date(ctx, age, birth_ids)
            present = apposed is not None or _present_age(ctx, age)
            inferred = False  # the age stands for the person only as the last one named
            if epithet and event is None:
                event = dateline(ctx, birth_ids)  # the epithet is as of the article's day
            if present and apposed is None and not own_birth and not epithet:
                names = _named_before(ctx, age, person)
                own_words = _person_words(ctx, age, person)
                if not names or names[-1] not in own_words:
                    present = False  # someone else may be "the 29-year-old"
                else:
                    inferred = bool(set(names) - own_words)
            judged: Check | None = None
            undated = [d for d in _dates_of(ctx, age, birth_ids) if not states_year(d)]
            if event is None and present and len(undated) == len(_dates_of(ctx, age, birth_ids)):
                # "joined in May": a month of the article's year, months before its date,
                # perhaps before a birthday too -- a year younger is then only a warn
                line = dateline(ctx, birth_ids)
                judged = (
                    _judge(ctx, age, birth, line, person, True, bool(undated)) if line else None
                )
            elif event is not None and present and event.start > age.end:
                judged = _either(ctx, age, birth, event, person, dateline(ctx, birth_ids))
            elif event is not None:
                judged = _judge(ctx, age, birth, event, person, False)
            if judged is not None and inferred and judged.status == "fail":
                msg = f"{judged.message}, if the age is {person}'s (others are named before it)"
                judged = dataclasses.replace(judged, status="warn", message=msg)
            if judged is not None:
                out.append(judged)
    return out


def _person_words(ctx: Context, age: Claim, person: str) -> set[str]:
    """The words of a person's names: the surname and the first names the text gives."""
    words = set(person.split())
    for full in _full_names_of(ctx, age, person.split()[-1]):
        words.update(full.split())
    return words


def _either(
    ctx: Context, age: Claim, birth: Claim, event: Claim, person: str, line: Claim | None
) -> Check | None:
    """ "Quint, 52, ... the depot she joined in 1998": an age told as of the report, beside
    a date told after it, may be as of either; it fails only if it fits neither."""
    at_event = _judge(ctx, age, birth, event, person, False)
    at_line = _judge(ctx, age, birth, line, person, True) if line else None
    for judged in (at_event, at_line):
        if judged is not None and judged.status == "pass":
            return judged
    if at_line is not None and at_line.status == "warn":
        return at_line
    if at_event is not None and at_line is None and at_event.status == "fail":
        msg = f"{at_event.message}, if the age is as of that date"
        return result(RULE, "warn", (birth, event, age), msg)
    return at_event or at_line


def _judge(
    ctx: Context,
    age: Claim,
    birth: Claim,
    event: Claim,
    person: str,
    at_dateline: bool,
    earlier_in_year: bool = False,
) -> Check | None:
    b, e = span(ctx, birth), span(ctx, event)
    iv = ctx.interval(age)
    if b is None or e is None or iv is None or e[1] <= b[0]:
        return None
    youngest, oldest = completed_years(b[1], e[0]), completed_years(b[0], e[1])
    possible = f"{youngest}" if youngest == oldest else f"{youngest}–{oldest}"
    prep = "on" if e[0] == e[1] else "in"
    head = f"born {birth.text}, {person} was {possible} {prep} {event.text}"
    source = year_source(ctx, event) if at_dateline else None
    if source is not None:
        head = f"{head} ({source.text})"  # the lead's day, in the year its sentence states
    told = (birth, event, age) if source is None else (birth, event, source, age)
    v = numeric_value(age) or 0.0
    lo = v if age.bound != "upper" else iv.lo
    hi = v if age.bound != "lower" else iv.hi
    if age.bound == "approx" or age.vague:
        lo, hi = iv.lo, iv.hi
    if lo <= oldest and youngest <= hi:
        return result(RULE, "pass", told, f"{head}, as stated")
    if at_dateline:
        # the article's date is read from its lead: it may be printed some days later
        # (a birthday may fall between), and if the lead looks ahead, some days before
        lag = _WEEK_LAG_DAYS if _WEEKDAY_FIRST.match(event.text) else _PRINT_LAG_DAYS
        late = completed_years(b[0], e[1] + timedelta(days=lag))
        early = youngest - 1 if earlier_in_year or looks_ahead(ctx, event) else youngest
        if lo <= late and early <= hi:
            msg = f"{head} (the article's date), not {fmt(v)}: a birthday may fall between"
            return result(RULE, "warn", told, msg)
    return result(RULE, "fail", told, f"{head}, not {fmt(v)}")


# ------------------------------------------------------------ one person, two ages
_NAME_BEFORE = re.compile(r"((?:[A-Z][a-zà-ÿ’'\-]+\s+)*[A-Z][a-zà-ÿ’'\-]+)\s*,\s*(?:aged\s+)?$")
_NAME_AFTER = re.compile(r"^\s+((?:[A-Z][a-zà-ÿ’'\-]+\s+)*[A-Z][a-zà-ÿ’'\-]+)")
_YEAR_OLD = re.compile(r"-year-old$", re.I)


# "The 23-year-old Spaniard covered ...": a sentence that opens on an age and a noun
_EPITHET_START = re.compile(r"\s*[\"“]?The\s+$")


def _epithet_for(ctx: Context, age: Claim) -> str | None:
    """The surname of the person a sentence-opening "The 23-year-old <noun>" stands for: the
    first person named in full in the sentence before it, in the same or the previous
    paragraph (news names someone, then refers back by age)."""
    sent = ctx.sentence(age)
    if not _YEAR_OLD.search(age.text) or sent.index == 0:
        return None
    if not _EPITHET_START.fullmatch(ctx.text, sent.start, age.start):
        return None
    prev = ctx.document.sentences[sent.index - 1]
    if sent.paragraph - prev.paragraph > 1:
        return None
    m = _FULL_NAME.search(ctx.text, prev.start, prev.end)
    while m is not None and m.group().split()[0].lower() in _MONTHS:
        m = _FULL_NAME.search(ctx.text, m.end(), prev.end)
    return m.group().split()[-1] if m else None


def _named(ctx: Context, age: Claim) -> str | None:
    """ "Maria Costa, 47," or "the 47-year-old Costa": the person the age is stated for."""
    m = _NAME_BEFORE.search(ctx.before(age, 40, clause=False))
    if m is None and _YEAR_OLD.search(age.text):
        m = _NAME_AFTER.match(ctx.text[age.end : age.end + 40])
    if m is None:
        return None
    words = [
        w for w in m.group(1).split() if w.lower() not in _TITLES and w.lower() not in _LONG_MONTHS
    ]
    if not words:
        return None
    if len(words) > 1:
        return " ".join(words[-2:])
    # a surname alone stands for the one full name the article gives it, if only one
    fulls = _full_names_of(ctx, age, words[0])
    return next(iter(fulls)) if len(fulls) == 1 else None


def restated_ages(ctx: Context) -> list[Check]:
    """The same person given two ages with nothing dated between: "Costa, 47" / "Costa, 49"."""
    by_person: dict[str, list[Claim]] = {}
    for c in ctx.claims:
        if c.kind != "age" or c.bound != "exact" or c.vague or numeric_value(c) is None:
            continue
        if any(d.kind == "date" for d in ctx.in_sentence(ctx.sentence_index(c))):
            continue  # "in 1998, aged 17": an age at another time
        person = _named(ctx, c)
        if person:
            by_person.setdefault(person, []).append(c)
    out: list[Check] = []
    for person, ages in by_person.items():
        for a, b in zip(ages, ages[1:], strict=False):
            if ctx.distance(a, b) > WINDOW:
                continue
            va, vb = numeric_value(a), numeric_value(b)
            if va == vb:
                msg = f"{person} is {fmt(va or 0)} both times"
                out.append(result("figure_drift", "pass", (a, b), msg))
            else:
                msg = f"{person} is {fmt(va or 0)}, then {fmt(vb or 0)}: one person, two ages"
                out.append(result("figure_drift", "fail", (a, b), msg))
    return out


# ------------------------------------------------------------ an age then and an age now
# "Renner, 56, who joined the force 35 years ago as a 19-year-old": the age now is the age
# then plus the years between (plus one, if a birthday is still to come this year).
_AS_AN_AGE = re.compile(r"\bas\s+an?\s*$", re.I)
_AGO = re.compile(r"^\s*ago\b", re.I)


def ages_then_and_now(ctx: Context) -> list[Check]:
    out: list[Check] = []
    for then in ctx.claims:
        if then.kind != "age" or not _AS_AN_AGE.search(ctx.before(then, 12)):
            continue
        here = ctx.in_sentence(ctx.sentence_index(then))
        spans = [
            d
            for d in here
            if d.kind == "duration"
            and d.end <= then.start
            and then.start - d.end <= 40
            and _AGO.match(ctx.after(d, 8))
            and duration_unit(ctx, d) == "year"
        ]
        nows = [
            a
            for a in here
            if a.kind == "age"
            and a.end <= (spans[0].start if spans else then.start)
            and _APPOSITION.search(ctx.before(a, 30))
        ]
        if len(spans) != 1 or len(nows) != 1:
            continue
        now, gap = nows[0], spans[0]
        vt, vg, vn = numeric_value(then), numeric_value(gap), numeric_value(now)
        if vt is None or vg is None or vn is None or gap.bound != "exact" or now.bound != "exact":
            continue
        lo, hi = vt + vg, vt + vg + 1
        head = f"a {fmt(vt)}-year-old {gap.text} ago is {fmt(lo)} or {fmt(hi)} now"
        if lo <= vn <= hi:
            out.append(result(RULE, "pass", (then, gap, now), f"{head}, as stated ({now.text})"))
        else:
            out.append(result(RULE, "fail", (then, gap, now), f"{head}, not {fmt(vn)}"))
    return out


def _another_of_the_name(ctx: Context, age: Claim, birth: Claim, surname: str) -> bool:
    """The age's full name and the birth's differ in their first names: two people."""
    m = _NAME_BEFORE.search(ctx.before(age, 40, clause=False))
    told = [
        f.group()
        for f in _FULL_NAME.finditer(ctx.text, max(0, birth.start - 80), birth.start)
        if f.group().split()[-1] == surname
    ]
    if m is None or not told:
        return False
    here, there = m.group(1).split(), told[-1].split()
    return len(here) >= 2 and len(there) >= 2 and here[-2] != there[-2]


# ------------------------------------------------------------ a birth implied by a dated age
# "Strandquist, who set up the company in 2012 at the age of 34": born in 1977 or 1978, so a
# later age of the same person ("the 49-year-old", "Strandquist, 49,") must agree with that.
_AGE_AT_DATE = re.compile(r"\s*,?\s*(?:at\s+the\s+age\s+of|aged|at\s+age|at)\s+$", re.I)
_DATE_AT_AGE = re.compile(
    r"\s*(?:years?\s+old\s*)?,?\s*(?:when\b[^.;,]{0,60}?\s)?(?:in|on)\s+$", re.I
)
# the person an age-then belongs to: "Torvald Strandquist, who ...", "Simon Adeyemo, 58, who ..."
_WHO_NAME = re.compile(r"([A-Z][a-zà-ÿ’'\-]+)\s*,\s*(?:(?:aged\s+)?\d+\s*,\s*)?(?:who|whose)\b")
_LEADING_NAME = re.compile(
    r"\s*(?:[A-Z][a-zà-ÿ’'\-]+\s+)?([A-Z][a-zà-ÿ’'\-]+)\s+(?:[a-z]+ed|was|had|joined|set|took|"
    r"won|began|left|made|became|founded|built)\b"
)


def _dated_age(ctx: Context, age: Claim) -> Claim | None:
    """The year-stated date an age is told at, beside it: "in 2012 at the age of 34"."""
    for d in ctx.in_sentence(ctx.sentence_index(age)):
        if d.kind != "date" or not states_year(d):
            continue
        if d.end <= age.start and _AGE_AT_DATE.fullmatch(ctx.text, d.end, age.start):
            return d
        if age.end <= d.start and _DATE_AT_AGE.fullmatch(ctx.text, age.end, d.start):
            return d
    return None


def _holder_of_dated_age(ctx: Context, age: Claim) -> str | None:
    sent = ctx.sentence(age)
    before = ctx.text[sent.start : age.start]
    found = list(_WHO_NAME.finditer(before))
    if found:
        name = found[-1].group(1)
    else:
        m = _LEADING_NAME.match(before)
        name = m.group(1) if m else None
    if name is None or name.lower() in _TITLES or name.lower() in _MONTHS or name in STOP:
        return None
    return name


def _same_holder(ctx: Context, age: Claim, person: str) -> bool | None:
    """Whether a later age is ``person``'s: True when told of them, None when it is only the
    last person named (a warn), False otherwise."""
    apposed = _APPOSITION.search(ctx.before(age, 30))
    if apposed:
        return apposed.group(1) == person
    if not _present_age(ctx, age) or _held_by_another(ctx, age):
        return False
    own = _person_words(ctx, age, person)
    # people, not the firm or place a sentence names ("has run Brackenfield since 2019"): a
    # name the article also gives with a first name
    names = [n for n in _named_before(ctx, age, person) if n in own or _full_names_of(ctx, age, n)]
    if names:
        if names[-1] not in own:
            return False
        return True if not set(names) - own else None
    # a paragraph that names nobody ("'We will fly again,' the 49-year-old said"): the
    # person the previous paragraph names, if that is the one person it names
    para = ctx.paragraph(age)
    if para == 0:
        return False
    prev = ctx.document.paragraphs[para - 1]
    # other people: runs of two or three capitalised words, not "the Nordic Space Agency"
    fulls = {
        m.group().split()[-1]
        for m in _FULL_NAME.finditer(ctx.text, prev.start, prev.end)
        if len(m.group().split()) <= 3
        and not re.search(
            r"\b(?:the|a|an|of|at|in|from|near)\s+$", ctx.text[prev.start : m.start()]
        )
    }
    fulls = {f for f in fulls if f not in own and f.lower() not in _MONTHS}
    if person not in ctx.text[prev.start : prev.end]:
        return False
    return True if not fulls else None


# "Aasen was 29 when he started the company in 2011": a figure read as an age
_WAS_AGE_WHEN = re.compile(r".*\b(?:was|were)\s+$", re.S)
_WHEN_AFTER = re.compile(r"\s+(?:years?\s+old\s+)?when\b")


def _name_start(ctx: Context, age: Claim) -> int:
    """Where the name an age is apposed to starts ("Adeyemo, 58"), else the age itself."""
    m = _APPOSITION.search(ctx.before(age, 30))
    return age.start - len(ctx.before(age, 30)) + m.start() if m else age.start


def ages_from_an_earlier_age(ctx: Context) -> list[Check]:
    out: list[Check] = []
    ages = [
        c
        for c in ctx.claims
        if (c.kind == "age" or (c.kind == "count" and _WAS_AGE_WHEN.match(ctx.before(c, 12))))
        and c.bound == "exact"
        and not c.vague
        and (c.kind == "age" or _WHEN_AFTER.match(ctx.after(c, 20)))
    ]
    line: Claim | None = None
    line_read = False
    for then in ages:
        at = _dated_age(ctx, then)
        person = _holder_of_dated_age(ctx, then) if at else None
        v_then = numeric_value(then)
        if at is None or person is None or v_then is None:
            continue
        e = span(ctx, at)
        if e is None:
            continue
        n = int(v_then)
        try:
            earliest = date(e[0].year - n - 1, e[0].month, e[0].day) + timedelta(days=1)
            latest = date(e[1].year - n, e[1].month, min(e[1].day, 28 if e[1].month == 2 else 31))
        except ValueError:
            continue
        born = (
            f"{earliest.year}"
            if earliest.year == latest.year
            else (f"{earliest.year} or {latest.year}")
        )
        for now in ages:
            if now is then or ctx.distance(then, now) > WINDOW:
                continue
            if ctx.sentence_index(now) == ctx.sentence_index(then) and not (
                # "Simon Adeyemo, 58, who joined Calvex in 1994 at the age of 26": the age
                # apposed to the name is now's, the one in the relative clause then's
                now.end <= then.start and _WHO_NAME.match(ctx.text, _name_start(ctx, now))
            ):
                continue
            if now.start <= then.end and ctx.sentence_index(now) != ctx.sentence_index(then):
                continue  # an age told before: the main reading's business
            if _dated_age(ctx, now) is not None or _PAST_AFTER.match(ctx.after(now, 30)):
                continue  # an age at another moment: "in 2019, aged 41", "was 41 when"
            tie = _same_holder(ctx, now, person)
            if tie is False:
                continue
            if not line_read:
                line, line_read = article_date(ctx), True
                if line is not None and undated_lead_before(ctx, line):
                    line = None  # a weaker tie than the main reading's: a surer date only
            if line is None:
                break
            here = span(ctx, line)
            v_now = numeric_value(now)
            if here is None or v_now is None or here[0] <= latest:
                continue
            youngest, oldest = completed_years(latest, here[0]), completed_years(earliest, here[1])
            possible = f"{youngest}" if youngest == oldest else f"{youngest}–{oldest}"
            head = (
                f"aged {fmt(v_then)} in {at.text}, {person} was born in {born}, so "
                f"{possible} on {line.text}"
            )
            claims = (at, then, line, now)
            if youngest <= v_now <= oldest:
                out.append(result(RULE, "pass", claims, f"{head}, as stated ({now.text})"))
                continue
            lag = _WEEK_LAG_DAYS if _WEEKDAY_FIRST.match(line.text) else _PRINT_LAG_DAYS
            late = completed_years(earliest, here[1] + timedelta(days=lag))
            if youngest <= v_now <= late:
                msg = f"{head} (the article's date), not {fmt(v_now)}: a birthday may fall between"
                out.append(result(RULE, "warn", claims, msg))
            elif tie is None:
                msg = f"{head}, not {fmt(v_now)}, if the {now.text} is {person}"
                out.append(result(RULE, "warn", claims, msg))
            else:
                out.append(result(RULE, "fail", claims, f"{head}, not {fmt(v_now)}"))
            break
    return out


# ------------------------------------------------------------ a birthday still to come
# "Pennock, who will turn 58 in August": he is 57 now, so "the 58-year-old" is not him now.
_WILL_TURN = re.compile(
    r"\b(?:will|would|shall|(?:is|are)\s+(?:due|set|about)\s+to|(?:is|are)\s+to)\s+turn\s+$",
    re.I,
)
_TURNS = re.compile(r"\bturns\s+$", re.I)
_TURNS_LATER = re.compile(
    r"\s+(?:next\b|later\b|this\s+(?:year|month|week)\b|in\s+[A-Z]|on\s+[A-Z])"
)


def ages_before_a_birthday(ctx: Context) -> list[Check]:
    out: list[Check] = []
    for turn in ctx.claims:
        if turn.kind not in ("age", "count") or turn.bound != "exact":
            continue
        before = ctx.before(turn, 40)
        if not (
            _WILL_TURN.search(before)
            or (_TURNS.search(before) and _TURNS_LATER.match(ctx.text, turn.end))
        ):
            continue
        person = _holder_of_dated_age(ctx, turn)
        v_turn = numeric_value(turn)
        if person is None or v_turn is None:
            continue
        for now in ctx.claims:
            if now.kind != "age" or now is turn or now.bound != "exact" or now.vague:
                continue
            if ctx.distance(turn, now) > WINDOW or ctx.sentence_index(now) == ctx.sentence_index(
                turn
            ):
                continue
            if _dated_age(ctx, now) is not None or _PAST_AFTER.match(ctx.after(now, 30)):
                continue  # an age at another moment: "in 2019, aged 41", "was 41 when"
            tie = _same_holder(ctx, now, person)
            v_now = numeric_value(now)
            if tie is False or v_now is None:
                continue
            head = f"{person} is yet to turn {fmt(v_turn)}, so is {fmt(v_turn - 1)} now"
            if v_now == v_turn - 1:
                out.append(result(RULE, "pass", (turn, now), f"{head}, as stated ({now.text})"))
            elif tie is None:
                msg = f"{head}, not {fmt(v_now)}, if the {now.text} is {person}"
                out.append(result(RULE, "warn", (turn, now), msg))
            else:
                out.append(result(RULE, "fail", (turn, now), f"{head}, not {fmt(v_now)}"))
    return out


# ------------------------------------------------------------ the older of two, born ...
# "officers arrested two men, aged 31 and 27. The older suspect, born on Nov. 3, 1994, ...":
# the older (or younger) of ages told together is the larger (or smaller) of them.
_RANKED = re.compile(r"\b(?:[Tt]he)\s+(older|elder|oldest|eldest|younger|youngest)\b[^.;]{0,60}$")


def _ages_by_rank(ctx: Context, births: dict[str, tuple[Claim, str | None]]) -> list[Check]:
    out: list[Check] = []
    for birth, _named in births.values():
        sent = ctx.sentence(birth)
        rank = _RANKED.search(ctx.text, sent.start, birth.start)
        if rank is None or not _BORN.search(ctx.before(birth, 50)):
            continue
        idx = sent.index
        for j in (idx, idx - 1):
            if j < 0 or ctx.document.sentences[j].paragraph != sent.paragraph:
                continue
            told = [
                c
                for c in ctx.in_sentence(j)
                if c.kind == "age" and c.bound == "exact" and numeric_value(c) is not None
            ]
            if len(told) < 2 or len({numeric_value(c) for c in told}) != len(told):
                continue
            older = rank.group(1).lower() in ("older", "elder", "oldest", "eldest")
            pick = max if older else min
            age = pick(told, key=lambda c: numeric_value(c) or 0.0)
            dates = [
                d
                for d in ctx.in_sentence(j)
                if d.kind == "date" and d.id != birth.id and states_year(d)
            ]
            if len(dates) != 1:
                break
            judged = _judge(ctx, age, birth, dates[0], f"the {rank.group(1).lower()}", False)
            if judged is not None:
                out.append(judged)
            break
    return out
