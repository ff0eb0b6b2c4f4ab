"""Links that name a glossary entry by its anchor (``glossary.md#encodec``)."""

from __future__ import annotations

from urllib.parse import urlsplit


def glossary_anchor(href: str, glossary_page: str) -> str | None:
    """The anchor of a relative link to the glossary page, else None."""
    parts = urlsplit(href)
    if not parts.fragment or parts.scheme or parts.netloc:
        return None
    page = parts.path.rstrip("/").rsplit("/", 1)[-1]
    return parts.fragment if page.rsplit(".", 1)[0] == glossary_page else None
