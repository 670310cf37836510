"""Benchmark the terminal reader on a large article; prints figures, asserts nothing.

    python benchmarks/bench_tui.py [--mb 5] [--claims 20000]

1. First paint: a ~5 MB article (the seed repeated) is analysed, then the app
   starts with that analysis; we time from app start to the moment the article's
   last visible line of the first screen is rendered.
2. Next claim: an analysis with exactly N claims; the time for `j` to move the
   current claim (the action itself, and until the screen has repainted).
3. Resident memory (peak RSS of this process).
"""

from __future__ import annotations

import argparse
import asyncio
import re
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.analysis import analyze  # noqa: E402
from reader.document import Document  # noqa: E402
from reader.model import Analysis, Claim  # noqa: E402
from reader.resources import seed_article  # noqa: E402
from reader.tui.app import ReaderApp  # noqa: E402
from reader.tui.components.article_view import ArticleView  # noqa: E402

SIZE = (200, 60)


def big_text(megabytes: float) -> str:
    seed = seed_article().read_text(encoding="utf-8")
    copies = int(megabytes * 1_000_000 / len(seed.encode("utf-8"))) + 1
    return "\n".join([seed] * copies)


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * resource.getpagesize() / 1e6


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6  # ru_maxrss is KiB


async def first_paint(analysis: Analysis) -> tuple[float, float]:
    """Seconds from app start to the article's first full screen; and to idle."""
    painted: list[float] = []
    original = ArticleView.render_line

    def timed_render_line(self: ArticleView, y: int):  # type: ignore[no-untyped-def]
        strip = original(self, y)
        if not painted and self._claim_ids and y == self.scrollable_content_region.height - 1:
            painted.append(time.perf_counter())
        return strip

    ArticleView.render_line = timed_render_line  # type: ignore[method-assign]
    try:
        t0 = time.perf_counter()
        app = ReaderApp(analysis.document, analysis)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            idle = time.perf_counter() - t0
        return (painted[0] - t0 if painted else float("nan")), idle
    finally:
        ArticleView.render_line = original  # type: ignore[method-assign]


def synthetic_analysis(text: str, n: int) -> Analysis:
    """Exactly ``n`` claims: the first n numbers (and capitalised words) in ``text``."""
    claims = []
    for i, m in enumerate(re.finditer(r"\d+|\b[A-Z][a-z]+\b", text)):
        if i == n:
            break
        v = float(m.group()) if m.group().isdigit() else 1.0
        claims.append(Claim(f"c{i + 1}", m.start(), m.end(), m.group(), "count", v, v, v))
    return Analysis(document=Document.from_text(text, "synthetic.txt"), claims=tuple(claims))


async def next_claim(
    analysis: Analysis, moves: int = 100
) -> tuple[list[float], list[float], list[float]]:
    app = ReaderApp(analysis.document, analysis)
    action_times, repaint_times, idle_times = [], [], []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.main_screen
        for _ in range(moves // 2):  # jump far ahead once so the table is mid-way
            screen.action_next_claim()
        await pilot.pause()
        for _ in range(moves):
            before = screen.current
            t0 = time.perf_counter()
            screen.action_next_claim()
            t1 = time.perf_counter()
            await pilot.pause()
            t2 = time.perf_counter()
            assert screen.current != before
            action_times.append(t1 - t0)
            repaint_times.append(t2 - t0)
            t3 = time.perf_counter()
            await pilot.pause()  # the same wait with nothing to do: the harness's own cost
            idle_times.append(time.perf_counter() - t3)
    return action_times, repaint_times, idle_times


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--mb", type=float, default=5.0)
    p.add_argument("--claims", type=int, default=20_000)
    args = p.parse_args()

    text = big_text(args.mb)
    t0 = time.perf_counter()
    document = Document.from_text(text, "big.txt")
    analysis = analyze(document)
    t_analyze = time.perf_counter() - t0
    print(
        f"article: {len(text.encode()) / 1e6:.1f} MB, {len(analysis.claims):,} claims, "
        f"{len(analysis.checks):,} checks; analysis {t_analyze:.2f} s (in a worker in the app)"
    )

    paint, idle = asyncio.run(first_paint(analysis))
    print(
        f"first paint after analysis ready: {paint * 1000:.0f} ms "
        f"(limit 500 ms); app idle (table filled) after {idle * 1000:.0f} ms"
    )

    synthetic = synthetic_analysis(text, args.claims)
    actions, repaints, idles = asyncio.run(next_claim(synthetic))
    rep, idle_wait = statistics.median(repaints), statistics.median(idles)
    p95 = sorted(repaints)[int(len(repaints) * 0.95)]
    print(
        f"next claim with {len(synthetic.claims):,} claims: action median "
        f"{statistics.median(actions) * 1000:.1f} ms (max {max(actions) * 1000:.1f}); "
        f"action + repaint median {rep * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, of which "
        f"{idle_wait * 1000:.1f} ms is the test harness's own wait; "
        f"net {(rep - idle_wait) * 1000:.1f} ms (limit 50 ms)"
    )
    print(f"resident memory: now {rss_mb():.0f} MB, peak {peak_rss_mb():.0f} MB (limit 300 MB)")


if __name__ == "__main__":
    main()
