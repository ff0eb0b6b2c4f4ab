"""Entries of a reST page with a section per term: the title names the
entry, the section's text defines it.

Which sections are terms is decided as for a Markdown page with a heading
per term: the page's title (a lone top-level section) is no term, and the
level most of the other sections use is the terms' level (ties go to the
shallower one: a term with an "Example" subsection each).  Sections above
that level only group the terms (``A``, ``B`` letter sections); a section
below it belongs to its term's definition, its title becomes a
``.. rubric::`` (a heading a definition may hold, where a section title
may not).  A definition is the section's source lines as written, so
lists, code, roles and directives survive; a target (``.. _label:``) at
its end labels the next section and is left out.
"""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ...glossary.model import Markup
from .headwords import without_number
from .page import PageEntry

#: A section title's underline or overline.
_ADORNMENT = re.compile(r"^([!-/:-@\[-`{-~])\1+\s*$")
#: A target for the section after it (an internal one: no URL), or a blank line.
_TRAILING_TARGET = re.compile(r"^(?:\.\. _[^:]*:|)\s*$")


@dataclass
class TermSections:
    #: The page's title section, if the page has one.
    title: Any
    #: The sections that are terms, in page order.
    terms: list[Any]
    #: Every section in page order, with its depth (1 for top level).
    depths: list[tuple[Any, int]]
    level: int


def term_sections(document: Any) -> TermSections:
    from docutils import nodes

    depths = []
    for section in document.findall(nodes.section):
        depth, parent = 1, section.parent
        while parent is not None:
            depth += isinstance(parent, nodes.section)
            parent = parent.parent
        depths.append((section, depth))
    tops = [section for section, depth in depths if depth == 1]
    title = tops[0] if len(tops) == 1 else None
    candidates = [(section, depth) for section, depth in depths if section is not title]
    if not candidates:
        return TermSections(title, [], depths, 0)
    counts = Counter(depth for _, depth in candidates)
    level = max(counts, key=lambda depth: (counts[depth], -depth))
    return TermSections(title, [s for s, depth in candidates if depth == level], depths, level)


def section_entries(
    found: TermSections, source: str, name_of: Callable[[Any, list[str]], str]
) -> list[PageEntry]:
    """Each term section as an entry; ``name_of`` reads a title node as the
    entry's name, noting in the list it is given what it changed."""
    lines = source.split("\n")
    placed = [(s, d, start) for s, d in found.depths if (start := _title_start(s, lines)) is not None]
    terms = {id(section) for section in found.terms}
    # where each section ends: at the next one no deeper than it (one pass, for any page size)
    ends, open_ = [len(placed)] * len(placed), list[int]()
    for number, (_, depth, _) in enumerate(placed):
        while open_ and placed[open_[-1]][1] >= depth:
            ends[open_.pop()] = number
        open_.append(number)
    entries = []
    for number, (section, _, _) in enumerate(placed):
        if id(section) not in terms:
            continue
        title, after = section[0], ends[number]
        end = placed[after][2] if after < len(placed) else len(lines)
        inner = [(start, s[0].line) for s, _, start in placed[number + 1 : after]]
        body = _body(lines, title.line, end, inner)
        remarks: list[str] = []
        name = without_number(name_of(title, remarks))
        entries.append(PageEntry([name], body, Markup.REST, remarks=remarks))
    return entries


def _title_start(section: Any, lines: list[str]) -> int | None:
    """The index of the first line of a section's title (its overline, if any)."""
    underline = section[0].line  # docutils: the underline's line number, from 1
    if not underline or underline < 2 or underline > len(lines):
        return None
    start = underline - 2
    if (
        start > 0
        and _ADORNMENT.match(lines[start - 1])
        and lines[start - 1].strip() == lines[underline - 1].strip()
    ):
        start -= 1
    return start


def _body(lines: list[str], start: int, end: int, inner: list[tuple[int, int]]) -> str:
    """Lines ``[start, end)``, each subsection title in them as a rubric."""
    out: list[str] = []
    index = start
    for title_start, underline in sorted(inner):
        out += lines[index:title_start]
        out.append(".. rubric:: " + lines[underline - 2].strip())
        index = underline
    out += lines[index:end]
    while out and _TRAILING_TARGET.match(out[-1]):
        out.pop()
    return textwrap.dedent("\n".join(out)).strip("\n")
