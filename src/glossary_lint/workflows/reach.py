"""Reach: how much of the prose a parser sees the linter actually checks.

A linter that silently skips text passes CI without having read the
chapter.  This measures it, per file: the prose the parser reports (for
reST, the text of every paragraph docutils produces, outside code, math,
comments and signatures, found without the front-end's help; for
Markdown, the text of every inline token markdown-it produces) against
the part of it the front-end placed in a segment, in characters.  The
paragraphs not fully reached are listed by line.  ``glossary-lint debug
reach`` prints it; the test suite asserts 100% on real handbooks.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from ..engine import REST_SUFFIXES


@dataclass
class Reach:
    path: str
    #: Characters of prose the parser reports (line breaks not counted).
    seen: int = 0
    #: Characters of it the linter's segments hold.
    reached: int = 0
    #: ``(line, text)`` of each piece of prose not reached.
    missed: list[tuple[int, str]] = field(default_factory=list)

    @property
    def share(self) -> float:
        return 1.0 if self.seen == 0 else self.reached / self.seen


def measure_reach(path: str, text: str, glossary_page: str = "glossary") -> Reach:
    """The reach of the front-end the file's suffix calls for."""
    if os.path.splitext(path)[1].lower() in REST_SUFFIXES:
        return _rest_reach(path, text, glossary_page)
    from ..sources.markdown import markdown_reach

    seen, reached, missed = markdown_reach(path, text, glossary_page)
    return Reach(path, seen, reached, missed)


def _rest_reach(path: str, text: str, glossary_page: str) -> Reach:
    from ..sources.rest import parse_doctree, read_doctree, rest_prose_nodes

    doctree = parse_doctree(path, text)
    placed: dict[int, int] = {}
    read_doctree(path, text, doctree, glossary_page, placed)
    reach = Reach(path)
    for node in rest_prose_nodes(doctree):
        content = node.astext()
        seen = len(content) - content.count("\n")
        got = placed.get(id(node), 0)
        reach.seen += seen
        reach.reached += got
        if got < seen and content.strip():
            reach.missed.append((_line_of(node), content.strip()))
    return reach


def _line_of(node: object) -> int:
    parent = getattr(node, "parent", None)
    while parent is not None and not getattr(parent, "line", None):
        parent = parent.parent
    return int(parent.line) if parent is not None else 0
