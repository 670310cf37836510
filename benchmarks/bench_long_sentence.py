"""One sentence with thousands of claims: the rules must stay linear in it.

    python benchmarks/bench_long_sentence.py [--claims 4000]

Times extraction, the restated-pairs reading of drift.py alone, and all checks.
"""

from __future__ import annotations

import argparse
import time

from reader.checks import drift, run_checks
from reader.checks.relations import Context
from reader.document import Document
from reader.extract import extract_claims


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--claims", type=int, default=4000)
    n = ap.parse_args().claims
    parts = (f"{i % 97 + 3} of {i % 89 + 200} games" for i in range(n // 2))
    doc = Document.from_text("They won " + ", ".join(parts) + ".")
    t0 = time.process_time()
    claims = extract_claims(doc)
    t1 = time.process_time()
    drift.restated_pairs(Context(doc, claims))
    t2 = time.process_time()
    run_checks(doc, claims)
    t3 = time.process_time()
    print(f"claims {len(claims)}  extract {t1 - t0:.3f}s  restated_pairs {t2 - t1:.3f}s")
    print(f"all checks {t3 - t2:.3f}s")


if __name__ == "__main__":
    main()
