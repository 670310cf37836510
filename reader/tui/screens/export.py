"""The export modal: pick a format and a path; returns what to write, or None."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet

from reader.tui.screens.confirm import ConfirmScreen

EXPORT_FORMATS = (("json", "JSON"), ("csv", "CSV"), ("md", "Markdown"), ("html", "HTML report"))
SUFFIX_FORMATS = {".json": "json", ".csv": "csv", ".md": "md", ".markdown": "md"}


@dataclass(frozen=True)
class ExportRequest:
    fmt: str
    path: Path
    overwrite: bool


class ExportScreen(ModalScreen[ExportRequest | None]):
    """Format and path; asks before replacing an existing file."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, directory: Path, stem: str, flagged: int) -> None:
        super().__init__()
        self.directory, self.stem, self.flagged = directory, stem, flagged
        self.fmt = "json"

    def default_path(self, fmt: str) -> str:
        return str(self.directory / f"{self.stem}-flagged.{fmt}")

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog", classes="dialog"):
            yield Label(
                f"Export {self.flagged} flagged check{'s' * (self.flagged != 1)}",
                id="export-title",
            )
            with RadioSet(id="export-format"):
                for i, (fmt, label) in enumerate(EXPORT_FORMATS):
                    yield RadioButton(label, value=i == 0, id=f"format-{fmt}")
            yield Label("Path:")
            yield Input(self.default_path(self.fmt), id="export-path")
            yield Label("", id="export-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export", variant="primary", id="export-ok")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        new = (event.pressed.id or "format-json").removeprefix("format-")
        path_input = self.query_one("#export-path", Input)
        # Follow the format in the suffix while the path is still the suggested one.
        if path_input.value == self.default_path(self.fmt):
            path_input.value = self.default_path(new)
        self.fmt = new

    def on_input_changed(self, event: Input.Changed) -> None:
        """A path typed with a known suffix picks that format: "x.md" is Markdown."""
        fmt = SUFFIX_FORMATS.get(Path(event.value.strip()).suffix.lower())
        if fmt is not None and fmt != self.fmt:
            self.query_one(f"#format-{fmt}", RadioButton).value = True

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export-ok":
            self._submit()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def _error(self, message: str) -> None:
        self.query_one("#export-error", Label).update(message)

    def _submit(self) -> None:
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            self._error("Give a path to write to.")
            return
        path = Path(raw).expanduser()
        if path.is_dir():
            self._error(f"{path} is a folder; give a file name.")
            return
        if not path.parent.is_dir():
            self._error(f"No folder {path.parent}.")
            return
        if path.exists():

            def answered(yes: bool | None) -> None:
                if yes:
                    self.dismiss(ExportRequest(self.fmt, path, overwrite=True))
                else:
                    self._error(f"{path.name} exists; choose another path.")

            self.app.push_screen(
                ConfirmScreen(f"{path} already exists. Overwrite it?", "Overwrite", "Keep"),
                answered,
            )
            return
        self.dismiss(ExportRequest(self.fmt, path, overwrite=False))
