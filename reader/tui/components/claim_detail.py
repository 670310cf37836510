"""The detail area: everything the analysis knows about the current claim.

The checks involving the claim are an OptionList: each check is a heading, and
the other claims of the check are options that jump to them.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.export import format_interval, format_normalized, format_value
from reader.model import Analysis, Claim
from reader.verdicts import Review

STATUS_STYLE = {
    "fail": "bold reverse $text-error",
    "warn": "bold reverse $text-warning",
    "pass": "bold $text-success",
}


def _line(label: str, value: object) -> Content:
    return Content.assemble((f"{label:<10}", "dim"), str(value))


def _value_and_interval(claim: Claim) -> str:
    """ "38" for an exact number; "about 1,900  [1,800, 2,000] approx" when it is not."""
    value, interval = format_value(claim), format_interval(claim)
    if claim.kind == "date" or (claim.low is not None and claim.low == claim.high):
        return value if claim.bound == "exact" else f"{value}  ({claim.bound})"
    return f"{value}  {interval} {claim.bound}"


class ClaimDetail(VerticalScroll, can_focus=False):
    """Interval and bound, unit, subject and predicate, sentence, and the checks."""

    HELP = """\
## Detail

The current claim: its interval and bound, unit, subject and predicate, the
sentence it stands in, and every check that involves it with status and message.
Under each check are the other claims it compares: **enter** on one (or a click)
jumps to it.
"""

    class JumpTo(Message):
        def __init__(self, claim_id: str) -> None:
            super().__init__()
            self.claim_id = claim_id

    review = Review()  # the verdicts in force; the screen sets it

    def compose(self) -> ComposeResult:
        # The checks come right after the fields: at 80x24 they must not fall below the fold.
        yield Static(id="detail-fields")
        yield OptionList(id="detail-checks")
        yield Static(id="detail-sentence")

    def show(self, analysis: Analysis | None, claim: Claim | None) -> None:
        fields = self.query_one("#detail-fields", Static)
        sentence = self.query_one("#detail-sentence", Static)
        checks = self.query_one("#detail-checks", OptionList)
        checks.clear_options()
        if analysis is None or claim is None:
            fields.update("No claim selected.")
            sentence.update("")
            checks.display = False
            return
        lines = [
            Content.assemble((claim.text, "bold"), "  ", (claim.kind, "italic"), f"  {claim.id}"),
            _line("value", _value_and_interval(claim)),
        ]
        normalized = format_normalized(claim)
        if claim.unit or normalized:
            unit = claim.unit or ""
            lines.append(_line("unit", unit + (f" = {normalized}" if normalized else "")))
        if claim.currency:
            lines.append(_line("currency", claim.currency))
        lines.append(_line("subject", claim.subject or "—"))
        lines.append(_line("predicate", claim.predicate or "—"))
        flags = [f for f, on in (("vague", claim.vague), ("pp", claim.percentage_points)) if on]
        if flags:
            lines.append(_line("flags", ", ".join(flags)))
        verdict = self.review.for_claim(claim.id)
        if verdict is not None:
            note = f" — {verdict.note}" if verdict.note else ""
            lines.append(_line("verdict", f"{verdict.verdict}{note}"))
        fields.update(Content("\n").join(lines))
        document = analysis.document
        sent = document.sentence_at(claim.start)
        if sent is not None:
            text = document.sentence_text(sent).replace("\n", " ")
            a, b = claim.start - sent.start, claim.end - sent.start
            sentence.update(
                Content.assemble(("“", "dim"), text[:a], (text[a:b], "bold underline"), text[b:])
                + Content.styled("”", "dim")
            )
        else:
            sentence.update("")
        related = analysis.checks_for(claim.id)
        checks.display = True
        if not related:
            checks.add_option(
                Option(Content.styled("No check involves this claim.", "dim"), disabled=True)
            )
            return
        options: list[Option] = []
        for n, check in enumerate(related):
            check_verdict = self.review.for_check(check)
            heading = Content.assemble(
                (f" {check.status.upper()} ", STATUS_STYLE[check.status]),
                " ",
                (check.rule, "bold"),
                (f"  [{check_verdict.verdict}]" if check_verdict else "", "italic"),
                "\n",
                check.message,
            )
            options.append(Option(heading, id=f"check-{n}", disabled=True))
            for other in check.claims:
                if other == claim.id:
                    continue
                o = analysis.claim(other)
                options.append(
                    Option(
                        Content.assemble("  → ", (o.text, "bold"), f"  {o.kind}  {o.id}"),
                        id=f"jump-{n}-{other}",
                    )
                )
        checks.add_options(options)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith("jump-"):
            self.post_message(self.JumpTo(option_id.split("-", 2)[2]))
