"""`reader check PATH...` over many documents: expansion, order, JSON Lines, exit status."""

from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader import batch
from reader.analysis import analyze
from reader.cli import main
from reader.document import Document, read_document
from reader.model import Analysis, Check
from reader.resources import seed_article

ARTICLE = "The ferry carried 212 passengers and 14 crew. About 35% were children.\n"


def run(*args: str, **kw: object) -> subprocess.CompletedProcess[bytes]:
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **kw}
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        timeout=120,
        **streams,  # type: ignore[call-overload]
    )


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A small tree: documents of every kind, a hidden folder, and files to leave alone."""
    root = tmp_path / "archive"
    (root / "2023" / "may").mkdir(parents=True)
    (root / ".cache").mkdir()
    for i, rel in enumerate(["b.txt", "a.md", "2023/c.txt", "2023/may/d.txt", "2023/e.html"]):
        (root / rel).write_text(f"Story {rel}: {i + 1} ships and {10 * (i + 1)} tons.\n")
    (root / "notes.json").write_text("{}")
    (root / ".cache" / "x.txt").write_text("hidden 1")
    (root / ".hidden.txt").write_text("hidden 2")
    return root


def lines_of(data: bytes) -> list[dict[str, object]]:
    assert data.endswith(b"\n")
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


# ---------------------------------------------------------------- expansion


def test_folder_is_recursive_sorted_and_skips_other_and_hidden_files(archive: Path) -> None:
    found = batch.expand_paths([str(archive)])
    rel = [os.path.relpath(p, archive) for p in found.documents]
    assert rel == sorted(rel)
    assert set(rel) == {"a.md", "b.txt", "2023/c.txt", "2023/e.html", "2023/may/d.txt"}
    assert found.unmatched == []


def test_order_follows_arguments_and_each_document_comes_once(archive: Path) -> None:
    b, a = str(archive / "b.txt"), str(archive / "a.md")
    found = batch.expand_paths([b, str(archive / "2023" / "*.txt"), a, str(archive), b])
    assert found.documents[:3] == [b, str(archive / "2023" / "c.txt"), a]
    assert len(found.documents) == 5 == len({os.path.abspath(p) for p in found.documents})


def test_recursive_glob_and_a_file_named_outright_whatever_its_suffix(archive: Path) -> None:
    found = batch.expand_paths([str(archive / "**" / "*.txt"), str(archive / "notes.json")])
    names = [os.path.relpath(p, archive) for p in found.documents]
    assert names == ["2023/c.txt", "2023/may/d.txt", "b.txt", "notes.json"]


def test_paths_that_match_nothing_are_reported(archive: Path, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    found = batch.expand_paths(
        [str(archive / "*.pdf"), str(tmp_path / "empty"), str(tmp_path / "gone.txt"), "-"]
    )
    assert found.documents == []
    assert len(found.unmatched) == 4
    assert "matches no" in found.unmatched[0] and "no such file" in found.unmatched[2]


def test_a_file_whose_name_looks_like_a_pattern_is_that_file(tmp_path: Path) -> None:
    odd = tmp_path / "report[1].txt"
    odd.write_text("7 cats")
    assert batch.expand_paths([str(odd)]).documents == [str(odd)]
    assert not batch.is_batch([str(odd)])


# ---------------------------------------------------------------- records


def test_record_matches_the_single_document_analysis(archive: Path) -> None:
    path = str(archive / "b.txt")
    result = batch.check_document(path)
    record = json.loads(result.line)
    expected = analyze(read_document(path)).to_dict()
    assert record["path"] == path
    assert record["claims"] == expected["claims"] and record["checks"] == expected["checks"]
    assert record["summary"] == expected["summary"]
    assert result.claims == len(expected["claims"]) and result.error is None  # type: ignore[arg-type]


def test_unreadable_document_is_an_error_record(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes(b"caf\xe9 42")
    result = batch.check_document(str(bad))
    assert json.loads(result.line) == {"path": str(bad), "error": result.error}
    assert result.error and result.error.startswith("not UTF-8")


def test_a_crash_on_one_document_is_its_error_not_the_runs(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(document: object) -> Analysis:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(batch, "analyze", boom)
    result = batch.check_document(str(archive / "b.txt"))
    assert result.error == "internal error: ZeroDivisionError: division by zero"


def test_two_processes_give_the_same_results_in_input_order(tmp_path: Path) -> None:
    text = seed_article().read_text(encoding="utf-8")
    paths = []
    for i in range(40):
        p = tmp_path / f"doc{i:02d}.txt"
        # Vary the documents so a mix-up between them would show.
        p.write_text(text.replace("1,200", f"{1200 + i:,}") + f"\nThere were {i} more.\n")
        paths.append(str(p))
    paths.insert(7, str(tmp_path / "missing.txt"))
    one = [r.line for r in batch.check_locally(paths, jobs=1)]
    two = [r.line for r in batch.check_locally(paths, jobs=2)]
    assert one == two
    assert [json.loads(line)["path"] for line in two] == paths


def test_ordered_results_keeps_a_bounded_window() -> None:
    in_flight, peak = 0, 0

    class Done:
        def __init__(self, chunk: list[tuple[str, str]]) -> None:
            self.chunk = chunk

        def result(self) -> list[batch.Result]:
            nonlocal in_flight
            in_flight -= 1
            return [batch.Result(p, p) for p, _ in self.chunk]

        def cancel(self) -> None:
            pass

    def submit(chunk: list[tuple[str, str]]) -> Done:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        return Done(chunk)

    docs = [f"d{i}" for i in range(1000)]
    out = [r.path for r in batch.ordered_results(submit, docs, chunk_size=3, window=5)]
    assert out == docs
    assert peak == 5


# ---------------------------------------------------------------- the command


def test_one_file_keeps_the_single_json_object(tmp_path: Path) -> None:
    proc = run("check", str(seed_article()), "--format", "json")
    assert proc.returncode in (0, 1)
    report = json.loads(proc.stdout)  # one object, not lines
    assert report["document"] == seed_article().name and "path" not in report


def test_several_documents_write_json_lines(archive: Path, tmp_path: Path) -> None:
    bad = archive / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    proc = run("check", str(archive), "--jobs", "2")
    records = lines_of(proc.stdout)
    assert [r["path"] for r in records] == batch.expand_paths([str(archive)]).documents
    errors = [r for r in records if "error" in r]
    assert [r["path"] for r in errors] == [str(bad)] and "binary" in errors[0]["error"]  # type: ignore[operator]
    for r in records:
        if "error" not in r:
            assert set(r) == {"path", "claims", "checks", "summary"}
    assert proc.returncode == 2  # an unreadable document
    assert proc.stderr == b""  # not a terminal: no progress bar, nothing extra


def test_a_folder_holding_one_document_is_still_json_lines(tmp_path: Path) -> None:
    (tmp_path / "only.txt").write_text(ARTICLE)
    proc = run("check", str(tmp_path))
    assert proc.returncode == 0
    assert [r["path"] for r in lines_of(proc.stdout)] == [str(tmp_path / "only.txt")]


def test_unmatched_path_is_one_stderr_line_and_the_run_goes_on(archive: Path) -> None:
    proc = run("check", str(archive / "b.txt"), str(archive / "nope-*.txt"), "-j", "1")
    assert len(lines_of(proc.stdout)) == 1
    err = proc.stderr.decode()
    assert err.count("\n") == 1 and "nope-*.txt" in err and "Traceback" not in err
    assert proc.returncode == 2


def test_nothing_to_check_leaves_the_output_file_alone(tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    out.write_text("previous run\n")
    proc = run("check", str(tmp_path / "*.txt"), str(tmp_path / "x.md"), "-o", str(out), "--force")
    assert proc.returncode == 2 and proc.stdout == b""
    assert out.read_text() == "previous run\n"
    assert sorted(os.listdir(tmp_path)) == ["results.jsonl"]


def test_output_file_is_not_overwritten_without_force(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    out.write_text("previous run\n")
    proc = run("check", str(archive), "-o", str(out))
    assert proc.returncode == 2 and "--force" in proc.stderr.decode()
    assert out.read_text() == "previous run\n"
    proc = run("check", str(archive), "-o", str(out), "--force")
    assert proc.returncode == 0 and proc.stdout == b""
    assert len(lines_of(out.read_bytes())) == 5
    assert sorted(os.listdir(tmp_path)) == ["archive", "results.jsonl"]  # no partial left


def test_format_other_than_json_is_refused_for_several_documents(archive: Path) -> None:
    proc = run("check", str(archive), "--format", "csv")
    assert proc.returncode == 2 and proc.stdout == b""
    assert proc.stderr.decode().count("\n") == 1


@pytest.mark.parametrize("jobs", ["0", "-3", "many"])
def test_jobs_must_be_a_positive_number(archive: Path, jobs: str) -> None:
    proc = run("check", str(archive), "--jobs", jobs)
    assert proc.returncode == 2 and proc.stderr.decode().count("\n") == 1


def _fake_analysis(fails: bool):
    def fake(document: Document) -> Analysis:
        real = analyze(document)
        status = "fail" if fails and "b.txt" in document.name else "pass"
        return Analysis(real.document, real.claims, (Check("demo", status, (), "1 > 2"),))

    return fake


def test_exit_status_failed_check_is_1_and_unreadable_wins_with_2(
    archive: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    monkeypatch.setattr(batch, "analyze", _fake_analysis(fails=True))
    assert batch.run([str(archive)], jobs=1) == 1
    assert batch.run([str(archive), str(archive / "gone.txt")], jobs=1) == 2
    monkeypatch.setattr(batch, "analyze", _fake_analysis(fails=False))
    assert batch.run([str(archive)], jobs=1) == 0
    records = lines_of(capsysbinary.readouterr().out)
    assert len(records) == 15


def test_summary_is_a_table_of_documents_and_counts(
    archive: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(batch, "analyze", _fake_analysis(fails=True))
    (archive / "bad.txt").write_bytes(b"\xff\xfe\x00\x00")
    assert main(["check", str(archive), "--summary", "-j", "1"]) == 2
    out = capsys.readouterr().out
    assert "{" not in out  # the table instead of the lines
    cells = [[c.strip() for c in line.strip("│ ").split("│")] for line in out.splitlines()]
    rows = {row[0]: row[1:] for row in cells if row[0].startswith(str(archive))}
    assert len(rows) == 6
    assert rows[str(archive / "b.txt")][:3] == ["2", "1", "0"]  # claims, fail, warn
    assert "binary" in rows[str(archive / "bad.txt")][3]
    assert "6 documents" in out and "1 unreadable" in out


def test_summary_with_output_file_writes_both(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.jsonl"
    proc = run("check", str(archive), "--summary", "-o", str(out))
    assert "5 documents" in proc.stdout.decode()
    assert len(lines_of(out.read_bytes())) == 5


def test_progress_bar_only_on_a_terminal(archive: Path, tmp_path: Path) -> None:
    leader, follower = pty.openpty()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "100"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", "check", str(archive), "-o", str(tmp_path / "r.jsonl")],
        stderr=follower,
        env=env,
    )
    os.close(follower)
    seen = b""
    while True:  # read as it comes, so a full terminal buffer never blocks the run
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # EIO: the run has closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    assert proc.wait(timeout=60) == 0
    assert b"checking" in seen and b"5/5" in seen
    assert b"5 documents, 0 with failed checks, 0 unreadable" in seen


def _big_archive(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    text = seed_article().read_text(encoding="utf-8")
    paths = []
    for i in range(count):
        p = folder / f"{i:04d}.txt"
        p.write_text(text + f"\n{i} more.\n")
        paths.append(p)
    return paths


@pytest.mark.parametrize("jobs, to_file", [("1", False), ("2", False), ("2", True)])
def test_ctrl_c_leaves_valid_json_lines_of_what_finished(
    tmp_path: Path, jobs: str, to_file: bool
) -> None:
    _big_archive(tmp_path / "docs", 600)
    out = tmp_path / "r.jsonl"
    args = [sys.executable, "-m", "reader", "check", str(tmp_path / "docs"), "-j", jobs]
    proc = subprocess.Popen(
        args + ["-o", str(out)] if to_file else args,
        stdout=subprocess.DEVNULL if to_file else out.open("wb"),
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a terminal's ctrl+c reaches
        # a terminal's program hears ctrl+c even when the tests run as a background job,
        # which starts its children with SIGINT ignored
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    written = (lambda: list(tmp_path.glob(".r.jsonl.*.part"))) if to_file else (lambda: [out])
    deadline = time.monotonic() + 60
    while not any(p.stat().st_size for p in written()) and time.monotonic() < deadline:
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert b"Traceback" not in err and err.decode().count("\n") == 1
    records = lines_of(out.read_bytes())
    assert 0 < len(records) < 600
    assert [r["path"] for r in records] == [
        str(tmp_path / "docs" / f"{i:04d}.txt") for i in range(len(records))
    ]
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))


def _die(pairs: object) -> None:
    os._exit(3)  # a worker killed mid-run, as by the out-of-memory killer


def test_a_dead_worker_stops_the_run_with_one_line(
    archive: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(batch, "check_chunk", _die)
    out = tmp_path / "r.jsonl"
    assert batch.run([str(archive)], jobs=2, output=str(out)) == 2
    err = capsys.readouterr().err
    assert err.startswith("reader: the run stopped after 0 of 5 documents") and err.count("\n") == 1
    assert out.read_bytes() == b""


def test_one_file_to_an_output_file(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    printed = run("check", str(article), "--format", "json").stdout
    proc = run("check", str(article), "--format", "json", "-o", str(out))
    assert proc.returncode == 0 and proc.stdout == b""
    assert out.read_bytes() == printed
    again = run("check", str(article), "-o", str(out))
    assert again.returncode == 2 and "--force" in again.stderr.decode()
    itself = run("check", str(article), "-o", str(article), "--force")
    assert itself.returncode == 2 and "one of the documents" in itself.stderr.decode()
    assert article.read_text() == ARTICLE


def test_output_file_among_the_documents_is_refused(archive: Path) -> None:
    proc = run("check", str(archive), "-o", str(archive / "b.txt"), "--force")
    assert proc.returncode == 2 and "one of the documents" in proc.stderr.decode()
    assert (archive / "b.txt").read_text().startswith("Story b.txt")


def test_a_file_name_that_is_not_utf8_still_gives_a_json_line(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text(ARTICLE)
    (tmp_path / "plain.txt").write_text(ARTICLE)
    proc = run("check", str(tmp_path), "-j", "1")
    assert proc.returncode == 0, proc.stderr
    records = lines_of(proc.stdout)  # valid UTF-8 and valid JSON
    assert [r["path"] for r in records] == [str(tmp_path / name), str(tmp_path / "plain.txt")]
    assert records[0]["claims"] == records[1]["claims"]


def test_a_folder_that_cannot_be_listed_is_reported(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_walk = os.walk
    locked = str(archive / "2023" / "may")

    def walk(top: str, onerror, **kw):  # type: ignore[no-untyped-def]
        for root, dirs, files in real_walk(top, **kw):
            if root == locked:  # as os.walk does when listing a folder is denied
                onerror(PermissionError(13, "Permission denied", locked))
                continue
            yield root, dirs, files

    monkeypatch.setattr(batch.os, "walk", walk)
    found = batch.expand_paths([str(archive)])
    assert found.unmatched == [f"{locked}: cannot read directory (Permission denied)"]
    assert len(found.documents) == 4


def test_dash_output_is_standard_output(archive: Path) -> None:
    proc = run("check", str(archive), "-o", "-", cwd=str(archive))
    assert len(lines_of(proc.stdout)) == 5
    assert not (archive / "-").exists()
