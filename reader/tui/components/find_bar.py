"""The find bar under the article: type to find, enter for the next match."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label


class FindBar(Horizontal):
    """`/` opens it; enter jumps to the next match, shift+enter back; escape closes."""

    HELP = """\
## Find

Type to find text in the article (case-insensitive); every match is highlighted.

- **enter**: next match, **shift+enter** / **ctrl+r**: previous match
- **escape**: close the find bar
"""

    BINDINGS = [
        Binding("escape", "close", "Close find", show=True),
        Binding("shift+enter,ctrl+r", "previous", "Previous match", show=False),
    ]

    class Changed(Message):
        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Next(Message):
        def __init__(self, forward: bool) -> None:
            super().__init__()
            self.forward = forward

    class Closed(Message):
        pass

    def compose(self) -> ComposeResult:
        yield Label("Find:", id="find-label")
        yield Input(placeholder="text in the article", id="find-input")
        yield Label("", id="find-count")

    def open(self) -> None:
        self.display = True
        self.query_one(Input).focus()

    def set_count(self, current: int | None, total: int) -> None:
        text = "no match" if total == 0 else f"{(current or 0) + 1:,}/{total:,}"
        self.query_one("#find-count", Label).update(text)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Next(True))

    def action_previous(self) -> None:
        self.post_message(self.Next(False))

    def action_close(self) -> None:
        self.display = False
        self.post_message(self.Closed())
