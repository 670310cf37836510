"""What the consistency checks add to extraction on a long document.

    python benchmarks/bench_checks.py [--mb 1.0] [--repeat 3]

Builds a document of about --mb megabytes from the labelled cases and the real
articles (../shared/eval/cases, ../shared/eval/real), numbers perturbed so the
checks meet fails as well as passes, then times extraction and run_checks
separately (best of --repeat) and prints the ratio. The goal is checks <= 50%
of extraction time. It also times half and twice the size, to show the checks
grow linearly (no all-pairs blow-up).
"""

from __future__ import annotations

import argparse
import random
import re
import time
from pathlib import Path

from reader.checks import run_checks
from reader.document import Document
from reader.extract import extract_claims

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
_DIGITS = re.compile(r"\d+")


def sources() -> list[str]:
    paths = sorted((EVAL / "cases").glob("*.txt")) + sorted((EVAL / "real").glob("*.txt"))
    paths.append(ROOT / "seeds" / "gaza-ceasefire.txt")
    return [p.read_text(encoding="utf-8") for p in paths if p.exists()]


def build(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    texts = sources()

    def perturb(m: re.Match[str]) -> str:
        d = m.group()
        if rng.random() < 0.7:
            return d
        return str(max(1, int(d) + rng.randint(-3, 3)))

    out: list[str] = []
    total = 0
    while total < size:
        t = _DIGITS.sub(perturb, rng.choice(texts))
        out.append(t)
        total += len(t) + 2
    return "\n\n".join(out)


def best_of(n: int, fn):  # type: ignore[no-untyped-def]
    best, value = float("inf"), None
    for _ in range(n):
        t0 = time.process_time()
        value = fn()
        best = min(best, time.process_time() - t0)
    return best, value


def measure(size: int, repeat: int) -> tuple[int, int, int, float, float, float]:
    text = build(size)
    t_doc, doc = best_of(repeat, lambda: Document.from_text(text, "bench"))
    t_extract, claims = best_of(repeat, lambda: extract_claims(doc))
    t_checks, checks = best_of(repeat, lambda: run_checks(doc, claims))
    return len(text), len(claims), len(checks), t_doc, t_extract, t_checks


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    # warm caches (pint registry, regexes) outside the timings
    run_checks(Document.from_text(sources()[0]), extract_claims(Document.from_text(sources()[0])))
    size = int(args.mb * 1_000_000)
    print("CPU seconds (process time), best of --repeat; ratios are checks / extraction")
    print(
        f"{'chars':>10} {'claims':>7} {'checks':>7} {'document s':>10} {'extract s':>9} "
        f"{'checks s':>8} {'/extract':>8} {'/doc+extract':>12}"
    )
    rows = []
    for factor in (0.5, 1.0, 2.0):
        chars, n_claims, n_checks, td, te, tc = measure(int(size * factor), args.repeat)
        rows.append((chars, tc))
        print(
            f"{chars:>10,} {n_claims:>7,} {n_checks:>7,} {td:>10.2f} {te:>9.2f} {tc:>8.2f} "
            f"{tc / te:>8.0%} {tc / (td + te):>12.0%}"
        )
    (c1, t1), (c2, t2) = rows[1], rows[2]
    print(f"checks time for {c2 / c1:.1f}x the input: {t2 / t1:.2f}x (linear would be ~2x)")


if __name__ == "__main__":
    main()
