"""The verdict modal: confirmed, disputed or needs-source, with an optional note.

Keys: c / d / s pick a verdict and move to the note; enter saves; x clears an
existing verdict; escape cancels. Dismisses with a VerdictChoice, or None when
cancelled; the caller stores it (reader.verdicts) and reports any failure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

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
TABLE_STYLE = {
    "confirmed": "bold $success",
    "disputed": "bold reverse $error",
    "needs-source": "bold $warning",
}

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
