"""The project a documentation site's address names in its path.

A documentation host lays a project's pages out under the project's name,
then a language and a release: Read the Docs' ``/projects/widgetio/en/latest/``
(``widgetio.readthedocs.io/en/stable/`` names it in the host instead).
The part before those closing parts is the project's own name, as its
site writes it, wherever it stands in the path.
"""

from __future__ import annotations

import re

from ..lazy_re import lazy_compile

#: A part a documentation address closes with after the project's name: a
#: language (``en``, ``pt-br``), a release (``latest``, ``stable``, ``2.1``,
#: ``v3``), or the index page (``index.html``).
_CLOSING = lazy_compile(
    r"[a-z]{2}(?:[-_][a-z]{2,4})?|latest|stable|dev|devel|main|master|current|v?\d+(?:\.[\dx]+)*|index\.html?",
    re.IGNORECASE,
)


def path_parts(address: str) -> list[str]:
    """The parts of an address's path (scheme, host, query and fragment left out)."""
    rest = re.sub(r"^[a-z][a-z+.-]*://", "", address, flags=re.IGNORECASE)
    return [p for p in re.split(r"[?#]", rest, maxsplit=1)[0].split("/")[1:] if p]


def project_part(address: str) -> tuple[str | None, int]:
    """The last part of ``address``'s path but for the language and release
    parts that close it, and how many such parts followed it (``("widgetio",
    2)`` for ``.../projects/widgetio/en/latest/``); ``(None, 0)`` for an
    address without a path."""
    parts = path_parts(address)
    closing = 0
    while parts and _CLOSING.fullmatch(parts[-1]):
        parts.pop()
        closing += 1
    return (parts[-1] if parts else None), closing
