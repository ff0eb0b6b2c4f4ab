"""Reporters: findings to text, JSON, GitHub annotations or SARIF.

Each reporter is one function ``stream(findings, files) -> Iterator[str]``
that writes its report piece by piece as the findings arrive, so a run over
many files never holds all its findings or its whole report in memory; the
CLI picks one by name from :data:`FORMATS`.  ``render`` joins the pieces.
"""

from __future__ import annotations

import json as _json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from ..rules.findings import Finding
from .escaping import json_safe

Streamer = Callable[[Iterable[Finding], int], Iterator[str]]


def streamer(name: str) -> Streamer:
    """The stream function of output format ``name``."""
    if name == "json":
        from .json import stream
    elif name == "github":
        from .github import stream
    elif name == "sarif":
        from .sarif import stream
    else:
        from .text import stream
    return stream


def render(name: str, findings: Iterable[Finding], files: int) -> str:
    """The whole report of format ``name`` as one string."""
    return "".join(streamer(name)(findings, files))


FORMATS = ("text", "json", "github", "sarif")


class Tally:
    """Counts of the findings that went past, for the summaries."""

    def __init__(self) -> None:
        self.total = 0
        self.fixable = 0
        self._by_code: dict[str, int] = {}

    def count(self, findings: Iterable[Finding]) -> Iterator[Finding]:
        for f in findings:
            self.total += 1
            self.fixable += f.fixable
            self._by_code[f.code] = self._by_code.get(f.code, 0) + 1
            yield f

    @property
    def by_code(self) -> dict[str, int]:
        return dict(sorted(self._by_code.items()))


def counts_by_code(findings: Sequence[Finding]) -> dict[str, int]:
    tally = Tally()
    for _ in tally.count(findings):
        pass
    return tally.by_code


def json_array_items(items: Iterable[Any], indent: int) -> Iterator[str]:
    """The elements and the closing bracket of a JSON array whose ``[`` is
    already written, exactly as ``json.dumps(indent=2)`` lays them out at
    ``indent`` spaces, one element at a time."""
    pad = " " * indent
    first = True
    for item in items:
        text = _json.dumps(item, indent=2, ensure_ascii=False).replace("\n", "\n" + pad)
        yield json_safe(("\n" if first else ",\n") + pad + text)
        first = False
    yield "]" if first else "\n" + pad[:-2] + "]"
