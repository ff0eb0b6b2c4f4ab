"""The glossary model: immutable terms with their spellings, senses and links.

Everything downstream (the matcher, the rules, the Sphinx extension) reads
this model and never the YAML, so the YAML schema can grow without the
engine noticing.  The loader in :mod:`glossary_lint.glossary.loader` is the
only code that builds it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..matching.close_names import CloseNames
from ..matching.words import WORD_RE, match_key
from ..quick_init import quick_init
from ..sources.anchors import heading_slug
from .tables import TableKind, glossary_table


class CasePolicy(str, Enum):
    """How strictly a term's letter case is checked in prose."""

    #: Every letter as written, everywhere: ``EnCodec``, ``FFT``, ``HiFi-GAN``.
    EXACT = "exact"
    #: Written as ``spelling`` in running text; the first letter may be a
    #: capital at a sentence start and every word may be capitalised in a
    #: title (heading, table header, link text, bold label).
    SENTENCE = "sentence"


class Markup(str, Enum):
    """The markup a definition is written in: kept as the page had it, so an
    imported Sphinx glossary keeps its roles and directives."""

    MARKDOWN = "markdown"
    REST = "rst"


class SpellingKind(str, Enum):
    """What role a spelling plays for its entry."""

    CANONICAL = "canonical"
    ALIAS = "alias"
    ABBREVIATION = "abbreviation"
    VARIANT = "variant"


@dataclass(frozen=True, slots=True)
class ChapterLink:
    """A "See ..." pointer from an entry to a handbook chapter."""

    title: str
    #: Document path without suffix, relative to the docs root, e.g.
    #: ``mathematics/attention-math``.
    doc: str


@quick_init
@dataclass(frozen=True, slots=True)
class Spelling:
    """One surface form that names an entry."""

    text: str
    kind: SpellingKind
    #: The case policy this form follows: abbreviations are always exact.
    case: CasePolicy

    @property
    def key(self) -> str:
        return match_key(self.text)


@dataclass(frozen=True, slots=True)
class Term:
    """One glossary entry."""

    id: str
    term: str
    definition: str
    case: CasePolicy = CasePolicy.SENTENCE
    #: The running-text form; defaults to ``term`` (exact) or its lower case.
    spelling: str = ""
    sense: str | None = None
    expansion: str | None = None
    abbreviation: str | None = None
    also: str | None = None
    aliases: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    homonym: bool = False
    see: tuple[ChapterLink, ...] = ()
    related: tuple[str, ...] = ()
    #: The markup of ``definition`` (and of nothing else).
    markup: Markup = Markup.MARKDOWN
    #: A Sphinx glossary classifier (``term : classifier``), shown after the term.
    classifier: str | None = None
    #: 1-based line of the entry in its YAML file, 0 when built in code.
    line: int = 0
    #: Whether the Sphinx extension links mentions to the entry; None derives
    #: it (see :attr:`links_automatically`).
    autolink: bool | None = None
    #: Whether ``case`` is the importer's guess (the page never showed the
    #: name mid-sentence) rather than the author's word: the chapters' own
    #: consistent usage then outweighs it (:mod:`glossary_lint.rules.guessed_case`).
    case_guessed: bool = False

    def __post_init__(self) -> None:
        if not self.spelling:
            prose = self.term if self.case is CasePolicy.EXACT else self.term.lower()
            object.__setattr__(self, "spelling", prose)

    @property
    def links_automatically(self) -> bool:
        """Whether some mention in prose may become a link: as ``autolink``
        says, or else unless every name of the entry is an everyday word
        (``type``, ``list``, ``domain`` mean other things in most sentences),
        a single letter or a word clipped from a longer name (see
        :mod:`glossary_lint.glossary.link_sense`)."""
        from .link_sense import linked_names

        return bool(linked_names(self))

    @property
    def heading(self) -> str:
        """The entry's heading as the glossary page shows it."""
        extra = self.sense or self.expansion or self.abbreviation or self.also
        return f"{self.term} ({extra})" if extra else self.term

    @property
    def short_definition(self) -> str:
        """The definition's first sentence, for tooltips and summaries."""
        match = re.match(r"(.+?[.!?])(\s|$)", self.definition)
        return match.group(1) if match else self.definition

    def spellings(self) -> Iterator[Spelling]:
        """Every form that names this entry, canonical first."""
        yield Spelling(self.spelling, SpellingKind.CANONICAL, self.case)
        for alias in self.aliases:
            # An exact case keeps the capitals of a name ('ORM-annotated');
            # a lower-case alias of it ('annotations') has none to keep, and
            # is capitalised like any word at a sentence start or in a title.
            lower = alias.islower() and not self.spelling.islower()
            yield Spelling(alias, SpellingKind.ALIAS, CasePolicy.SENTENCE if lower else self.case)
        if self.abbreviation:
            yield Spelling(self.abbreviation, SpellingKind.ABBREVIATION, CasePolicy.EXACT)
        yield from self.variant_spellings()

    def variant_spellings(self) -> Iterator[Spelling]:
        """The known wrong spellings, last of :meth:`spellings`."""
        for variant in self.variants:
            yield Spelling(variant, SpellingKind.VARIANT, self.case)

    @property
    def short_form(self) -> str | None:
        """The abbreviation readers meet in prose (``CFG`` or ``AAC``), if any."""
        if self.abbreviation:
            return self.abbreviation
        if self.expansion and self.case is CasePolicy.EXACT:
            return self.term
        return None

    @property
    def long_form(self) -> str | None:
        """What the short form stands for, if the entry has one."""
        if self.abbreviation:
            return self.term
        if self.expansion:
            return self.expansion
        return None


@dataclass(frozen=True)
class Glossary:
    """All entries of one glossary file, indexed by id."""

    terms: tuple[Term, ...]
    path: str | None = None
    #: The glossary page's title and introduction, for exports.
    title: str | None = None
    intro: str | None = None
    #: The markup entries are written in unless they say otherwise (and of the intro).
    markup: Markup = Markup.MARKDOWN
    by_id: Mapping[str, Term] = field(init=False, repr=False, compare=False)
    #: Values of :func:`~.tables.glossary_table` functions computed for it, by name.
    tables: dict[str, Any] = field(init=False, repr=False, compare=False)
    #: Where the cache keeps the model, when it came through the cache: its
    #: tables are kept beside it (:mod:`.tables`).
    cache_file: Path | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", MappingProxyType({t.id: t for t in self.terms}))
        object.__setattr__(self, "tables", {})

    def __len__(self) -> int:
        return len(self.terms)

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    @cached_property
    def anchors(self) -> Mapping[str, Term]:
        """Every anchor a link may use for an entry: its id and the slug of
        its heading as Docusaurus and MyST generate it."""
        result: dict[str, Term] = {}
        for term in self.terms:
            result[term.id] = term
            result.setdefault(heading_slug(term.heading), term)
        return MappingProxyType(result)

    @property
    def known_forms(self) -> frozenset[str]:
        """Every form the glossary writes (spellings, terms, expansions) and
        the words they are made of (``KL`` of ``KL divergence``): words
        that need no definition elsewhere."""
        return _known_forms(self)

    @cached_property
    def names(self) -> Mapping[str, tuple[Term, ...]]:
        """Case-folded names that ``{term}``/``:term:`` references may use."""
        result: dict[str, list[Term]] = {}
        for term in self.terms:
            forms = {term.term, term.heading, term.spelling, *term.aliases}
            for extra in (term.abbreviation, term.expansion, term.also):
                if extra:
                    forms.add(extra)
            for form in forms:
                bucket = result.setdefault(form.casefold(), [])
                if term not in bucket:
                    bucket.append(term)
        return MappingProxyType({name: tuple(terms) for name, terms in result.items()})

    @cached_property
    def close_names(self) -> CloseNames:
        """For "did you mean": the names closest to an unknown reference."""
        return CloseNames(self.names)

    @cached_property
    def close_anchors(self) -> CloseNames:
        """For "did you mean": the anchors closest to an unknown link."""
        return CloseNames(self.anchors)


@glossary_table(TableKind.STRINGS)
def _known_forms(glossary: Glossary) -> frozenset[str]:
    forms: set[str] = set()
    for term in glossary.terms:
        # The texts of term.spellings(), without building a Spelling for each.
        forms.add(term.spelling)
        forms.update(term.aliases)
        forms.update(term.variants)
        forms.update(x for x in (term.abbreviation, term.term, term.expansion, term.also) if x)
    # One search over all forms at once (no word spans a line break): a
    # search per form was most of this index's cost with a big glossary.
    forms.update(WORD_RE.findall("\n".join(forms)))
    # A headword written as an acronym's plural (``MFCCs``) writes the acronym too.
    forms.update([m.group(1) for m in map(_ACRONYM_PLURAL.fullmatch, forms) if m])
    return frozenset(forms)


#: An acronym in the plural: capitals (and digits) with a small ``s`` after them.
_ACRONYM_PLURAL = re.compile(r"([A-Z][A-Z0-9]*[A-Z0-9])s")
