"""Reviewer verdicts that last: confirmed, disputed or needs-source, with a note.

Verdicts live in a SQLite file (the user's data dir, or ``--db PATH``, or
``READER_DB``). A verdict is keyed by the document's content hash and by a
fingerprint of what it is about: for a claim, its text and the words around
it, normalised; for a check, its rule and its claims' fingerprints. So an
edit elsewhere in the article leaves the fingerprint as it was, and reopening
the edited file (same path) finds the verdict again.

Every mark is its own committed transaction (autocommit, synchronous=FULL): a
process killed right after marking loses nothing. The table is a log, never
updated in place; the latest row for a fingerprint is the verdict in force.

The store never raises on open: a corrupt, foreign, locked or read-only file
turns verdicts off or read-only, with ``problem`` saying so in one line, and
the file is left exactly as it was.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from reader.document import Document
from reader.model import Analysis, Check, Claim

VERDICTS: tuple[str, ...] = ("confirmed", "disputed", "needs-source")
Target = Literal["claim", "check"]
CONTEXT_WORDS = 5
SCHEMA_VERSION = 1
ENV_VAR = "READER_DB"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS verdicts (
    id INTEGER PRIMARY KEY,
    doc_hash TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL CHECK (target IN ('claim', 'check')),
    fingerprint TEXT NOT NULL,
    label TEXT NOT NULL,
    verdict TEXT CHECK (verdict IN ('confirmed', 'disputed', 'needs-source')),
    note TEXT NOT NULL DEFAULT '',
    marked_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS verdicts_by_doc ON verdicts (doc_hash);
CREATE INDEX IF NOT EXISTS verdicts_by_source ON verdicts (source);
"""
# verdict NULL = cleared by the reviewer; label = the claim text or check
# message, so the file is readable without the article.

_SEP = "\x1f"  # between a fingerprint's parts; normalisation removes it from text
_CHECK_SEP = "\x1e"
_WORD = re.compile(r"\w+(?:[.,'’]\w+)*")
_WINDOW = 160  # characters either side: enough for CONTEXT_WORDS words of news prose


class VerdictError(Exception):
    """A verdict that could not be saved; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class Verdict:
    verdict: str
    note: str = ""
    marked_at: str = ""


@dataclass(frozen=True, slots=True)
class StoredVerdict:
    """A row as stored: what it was about, for verdicts no claim matches now."""

    target: Target
    fingerprint: str
    label: str
    verdict: Verdict


@dataclass
class Review:
    """The verdicts in force for one analysis."""

    claims: dict[str, Verdict] = field(default_factory=dict)
    checks: dict[Check, Verdict] = field(default_factory=dict)
    unmatched: list[StoredVerdict] = field(default_factory=list)

    def for_claim(self, claim_id: str) -> Verdict | None:
        return self.claims.get(claim_id)

    def for_check(self, check: Check) -> Verdict | None:
        return self.checks.get(check)

    def __len__(self) -> int:
        return len(self.claims) + len(self.checks)


def verdict_dict(verdict: Verdict | None) -> dict[str, str] | None:
    """A verdict as exports write it (JSON), or None."""
    if verdict is None:
        return None
    return {"verdict": verdict.verdict, "note": verdict.note, "marked_at": verdict.marked_at}


# ------------------------------------------------------------- fingerprints


def document_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _normalise(text: str) -> str:
    text = text.translate(str.maketrans("‘’“”–—\u00a0", "''\"\"-- "))
    return " ".join("".join(ch for ch in text if ch.isprintable()).lower().split())


_FINGERPRINTS: dict[int, tuple[weakref.ref[Analysis], dict[str, str]]] = {}


def claim_fingerprints(analysis: Analysis) -> dict[str, str]:
    """claim id -> "left words, claim text, right words"; repeats get "#2", "#3".
    Computed once per analysis (an analysis never changes)."""
    ref, fps = _FINGERPRINTS.get(id(analysis), (None, {}))
    if ref is not None and ref() is analysis:
        return fps
    fps = _compute_fingerprints(analysis)
    _FINGERPRINTS[id(analysis)] = (weakref.ref(analysis, _forget_fingerprints), fps)
    return fps


def _forget_fingerprints(ref: weakref.ref[Analysis]) -> None:
    for key, (r, _) in list(_FINGERPRINTS.items()):
        if r is ref:
            del _FINGERPRINTS[key]


def _compute_fingerprints(analysis: Analysis) -> dict[str, str]:
    text = analysis.document.text
    seen: dict[str, int] = {}
    out: dict[str, str] = {}
    for claim in analysis.claims:
        left = _words(text[max(0, claim.start - _WINDOW) : claim.start])[-CONTEXT_WORDS:]
        right = _words(text[claim.end : claim.end + _WINDOW])[:CONTEXT_WORDS]
        base = _SEP.join((" ".join(left), _normalise(claim.text), " ".join(right)))
        seen[base] = seen.get(base, 0) + 1
        out[claim.id] = base if seen[base] == 1 else f"{base}{_SEP}#{seen[base]}"
    return out


def check_fingerprint(check: Check, claim_fps: Mapping[str, str]) -> str:
    return _CHECK_SEP.join([check.rule, *(claim_fps.get(cid, cid) for cid in check.claims)])


def _match_claims(stored: list[str], current: dict[str, str]) -> dict[str, str]:
    """stored fingerprint -> claim id: exact first, then the same text with the
    same words on one side (the other side was edited), when only one claim fits."""
    by_fp = {fp: cid for cid, fp in current.items()}
    out = {fp: by_fp[fp] for fp in stored if fp in by_fp}
    taken = set(out.values())
    parts = {cid: fp.split(_SEP) for cid, fp in current.items()}
    for fp in stored:
        if fp in out:
            continue
        if fp.count(_SEP) < 2:
            continue
        left, text, right = fp.split(_SEP)[:3]
        fits = [
            cid
            for cid, (c_left, c_text, c_right, *_) in parts.items()
            if cid not in taken and c_text == text and (c_left == left or c_right == right)
        ]
        if len(fits) == 1:
            out[fp] = fits[0]
            taken.add(fits[0])
    return out


# ------------------------------------------------------------------- store


def default_db_path() -> Path:
    import platformdirs

    return platformdirs.user_data_path("reader", appauthor=False) / "verdicts.sqlite3"


def resolve_db_path(option: str | None = None, env: Mapping[str, str] | None = None) -> Path:
    """``--db PATH`` first, then $READER_DB, then the user's data dir."""
    env = os.environ if env is None else env
    chosen = option or env.get(ENV_VAR)
    return Path(chosen).expanduser() if chosen else default_db_path()


def source_of(path: str | Path) -> str:
    """The source a verdict remembers: the article's absolute path (standard input
    has none; its verdicts are found by content alone)."""
    if str(path) == "-":
        return "<stdin>"
    try:
        return str(Path(path).resolve())
    except OSError:
        return str(path)


_SOURCES: dict[int, tuple[weakref.ref[Document], str]] = {}


def remember_source(document: Document, path: str | Path) -> None:
    """Note where a document was read from, for verdicts marked on it later."""
    _SOURCES[id(document)] = (weakref.ref(document), source_of(path))


def source_for(document: Document) -> str:
    """The remembered path of ``document``, else its name."""
    ref, source = _SOURCES.get(id(document), (None, ""))
    return source if ref is not None and ref() is document else document.name


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class VerdictStore:
    """One verdicts database. ``mode`` is "rw", "ro" or "off"; ``problem`` says why
    when it is not "rw". Opening never raises."""

    def __init__(self, path: Path, timeout: float = 1.0, write: bool = True) -> None:
        """``write=False`` (exports): read what is there; create nothing."""
        self.path = path
        self.mode: Literal["rw", "ro", "off"] = "off"
        self.problem: str | None = None
        self._conn: sqlite3.Connection | None = None
        self._timeout = timeout
        if write:
            self._open()
        elif self.path.is_file() and self.path.stat().st_size > 0:
            self._read_only_or_off(True, "opened for reading")
            if self.mode == "ro":
                self.problem = None  # read-only was asked for, not a fault

    @property
    def writable(self) -> bool:
        return self.mode == "rw"

    def _off(self, why: str) -> None:
        self.mode, self.problem = "off", f"verdicts are off: {self.path}: {why}"
        self.close()

    def _open(self) -> None:
        existed = self.path.exists() and self.path.stat().st_size > 0
        if self.path.is_dir():
            return self._off("is a directory")
        if not existed:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                return self._off(f"cannot create its folder ({exc.strerror})")
        try:
            conn = sqlite3.connect(self.path, timeout=self._timeout, isolation_level=None)
        except sqlite3.Error as exc:
            return self._read_only_or_off(existed, str(exc))
        self._conn = conn
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        except sqlite3.DatabaseError as exc:
            if _is_locked(exc):
                return self._off("locked by another program; try again when it is closed")
            return self._off(f"corrupt or not a database ({exc}); the file was left as it is")
        if existed and "verdicts" not in tables:
            return self._off("not a reader verdicts database; the file was left as it is")
        try:
            conn.execute("PRAGMA synchronous = FULL")
            conn.executescript(_SCHEMA)
            # A write probe, rolled back: read-only files and folders fail here.
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            self.close()
            return self._read_only_or_off(existed, str(exc))
        self.mode = "rw"

    def _read_only_or_off(self, existed: bool, why: str) -> None:
        if not existed:
            return self._off(f"cannot create ({why})")
        try:
            uri = self.path.resolve().as_uri() + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, timeout=self._timeout, isolation_level=None)
            conn.execute("SELECT count(*) FROM verdicts").fetchone()
        except sqlite3.Error as exc:
            return self._off(f"cannot read ({exc})")
        self._conn = conn
        self.mode = "ro"
        self.problem = f"verdicts are read-only: {self.path}: cannot write ({why})"

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- reading

    def review(self, analysis: Analysis, source: str | None = None) -> Review:
        """The verdicts in force for this article: by its content, or by its source
        (path) when it was edited since. Never raises; a read error turns verdicts off."""
        if self._conn is None:
            return Review()
        source = source or source_for(analysis.document)
        try:
            rows = self._conn.execute(
                "SELECT target, fingerprint, label, verdict, note, marked_at FROM verdicts"
                " WHERE doc_hash = ? OR source = ? ORDER BY id",
                (document_hash(analysis.document.text), source),
            ).fetchall()
        except sqlite3.DatabaseError as exc:
            self._off(f"cannot read ({exc})")
            return Review()
        if not rows:  # the usual case: no fingerprints to compute for a big article
            return Review()
        latest: dict[tuple[str, str], StoredVerdict | None] = {}
        for target, fp, label, verdict, note, marked_at in rows:
            latest[(target, fp)] = (
                StoredVerdict(target, fp, label, Verdict(verdict, note, marked_at))
                if verdict
                else None
            )
        return _apply(analysis, [v for v in latest.values() if v is not None])

    # -- writing

    def mark(
        self,
        analysis: Analysis,
        target: Claim | Check,
        verdict: str | None,
        note: str = "",
        source: str | None = None,
    ) -> Verdict | None:
        """Record (and commit) a verdict on a claim or check; None clears it.
        Raises VerdictError with a one-line reason when it cannot be saved."""
        if verdict is not None and verdict not in VERDICTS:
            raise VerdictError(f"unknown verdict {verdict!r} (one of {', '.join(VERDICTS)})")
        if self._conn is None or self.mode != "rw":
            raise VerdictError(f"not saved: {self.problem or 'verdicts are off'}")
        claim_fps = claim_fingerprints(analysis)
        if isinstance(target, Claim):
            kind, fp, label = "claim", claim_fps[target.id], target.text
        else:
            kind, fp, label = "check", check_fingerprint(target, claim_fps), target.message
        marked_at = _now()
        try:
            self._conn.execute(
                "INSERT INTO verdicts (doc_hash, source, target, fingerprint, label, verdict,"
                " note, marked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    document_hash(analysis.document.text),
                    source or source_for(analysis.document),
                    kind,
                    fp,
                    label,
                    verdict,
                    note.strip(),
                    marked_at,
                ),
            )
        except sqlite3.DatabaseError as exc:
            why = "the database is locked by another program" if _is_locked(exc) else str(exc)
            raise VerdictError(f"not saved: {self.path}: {why}") from None
        return Verdict(verdict, note.strip(), marked_at) if verdict else None


def _is_locked(exc: Exception) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def _apply(analysis: Analysis, stored: list[StoredVerdict]) -> Review:
    review = Review()
    claim_fps = claim_fingerprints(analysis)
    claim_rows = [s for s in stored if s.target == "claim"]
    check_rows = [s for s in stored if s.target == "check"]
    # Checks name their claims by fingerprint too; match all of them in one go.
    check_parts = {s.fingerprint: s.fingerprint.split(_CHECK_SEP) for s in check_rows}
    wanted = [s.fingerprint for s in claim_rows]
    wanted += [p for parts in check_parts.values() for p in parts[1:] if p not in wanted]
    matched = _match_claims(wanted, claim_fps)
    for s in claim_rows:
        cid = matched.get(s.fingerprint)
        if cid is None or cid in review.claims:
            review.unmatched.append(s)
        else:
            review.claims[cid] = s.verdict
    by_key = {(k.rule, k.claims): k for k in analysis.checks}
    for s in check_rows:
        rule, *parts = check_parts[s.fingerprint]
        ids = tuple(matched.get(p, "") for p in parts)
        check = by_key.get((rule, ids))
        if check is None or check in review.checks:
            review.unmatched.append(s)
        else:
            review.checks[check] = s.verdict
    return review
