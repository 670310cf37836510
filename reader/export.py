"""Render an analysis as JSON, CSV, Markdown or plain text.

``render_report`` is the full report (`reader check`); the formats share one
row model so the columns mean the same thing everywhere.
"""

from __future__ import annotations

import csv
import io
import json

from reader.flagged import flagged_checks, flagged_rows
from reader.model import Analysis, Claim
from reader.verdicts import Review, verdict_dict

FORMATS = ("json", "csv", "md", "text")
FLAGGED_FORMATS = ("json", "csv", "md")


def format_value(claim: Claim) -> str:
    """The claim's value as a reviewer reads it: "13.6 kg", "40%", "$4.5 billion"."""
    v = claim.value
    if claim.kind == "date":
        return str(v) if v is not None else "?"
    if v is None:
        if claim.low is not None and claim.high is not None:
            return f"{_num(claim.low)}–{_num(claim.high)}"
        if claim.low is not None:
            return f"≥{_num(claim.low)}"
        return "?"
    assert not isinstance(v, str)
    text = _num(v)
    if claim.kind == "percent":
        return text + (" pp" if claim.percentage_points else "%")
    if claim.kind == "money":
        return f"{claim.currency or ''} {text}".strip()
    if claim.unit:
        text = f"{text} {claim.unit}"
    return text


# SI base units as pint names them, and the symbol a reader expects.
_UNIT_SYMBOLS = {
    "kilogram": "kg",
    "gram": "g",
    "meter": "m",
    "metre": "m",
    "second": "s",
    "kelvin": "K",
    "degree_Celsius": "°C",
    "liter": "L",
    "litre": "L",
    "meter ** 2": "m²",
    "meter ** 3": "m³",
    "square_meter": "m²",
    "cubic_meter": "m³",
    "meter / second": "m/s",
    "joule": "J",
    "watt": "W",
}


# How a normalised (SI) value is shown: the unit a reader thinks in at that size.
# Each entry: SI unit -> [(smallest SI magnitude, factor to divide by, offset, symbol)].
_DISPLAY_UNITS: dict[str, list[tuple[float, float, float, str]]] = {
    "kilogram": [(1000.0, 1000.0, 0.0, "t"), (1.0, 1.0, 0.0, "kg"), (0.0, 0.001, 0.0, "g")],
    "meter": [(1000.0, 1000.0, 0.0, "km"), (1.0, 1.0, 0.0, "m"), (0.0, 0.01, 0.0, "cm")],
    "meter ** 2": [(1e6, 1e6, 0.0, "km²"), (1e4, 1e4, 0.0, "ha"), (0.0, 1.0, 0.0, "m²")],
    "meter ** 3": [(1.0, 1.0, 0.0, "m³"), (0.0, 0.001, 0.0, "L")],
    "meter / second": [(0.0, 1 / 3.6, 0.0, "km/h")],
    "kelvin": [(0.0, 1.0, 273.15, "°C")],
}
# Stated units that already are the display unit (no second figure needed).
_STATED_SYMBOLS = {
    "tonne": "t",
    "metric_ton": "t",
    "kilogram": "kg",
    "gram": "g",
    "kilometer": "km",
    "meter": "m",
    "metre": "m",
    "centimeter": "cm",
    "square_kilometer": "km²",
    "hectare": "ha",
    "square_meter": "m²",
    "cubic_meter": "m³",
    "liter": "L",
    "litre": "L",
    "kilometer_per_hour": "km/h",
    "degree_Celsius": "°C",
}


def _display(value: float, si_unit: str) -> tuple[float, str]:
    for floor, factor, offset, symbol in _DISPLAY_UNITS.get(si_unit, []):
        if abs(value) >= floor:
            return value / factor - offset, symbol
    return value, _UNIT_SYMBOLS.get(si_unit, si_unit)


def format_normalized(claim: Claim) -> str | None:
    """The normalised value ("13.6 kg", "195 km²", "40 °C") when it says something
    the stated one does not."""
    if claim.normalized is None or not claim.normalized_unit:
        return None
    if claim.unit in _STATED_SYMBOLS:
        return None  # already metric: the stated figure is the one to read
    value, unit = _display(claim.normalized, claim.normalized_unit)
    if abs(value) >= 100:
        return f"{_num(round(value))} {unit}"
    return f"{value:,.1f}".removesuffix(".0") + f" {unit}"


def format_value_full(claim: Claim) -> str:
    """The stated value, with the normalised one after it where it differs."""
    text = format_value(claim)
    normalized = format_normalized(claim)
    return f"{text} ({normalized})" if normalized else text


_CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "ILS": "₪", "INR": "₹"}
_SCALES = ((1e12, "T"), (1e9, "B"), (1e6, "M"))


def format_compact(claim: Claim) -> str:
    """A short value for a narrow column, marked by its bound: "90+" (more than,
    at least), "~12" (about), "≤5" (up to, nearly)."""
    text = _compact_value(claim)
    if claim.kind == "date" or claim.value is None:
        return text
    if claim.bound == "lower":
        return f"{text}+"
    if claim.bound == "approx":
        return f"~{text}"
    if claim.bound == "upper":
        return f"≤{text}"
    return text


def _compact_value(claim: Claim) -> str:
    """The normalised value where it differs, large numbers scaled ("15M", "$4.5B")."""
    normalized = format_normalized(claim)
    if normalized:
        return normalized
    v = claim.value
    if claim.kind == "date" or not isinstance(v, int | float) or abs(v) < 1e6:
        if claim.kind == "money" and isinstance(v, int | float) and claim.currency:
            symbol = _CURRENCY_SYMBOLS.get(claim.currency)
            return f"{symbol}{_num(v)}" if symbol else format_value(claim)
        symbol = _UNIT_SYMBOLS.get(claim.unit or "") or _STATED_SYMBOLS.get(claim.unit or "")
        if symbol and isinstance(v, int | float):
            return f"{_num(v)} {symbol}"
        return format_value(claim)
    scale, suffix = next((s, x) for s, x in _SCALES if abs(v) >= s)
    text = f"{v / scale:.3g}{suffix}"
    if claim.kind == "money":
        symbol = _CURRENCY_SYMBOLS.get(claim.currency or "")
        return f"{symbol}{text}" if symbol else f"{claim.currency or ''} {text}".strip()
    if claim.unit:
        text += f" {_UNIT_SYMBOLS.get(claim.unit, claim.unit)}"
    return text


def format_interval(claim: Claim) -> str:
    if claim.kind == "date":
        return str(claim.value)
    lo = "−∞" if claim.low is None else _num(claim.low)
    hi = "∞" if claim.high is None else _num(claim.high)
    if claim.low is not None and claim.low == claim.high:
        return f"= {lo}"
    return f"[{lo}, {hi}]"


def _num(x: float) -> str:
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.4g}" if abs(x) < 1000 else f"{x:,.2f}"


def render_report(analysis: Analysis, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(analysis.to_dict(), ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        return _claims_csv(analysis)
    if fmt == "md":
        return _markdown(analysis)
    if fmt == "text":
        return _text(analysis)
    raise ValueError(f"unknown format {fmt!r}")


CLAIM_COLUMNS = (
    "id",
    "start",
    "end",
    "text",
    "kind",
    "value",
    "low",
    "high",
    "bound",
    "unit",
    "subject",
    "predicate",
    "status",
)


def _claims_csv(analysis: Analysis) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CLAIM_COLUMNS)
    for c in analysis.claims:
        d = c.to_dict()
        d["status"] = analysis.status_of(c.id) or ""
        writer.writerow(["" if d[k] is None else d[k] for k in CLAIM_COLUMNS])
    return buf.getvalue()


def _md_cell(s: object) -> str:
    return str("" if s is None else s).replace("|", "\\|").replace("\n", " ")


def _markdown(analysis: Analysis) -> str:
    lines = [f"# {analysis.document.name}", ""]
    lines.append(
        f"{len(analysis.claims)} claims, {len(analysis.failed)} failed checks, "
        f"{len(analysis.warned)} warnings."
    )
    lines += ["", "## Checks", ""]
    if analysis.checks:
        lines += ["| status | rule | claims | message |", "|---|---|---|---|"]
        for k in analysis.checks:
            texts = ", ".join(analysis.claim(i).text for i in k.claims)
            lines.append(f"| {k.status} | {k.rule} | {_md_cell(texts)} | {_md_cell(k.message)} |")
    else:
        lines.append("No checks apply.")
    lines += [
        "",
        "## Claims",
        "",
        "| id | text | kind | value | subject |",
        "|---|---|---|---|---|",
    ]
    for c in analysis.claims:
        lines.append(
            f"| {c.id} | {_md_cell(c.text)} | {c.kind} | {_md_cell(format_value(c))} "
            f"| {_md_cell(c.subject)} |"
        )
    return "\n".join(lines) + "\n"


def _text(analysis: Analysis) -> str:
    out = [
        f"{analysis.document.name}: {len(analysis.claims)} claims, "
        f"{len(analysis.failed)} fail, {len(analysis.warned)} warn"
    ]
    for k in analysis.checks:
        out.append(f"  {k.status.upper():4s} {k.rule}: {k.message}")
    for c in analysis.claims:
        out.append(
            f"  {c.id:>5s} {c.start:>6d} {c.kind:8s} {format_value(c):>16s}  "
            f"{c.text!r}" + (f"  [{c.subject}]" if c.subject else "")
        )
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- flagged export

FLAGGED_COLUMNS = (
    "status",
    "rule",
    "message",
    "claim_id",
    "claim_text",
    "kind",
    "value",
    "start",
    "end",
    "line",
    "column",
    "check_verdict",
    "check_note",
    "claim_verdict",
    "claim_note",
)


def render_flagged(
    analysis: Analysis, fmt: str, include_passes: bool = False, review: Review | None = None
) -> str:
    """The flagged inconsistencies (fails, then warns; passes too when asked), with
    the reviewer's verdicts on each check and claim when ``review`` is given."""
    rows = flagged_rows(analysis, include_passes)
    review = review or Review()
    checks = flagged_checks(analysis, include_passes)  # the same order as rows
    if fmt == "json":
        data = {
            "document": analysis.document.name,
            "summary": {
                "claims": len(analysis.claims),
                "fail": len(analysis.failed),
                "warn": len(analysis.warned),
            },
            "checks": [
                {
                    "status": r.status,
                    "rule": r.rule,
                    "message": r.message,
                    "verdict": verdict_dict(review.for_check(k)),
                    "claims": [
                        {
                            "id": c.id,
                            "text": c.text,
                            "kind": c.kind,
                            "value": c.value,
                            "start": c.start,
                            "end": c.end,
                            "line": c.line,
                            "column": c.column,
                            "verdict": verdict_dict(review.for_claim(c.id)),
                        }
                        for c in r.claims
                    ],
                }
                for r, k in zip(rows, checks, strict=True)
            ],
            # Every claim verdict, flagged or not, and any no claim matches now.
            "verdicts": _claim_verdicts(analysis, review),
        }
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(FLAGGED_COLUMNS)
        for r, k in zip(rows, checks, strict=True):  # one row per (check, claim)
            kv = review.for_check(k)
            for c in r.claims:
                cv = review.for_claim(c.id)
                writer.writerow(
                    [r.status, r.rule, r.message, c.id, c.text, c.kind, c.value]
                    + [c.start, c.end, c.line, c.column]
                    + [kv.verdict if kv else "", kv.note if kv else ""]
                    + [cv.verdict if cv else "", cv.note if cv else ""]
                )
        return buf.getvalue()
    if fmt == "md":
        lines = [f"# Flagged: {analysis.document.name}", ""]
        lines.append(
            f"{len(analysis.claims)} claims, {len(analysis.failed)} failed checks, "
            f"{len(analysis.warned)} warnings."
        )
        if not rows:
            lines += ["", "Nothing flagged."]
        for n, (r, k) in enumerate(zip(rows, checks, strict=True), 1):
            lines += ["", f"## {n}. {r.status.upper()} — {r.rule}", "", _md_cell(r.message), ""]
            if kv := review.for_check(k):
                lines += [f"Verdict: **{kv.verdict}**" + (f" — {kv.note}" if kv.note else ""), ""]
            lines += [
                "| claim | text | kind | value | line:col | offsets | verdict |",
                "|---|---|---|---|---|---|---|",
            ]
            for c in r.claims:
                cv = review.for_claim(c.id)
                verdict = (cv.verdict + (f": {cv.note}" if cv.note else "")) if cv else ""
                lines.append(
                    f"| {c.id} | {_md_cell(c.text)} | {c.kind} | {_md_cell(c.value)} "
                    f"| {c.line}:{c.column} | {c.start}–{c.end} | {_md_cell(verdict)} |"
                )
        if verdicts := _claim_verdicts(analysis, review):
            lines += ["", "## Verdicts on claims", "", "| claim | text | verdict | note |"]
            lines.append("|---|---|---|---|")
            for v in verdicts:
                lines.append(
                    f"| {v['id'] or '(gone)'} | {_md_cell(v['text'])} | {v['verdict']} "
                    f"| {_md_cell(v['note'])} |"
                )
        return "\n".join(lines) + "\n"
    raise ValueError(f"unknown format {fmt!r}")


def _claim_verdicts(analysis: Analysis, review: Review) -> list[dict[str, str | None]]:
    """Each claim verdict in reading order; then those from an earlier version of the
    article that no claim matches now (id None), so none is dropped from an export."""
    out: list[dict[str, str | None]] = []
    for claim in analysis.claims:
        if (v := review.for_claim(claim.id)) is not None:
            out.append({"id": claim.id, "text": claim.text, "verdict": v.verdict, "note": v.note})
    for stored in review.unmatched:
        if stored.target == "claim":
            out.append(
                {
                    "id": None,
                    "text": stored.label,
                    "verdict": stored.verdict.verdict,
                    "note": stored.verdict.note,
                }
            )
    return out
