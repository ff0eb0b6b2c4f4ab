"""Inline suppression comments, whatever markup carried them.

Markdown writes ``<!-- glossary-lint: disable GL001 -->``, reST writes
``.. glossary-lint: disable GL001``; the front-ends hand both over as
:class:`~glossary_lint.sources.document.Comment` and this module reads them.

* ``disable [CODES]`` — from this line until ``enable`` (all rules if no codes);
* ``enable [CODES]`` — ends a ``disable``;
* ``disable-next-line [CODES]`` — only the next line that is not blank after
  the comment (reST needs a blank line after a comment);
* ``disable-line [CODES]`` — only the comment's own line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..lazy_re import lazy_compile
from .document import Comment

_DIRECTIVE = lazy_compile(
    r"^\s*glossary-lint\s*:\s*(disable-next-line|disable-line|disable|enable)\b([^\n]*)$", re.I
)

ALL = "*"


@dataclass(frozen=True)
class Suppressions:
    #: ``(code or ALL, first_line, last_line)``, lines inclusive and 1-based.
    ranges: tuple[tuple[str, int, int], ...]

    def covers(self, code: str, line: int) -> bool:
        return any(c in (ALL, code) and first <= line <= last for c, first, last in self.ranges)


def parse_suppressions(comments: Iterable[Comment], source: str) -> Suppressions:
    """The suppressed ranges that ``comments`` in ``source`` declare."""
    comments = list(comments)
    if not comments:
        return Suppressions(())
    lines = source.split("\n")
    last_line = len(lines)

    def next_content_line(line: int) -> int:
        while line <= last_line and not lines[line - 1].strip():
            line += 1
        return line

    ranges: list[tuple[str, int, int]] = []
    open_at: dict[str, int] = {}
    for comment in sorted(comments, key=lambda c: c.line):
        match = _DIRECTIVE.match(comment.text.strip())
        if not match:
            continue
        action = match.group(1).lower()
        codes = re.findall(r"GL\d{3}", match.group(2).upper()) or [ALL]
        for code in codes:
            if action == "disable":
                open_at.setdefault(code, comment.line)
            elif action == "enable":
                if code == ALL:
                    for c, first in open_at.items():
                        ranges.append((c, first, comment.line))
                    open_at.clear()
                elif code in open_at:
                    ranges.append((code, open_at.pop(code), comment.line))
            elif action == "disable-next-line":
                target = next_content_line(comment.end_line + 1)
                ranges.append((code, target, target))
            else:
                ranges.append((code, comment.line, comment.end_line))
    for code, first in open_at.items():
        ranges.append((code, first, last_line))
    return Suppressions(tuple(ranges))
