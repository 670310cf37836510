"""Snapshots of the main screen over a fixed document and analysis (stable while the
extractor and checks improve). Regenerate with: pytest tests/tui --snapshot-update"""

from __future__ import annotations

from tui_sample import sample_analysis

from reader.tui.app import ReaderApp


def _app() -> ReaderApp:
    analysis = sample_analysis()
    return ReaderApp(analysis.document, analysis)


async def _on_failed_claim(pilot) -> None:
    await pilot.press("n")  # the first failed claim: flags, detail and checks on screen
    await pilot.pause()


def test_main_screen_80x24(snap_compare) -> None:
    assert snap_compare(_app(), terminal_size=(80, 24), run_before=_on_failed_claim)


def test_main_screen_160x48(snap_compare) -> None:
    assert snap_compare(_app(), terminal_size=(160, 48), run_before=_on_failed_claim)


def test_main_screen_light_theme_80x24(snap_compare) -> None:
    async def light(pilot) -> None:
        pilot.app.theme = "textual-light"
        await _on_failed_claim(pilot)

    assert snap_compare(_app(), terminal_size=(80, 24), run_before=light)
