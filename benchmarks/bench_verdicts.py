"""Verdicts on a big article: fingerprints, a mark (committed), reloading; prints figures.

python benchmarks/bench_verdicts.py [COPIES]
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

from reader.document import Document
from reader.model import Analysis, Claim
from reader.resources import seed_article
from reader.verdicts import VerdictStore, claim_fingerprints


def big_analysis(copies: int) -> Analysis:
    """The seed repeated; every number a claim (the extractor is not what is measured)."""
    text = (seed_article().read_text(encoding="utf-8") + "\n") * copies
    doc = Document.from_text(text, "big.txt")
    claims = tuple(
        Claim(f"c{i}", m.start(), m.end(), m.group(), "count", float(m.group().replace(",", "")))
        for i, m in enumerate(re.finditer(r"\d[\d,]*\d|\d", text), 1)
    )
    return Analysis(document=doc, claims=claims)


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 800
    analysis = big_analysis(copies)
    print(f"article: {len(analysis.document.text) / 1e6:.1f} MB, {len(analysis.claims):,} claims")
    with tempfile.TemporaryDirectory() as tmp:
        store = VerdictStore(Path(tmp) / "v.sqlite3")
        t = time.perf_counter()
        empty = store.review(analysis)
        print(f"review, no verdicts yet: {1000 * (time.perf_counter() - t):.1f} ms ({len(empty)})")
        t = time.perf_counter()
        claim_fingerprints(analysis)
        print(f"fingerprints: {1000 * (time.perf_counter() - t):.0f} ms (once per analysis)")
        marks = analysis.claims[:: max(1, len(analysis.claims) // 200)]
        t = time.perf_counter()
        for claim in marks:
            store.mark(analysis, claim, "confirmed", "bench")
        per = 1000 * (time.perf_counter() - t) / len(marks)
        print(f"mark (each its own committed transaction): {per:.1f} ms, {len(marks)} marks")
        fresh = big_analysis(copies)  # a reopened article: fingerprints computed anew
        t = time.perf_counter()
        review = VerdictStore(store.path).review(fresh)
        print(f"reopen and restore {len(review)} verdicts: {time.perf_counter() - t:.2f} s")


if __name__ == "__main__":
    main()
