"""Shared by the tests of :func:`~glossary_lint.glossary.link_sense.links_as_term`."""

from __future__ import annotations

from glossary_lint.glossary.link_sense import PageContext, links_as_term
from glossary_lint.glossary.program_files import glossary_words
from glossary_lint.glossary.project_names import project_names
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.matching.matcher import Matcher
from glossary_lint.sources.segments import BlockKind, Segment


def first_mention_links(
    glossary_yaml: str,
    text: str,
    word: str,
    classes: frozenset[str] = frozenset(),
    code_names: frozenset[str] = frozenset(),
) -> bool:
    """Whether the mention of ``word`` at its first place in ``text`` (one
    paragraph) becomes a link, with the glossary ``glossary_yaml`` (and the
    project's name as its entries' names give it, and ``classes`` the names
    the page writes as code, ``code_names`` those with inner capitals in small
    letters; the glossary's words as the Sphinx build gives them)."""
    glossary = parse_glossary(glossary_yaml)
    segment = Segment(text, BlockKind.PARAGRAPH, ((0, 0, len(text)),))
    start = text.index(word)
    mention = next(m for m in Matcher(glossary).mentions(segment) if m.start == start)
    page = PageContext(
        classes=classes,
        projects=project_names(glossary),
        code_names=code_names,
        glossary_words=glossary_words(glossary),
    )
    return links_as_term(mention, page)
