"""What a cross-reference role shows a reader, for reST and MyST alike."""

from __future__ import annotations

import re

_TITLED = re.compile(r"^(.*?)\s*<([^<>]*)>\s*$", re.S)


#: Roles Sphinx shows with ``()`` after the name (``add_function_parentheses``).
_CALLABLE_ROLES = {"func", "meth"}


def shown_text(text: str, role: str = "") -> str:
    """``title <target>`` shows its title; ``~a.b.c`` shows ``c``; ``!x`` shows
    ``x``; a function role without a title adds ``()``, as Sphinx does."""
    titled = _TITLED.match(text)
    if titled and titled.group(1):
        return titled.group(1)
    shown = text[1:].rsplit(".", 1)[-1] if text.startswith("~") else text.lstrip("!")
    if role.rsplit(":", 1)[-1] in _CALLABLE_ROLES and not shown.endswith(")"):
        shown += "()"
    return shown
