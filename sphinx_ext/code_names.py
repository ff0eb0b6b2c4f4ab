"""An entry named like a class is the class only in the class's own case, when
the handbook writes that name as code.

A handbook that writes ``Dataset`` (a literal, a ``:py:class:`` role, a
Markdown code span) has a class of that name, and its prose uses the same
letters in lower case for the ordinary noun: "a dataset of sales" is data in
general, not the class the entry defines.  Whether any page writes the name as
code is known only once every document is read (with ``-j``, in several
processes), so the read links such mentions with a mark saying whether they
are in the headword's case, each page notes which headwords it writes as
code, and at ``doctree-resolved`` a link in another case to an entry written
as code becomes plain text again.  So that a dropped lower-case link does not
take a section's one link away from a later ``Dataset``, the read links the
first mention of each case, marking the second as a spare that is kept only
when the first one is dropped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from docutils import nodes

from glossary_lint.glossary.class_entries import looks_like_code_name
from glossary_lint.glossary.identifier_entries import CODE_PAGES, code_identifiers, is_identifier
from glossary_lint.glossary.model import Glossary
from glossary_lint.matching.code_tokens import last_name

from .build_checks import CASE_ATTRIBUTE, SPARE_ATTRIBUTE, TERM_ATTRIBUTE
from .page_records import PageRecords
from .settings import state

_PAGES = "glossary_lint_code_terms"


def note_code_names(app: Any, document: nodes.document) -> None:
    """Remember which entries' headwords this page writes as code."""
    env = app.env
    current = state(app.config)
    if current.link == "off":
        return
    headwords = _code_headwords(current.linter.glossary)
    identifiers = _identifier_headwords(current.linter.glossary)
    found: set[str] = set()
    for node in document.findall(
        lambda n: isinstance(n, (nodes.literal, nodes.title_reference, nodes.literal_block))
    ):
        code = node.astext()
        name = last_name(code)
        if name in headwords and not isinstance(node, nodes.literal_block):
            found.add(headwords[name])
        if identifiers:
            found.update(identifiers[n] for n in code_identifiers(code) if n in identifiers)
    pages: dict[str, set[str]] = env.__dict__.setdefault(_PAGES, {})
    if found:
        pages[env.docname] = found
    else:
        pages.pop(env.docname, None)


def _code_headwords(glossary: Glossary) -> dict[str, str]:
    return {t.term: t.id for t in glossary if looks_like_code_name(t.term)}


def _identifier_headwords(glossary: Glossary) -> dict[str, str]:
    return {t.term: t.id for t in glossary if is_identifier(t.term)}


def drop_other_cases(app: Any, doctree: nodes.document, docname: str) -> None:
    glossary = state(app.config).linter.glossary
    written = _written_as_code(
        app.env.__dict__.get(_PAGES, {}).values(), set(_identifier_headwords(glossary).values())
    )
    for link in list(doctree.findall(nodes.reference)):
        term = link.get(TERM_ATTRIBUTE)
        if term is None:
            continue
        if term in written:
            drop = link.get(CASE_ATTRIBUTE) == "other"
        else:
            drop = bool(link.get(SPARE_ATTRIBUTE))
        if drop:
            link.parent.replace(link, nodes.Text(link.astext()))


def _written_as_code(pages: Iterable[set[str]], identifiers: set[str]) -> set[str]:
    """The entries written as code: a class name on any page, an identifier
    on :data:`CODE_PAGES` pages or more (as GL001 asks of the files)."""
    count = Counter(term for page in pages for term in page)
    return {term for term, n in count.items() if n >= (CODE_PAGES if term in identifiers else 1)}


_RECORDS = PageRecords(_PAGES)


def setup(app: Any) -> None:
    app.connect("doctree-read", note_code_names)
    _RECORDS.connect(app)
    app.connect("doctree-resolved", drop_other_cases, priority=400)  # before references.resolve
