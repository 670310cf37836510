"""The one entry point the CLI, the exports and the TUI all call."""

from __future__ import annotations

from reader.checks import run_checks
from reader.document import Document
from reader.extract import extract_claims
from reader.model import Analysis


def analyze(text: str | Document, name: str = "<text>") -> Analysis:
    """Read every numeric claim in ``text`` and check them against each other."""
    document = text if isinstance(text, Document) else Document.from_text(text, name)
    claims = tuple(extract_claims(document))
    checks = tuple(run_checks(document, claims))
    return Analysis(document=document, claims=claims, checks=checks)
