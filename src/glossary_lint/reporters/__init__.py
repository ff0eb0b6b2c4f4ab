"""Reporters: findings to text, JSON, GitHub annotations or SARIF.

Each reporter is one function ``render(findings, files) -> str``; the CLI
picks one by name from :data:`FORMATS`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..findings import Finding

Renderer = Callable[[Sequence[Finding], int], str]


def renderer(name: str) -> Renderer:
    """The render function of output format ``name``."""
    if name == "json":
        from .json import render
    elif name == "github":
        from .github import render
    elif name == "sarif":
        from .sarif import render
    else:
        from .text import render
    return render


FORMATS = ("text", "json", "github", "sarif")


def counts_by_code(findings: Sequence[Finding]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.code] = counts.get(f.code, 0) + 1
    return dict(sorted(counts.items()))
