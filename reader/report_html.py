"""One self-contained HTML report to share: the flagged list and the article.

No external assets and no scripts: one file that opens anywhere, offline, and
reads on a phone (one column), on a desk (article beside the flagged list) and
on paper (print CSS). Status is shown by colour *and* by line style and a
label, so it survives black-and-white printing and colour blindness.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from html import escape

from reader.export import format_value
from reader.model import Analysis, Check, Claim
from reader.verdicts import Review, Verdict

VERDICT_SYMBOL = {"confirmed": "✓", "disputed": "✗", "needs-source": "?"}
STATUS_LABEL = {"fail": "FAIL", "warn": "WARN", "pass": "pass"}

CSS = """
:root {
  --ink: #1b1b1f; --muted: #5b5b66; --paper: #ffffff; --rule: #d8d8e0;
  --fail: #b3261e; --fail-bg: #fde7e4; --warn: #8a5300; --warn-bg: #fff1cc;
  --pass: #1e6b3a; --pass-bg: #e3f4e8; --claim-bg: #e8eefc;
  --ok: #1e6b3a; --bad: #b3261e; --ask: #6a3fb5;
}
@media (prefers-color-scheme: dark) {
  :root {
    --ink: #e6e6ea; --muted: #a4a4b0; --paper: #16161a; --rule: #3a3a44;
    --fail: #ff8a80; --fail-bg: #4a1713; --warn: #ffd166; --warn-bg: #3d2e07;
    --pass: #8fd6a5; --pass-bg: #143322; --claim-bg: #23304d;
    --ok: #8fd6a5; --bad: #ff8a80; --ask: #c7a6ff;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--paper); color: var(--ink);
  font: 17px/1.6 Georgia, "Times New Roman", serif;
}
header, main, footer { max-width: 76rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; border-bottom: 1px solid var(--rule); }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .4rem; overflow-wrap: anywhere; }
h2 {
  font: 600 .85rem/1.4 system-ui, sans-serif; text-transform: uppercase;
  letter-spacing: .06em; color: var(--muted); margin: 1.5rem 0 .6rem;
}
.summary, .legend, .flagged, .verdict-list, footer, .badge, .verdict {
  font-family: system-ui, -apple-system, "Segoe UI", sans-serif;
}
.summary { margin: 0 0 .5rem; font-size: .95rem; }
.summary strong { font-weight: 650; }
.legend { font-size: .8rem; color: var(--muted); margin: 0 0 1rem; }
.legend mark { margin-right: .6rem; white-space: nowrap; }
main { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 2.5rem; }
@media (min-width: 62rem) {
  main { grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); align-items: start; }
  #article { grid-column: 1; grid-row: 1 / span 3; }
  #flagged { grid-column: 2; grid-row: 1; }
  #verdicts { grid-column: 2; grid-row: 2; }
}
#article p { margin: 0 0 1em; overflow-wrap: break-word; }
mark.claim {
  color: inherit; background: var(--claim-bg); border-radius: 2px;
  padding: 0 .1em; text-decoration: none;
}
mark.claim.pass { background: var(--pass-bg); border-bottom: 2px dotted var(--pass); }
mark.claim.warn { background: var(--warn-bg); border-bottom: 2px dashed var(--warn); }
mark.claim.fail {
  background: var(--fail-bg); border-bottom: 3px double var(--fail); font-weight: 700;
}
mark.claim:target { outline: 3px solid var(--ask); }
sup.v { font: 700 .7rem/1 system-ui, sans-serif; margin-left: .1em; }
.v.confirmed, .verdict.confirmed { color: var(--ok); }
.v.disputed, .verdict.disputed { color: var(--bad); }
.v.needs-source, .verdict.needs-source { color: var(--ask); }
.flagged, .verdict-list { list-style: none; margin: 0; padding: 0; font-size: .92rem; }
.flagged > li, .verdict-list > li {
  border: 1px solid var(--rule); border-left-width: 5px; border-radius: 4px;
  padding: .55rem .7rem; margin: 0 0 .6rem; break-inside: avoid;
}
.flagged > li.fail { border-left-color: var(--fail); }
.flagged > li.warn { border-left-color: var(--warn); border-left-style: dashed; }
.badge {
  display: inline-block; font-size: .72rem; font-weight: 700; letter-spacing: .04em;
  padding: 0 .4em; border-radius: 3px; margin-right: .35rem; vertical-align: 1px;
}
.badge.fail { background: var(--fail); color: var(--paper); }
.badge.warn { background: var(--warn-bg); color: var(--warn); border: 1px solid var(--warn); }
.badge.pass { background: var(--pass-bg); color: var(--pass); border: 1px solid var(--pass); }
.rule { color: var(--muted); font-size: .8rem; }
.message { display: block; margin: .25rem 0; overflow-wrap: anywhere; }
.claims { margin: .25rem 0 0; padding-left: 1.1rem; }
.claims li { margin: .15rem 0; }
.claims a, .verdict-list a { color: inherit; }
.claims .value { color: var(--muted); }
.verdict { display: inline-block; font-size: .82rem; font-weight: 650; }
.note { display: block; color: var(--muted); font-style: italic; overflow-wrap: anywhere; }
.none { color: var(--muted); font-family: system-ui, sans-serif; font-size: .92rem; }
footer {
  border-top: 1px solid var(--rule); margin-top: 1.5rem; padding-block: .8rem 2rem;
  color: var(--muted); font-size: .8rem;
}
@media (max-width: 30rem) {
  body { font-size: 16px; }
  header, main, footer { padding: 0 .9rem; }
  header { padding-top: 1rem; }
  h1 { font-size: 1.3rem; }
}
@media print {
  :root {
    --ink: #000; --muted: #444; --paper: #fff; --rule: #999;
    --fail-bg: #fff; --warn-bg: #fff; --pass-bg: #fff; --claim-bg: #fff;
  }
  @page { margin: 16mm 14mm; }
  body { font-size: 11pt; }
  header, main, footer { max-width: none; padding: 0; }
  main { display: block; }
  mark.claim { background: none; border-bottom: 1px solid #777; }
  mark.claim.fail { border-bottom: 3px double #000; }
  mark.claim.warn { border-bottom: 2px dashed #000; }
  .flagged > li, .verdict-list > li { border-color: #999; }
  .badge.fail { background: none; color: #000; border: 1.5px solid #000; }
  a { text-decoration: none; }
  h2 { break-after: avoid; }
  #flagged:has(li) ~ #article { break-before: page; }
  #article p { orphans: 3; widows: 3; }
}
"""


def render_html(
    analysis: Analysis,
    review: Review | None = None,
    title: str | None = None,
    include_passes: bool = False,
    generated: datetime | None = None,
) -> str:
    """The whole report as one HTML string (UTF-8, no external references)."""
    review = review or Review()
    title = title or analysis.document.name
    generated = generated or datetime.now(UTC)
    flagged = _flagged(analysis, include_passes)
    fails, warns = len(analysis.failed), len(analysis.warned)
    summary = (
        f"<strong>{len(analysis.claims)}</strong> claims · "
        f"<strong>{fails}</strong> failed {_plural(fails, 'check')} · "
        f"<strong>{warns}</strong> {_plural(warns, 'warning')} · "
        f"<strong>{len(review)}</strong> {_plural(len(review), 'verdict')}"
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="reader">',
        f"<title>{escape(title)} — numbers checked</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="summary">{summary}</p>',
        '<p class="legend">'
        '<mark class="claim fail">fails a check</mark> '
        '<mark class="claim warn">warning</mark> '
        '<mark class="claim pass">checked, consistent</mark> '
        '<mark class="claim">claim</mark> '
        "<span>Verdicts: ✓ confirmed · ✗ disputed · ? needs source</span></p>",
        "</header>",
        "<main>",
        # Flagged first: on a phone and on paper it is what the reader came for;
        # on a wide screen the grid puts the article on the left.
        _flagged_section(analysis, review, flagged, include_passes),
        _verdicts_section(analysis, review),
        _article(analysis, review),
        "</main>",
        f"<footer>Made by reader on {generated:%Y-%m-%d %H:%M} UTC from "
        f"{escape(analysis.document.name)}. Claims are read by machine: check the "
        "arithmetic shown before relying on it.</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _plural(n: int, word: str) -> str:
    return word if n == 1 else word + "s"


def _flagged(analysis: Analysis, include_passes: bool) -> list[Check]:
    order = ("fail", "warn", "pass") if include_passes else ("fail", "warn")
    return [k for status in order for k in analysis.checks if k.status == status]


def _verdict_badge(verdict: Verdict | None) -> str:
    if verdict is None:
        return ""
    note = f'<span class="note">{escape(verdict.note)}</span>' if verdict.note else ""
    symbol = VERDICT_SYMBOL.get(verdict.verdict, "")
    return (
        f'<span class="verdict {escape(verdict.verdict)}">{symbol} '
        f"{escape(verdict.verdict)}</span>{note}"
    )


def _claim_mark(analysis: Analysis, claim: Claim, review: Review) -> str:
    status = analysis.status_of(claim.id)
    classes = "claim" + (f" {status}" if status else "")
    tip = f"{claim.kind} · {format_value(claim)}"
    if status:
        tip += f" · {status}"
    verdict = review.for_claim(claim.id)
    sup = ""
    if verdict is not None:
        tip += f" · {verdict.verdict}" + (f": {verdict.note}" if verdict.note else "")
        symbol = VERDICT_SYMBOL.get(verdict.verdict, "")
        sup = f'<sup class="v {escape(verdict.verdict)}">{symbol}</sup>'
    return (
        f'<mark class="{classes}" id="{escape(claim.id)}" title="{escape(tip)}">'
        f"{escape(claim.text)}</mark>{sup}"
    )


def _article(analysis: Analysis, review: Review) -> str:
    text = analysis.document.text
    claims = sorted(analysis.claims, key=lambda c: (c.start, c.end))
    out = ['<section id="article">', "<h2>Article</h2>"]
    i = 0
    for para in analysis.document.paragraphs:
        pos, pieces = para.start, []
        while i < len(claims) and claims[i].start < para.end:
            claim = claims[i]
            i += 1
            if claim.start < pos or claim.end > para.end:  # overlapping or straddling
                continue
            pieces.append(escape(text[pos : claim.start]))
            pieces.append(_claim_mark(analysis, claim, review))
            pos = claim.end
        pieces.append(escape(text[pos : para.end]))
        out.append("<p>" + "".join(pieces) + "</p>")
    if not analysis.document.paragraphs:
        out.append('<p class="none">The article is empty.</p>')
    out.append("</section>")
    return "\n".join(out)


def _claim_items(analysis: Analysis, ids: Iterable[str], review: Review) -> str:
    items = []
    for cid in ids:
        claim = analysis.claim(cid)
        items.append(
            f'<li><a href="#{escape(cid)}">“{escape(claim.text)}”</a> '
            f'<span class="value">{escape(format_value(claim))}</span> '
            f"{_verdict_badge(review.for_claim(cid))}</li>"
        )
    return '<ul class="claims">' + "".join(items) + "</ul>"


def _flagged_section(
    analysis: Analysis, review: Review, flagged: list[Check], include_passes: bool
) -> str:
    heading = "Checks" if include_passes else "Flagged"
    out = ['<section id="flagged">', f"<h2>{heading} ({len(flagged)})</h2>"]
    if not flagged:
        out.append('<p class="none">No inconsistencies found among the numbers.</p>')
    else:
        out.append('<ol class="flagged">')
        for check in flagged:
            out.append(
                f'<li class="check {check.status}">'
                f'<span class="badge {check.status}">{STATUS_LABEL[check.status]}</span>'
                f'<span class="rule">{escape(check.rule.replace("_", " "))}</span>'
                f'<span class="message">{escape(check.message)}</span>'
                f"{_verdict_badge(review.for_check(check))}"
                f"{_claim_items(analysis, check.claims, review)}</li>"
            )
        out.append("</ol>")
    out.append("</section>")
    return "\n".join(out)


def _verdicts_section(analysis: Analysis, review: Review) -> str:
    """Every claim verdict (flagged or not), and those no claim matches any more."""
    if not review.claims and not review.unmatched:
        return ""
    out = ['<section id="verdicts">', f"<h2>Verdicts on claims ({len(review.claims)})</h2>"]
    out.append('<ul class="verdict-list">')
    for claim in analysis.claims:
        verdict = review.for_claim(claim.id)
        if verdict is None:
            continue
        sentence = analysis.document.sentence_at(claim.start)
        context = analysis.document.sentence_text(sentence) if sentence else claim.text
        out.append(
            f'<li><a href="#{escape(claim.id)}">“{escape(claim.text)}”</a> '
            f"{_verdict_badge(verdict)}"
            f'<span class="message">{escape(context.strip())}</span></li>'
        )
    for stored in review.unmatched:
        out.append(
            f"<li>“{escape(stored.label)}” {_verdict_badge(stored.verdict)}"
            '<span class="message">Marked on an earlier version of the article; '
            "no claim matches it now.</span></li>"
        )
    out.append("</ul></section>")
    return "\n".join(out)
