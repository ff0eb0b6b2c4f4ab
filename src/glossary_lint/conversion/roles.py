"""What a cross-reference role shows a reader, for reST and MyST alike."""

from __future__ import annotations

import re

_TITLED = re.compile(r"^(.*?)\s*<([^<>]*)>\s*$", re.S)


def shown_text(text: str) -> str:
    """``title <target>`` shows its title; ``~a.b.c`` shows ``c``; ``!x`` shows ``x``."""
    titled = _TITLED.match(text)
    if titled and titled.group(1):
        return titled.group(1)
    if text.startswith("~"):
        return text[1:].rsplit(".", 1)[-1]
    return text.lstrip("!")
