"""Claim extraction speed and memory: words per second, peak memory, linearity.

    python benchmarks/bench_extract.py [--mb 1.0] [--repeat 3]

Builds >= 1 MB of article text from the labelled cases and the real articles
(../shared/eval/cases/*.txt, ../shared/eval/real/*.txt), each copy with its
numbers varied and paragraphs shuffled, then times Document.from_text +
extract_claims on it (best of --repeat; wall time and this process's CPU time,
which other jobs on the machine disturb less), measures peak traced memory
(tracemalloc), and times 10x the input to show the cost is linear (goal: <= 11x).
Also times the cold `reader check` of the seed article in a fresh process.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.document import Document  # noqa: E402
from reader.extract import extract_claims  # noqa: E402

SOURCES = [ROOT.parent / "shared" / "eval" / "cases", ROOT.parent / "shared" / "eval" / "real"]
_DIGIT = re.compile(r"\d")


def articles() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for d in SOURCES for p in sorted(d.glob("*.txt"))]
    if not texts:
        raise SystemExit("no articles found under ../shared/eval")
    return texts


def vary(text: str, rng: random.Random) -> str:
    """The same kind of article with other digits and its paragraphs in another order."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    head, body = paragraphs[:1], paragraphs[1:]
    rng.shuffle(body)
    out = "\n\n".join(head + body)
    return _DIGIT.sub(lambda m: str(rng.randint(0, 9)) if rng.random() < 0.3 else m.group(), out)


def corpus(min_chars: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    sources = articles()
    parts: list[str] = []
    size = 0
    while size < min_chars:
        part = vary(rng.choice(sources), rng)
        parts.append(part)
        size += len(part) + 2
    return "\n\n".join(parts)


def run(text: str) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of this process, claims) for reading ``text``."""
    wall, cpu = time.perf_counter(), time.process_time()
    claims = extract_claims(Document.from_text(text))
    return time.perf_counter() - wall, time.process_time() - cpu, len(claims)


def best_of(text: str, repeat: int) -> tuple[float, float, int]:
    results = [run(text) for _ in range(repeat)]
    return min(r[0] for r in results), min(r[1] for r in results), results[0][2]


def cold_start() -> float | None:
    seed = ROOT / "seeds" / "gaza-ceasefire.txt"
    reader = Path(sys.executable).with_name("reader")
    if not seed.exists() or not reader.exists():
        return None
    times = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(
            [str(reader), "check", str(seed), "--format", "json"],
            stdout=subprocess.DEVNULL,
            check=False,
        )
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="size of the base input in MB")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-10x", action="store_true", help="skip the 10x linearity run")
    args = ap.parse_args()

    text = corpus(int(args.mb * 1_000_000))
    words = len(text.split())
    run(text[:20_000])  # warm the regex caches
    seconds, cpu, n_claims = best_of(text, args.repeat)
    print(f"input: {len(text) / 1e6:.2f} MB, {words:,} words, {n_claims:,} claims")
    print(
        f"time: {seconds:.3f} s wall ({cpu:.3f} s CPU)  ->  {words / seconds:,.0f} words/s "
        f"wall, {words / cpu:,.0f} words/s CPU (goal >= 100,000)"
    )

    tracemalloc.start()
    run(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory (tracemalloc): {peak / 1e6:.1f} MB for {len(text) / 1e6:.2f} MB of text")

    if not args.no_10x:
        big = "\n\n".join([text] * 10)
        big_seconds, big_cpu, _ = best_of(big, 1)
        print(
            f"10x input: {big_seconds:.3f} s wall = {big_seconds / seconds:.2f}x, "
            f"{big_cpu:.3f} s CPU = {big_cpu / cpu:.2f}x the time (goal <= 11x)"
        )

    cold = cold_start()
    if cold is not None:
        print(f"cold `reader check` of the seed: {cold:.3f} s wall (best of 3; goal <= 0.5 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
