"""reader: every numeric claim in an article, checked for internal consistency.

The public API is :func:`analyze`; it never imports Textual.
"""

from reader.analysis import analyze
from reader.document import Document, InputError, read_document
from reader.model import Analysis, Check, Claim

__all__ = ["Analysis", "Check", "Claim", "Document", "InputError", "analyze", "read_document"]
__version__ = "0.1.0"
