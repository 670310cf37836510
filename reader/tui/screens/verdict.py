"""The verdict modal: confirmed, disputed or needs-source, with an optional note.

Keys: c / d / s pick a verdict and move to the note; enter saves; x clears an
existing verdict; escape cancels. Dismisses with a VerdictChoice, or None when
cancelled; the caller stores it (reader.verdicts) and reports any failure.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet

from reader.verdicts import VERDICTS, Verdict

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
