"""Checking many documents: expand paths, analyse them in worker processes, stream JSON Lines.

Order: documents are expanded in the order the paths are given, each folder or
glob pattern in sorted order, each document once. Results come out **in that
input order** whatever the number of workers, so two runs over the same tree
write the same file line for line. Workers run ahead of the writer by a
bounded window, so memory stays flat however many documents there are.

One record per document, one line each::

    {"path": "...", "claims": [...], "checks": [...], "summary": {...}}
    {"path": "...", "error": "not UTF-8 text (undecodable byte at offset 3)"}
"""

from __future__ import annotations

import glob
import json
import multiprocessing
import multiprocessing.context
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, Protocol

from reader.analysis import analyze
from reader.document import InputError, read_document

# What a folder or a pattern picks up; a file named on its own is read whatever its suffix.
DOCUMENT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm"})
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class Result:
    """One document's outcome: its JSON Lines record and the counts a summary needs."""

    path: str
    line: str
    claims: int = 0
    fail: int = 0
    warn: int = 0
    error: str | None = None


@dataclass
class Expansion:
    documents: list[str] = field(default_factory=list)
    # One message per path that found nothing, or per folder that could not be listed.
    unmatched: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- expanding paths


def is_pattern(arg: str) -> bool:
    """A glob pattern, unless a file of that very name exists."""
    return bool(_GLOB_CHARS.intersection(arg)) and not os.path.lexists(arg)


def _documents_under(folder: str, problems: list[str]) -> list[str]:
    def unreadable(exc: OSError) -> None:
        problems.append(f"{exc.filename}: cannot read directory ({exc.strerror})")

    found = []
    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]  # .git, .venv, caches
        found += [os.path.join(root, f) for f in files if _is_document_name(f)]
    return sorted(found)


def _is_document_name(name: str) -> bool:
    return not name.startswith(".") and os.path.splitext(name)[1].lower() in DOCUMENT_SUFFIXES


def expand_paths(args: Iterable[str]) -> Expansion:
    """Files, folders (recursively) and glob patterns -> documents, in a stable order."""
    out = Expansion()
    seen: set[str] = set()

    def add(path: str) -> None:
        key = os.path.normpath(os.path.abspath(path))
        if key not in seen:
            seen.add(key)
            out.documents.append(path)

    for arg in args:
        if arg == "-":
            out.unmatched.append("-: standard input is read only when it is the one path")
        elif is_pattern(arg):
            found: list[str] = []
            for match in sorted(glob.glob(arg, recursive=True)):
                if os.path.isdir(match):
                    found += _documents_under(match, out.unmatched)
                elif _is_document_name(os.path.basename(match)):
                    found.append(match)
            if not found:
                out.unmatched.append(f"{arg}: matches no .txt, .md or .html documents")
            for path in found:
                add(path)
        elif os.path.isdir(arg):
            found = _documents_under(arg, out.unmatched)
            if not found:
                message = "no .txt, .md or .html documents in this directory"
                out.unmatched.append(f"{arg}: {message}")
            for path in found:
                add(path)
        elif os.path.lexists(arg):
            add(arg)
        else:
            out.unmatched.append(f"{arg}: no such file or folder")
    return out


# ---------------------------------------------------------------- one document


def check_document(path: str, read_from: str | None = None) -> Result:
    """Analyse one document into its record; any failure becomes an error record.

    ``read_from`` is where to open it (an absolute path, for workers whose
    working folder differs); ``path`` is how the record names it.
    """
    try:
        analysis = analyze(read_document(read_from or path))
    except InputError as exc:
        return _error(path, str(exc), read_from or path)
    except Exception as exc:  # a bug on one document must not end an archive run
        return _error(path, f"internal error: {type(exc).__name__}: {exc}", "")
    record = analysis.to_dict()
    del record["document"]
    summary: dict[str, int] = record["summary"]  # type: ignore[assignment]
    return Result(
        path=path,
        line=_dumps({"path": path, **record}),
        claims=summary["claims"],
        fail=summary["fail"],
        warn=summary["warn"],
    )


def _error(path: str, message: str, named: str) -> Result:
    # InputError messages start with the name they were given; the record has it already.
    if named and message.startswith(named + ": "):
        message = message[len(named) + 2 :]
    return Result(path=path, line=_dumps({"path": path, "error": message}), error=message)


def _dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def check_chunk(pairs: Sequence[tuple[str, str]]) -> list[Result]:
    """Analyse a few (path, read_from) documents: one task for a worker or a cluster."""
    return [check_document(path, read_from) for path, read_from in pairs]


# ---------------------------------------------------------------- many documents


class _Future(Protocol):
    def result(self) -> list[Result]: ...
    def cancel(self) -> Any: ...


Submit = Callable[[list[tuple[str, str]]], _Future]


def ordered_results(
    submit: Submit, documents: Sequence[str], chunk_size: int, window: int
) -> Iterator[Result]:
    """Results in input order, with at most ``window`` chunks in flight at once.

    Works for any executor whose futures have ``result()``: a local process
    pool or a Dask client. Closing the iterator cancels what has not started.
    """
    chunks = _chunks(documents, chunk_size)
    pending: deque[_Future] = deque(submit(c) for c in islice(chunks, window))
    try:
        while pending:
            results = pending.popleft().result()
            following = next(chunks, None)
            if following is not None:
                pending.append(submit(following))
            yield from results
    finally:
        for future in pending:
            future.cancel()


def _chunks(documents: Sequence[str], size: int) -> Iterator[list[tuple[str, str]]]:
    for i in range(0, len(documents), size):
        yield [(p, os.path.abspath(p)) for p in documents[i : i + size]]


def chunk_size_for(count: int, workers: int, largest: int) -> int:
    """Small enough to balance the workers and stop soon on ctrl+c, big enough to
    amortise each task's overhead (about 0.2 ms in a local pool, more on a cluster)."""
    return max(1, min(largest, count // (workers * 8)))


def _pool_context() -> multiprocessing.context.BaseContext:
    """Workers forked from a clean server process that has reader imported already.

    Plain fork would copy whatever threads this process runs by then (the
    progress bar's); spawn would import reader again in every worker.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")  # Windows
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["reader.batch"])
    return context


def _ignore_interrupts() -> None:
    # ctrl+c reaches the whole process group; only the parent decides what to do with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def check_locally(documents: Sequence[str], jobs: int) -> Iterator[Result]:
    """Analyse documents in ``jobs`` processes (in this process when jobs is 1)."""
    if jobs <= 1 or len(documents) <= 1:
        for path in documents:
            yield check_document(path)
        return
    workers = min(jobs, len(documents))
    with ProcessPoolExecutor(workers, _pool_context(), _ignore_interrupts) as pool:
        try:
            yield from ordered_results(
                lambda chunk: pool.submit(check_chunk, chunk),
                documents,
                chunk_size_for(len(documents), workers, largest=4),
                window=workers * 4,
            )
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def default_jobs() -> int:
    """The cores this process may run on (a container or a batch scheduler may allow fewer)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def is_batch(paths: Sequence[str]) -> bool:
    """Several paths, a folder or a pattern: JSON Lines, even if only one document turns up."""
    return len(paths) > 1 or os.path.isdir(paths[0]) or is_pattern(paths[0])


def positive_int(text: str) -> int:
    """An argparse type for --jobs."""
    import argparse

    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, got {text!r}")
    return value


# ---------------------------------------------------------------- writing


class Tally:
    """Counts for the exit status, and the rows of the --summary table."""

    def __init__(self, keep_rows: bool) -> None:
        self.done = self.failed = self.unreadable = 0
        self.rows: list[Result] | None = [] if keep_rows else None

    def add(self, result: Result) -> None:
        self.done += 1
        self.failed += result.fail > 0
        self.unreadable += result.error is not None
        if self.rows is not None:
            # The table needs only the counts, not the claims.
            self.rows.append(
                Result(result.path, "", result.claims, result.fail, result.warn, result.error)
            )


def write_lines(
    results: Iterable[Result], out: Any, tally: Tally, advance: Callable[[], None]
) -> None:
    """Write each record as one line and flush it, so an interrupted run leaves whole lines."""
    for result in results:
        if out is not None:
            # A file name that is not UTF-8 holds lone surrogates: written as \udcXX escapes,
            # the line stays valid JSON and valid UTF-8.
            out.write(result.line.encode("utf-8", "backslashreplace") + b"\n")
            out.flush()
        tally.add(result)
        advance()


class OutputFile:
    """``-o FILE`` written beside FILE and moved into place when the run ends.

    An existing FILE is refused unless ``force`` (as `reader export` does), and
    even then left untouched until the run ends, so a run that fails to start
    (a typo in a pattern, an unreachable cluster) loses nothing. Completed,
    interrupted or failed, FILE ends with the lines of every finished document.
    """

    def __init__(self, target: str, force: bool = False, inputs: Iterable[str] = ()) -> None:
        self.target = Path(target)
        if self.target.is_dir():
            raise InputError(f"{target}: is a directory, not a file")
        real = os.path.realpath(target)
        if any(os.path.realpath(p) == real for p in inputs):
            raise InputError(f"{target}: is one of the documents to check; choose another output")
        if self.target.exists() and not force:
            raise InputError(f"{target}: already exists (use --force to overwrite)")
        self.partial = self.target.with_name(f".{self.target.name}.{os.getpid()}.part")
        try:
            self.file = open(self.partial, "xb")  # noqa: SIM115 - closed in close()
        except OSError as exc:
            raise InputError(f"{target}: cannot write ({exc.strerror})") from None

    def close(self) -> None:
        self.file.close()
        os.replace(self.partial, self.target)

    def discard(self) -> None:
        self.file.close()
        self.partial.unlink(missing_ok=True)


# ---------------------------------------------------------------- a whole run

EXIT_OK, EXIT_FAILED_CHECK, EXIT_UNREADABLE, EXIT_INTERRUPTED = 0, 1, 2, 130


def run(
    paths: Sequence[str],
    *,
    jobs: int | None = None,
    dask: str | None = None,
    output: str | None = None,
    force: bool = False,
    summary: bool = False,
) -> int:
    """`reader check PATH...`: JSON Lines to ``output`` (or stdout), a table with ``summary``.

    Exit status: 2 if any path matched nothing or any document could not be
    read (it wins: the results are incomplete), else 1 if any check failed, else 0.
    """
    expansion = expand_paths(paths)
    for message in expansion.unmatched:
        print(f"reader: {message}", file=sys.stderr)
    documents = expansion.documents
    if not documents:
        return EXIT_UNREADABLE

    # Everything that can fail before the first document does, before FILE is touched.
    sink = OutputFile(output, force, documents) if output else None
    client = None
    if dask:
        from reader.cluster import check_on_cluster, connect

        try:
            client = connect(dask)
        except BaseException:
            if sink:
                sink.discard()
            raise
        results = check_on_cluster(client, documents)
    else:
        results = check_locally(documents, jobs or default_jobs())
    try:
        out = sink.file if sink else (None if summary else sys.stdout.buffer)
        tally = Tally(keep_rows=summary)
        lines_on_terminal = out is sys.stdout.buffer and sys.stdout.isatty()
        show = sys.stderr.isatty() and not lines_on_terminal
        try:
            with _progress(len(documents), show) as advance:
                write_lines(results, out, tally, advance)
            if show:  # the bar is gone; leave the user a line to read
                print(
                    f"reader: {tally.done} documents, {tally.failed} with failed checks, "
                    f"{tally.unreadable} unreadable" + (f" -> {output}" if output else ""),
                    file=sys.stderr,
                )
        except KeyboardInterrupt:
            print(
                f"reader: interrupted; {tally.done} of {len(documents)} documents finished",
                file=sys.stderr,
            )
            return EXIT_INTERRUPTED
        except BrokenPipeError:
            raise  # the reader of stdout has gone (`| head`): not an error
        except Exception as exc:  # the machinery, not a document: a worker killed, a disk full
            print(
                f"reader: the run stopped after {tally.done} of {len(documents)} documents: "
                f"{type(exc).__name__}: {exc}",
                file=sys.stderr,
            )
            return EXIT_UNREADABLE
    finally:
        try:  # stopping the workers may wait for a running task: a second ctrl+c lands here
            results.close()  # type: ignore[attr-defined]
        finally:
            if sink:
                sink.close()
            if client is not None:
                client.close()
    if tally.rows is not None:
        print_summary(tally.rows)
    if tally.unreadable or expansion.unmatched:
        return EXIT_UNREADABLE
    return EXIT_FAILED_CHECK if tally.failed else EXIT_OK


@contextmanager
def _progress(total: int, show: bool) -> Iterator[Callable[[], None]]:
    if not show:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("checking"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("check", total=total)
        yield lambda: bar.advance(task)


def print_summary(rows: Sequence[Result]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_footer=True)
    count = f"{len(rows)} documents"
    table.add_column("document", footer=count, overflow="fold")
    for name in ("claims", "fail", "warn"):
        total = sum(getattr(r, name) for r in rows)
        table.add_column(name, justify="right", footer=str(total))
    unreadable = sum(r.error is not None for r in rows)
    table.add_column("error", footer=f"{unreadable} unreadable" if unreadable else "")
    for r in rows:
        if r.error is not None:
            table.add_row(r.path, "", "", "", r.error)
        else:
            table.add_row(r.path, str(r.claims), str(r.fail), str(r.warn), "")
    # Piped or redirected, rows stay whole lines rather than wrapping at 80 columns.
    Console(width=None if sys.stdout.isatty() else 1000).print(table)
