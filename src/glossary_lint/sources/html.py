"""HTML comments in Markdown and in raw HTML nodes (where suppressions live)."""

from __future__ import annotations

from collections.abc import Iterator


def html_comments(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, body)`` of each ``<!-- ... -->``; an unclosed one ends
    the scan.  Plain ``find`` keeps this linear whatever the input."""
    at = 0
    while True:
        start = text.find("<!--", at)
        if start < 0:
            return
        end = text.find("-->", start + 4)
        if end < 0:
            return
        yield start, end + 3, text[start + 4 : end]
        at = end + 3
