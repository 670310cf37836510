"""Verdicts in the reader itself: v / V, the list's marks, the detail, reopening, export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import OptionList
from tui_sample import sample_analysis

from reader.model import Analysis
from reader.tui.app import ReaderApp
from reader.tui.components.claim_detail import ClaimDetail
from reader.tui.components.claims_table import ClaimsTable
from reader.tui.screens.export import ExportScreen
from reader.tui.screens.verdict import VerdictScreen

SIZE = (120, 34)


def claim_cell(app: ReaderApp, claim_id: str) -> str:
    table = app.main_screen.query_one(ClaimsTable)
    return str(table.get_row_at(table.row_of(claim_id))[1])


def detail_text(app: ReaderApp) -> str:
    return str(app.main_screen.query_one("#detail-fields").render())


async def _go_to(pilot, app: ReaderApp, claim_id: str) -> None:
    app.main_screen.select(claim_id)
    await pilot.pause()


async def test_v_marks_the_current_claim_and_reopening_restores_it(db_env: Path) -> None:
    analysis = sample_analysis()
    app = ReaderApp(analysis.document, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await _go_to(pilot, app, "c6")
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, VerdictScreen)
        await pilot.press("d", *"38 is not 33", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, VerdictScreen)
        assert claim_cell(app, "c6").startswith("D ")
        assert "disputed — 38 is not 33" in detail_text(app)
        assert not claim_cell(app, "c7").startswith(("C ", "D ", "S "))

    again = ReaderApp(analysis.document, sample_analysis())  # a new session, same article
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert claim_cell(again, "c6").startswith("D ")
        await _go_to(pilot, again, "c6")
        assert "disputed — 38 is not 33" in detail_text(again)


async def test_shift_v_marks_the_check_under_the_detail_cursor(db_env: Path) -> None:
    analysis = sample_analysis()
    app = ReaderApp(analysis.document, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await _go_to(pilot, app, "c6")  # in the failing check and in a passing sum
        await pilot.press("V")
        await pilot.pause()
        assert isinstance(app.screen, VerdictScreen)
        assert "fail check part_exceeds_whole" in str(
            app.screen.query_one("#verdict-title").render()
        )
        await pilot.press("s", "enter")
        await pilot.pause()
        reviewer = app.main_screen.reviewer
        assert reviewer.review.for_check(analysis.checks[0]).verdict == "needs-source"
        options = app.main_screen.query_one("#detail-checks", OptionList)
        headings = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("part_exceeds_whole" in h and "[needs-source]" in h for h in headings)


async def test_exports_carry_the_verdicts(db_env: Path, tmp_path: Path) -> None:
    analysis = sample_analysis()
    app = ReaderApp(analysis.document, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await _go_to(pilot, app, "c7")
        await pilot.press("v", "c", *"agreed text", "enter")
        await pilot.pause()
        for fmt in ("json", "html"):
            target = tmp_path / f"out.{fmt}"
            await pilot.press("ctrl+e")
            await pilot.pause()
            assert isinstance(app.screen, ExportScreen)
            if fmt != "json":
                await pilot.click(f"#format-{fmt}")
            app.screen.query_one("#export-path").value = str(target)
            await pilot.click("#export-ok")
            await pilot.pause()
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    claims = {c["id"]: c for k in data["checks"] for c in k["claims"]}
    assert claims["c7"]["verdict"]["verdict"] == "confirmed"
    assert claims["c7"]["verdict"]["note"] == "agreed text"
    assert claims["c6"]["verdict"] is None
    html = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "agreed text" in html


async def test_a_corrupt_database_warns_and_the_article_still_opens(
    db_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_env.write_bytes(b"not a database" * 64)
    analysis: Analysis = sample_analysis()
    app = ReaderApp(analysis.document, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.main_screen.query_one(ClaimsTable).row_count == len(analysis.claims)
        notes = [str(n.message) for n in app._notifications]
        assert any("verdicts are off" in m and str(db_env) in m for m in notes)
        await pilot.press("v")
        await pilot.pause()
        assert not isinstance(app.screen, VerdictScreen)
        assert any("Cannot mark" in str(n.message) for n in app._notifications)
        assert app.main_screen.query_one(ClaimDetail) is not None
    assert db_env.read_bytes() == b"not a database" * 64
