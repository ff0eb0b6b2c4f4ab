"""What every rule is made of: its description, its check, and what it finds.

A check function reads a :class:`RuleContext` and yields :class:`Hit`\\ s
(source spans with a message and, where it can be fixed, the replacement);
the engine turns hits into findings.  Rules detect; they never edit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from ..glossary.model import Glossary
from ..matching.matcher import Mention
from ..sources.document import Document
from .findings import Severity
from .house_style import HouseStyle

if TYPE_CHECKING:
    from .undefined import Undefined


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule found: a source span, a message and optional fix."""

    start: int
    end: int
    message: str
    found: str | None = None
    term: str | None = None
    suggestion: str | None = None
    replacement: str | None = None


@dataclass(frozen=True)
class RuleContext:
    document: Document
    glossary: Glossary
    mentions: tuple[Mention, ...]
    #: Words that need no definition: the glossary's own forms and config words.
    known_words: frozenset[str]
    #: What the other files of the run show (empty for a document checked alone).
    house: HouseStyle = HouseStyle()
    #: Whether a term reference the glossary lacks may name another project's
    #: term (the build resolves it through intersphinx), asked through
    #: :attr:`external_terms` only of such a reference: most documents have
    #: none, and the answer reads the nearest conf.py (a walk up the folders).
    external_terms_of: Callable[[], bool] = bool
    #: Whether the handbook spells out its acronyms (see :mod:`.acronym_habit`).
    defines_acronyms: bool = True
    #: Names (case-folded, spaced once) that glossary directives of the run's
    #: files define: Sphinx resolves term references to them too.
    directive_terms: AbstractSet[str] = frozenset()
    #: Acronyms the run's files spell out as names (see :mod:`.acronym_names`).
    run_names: AbstractSet[str] = frozenset()

    @cached_property
    def external_terms(self) -> bool:
        return self.external_terms_of()

    @cached_property
    def undefined(self) -> list[Undefined]:
        """The document's undefined acronyms and names, searched once: GL002
        and GL005 each report their kind of the same search, the costliest a
        rule makes of a document."""
        from .undefined import undefined_words

        return undefined_words(self.document, self.mentions, self.known_words, self.glossary, self.run_names)


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    summary: str
    explanation: str
    bad: str
    good: str
    severity: Severity
    check: Callable[[RuleContext], Iterator[Hit]]
    enabled_by_default: bool = True
    fixable: bool = False
    #: Whether the check reads :attr:`RuleContext.house`, so a run surveys its files first.
    uses_house_style: bool = False
    #: Whether the check reads :attr:`RuleContext.defines_acronyms`, so a run reads its
    #: prose for expansions first.
    uses_acronym_habit: bool = False
    #: Whether the check reads :attr:`RuleContext.directive_terms`, so a run reads
    #: its files' glossary directives first.
    uses_directive_terms: bool = False
    #: Whether the check reads :attr:`RuleContext.run_names`, so a run reads its
    #: files for acronyms spelled out as names first.
    uses_run_names: bool = False
    #: Whether it reads them only where :attr:`RuleContext.defines_acronyms`
    #: holds (GL002, silent elsewhere): a run whose prose shows no habit of
    #: spelling out acronyms need not count them for it.
    run_names_need_habit: bool = False
