"""Helpers for check tests: claims built by hand (independent of the extractor), and the
checks ``analyze`` gives for a text, by rule.

Build claims by hand for rule tests:

``claims(text, ("13", "count", 13), ("more than 90", "count", 90, {"bound": "lower"}))``
finds each snippet in the text (in order, each after the previous one unless it
is given as ``"context|snippet"``), and makes a Claim with the right offsets and
sentence index.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reader import analyze
from reader.checks.relations import Context
from reader.document import Document
from reader.model import Check, Claim

Spec = tuple[Any, ...]


def claims(text: str, *specs: Spec) -> tuple[Document, list[Claim]]:
    doc = Document.from_text(text)
    out: list[Claim] = []
    pos = 0
    for i, spec in enumerate(specs):
        needle, kind, value = spec[0], spec[1], spec[2]
        extra: dict[str, Any] = spec[3] if len(spec) > 3 else {}
        if "|" in needle:
            context, needle = needle.split("|", 1)
            start = text.index(context) + context.index(needle)
        else:
            start = text.index(needle, pos)
        end = start + len(needle)
        pos = end
        sentence = doc.sentence_at(start)
        fields: dict[str, Any] = {
            "low": value if isinstance(value, (int, float)) else None,
            "high": value if isinstance(value, (int, float)) else None,
        }
        if extra.get("bound") == "lower":
            fields["high"] = None
        if extra.get("bound") == "upper":
            fields["low"] = None
        fields.update(extra)
        out.append(
            Claim(
                id=f"c{i + 1}",
                start=start,
                end=end,
                text=needle,
                kind=kind,
                value=value,
                sentence=sentence.index if sentence else 0,
                paragraph=sentence.paragraph if sentence else 0,
                **fields,
            )
        )
    return doc, out


def run(rule: Callable[[Context], list[Check]], text: str, *specs: Spec) -> list[Check]:
    doc, cs = claims(text, *specs)
    return rule(Context(doc, cs))


def statuses(checks: list[Check]) -> list[str]:
    return [c.status for c in checks]


# ------------------------------------------------ end to end, through reader.analyze


def rule_checks(text: str, rule: str) -> list[tuple[str, str, set[str]]]:
    """(status, message, texts of its claims) of every check of ``rule``."""
    a = analyze(text)
    by_id = {c.id: c.text for c in a.claims}
    return [(c.status, c.message, {by_id[i] for i in c.claims}) for c in a.checks if c.rule == rule]


def rule_messages(text: str, rule: str) -> list[tuple[str, str]]:
    """(status, message) of every check of ``rule``."""
    return [(k.status, k.message) for k in analyze(text).checks if k.rule == rule]


def rule_statuses(text: str, rule: str) -> list[str]:
    return [k.status for k in analyze(text).checks if k.rule == rule]


def fail_messages(text: str) -> list[tuple[str, str]]:
    """(rule, message) of every failing check."""
    return [(c.rule, c.message) for c in analyze(text).checks if c.status == "fail"]
