"""Checks of a loaded glossary against itself (``glossary-lint glossary check``).

The loader guarantees the shape; these checks look at the content: two
entries claiming one spelling, links that lead nowhere, entries out of
alphabetical order, and definitions that lean on words the glossary does
not define.  Each returns diagnostics with the YAML line of the entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .acronyms import candidates
from .glossary import Glossary, Markup, SpellingKind, Term

ERROR = "error"
WARNING = "warning"

#: Suffixes a chapter path may have on disk.
DOC_SUFFIXES = (".md", ".mdx", ".markdown", ".rst", ".txt")


@dataclass(frozen=True, slots=True)
class Diagnostic:
    line: int
    severity: str
    message: str


def check_glossary(
    glossary: Glossary, docs_root: Path | None = None, extra_known: frozenset[str] = frozenset()
) -> list[Diagnostic]:
    """Every diagnostic for ``glossary``, sorted by line."""
    found = [
        *collisions(glossary),
        *broken_links(glossary, docs_root),
        *out_of_order(glossary),
        *undefined_in_definitions(glossary, extra_known),
    ]
    return sorted(found, key=lambda d: (d.line, d.severity, d.message))


def collisions(glossary: Glossary) -> Iterator[Diagnostic]:
    """Two entries (not declared senses of one word) claiming one spelling."""
    ids: dict[str, Term] = {}
    for term in glossary:
        if term.id in ids:
            yield Diagnostic(
                term.line, ERROR, f"duplicate id {term.id!r} (first at line {ids[term.id].line})"
            )
        ids.setdefault(term.id, term)
    owners: dict[str, tuple[Term, str, SpellingKind]] = {}
    for term in glossary:
        seen_here: set[str] = set()
        for spelling in term.spellings():
            key = spelling.key
            if not key or key in seen_here:
                continue
            seen_here.add(key)
            if key not in owners:
                owners[key] = (term, spelling.text, spelling.kind)
                continue
            other, other_text, other_kind = owners[key]
            if _are_senses(term, other) and spelling.kind is other_kind:
                continue
            if term.homonym and other.homonym and spelling.text != other_text:
                continue  # each counts only as written ('C', 'C++'): nothing to confuse
            yield Diagnostic(
                term.line,
                ERROR,
                f"{spelling.kind.value} {spelling.text!r} of {term.id!r} claims the spelling of "
                f"{other_kind.value} {other_text!r} of {other.id!r} (line {other.line}); "
                "declare both as senses (key 'sense') if they are one word with two meanings",
            )


def _are_senses(a: Term, b: Term) -> bool:
    return bool(a.sense and b.sense and a.spelling.casefold() == b.spelling.casefold())


def broken_links(glossary: Glossary, docs_root: Path | None) -> Iterator[Diagnostic]:
    """``related`` ids that name no entry; ``see`` chapters missing under ``docs_root``."""
    for term in glossary:
        for target in term.related:
            if target not in glossary.by_id:
                yield Diagnostic(
                    term.line, ERROR, f"{term.id!r} is related to {target!r}, which is not an entry"
                )
        if docs_root is None:
            continue
        for link in term.see:
            base = docs_root / link.doc
            candidates = [base.with_name(base.name + s) for s in DOC_SUFFIXES]
            candidates += [base / ("index" + s) for s in DOC_SUFFIXES]
            if not any(c.is_file() for c in candidates):
                yield Diagnostic(
                    term.line,
                    ERROR,
                    f"{term.id!r} links to chapter {link.doc!r} ({link.title!r}), "
                    f"which is not in {docs_root}",
                )


def sort_key(term: Term) -> str:
    """Word-by-word alphabetical order, case ignored: ``A-weighting`` sorts
    as ``a weighting``, before ``AAC``."""
    return re.sub(r"[^\w]+", " ", term.term.casefold()).strip()


def out_of_order(glossary: Glossary) -> Iterator[Diagnostic]:
    """Entries that break the page's alphabetical order."""
    terms = glossary.terms
    for before, after in zip(terms, terms[1:]):
        if sort_key(after) < sort_key(before):
            yield Diagnostic(
                after.line,
                WARNING,
                f"{after.term!r} is out of alphabetical order: it comes after {before.term!r}",
            )


_MATH = re.compile(r"\$\$.*?\$\$|\$[^$\n]*\$", re.S)


def undefined_in_definitions(
    glossary: Glossary, extra_known: frozenset[str] = frozenset()
) -> Iterator[Diagnostic]:
    """Acronyms and technical names in definitions that no entry defines."""
    known = glossary.known_forms | extra_known
    for term in glossary:
        reported: set[str] = set()
        text = term.definition
        if term.markup is Markup.REST:  # roles and code are not words a reader meets
            from .conversion.prose import prose_text

            text = prose_text(text, term.markup)
        for word in (c.word for c in candidates(_MATH.sub(" ", text), known)):
            if word not in reported:
                reported.add(word)
                yield Diagnostic(
                    term.line,
                    WARNING,
                    f"the definition of {term.id!r} uses {word!r}, which the glossary does not define",
                )
