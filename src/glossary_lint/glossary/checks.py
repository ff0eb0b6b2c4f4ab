"""Checks of a loaded glossary against itself (``glossary-lint glossary check``).

The loader guarantees the shape; these checks look at the content: two
entries claiming one spelling, links that lead nowhere, entries out of
alphabetical order, and definitions that lean on words the glossary does
not define.  Each returns diagnostics with the YAML line of the entry.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..lazy_re import lazy_compile
from ..matching.index_table import MAX_TERM_WORDS
from ..matching.words import WORD_RE
from ..rules.acronyms import candidates
from .model import Glossary, Markup, Spelling, SpellingKind, Term

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
        *unsafe_spellings(glossary),
        *broken_links(glossary, docs_root),
        *out_of_order(glossary),
        *undefined_in_definitions(glossary, extra_known),
    ]
    return sorted(found, key=lambda d: (d.line, d.severity, d.message))


def unsafe_for_check(glossary: Glossary) -> list[Diagnostic]:
    """The errors that make ``check`` refuse the glossary: with them a run
    would report or rewrite text it has no business touching (invisible
    characters or look-alike letters written into prose, every "the"
    replaced), or findings would name the wrong entry (duplicate ids)."""
    found = [*duplicate_ids(glossary), *_spelling_errors(glossary)]
    return sorted((d for d in found if d.severity == ERROR), key=lambda d: (d.line, d.message))


def _spelling_errors(glossary: Glossary) -> Iterator[Diagnostic]:
    """What :func:`unsafe_spellings` finds, errors among it, at the cost of a
    look at each spelling only when some spelling needs one: printable ASCII
    holds no invisible character and mixes no scripts, which leaves the known
    wrong variants that are ordinary words.  (This runs before every check: a
    look at each of 10,000 terms' spellings was a tenth of a warm run.)"""
    everything = "".join(
        text
        for term in glossary
        for text in (term.spelling, *term.aliases, term.abbreviation or "", *term.variants)
    )
    if not (everything.isascii() and everything.isprintable()):
        yield from unsafe_spellings(glossary)
        return
    for term in glossary:
        if term.variants:  # most entries list none: no generator made for them
            for spelling in term.variant_spellings():
                yield from _spelling_diagnostics(term, spelling)


def duplicate_ids(glossary: Glossary) -> Iterator[Diagnostic]:
    if len(glossary.by_id) == len(glossary.terms):
        return  # one entry per id: the model's map of ids, built anyway, tells
    ids: dict[str, Term] = {}
    for term in glossary:
        if term.id in ids:
            yield Diagnostic(
                term.line, ERROR, f"duplicate id {term.id!r} (first at line {ids[term.id].line})"
            )
        ids.setdefault(term.id, term)


def unsafe_spellings(glossary: Glossary) -> Iterator[Diagnostic]:
    """Spellings that would put what nobody can see into prose, or take
    ordinary prose for a term.

    Errors: an invisible character (format or control character: zero-width
    joiner, bidirectional override) or a word mixing Latin and Cyrillic
    letters in any spelling (the fixer would write it into correct text; a
    reader cannot tell); a known wrong variant that is one letter or a
    common English word (every ordinary "the" would be reported and
    rewritten).  Warnings: a word mixing Latin and Greek letters (``Δt`` is
    real notation, ``Εncodec`` with a Greek Epsilon is not), and an accepted
    spelling of one letter or a common word on an entry not marked
    ``homonym`` (its case is checked in all ordinary prose).
    """
    for term in glossary:
        for spelling in term.spellings():
            yield from _spelling_diagnostics(term, spelling)


def _spelling_diagnostics(term: Term, spelling: Spelling) -> Iterator[Diagnostic]:
    """:func:`unsafe_spellings` of one spelling of ``term``."""
    text, kind = spelling.text, spelling.kind.value
    # Format and control characters are not printable: most spellings
    # are, and are let through by one test (this runs before every check).
    hidden = (
        []
        if text.isprintable()
        else sorted({f"U+{ord(ch):04X}" for ch in text if unicodedata.category(ch) in ("Cf", "Cc")})
    )
    if hidden:
        yield Diagnostic(
            term.line,
            ERROR,
            f"{kind} {_shown(text)} of {term.id!r} contains invisible characters ({', '.join(hidden)})",
        )
    words = WORD_RE.findall(text)
    for word in words:
        if word.isascii():
            continue  # Latin letters and digits only: one script
        scripts = {_script(ch) for ch in word if ch.isalpha()} - {""}
        if len(scripts) > 1 and "LATIN" in scripts:
            mixed = "Cyrillic" if "CYRILLIC" in scripts else "Greek" if "GREEK" in scripts else ""
            if mixed:
                yield Diagnostic(
                    term.line,
                    ERROR if mixed == "Cyrillic" else WARNING,
                    f"{kind} {_shown(text)} of {term.id!r} mixes Latin and {mixed} letters in "
                    f"{_shown(word)}: look-alike letters are not the word readers type",
                )
    if len(words) > MAX_TERM_WORDS:
        yield Diagnostic(
            term.line,
            WARNING,
            f"{kind} of {term.id!r} has {len(words):,} words; spellings of more "
            f"than {MAX_TERM_WORDS} are not looked for in prose",
        )
    ordinary = sum(len(w.casefold()) for w in words) == 1 or text.casefold() in COMMON_WORDS
    if ordinary and spelling.kind is SpellingKind.VARIANT:
        yield Diagnostic(
            term.line,
            ERROR,
            f"variant {_shown(text)} of {term.id!r} is an ordinary word: every "
            f"{_shown(text)} in prose would be reported and rewritten",
        )
    elif ordinary and not term.homonym:
        yield Diagnostic(
            term.line,
            WARNING,
            f"{kind} {_shown(text)} of {term.id!r} is one letter or a common word: its letter case "
            "is checked in all ordinary prose (mark the entry 'homonym: true')",
        )


def _script(ch: str) -> str:
    """The script a letter belongs to, from its Unicode name (LATIN, GREEK, ...)."""
    return unicodedata.name(ch, "").split(" ", 1)[0]


def _shown(text: str) -> str:
    """``text`` quoted, with invisible and non-ASCII letters spelled as code points."""
    return ascii(text)


#: Words that make up much of any English text: a spelling equal to one of
#: them would match ordinary prose.
COMMON_WORDS = frozenset(
    """
a an the and or but nor not no yes of to in on at by for from with as into onto upon about
is are was were be been being am do does did has have had will would shall should can could
may might must it its this that these those there here then than so if else when where which
who whom whose what why how all any some each every both either neither one two few many
much more most other such own same very just also only even too i me my we us our you your
he him his she her they them their up down out over under off again once
""".split()
)


def collisions(glossary: Glossary) -> Iterator[Diagnostic]:
    """Two entries (not declared senses of one word) claiming one spelling."""
    yield from duplicate_ids(glossary)
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


_MATH = lazy_compile(r"\$\$.*?\$\$|\$[^$\n]*\$", re.S)


def undefined_in_definitions(
    glossary: Glossary, extra_known: frozenset[str] = frozenset()
) -> Iterator[Diagnostic]:
    """Acronyms and technical names in definitions that no entry defines."""
    known = glossary.known_forms | extra_known
    for term in glossary:
        reported: set[str] = set()
        text = term.definition
        if term.markup is Markup.REST:  # roles and code are not words a reader meets
            from ..workflows.conversion.prose import prose_text

            text = prose_text(text, term.markup)
        for word in (c.word for c in candidates(_MATH.sub(" ", text), known)):
            if word not in reported:
                reported.add(word)
                yield Diagnostic(
                    term.line,
                    WARNING,
                    f"the definition of {term.id!r} uses {word!r}, which the glossary does not define",
                )
