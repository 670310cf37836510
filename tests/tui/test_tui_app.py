"""Pilot tests: the reader driven by keys and clicks over a fixed, hand-made analysis."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from tui_sample import SAMPLE_TEXT

from reader.document import Document
from reader.model import Analysis, Claim
from reader.tui.app import ReaderApp
from reader.tui.components.article_view import ArticleView
from reader.tui.components.claims_table import ClaimsTable
from reader.tui.screens.confirm import ConfirmScreen
from reader.tui.screens.export import ExportScreen
from reader.tui.screens.help import HelpScreen

SIZE = (100, 30)


async def test_opens_on_first_claim_with_counts(analysis: Analysis) -> None:
    app = ReaderApp(analysis.document, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.main_screen
        assert screen.current == "c1"
        assert screen.query_one(ClaimsTable).row_count == len(analysis.claims)
        status = str(screen.query_one("#status").render())
        assert "ceasefire.txt" in status and "14 claims" in status
        assert "1 fail" in status and "1 warn" in status


async def test_j_k_and_arrows_move_between_claims(analysis: Analysis) -> None:
    app = ReaderApp(analysis.document, analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        await pilot.press("j", "j")
        assert screen.current == "c3"
        await pilot.press("k")
        assert screen.current == "c2"
        await pilot.press("down", "down")
        assert screen.current == "c4"
        assert screen.query_one(ClaimsTable).cursor_row == 3
        await pilot.press("up")
        assert screen.current == "c3"
        app.set_focus(screen.query_one(ArticleView))
        await pilot.press("down")
        assert screen.current == "c4"
        await pilot.press("k", "k", "k", "k", "k")  # stops at the first claim
        assert screen.current == "c1"


async def test_next_and_previous_flagged_fails_first_then_warns(analysis: Analysis) -> None:
    app = ReaderApp(analysis.document, analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        seen = []
        for _ in range(5):
            await pilot.press("n")
            seen.append(screen.current)
        assert seen == ["c6", "c7", "c8", "c9", "c6"]  # fails, then warns, then wraps
        await pilot.press("N")
        assert screen.current == "c9"
        # the detail lists the check and its arithmetic
        options = screen.query_one("#detail-checks")
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("30 pound = 13.6 kg" in p for p in prompts)


async def test_article_scrolls_to_keep_the_current_claim_in_view() -> None:
    filler = "Nothing numeric in this line at all.\n" * 200
    text = "First 11 apples.\n" + filler + "Last 22 pears.\n"
    doc = Document.from_text(text, "long.txt")
    claims = []
    for n, needle in enumerate(["11", "22"], 1):
        start = text.index(needle)
        claims.append(Claim(f"c{n}", start, start + 2, needle, "count", float(needle)))
    analysis = Analysis(document=doc, claims=tuple(claims))
    app = ReaderApp(doc, analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        article = app.main_screen.query_one(ArticleView)
        assert article.scroll_y == 0
        await pilot.press("j")
        await pilot.pause()
        line = article.line_of(claims[1].start)
        top = round(article.scroll_y)
        assert top > 0 and top <= line < top + article.scrollable_content_region.height
        await pilot.press("k")
        await pilot.pause()
        assert round(article.scroll_y) == 0


async def test_find_highlights_steps_and_closes(analysis: Analysis) -> None:
    app = ReaderApp(analysis.document, analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        await pilot.press("slash")
        await pilot.press(*"hostages")
        expected = SAMPLE_TEXT.lower().count("hostages")
        assert expected >= 3
        assert len(screen._matches) == expected
        assert screen._match_current == 0
        assert str(screen.query_one("#find-count").render()) == f"1/{expected}"
        await pilot.press("enter")
        assert screen._match_current == 1
        await pilot.press("enter", "enter")
        assert screen._match_current == 0  # wrapped
        article = screen.query_one(ArticleView)
        assert article._match_starts == screen._matches
        await pilot.press("escape")
        assert not screen.query_one("#find").display
        assert article._match_starts == []
        assert app.focused is article


async def test_filter_cycles_all_flagged_and_kinds(analysis: Analysis) -> None:
    app = ReaderApp(analysis.document, analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        table = screen.query_one(ClaimsTable)
        await pilot.press("f")
        assert screen.filter_name == "flagged"
        assert table.claim_ids == ["c6", "c7", "c8", "c9"]
        assert screen.current == "c6"  # c1 is not flagged: the first shown becomes current
        await pilot.press("f")
        assert screen.filter_name == "count"
        assert all(analysis.claim(i).kind == "count" for i in table.claim_ids)
        await pilot.press("f")
        assert screen.filter_name == "percent" and table.claim_ids == ["c10"]
        for _ in range(4):  # measure, money, duration, back to all
            await pilot.press("f")
        assert screen.filter_name == "all" and table.row_count == 14


async def _export(pilot, app: ReaderApp, path: Path, fmt: str) -> None:
    await pilot.press("ctrl+e")
    assert isinstance(app.screen, ExportScreen)
    if fmt != "json":
        await pilot.click(f"#format-{fmt}")
    path_input = app.screen.query_one("#export-path")
    path_input.value = str(path)
    await pilot.click("#export-ok")
    await pilot.pause()


@pytest.mark.parametrize("fmt", ["json", "csv", "md"])
async def test_export_writes_the_flagged_checks(
    analysis: Analysis, tmp_path: Path, fmt: str
) -> None:
    app = ReaderApp(analysis.document, analysis)
    target = tmp_path / f"out.{fmt}"
    async with app.run_test(size=SIZE) as pilot:
        await _export(pilot, app, target, fmt)
        assert not isinstance(app.screen, ExportScreen)
        notes = [n.message for n in app._notifications]
        assert any(str(target) in m and "Wrote 2 flagged checks" in m for m in notes)
    content = target.read_text(encoding="utf-8")
    if fmt == "json":
        data = json.loads(content)
        assert [c["status"] for c in data["checks"]] == ["fail", "warn"]
        first = data["checks"][0]
        assert first["message"] == "38 released > 33 agreed for the phase"
        c6 = first["claims"][0]
        assert SAMPLE_TEXT[c6["start"] : c6["end"]] == c6["text"] == "38"
        assert c6["value"] == "38" and c6["line"] == 4
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(content)))
        assert [(r["status"], r["claim_id"]) for r in rows] == [
            ("fail", "c6"),
            ("fail", "c7"),
            ("warn", "c8"),
            ("warn", "c9"),
        ]
        assert rows[2]["value"] == "30 pound" and rows[2]["claim_text"] == "30 pounds"
    else:
        assert "FAIL" in content and "38 released > 33 agreed" in content
        assert "| c9 | 14 kg | measure |" in content
    assert "pass" not in content.split("summary")[-1].replace("passes", "")


async def test_export_never_overwrites_without_asking(analysis: Analysis, tmp_path: Path) -> None:
    app = ReaderApp(analysis.document, analysis)
    target = tmp_path / "flagged.json"
    target.write_text("keep me", encoding="utf-8")
    async with app.run_test(size=SIZE) as pilot:
        await _export(pilot, app, target, "json")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # keep
        assert isinstance(app.screen, ExportScreen)
        assert "exists" in str(app.screen.query_one("#export-error").render())
        assert target.read_text(encoding="utf-8") == "keep me"
        await pilot.click("#export-ok")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.click("#confirm-yes")
        await pilot.pause()
        assert not isinstance(app.screen, (ExportScreen, ConfirmScreen))
    assert json.loads(target.read_text(encoding="utf-8"))["checks"][0]["status"] == "fail"


async def test_export_escape_cancels(analysis: Analysis, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = ReaderApp(analysis.document, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+e")
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, ExportScreen)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("key", ["question_mark", "f1"])
async def test_help_shows_keys_and_the_focused_pane(analysis: Analysis, key: str) -> None:
    app = ReaderApp(analysis.document, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(key)
        assert isinstance(app.screen, HelpScreen)
        assert app.screen.focused_help is not None
        assert "## Claims" in app.screen.focused_help  # the claims list has focus
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        app.set_focus(app.main_screen.query_one(ArticleView))
        await pilot.press(key)
        assert "## Article" in (app.screen.focused_help or "")


async def test_ctrl_q_quits(analysis: Analysis) -> None:
    app = ReaderApp(analysis.document, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running


async def test_click_on_a_highlighted_claim_selects_it(analysis: Analysis) -> None:
    app = ReaderApp(analysis.document, analysis)
    async with app.run_test(size=SIZE) as pilot:
        article = app.main_screen.query_one(ArticleView)
        target = analysis.claim("c8")  # "30 pounds"
        line = article.line_of(target.start)
        column = target.start - article._line_starts[line]
        left = article.styles.padding.left
        await pilot.click(ArticleView, offset=(left + column + 2, line))
        assert app.main_screen.current == "c8"
        await pilot.click(ArticleView, offset=(left, 0))  # plain text: nothing changes
        assert app.main_screen.current == "c8"


async def test_detail_jumps_to_the_other_claim_of_a_check(analysis: Analysis) -> None:
    app = ReaderApp(analysis.document, analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        await pilot.press("n")  # c6, in the fail with c7
        await pilot.press("3")  # focus the detail's checks
        await pilot.press("down", "enter")
        assert screen.current == "c7"


async def test_command_palette_runs_the_apps_actions(analysis: Analysis) -> None:
    app = ReaderApp(analysis.document, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"next flagged")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.main_screen.current == "c6"


async def test_live_analysis_runs_in_the_background() -> None:
    doc = Document.from_text("They counted 42 geese and 7 swans.", "birds.txt")
    app = ReaderApp(doc)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        for _ in range(200):  # the analysis thread hands its result to the UI
            if screen.analysis is not None:
                break
            await pilot.pause(0.05)
        await pilot.pause()
        assert screen.analysis is not None
        assert [c.text for c in screen.analysis.claims][:2] == ["42", "7"]
        assert not screen.query_one("#progress").display
        assert screen.current == screen.analysis.claims[0].id


async def test_a_failing_analysis_says_so(monkeypatch) -> None:
    def broken(document):
        raise ValueError("boom")

    monkeypatch.setattr("reader.tui.screens.main.analyze", broken)
    app = ReaderApp(Document.from_text("One 1.", "one.txt"))
    async with app.run_test(size=SIZE) as pilot:
        label = app.main_screen.query_one("#progress-label")
        for _ in range(100):
            if "failed" in str(label.render()):
                break
            await pilot.pause(0.05)
        assert "Analysis failed: ValueError: boom" in str(label.render())
        assert app.main_screen.analysis is None


async def test_ctrl_t_switches_between_dark_and_light(analysis: Analysis) -> None:
    app = ReaderApp(analysis.document, analysis)
    async with app.run_test(size=SIZE) as pilot:
        dark = app.current_theme.dark
        await pilot.press("ctrl+t")
        assert app.current_theme.dark is not dark


def _many_claims(n: int) -> Analysis:
    text = " ".join(f"{i}" for i in range(1, n + 1))
    claims, pos = [], 0
    for i in range(1, n + 1):
        start = text.index(str(i), pos)
        pos = start + len(str(i))
        claims.append(Claim(f"c{i}", start, pos, str(i), "count", float(i)))
    return Analysis(document=Document.from_text(text, "many.txt"), claims=tuple(claims))


async def test_a_long_list_fills_in_chunks_and_keys_work_meanwhile() -> None:
    analysis = _many_claims(2 * ClaimsTable.CHUNK + 500)
    app = ReaderApp(analysis.document, analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        table = screen.query_one(ClaimsTable)
        await pilot.press("j", "j", "j")
        assert screen.current == "c4"
        for _ in range(100):
            if not table.filling:
                break
            await pilot.pause(0.02)
        assert table.row_count == len(analysis.claims)
        assert table.cursor_row == 3
        await pilot.press("ctrl+end")  # the table's own key: to the last row
        assert screen.current == analysis.claims[-1].id


async def test_resizing_rewraps_and_keeps_the_current_claim_in_view(analysis: Analysis) -> None:
    app = ReaderApp(analysis.document, analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        article = app.main_screen.query_one(ArticleView)
        await pilot.press("n", "n", "n")  # c8, far down the article
        narrow_lines = article.line_count
        await pilot.resize_terminal(200, 60)
        await pilot.pause()
        assert article.line_count < narrow_lines
        assert article._wrap_width == article.scrollable_content_region.width
        line = article.line_of(analysis.claim("c8").start)
        top = round(article.scroll_y)
        assert top <= line < top + article.scrollable_content_region.height


async def test_an_article_without_claims_opens_and_keys_do_no_harm() -> None:
    doc = Document.from_text("", "empty.txt")
    app = ReaderApp(doc, Analysis(document=doc, claims=()))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "k", "n", "N", "f", "slash", "x", "enter", "escape")
        screen = app.main_screen
        assert screen.current is None
        assert "No claim selected" in str(screen.query_one("#detail-fields").render())
        assert any("Nothing is flagged" in n.message for n in app._notifications)


async def test_export_path_suffix_picks_the_format(analysis: Analysis, tmp_path: Path) -> None:
    app = ReaderApp(analysis.document, analysis)
    target = tmp_path / "notes.md"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+e")
        app.screen.query_one("#export-path").value = str(target)
        await pilot.pause()
        assert app.screen.fmt == "md"
        await pilot.press("enter")
        await pilot.pause()
    assert target.read_text(encoding="utf-8").startswith("# Flagged: ceasefire.txt")


async def test_jumping_to_a_claim_the_filter_hides_shows_all_and_keeps_it(
    analysis: Analysis,
) -> None:
    app = ReaderApp(analysis.document, analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        await pilot.press("f", "f", "f")  # percent: only c10
        assert screen.query_one(ClaimsTable).claim_ids == ["c10"]
        await pilot.press("n")  # c6 is hidden by the filter
        await pilot.pause()
        assert screen.filter_name == "all" and screen.current == "c6"
        table = screen.query_one(ClaimsTable)
        assert table.claim_at_row(table.cursor_row) == "c6"


async def test_a_jump_beyond_the_filled_rows_lands_when_the_list_is_filled() -> None:
    analysis = _many_claims(3 * ClaimsTable.CHUNK)
    app = ReaderApp(analysis.document, analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        table = screen.query_one(ClaimsTable)
        target = analysis.claims[-10].id
        screen.select(target)
        assert screen.current == target
        for _ in range(100):
            if not table.filling:
                break
            await pilot.pause(0.02)
        await pilot.pause()
        assert screen.current == target
        assert table.claim_at_row(table.cursor_row) == target


async def test_a_theme_change_repaints_the_article_and_the_list(analysis: Analysis) -> None:
    app = ReaderApp(analysis.document, analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        await pilot.press("n")  # c6, failed
        article = screen.query_one(ArticleView)
        table = screen.query_one(ClaimsTable)
        line = article.line_of(analysis.claim("c7").start)
        before_article = article._render_text_line(line, 40)
        before_mark = table.get_row_at(table.row_of("c7"))[0].spans
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert article._render_text_line(line, 40) != before_article
        assert table.get_row_at(table.row_of("c7"))[0].spans != before_mark
        assert screen.current == "c6"


async def test_tab_moves_focus_between_the_panes(analysis: Analysis) -> None:
    app = ReaderApp(analysis.document, analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        assert app.focused is screen.query_one(ClaimsTable)
        seen = []
        for _ in range(3):
            await pilot.press("tab")
            seen.append(app.focused.id if app.focused else None)
        assert seen == ["detail-checks", "article", "claims"]


async def test_clicking_a_row_in_the_list_selects_its_claim(analysis: Analysis) -> None:
    app = ReaderApp(analysis.document, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.click(ClaimsTable, offset=(6, 1 + 9))  # header line, then row 9 (c10)
        await pilot.pause()
        assert app.main_screen.current == "c10"
