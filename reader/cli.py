"""The command line: `reader [FILE]`, `reader check FILE`, `reader export FILE`.

A thin layer over :func:`reader.analyze`. Bad input is one line on stderr
and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader import __version__, batch
from reader.analysis import analyze
from reader.document import InputError, read_document
from reader.export import FORMATS, render_report
from reader.model import Analysis

if TYPE_CHECKING:
    from reader.verdicts import Review

EXIT_OK, EXIT_FAILED_CHECK, EXIT_USAGE = 0, 1, 2
VERDICTS_ENV = "READER_DB"  # reader.verdicts.ENV_VAR, without importing sqlite3 here
DB_HELP = "verdicts database (default: $READER_DB, else verdicts.sqlite3 in the user's data dir)"


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _check_parser() -> _Parser:
    p = _Parser(
        prog="reader check",
        description="Check an article's numbers, headless.",
        epilog="Exit status: 0 no check failed, 1 a check failed, 2 a usage error or a "
        "document that could not be read (2 wins over 1), 130 interrupted.",
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="an article (.txt, .md, .html) or - for standard input; with several "
        "articles, folders or glob patterns the output is JSON Lines, one per document",
    )
    p.add_argument("--format", "-f", choices=FORMATS, help="output format for one FILE")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (- for stdout)")
    p.add_argument("--force", action="store_true", help="overwrite an existing -o FILE")
    p.add_argument("--summary", action="store_true", help="a table of documents and counts")
    p.add_argument(
        "--jobs", "-j", metavar="N", type=batch.positive_int, help="processes (default: cores)"
    )
    p.add_argument("--dask", metavar="SCHEDULER_ADDRESS", help="run on a Dask cluster")
    return p


def cmd_check(argv: Sequence[str]) -> int:
    args = _check_parser().parse_args(argv)
    if args.output == "-":  # as in `reader export`: standard output
        args.output = None
    if batch.is_batch(args.paths) or args.summary or args.dask:
        if args.format not in (None, "json"):
            raise InputError("several documents are written as JSON Lines; drop --format")
        return batch.run(
            args.paths,
            jobs=args.jobs,
            dask=args.dask,
            output=args.output,
            force=args.force,
            summary=args.summary,
        )
    analysis = analyze(read_document(args.paths[0]))
    report = render_report(analysis, args.format or "text")
    if args.output:
        sink = batch.OutputFile(args.output, args.force, args.paths)
        sink.file.write(report.encode("utf-8"))
        sink.close()
    else:
        sys.stdout.write(report)
    return EXIT_FAILED_CHECK if analysis.failed else EXIT_OK


def cmd_open(argv: Sequence[str]) -> int:
    p = _Parser(
        prog="reader",
        description="A terminal reader for fact-checkers.",
        epilog="Subcommands: reader check FILE, reader export FILE.",
    )
    p.add_argument(
        "file",
        nargs="?",
        help="article (.txt, .md, .html) or folder of articles to open (default: the bundled seed)",
    )
    p.add_argument("--db", metavar="PATH", help=DB_HELP)
    p.add_argument("--version", action="version", version=f"reader {__version__}")
    args = p.parse_args(argv)
    from reader.resources import seed_article

    if args.db:  # the TUI opens its verdicts store through resolve_db_path()
        os.environ[VERDICTS_ENV] = args.db
    if args.file and os.path.isdir(args.file):
        return _open_folder(args.file)
    path = args.file or str(seed_article())
    document = read_document(path)  # fail before the screen is taken over
    from reader.verdicts import remember_source

    remember_source(document, path)  # verdicts marked in the TUI remember the file
    try:
        from reader.tui.app import run_app  # type: ignore[import-not-found]
    except ImportError:
        sys.stdout.write(render_report(analyze(document), "text"))
        return EXIT_OK
    return int(run_app(document) or 0)


def _open_folder(folder: str) -> int:
    from pathlib import Path

    try:
        from reader.tui.screens.picker import articles_in, run_picker
    except ImportError:
        raise InputError(f"{folder}: is a folder; the picker needs the terminal UI") from None
    try:
        articles_in(Path(folder))
    except OSError as exc:
        raise InputError(f"{folder}: cannot list ({exc.strerror or exc})") from None
    return run_picker(Path(folder))


def _review(analysis: Analysis, path: str, db: str | None) -> Review:
    """The verdicts recorded for this article (read only: no database is created)."""
    from reader.verdicts import VerdictStore, resolve_db_path, source_of

    store = VerdictStore(resolve_db_path(db), write=False)
    if store.problem:  # an export without the verdicts it should show would mislead
        raise InputError(f"{store.problem}; nothing written")
    review = store.review(analysis, source_of(path))
    store.close()
    return review


def cmd_export(argv: Sequence[str]) -> int:
    """`reader export FILE`: the flagged inconsistencies as JSON, CSV, Markdown or HTML."""
    from reader.export import FLAGGED_FORMATS, render_flagged
    from reader.flagged import ExistingFileError, write_export

    p = _Parser(prog="reader export", description="Export an article's flagged checks.")
    p.add_argument("file", help="a .txt, .md or .html article, or - for standard input")
    p.add_argument("--format", "-f", default="json", choices=(*FLAGGED_FORMATS, "html"))
    p.add_argument("--db", metavar="PATH", help=DB_HELP)
    p.add_argument("-o", "--output", default="-", help="file to write, or - for stdout")
    p.add_argument("--all", action="store_true", help="include passing checks")
    p.add_argument("--force", action="store_true", help="overwrite an existing output file")
    args = p.parse_args(argv)
    if args.output != "-" and args.file != "-" and _same_file(args.file, args.output):
        raise InputError(f"{args.output}: is the article itself; choose another output")
    analysis = analyze(read_document(args.file))
    review = _review(analysis, args.file, args.db)
    if args.format == "html":
        from reader.report_html import render_html

        content = render_html(analysis, review, include_passes=args.all)
    else:
        content = render_flagged(analysis, args.format, args.all, review=review)
    if args.output == "-":
        sys.stdout.write(content)
        return EXIT_OK
    try:
        written = write_export(args.output, content, overwrite=args.force)
    except ExistingFileError:
        raise InputError(f"{args.output}: already exists (use --force to overwrite)") from None
    except OSError as exc:
        raise InputError(f"{args.output}: cannot write ({exc.strerror or exc})") from None
    print(f"reader: wrote {written}", file=sys.stderr)
    return EXIT_OK


def _same_file(a: str, b: str) -> bool:
    from pathlib import Path

    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


COMMANDS = {"check": cmd_check, "export": cmd_export}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            return COMMANDS[argv[0]](argv[1:])
        return cmd_open(argv)
    except InputError as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
