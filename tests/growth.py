"""Growth checks shared by the tests that guard against super-linear cost:
they double an input and compare the two times measured on the same
machine, in turn and best of a few, never against a wall-clock budget."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from glossary_lint.gc_pause import paused_collector

#: A quadratic cost makes the ratio 4 per doubling; linear is 2.
MAX_RATIO = 3.0


def run_time(run: Callable[[], object]) -> float:
    """One run's time, the cyclic collector paused: its full collections grow
    with everything alive and are not the cost measured."""
    gc.collect()
    with paused_collector():
        start = time.perf_counter()
        run()
        return time.perf_counter() - start


def assert_linear(make: Callable[[int], Callable[[], object]], size: int, tries: int = 5) -> None:
    """Time the work for ``size`` and ``2 * size``: the ratio must stay near 2.

    The two sizes are timed in turn, best of ``tries`` each, so that a busy
    spell of the machine slows both; a ratio over the bound is measured once
    more before it fails, since a quadratic cost fails both times (ratio 4)."""
    small, large = make(size), make(2 * size)
    small()  # warm caches (parser set-up, imports) before timing
    large()
    ratio = float("inf")
    for _ in range(2):
        best_small = best_large = float("inf")
        for _ in range(tries):
            best_small = min(best_small, run_time(small))
            best_large = min(best_large, run_time(large))
        ratio = best_large / best_small
        if ratio < MAX_RATIO:
            return
    raise AssertionError(f"doubling the input multiplied the time by {ratio:.1f}")
