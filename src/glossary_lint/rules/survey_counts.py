"""Adding up the counts of a run's survey made in parts (:class:`.house_style.HouseSurvey`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any, TypeVar

K = TypeVar("K")
V = TypeVar("V")


def add_counts(
    counts: Iterable[tuple[Counter[Any], Counter[Any]]], firsts: dict[K, V], later_firsts: dict[K, V]
) -> None:
    """Add each later count to its own, and keep what was met first: an
    entry of ``later_firsts`` only where ``firsts`` has none (the later part
    read its texts after this one's)."""
    for own, later in counts:
        own.update(later)
    for key, value in later_firsts.items():
        firsts.setdefault(key, value)
