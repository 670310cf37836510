"""The verdict modal: confirmed, disputed or needs-source, with an optional note.

Keys: c / d / s pick a verdict and move to the note; enter saves; x clears an
existing verdict; escape cancels. Dismisses with a VerdictChoice, or None when
cancelled; the caller stores it (reader.verdicts) and reports any failure.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet

from reader.model import STATUS_ORDER, Analysis, Check, Claim
from reader.verdicts import (
    VERDICTS,
    Review,
    Verdict,
    VerdictError,
    VerdictStore,
    resolve_db_path,
)

LABELS = {"confirmed": "Confirmed", "disputed": "Disputed", "needs-source": "Needs source"}
KEYS = {"confirmed": "c", "disputed": "d", "needs-source": "s"}


@dataclass(frozen=True, slots=True)
class VerdictChoice:
    verdict: str | None  # None: clear the verdict in force
    note: str = ""


class VerdictScreen(ModalScreen[VerdictChoice | None]):
    """Mark one claim or check. ``subject`` says what, e.g. '“13” (count)'."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        *(Binding(KEYS[v], f"pick('{v}')", LABELS[v]) for v in VERDICTS),
        Binding("x", "clear", "Clear"),
    ]

    def __init__(self, subject: str, current: Verdict | None = None) -> None:
        super().__init__()
        self.subject = subject
        self.current = current

    def compose(self) -> ComposeResult:
        chosen = self.current.verdict if self.current else VERDICTS[0]
        with Vertical(id="verdict-dialog", classes="dialog"):
            yield Label(f"Verdict on {self.subject}", id="verdict-title")
            with RadioSet(id="verdict-choice"):
                for v in VERDICTS:
                    yield RadioButton(
                        f"{LABELS[v]}  [dim]({KEYS[v]})[/]", value=v == chosen, id=f"verdict-{v}"
                    )
            yield Label("Note (optional):")
            yield Input(
                self.current.note if self.current else "",
                placeholder="source, who you asked, what is wrong…",
                id="verdict-note",
            )
            with Horizontal(classes="dialog-buttons"):
                if self.current is not None:
                    yield Button("Clear (x)", variant="warning", id="verdict-clear")
                yield Button("Save", variant="primary", id="verdict-save")
                yield Button("Cancel", id="verdict-cancel")

    def on_mount(self) -> None:
        radios = self.query_one(RadioSet)
        radios.focus()
        # Start the highlight on the verdict in force, not on the first button
        # (RadioSet has no public way to do this in Textual 8).
        if self.current is not None and hasattr(radios, "_selected"):
            radios._selected = VERDICTS.index(self.current.verdict)

    @property
    def chosen(self) -> str:
        pressed = self.query_one(RadioSet).pressed_button
        return (pressed.id if pressed and pressed.id else f"verdict-{VERDICTS[0]}").removeprefix(
            "verdict-"
        )

    def action_pick(self, verdict: str) -> None:
        self.query_one(f"#verdict-{verdict}", RadioButton).value = True
        self.query_one("#verdict-note", Input).focus()

    def action_clear(self) -> None:
        if self.current is not None:
            self.dismiss(VerdictChoice(None))

    def action_cancel(self) -> None:
        self.dismiss(None)

    def _save(self) -> None:
        note = self.query_one("#verdict-note", Input).value.strip()
        self.dismiss(VerdictChoice(self.chosen, note))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "verdict-save":
            self._save()
        elif event.button.id == "verdict-clear":
            self.action_clear()
        else:
            self.action_cancel()


# ----------------------------------------------------------- for the main screen

# One letter per verdict in the claims list: the status column already uses ✗ ✓ !.
TABLE_MARK = {"confirmed": "C", "disputed": "D", "needs-source": "S"}


def verdict_mark(verdict: str | None, colors: Mapping[str, str]) -> Text:
    """The letter shown before a claim in the list (empty when it has no verdict);
    ``colors`` are the app's theme variables."""
    if verdict is None:
        return Text()
    style = {
        "confirmed": f"bold {colors.get('text-success', 'green')}",
        "disputed": f"bold reverse {colors.get('text-error', 'red')}",
        "needs-source": f"bold {colors.get('text-warning', 'yellow')}",
    }[verdict]
    return Text.assemble((TABLE_MARK[verdict], style), " ")


_STORES: dict[Path, VerdictStore] = {}
K = TypeVar("K")


def shared_store() -> VerdictStore:
    """The app's verdicts store (--db, $READER_DB or the data dir), opened once."""
    path = resolve_db_path()
    if path not in _STORES:
        _STORES[path] = VerdictStore(path)
    return _STORES[path]


def check_to_mark(analysis: Analysis, claim_id: str, option_id: str | None) -> Check | None:
    """The check under the detail pane's cursor ("jump-N-..."), else the worst one
    involving the claim, else None."""
    checks = analysis.checks_for(claim_id)
    if option_id and option_id.startswith("jump-"):
        n = int(option_id.split("-", 2)[1])
        if 0 <= n < len(checks):
            return checks[n]
    if not checks:
        return None
    return max(checks, key=lambda k: STATUS_ORDER[k.status])


def describe(target: Claim | Check) -> str:
    if isinstance(target, Claim):
        return f"“{target.text}” ({target.kind})"
    return f"the {target.status} check {target.rule}: {target.message}"


class Reviewer:
    """The verdicts of one open article: loads them, asks for one, saves it at once."""

    def __init__(self, store: VerdictStore | None = None) -> None:
        self._store = store
        self.review = Review()

    @property
    def store(self) -> VerdictStore:
        if self._store is None:
            self._store = shared_store()
        return self._store

    def load(self, analysis: Analysis) -> Review:
        self.review = self.store.review(analysis)
        return self.review

    def verdict_of(self, target: Claim | Check) -> Verdict | None:
        if isinstance(target, Claim):
            return self.review.for_claim(target.id)
        return self.review.for_check(target)

    def ask(
        self,
        screen: Screen[object],
        analysis: Analysis,
        target: Claim | Check,
        done: Callable[[Claim | Check, Verdict | None], None],
    ) -> None:
        """Open the modal; store the choice; ``done`` once it is on disk."""
        if not self.store.writable:
            screen.notify(f"Cannot mark: {self.store.problem}", severity="error", timeout=10)
            return

        def chosen(choice: VerdictChoice | None) -> None:
            if choice is None:
                return
            try:
                verdict = self.store.mark(analysis, target, choice.verdict, choice.note)
            except VerdictError as exc:
                screen.notify(str(exc), severity="error", timeout=10)
                return
            if isinstance(target, Claim):
                _put(self.review.claims, target.id, verdict)
            else:
                _put(self.review.checks, target, verdict)
            what = describe(target) if isinstance(target, Claim) else f"check {target.rule}"
            screen.notify(f"{what}: {choice.verdict or 'verdict cleared'} (saved)", timeout=3)
            done(target, verdict)

        screen.app.push_screen(VerdictScreen(describe(target), self.verdict_of(target)), chosen)


def _put(verdicts: dict[K, Verdict], key: K, verdict: Verdict | None) -> None:
    if verdict is None:
        verdicts.pop(key, None)
    else:
        verdicts[key] = verdict


class VerdictActions:
    """The verdict keys of the main screen, as a mixin: ``v`` marks the current
    claim, ``V`` a check of it. The screen provides ``analysis``, ``current``,
    the ClaimsTable and ClaimDetail, and calls ``_load_verdicts`` when its
    analysis is ready."""

    analysis: Analysis | None
    current: str | None

    @property
    def reviewer(self) -> Reviewer:
        found: Reviewer | None = getattr(self, "_reviewer", None)
        if found is None:
            found = Reviewer()
            self._reviewer = found
        return found

    def _load_verdicts(self, analysis: Analysis) -> None:
        """Restore the verdicts recorded for this article; say what is wrong, if anything."""
        screen = self._as_screen()
        review = self.reviewer.load(analysis)
        self._show_verdict_marks()
        store = self.reviewer.store
        if store.problem:
            screen.notify(store.problem, severity="warning", timeout=12)
        if review.unmatched:
            n = len(review.unmatched)
            screen.notify(
                f"{n} verdict{'s' * (n != 1)} from an earlier version match no claim now "
                "(kept in the database and listed in the HTML export).",
                severity="warning",
                timeout=8,
            )

    def _show_verdict_marks(self) -> None:
        from reader.tui.components.claim_detail import ClaimDetail
        from reader.tui.components.claims_table import ClaimsTable

        screen = self._as_screen()
        review = self.reviewer.review
        screen.query_one(ClaimsTable).set_verdicts(
            {cid: v.verdict for cid, v in review.claims.items()}
        )
        screen.query_one(ClaimDetail).review = review

    def _as_screen(self) -> Screen[object]:
        assert isinstance(self, Screen)
        return self

    def action_verdict(self) -> None:
        if self.analysis is None or self.current is None:
            self._as_screen().notify("No claim selected to mark.", timeout=3)
            return
        claim = self.analysis.claim(self.current)
        self.reviewer.ask(self._as_screen(), self.analysis, claim, self._verdict_saved)

    def action_verdict_check(self) -> None:
        from textual.widgets import OptionList

        if self.analysis is None or self.current is None:
            return
        screen = self._as_screen()
        options = screen.query_one("#detail-checks", OptionList)
        highlighted = options.highlighted_option if options.has_focus else None
        check = check_to_mark(self.analysis, self.current, highlighted.id if highlighted else None)
        if check is None:
            screen.notify("No check involves this claim.", timeout=3)
            return
        self.reviewer.ask(screen, self.analysis, check, self._verdict_saved)

    def _verdict_saved(self, target: Claim | Check, verdict: Verdict | None) -> None:
        from reader.tui.components.claim_detail import ClaimDetail

        self._show_verdict_marks()
        if self.analysis is not None and self.current is not None:
            screen = self._as_screen()
            screen.query_one(ClaimDetail).show(self.analysis, self.analysis.claim(self.current))
