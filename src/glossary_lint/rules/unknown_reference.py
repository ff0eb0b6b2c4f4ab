"""GL003 unknown-term-reference: explicit term markup naming no entry."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import Hit, Rule, RuleContext
from .findings import Severity

#: ``python:decorator``: a term of another project's glossary, named with the
#: intersphinx prefix of its inventory; this glossary cannot resolve it, and
#: need not: the build looks it up there.
_EXTERNAL = re.compile(r"[A-Za-z][\w-]*:(?=\S)(?!:)")


def check_references(ctx: RuleContext) -> Iterator[Hit]:
    # The glossary's name and anchor indexes are built on first use: only
    # for a document that has references (with 10,000 terms, 0.05 s each).
    for ref in ctx.document.references:
        if ref.kind == "anchor":
            if ref.name in ctx.glossary.anchors:
                continue
            suggestion = ctx.glossary.close_anchors.closest(ref.name)
            what = f"links to glossary anchor '#{ref.name}', which no entry has"
        else:
            if ref.name.casefold() in ctx.glossary.names or _EXTERNAL.match(ref.name):
                continue
            suggestion = ctx.glossary.close_names.closest(ref.name.casefold())
            what = f"refers to term '{ref.name}', which the glossary does not have"
        hint = f" (did you mean '{suggestion}'?)" if suggestion else ""
        yield Hit(ref.start, ref.end, f"{what}{hint}", ref.name, None, suggestion)


RULE = Rule(
    "GL003",
    "unknown-term-reference",
    "Explicit term markup names a term the glossary does not have.",
    "A {term}`X` role (MyST), a :term:`X` role (reST) or a link to an anchor of the glossary "
    "page must name an entry of the glossary, by its name, an alias, its abbreviation or its "
    "anchor. Otherwise the link is dead once the site is built. A name with an intersphinx "
    "prefix ('python:decorator') is another project's term and is left to the build.",
    "See {term}`Mel Spectrum` for the details.",
    "See {term}`Mel Spectrogram` for the details.",
    Severity.ERROR,
    check_references,
)
