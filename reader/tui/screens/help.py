"""Help: the focused pane's help, then every key from the actions registry."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Markdown

from reader.tui.actions import ACTIONS, BUILTIN_KEYS


def keys_markdown() -> str:
    rows = ["| key | does |", "|---|---|"]
    rows += [f"| `{a.display}` | {a.tooltip} |" for a in ACTIONS]
    rows += [f"| `{k}` | {d} |" for k, d in BUILTIN_KEYS]
    return "\n".join(rows)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,question_mark,q", "dismiss_help", "Close help")]

    def __init__(self, focused_help: str | None) -> None:
        super().__init__()
        self.focused_help = focused_help

    def compose(self) -> ComposeResult:
        text = (self.focused_help or "") + "\n\n## Keys\n\n" + keys_markdown()
        with Vertical(id="help-dialog", classes="dialog"):
            yield Markdown(text, id="help-text")

    def action_dismiss_help(self) -> None:
        self.dismiss(None)
