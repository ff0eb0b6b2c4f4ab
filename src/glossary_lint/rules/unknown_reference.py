"""GL003 unknown-term-reference: explicit term markup naming no entry."""

from __future__ import annotations

from collections.abc import Iterator

from ..lazy_re import lazy_compile
from .base import Hit, Rule, RuleContext
from .findings import Severity

#: ``python:decorator``: a term of another project's glossary, named with the
#: intersphinx prefix of its inventory; this glossary cannot resolve it, and
#: need not: the build looks it up there.
_EXTERNAL = lazy_compile(r"[A-Za-z][\w-]*:(?=\S)(?!:)")

#: Where other projects' glossaries may hold a name, a name as much like an
#: entry's as this (difflib's ratio: 'Mel Spectrum' and 'Mel Spectrogram' are
#: 0.81, 'voxle' and 'voxel' 0.8, 'array' and 'DataArray' 0.71) is a slip of
#: the entry's, not another project's term.
SLIP_LIKENESS = 0.8


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
            if reference_name(ref.name) in ctx.directive_terms:
                continue  # an item of a glossary directive of the run's files: Sphinx merges them all
            suggestion = ctx.glossary.close_names.closest(ref.name.casefold())
            if ctx.external_terms and not _a_slip(ref.name, suggestion):
                continue  # the build looks it up in the glossaries intersphinx names
            what = f"refers to term '{ref.name}', which the glossary does not have"
        hint = f" (did you mean '{suggestion}'?)" if suggestion else ""
        yield Hit(ref.start, ref.end, f"{what}{hint}", ref.name, None, suggestion)


def reference_name(name: str) -> str:
    """How Sphinx compares a term reference with an item's name: case and
    runs of white space do not matter."""
    return " ".join(name.split()).casefold()


def _a_slip(name: str, suggestion: str | None) -> bool:
    if suggestion is None:
        return False
    import difflib  # only when a reference is unknown: not at every start-up

    return difflib.SequenceMatcher(None, name.casefold(), suggestion.casefold()).ratio() >= SLIP_LIKENESS


RULE = Rule(
    "GL003",
    "unknown-term-reference",
    "Explicit term markup names a term the glossary does not have.",
    "A {term}`X` role (MyST), a :term:`X` role (reST) or a link to an anchor of the glossary "
    "page must name an entry of the glossary, by its name, an alias, its abbreviation or its "
    "anchor, or an item of a glossary directive in one of the checked files (Sphinx merges every "
    "glossary of a project, so a chapter's own glossary of its terms counts; reST and MyST). "
    "Otherwise the link is dead once the site is built. A name with an intersphinx "
    "prefix ('python:decorator') is another project's term and is left to the build. Where "
    "the build resolves references through intersphinx (the nearest Sphinx conf.py loads "
    "sphinx.ext.intersphinx or sets intersphinx_mapping; read, never run; or the configuration "
    'says term-references = "intersphinx"), a name the glossary lacks may be a term of another '
    "project's glossary ('hashable', 'dtype'): it is reported only when it is a near slip of an "
    "entry's name (as alike as 'Mel Spectrum' and 'Mel Spectrogram'), and otherwise left to the "
    'build, which warns if no inventory has it. term-references = "glossary" reports every name '
    "the glossary lacks. In the Sphinx extension the build itself decides: with intersphinx "
    "loaded, an unknown term is reported only if intersphinx does not resolve it either.",
    "See {term}`Mel Spectrum` for the details.",
    "See {term}`Mel Spectrogram` for the details.",
    Severity.ERROR,
    check_references,
    uses_directive_terms=True,
)
