"""What the files of one run show about how the handbook writes names.

A capitalised glossary word mid-sentence is a case slip, unless the
handbook uses it as a name: the name of a class its code shows
(``Session``, written ```Session``` or ``Session(`` somewhere), or a word it
capitalises mid-sentence as often as not (``the Declarative extension``,
where the glossary page lists "declarative" in lower case).  One chapter
may not show that; the other chapters of the run do.  The survey reads the
raw text of every file once, before the run, with two regular expressions:
it is far cheaper than parsing, and its counts need not be exact, only
tell a house style (hundreds of uses) from a stray slip (one or two).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..glossary.model import CasePolicy, Glossary, SpellingKind
from ..sources.reading import UnreadableFile, read_source

#: A capitalised name written as code: ```Expr```, ``:class:`~.Boolean` ``,
#: ``pkg.Table.c``, or called: ``Expr(x)`` (prose puts a space before a bracket).
_CODE_NAME = re.compile(r"[`.~<]([A-Z][\w]*)(?=[`(.>])|(?<![\w.`~<-])([A-Z][\w]*)(?=\()")
#: A capitalised word right after a lower-case one: mid-sentence.
_CAPITAL_AFTER_LOWER = re.compile(r"(?<![^\s(])[a-z][a-z'’]*,?[ \t]+([A-Z][a-z]+)\b")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")

#: How often a capitalised form must be written mid-sentence for it to be a
#: name the text keeps rather than a slip (a slip is a stray).
KEPT_USES = 3


def keeps_capitals(capitalised: int, lower: int) -> bool:
    """Whether a text that writes a word capitalised mid-sentence
    ``capitalised`` times and in lower case ``lower`` times names something
    with the capital: often, and at least half as often as the lower case."""
    return capitalised >= KEPT_USES and 2 * capitalised >= lower


def code_names(source: str) -> frozenset[str]:
    """Capitalised names a text writes as code: there they are class names,
    and the same name in prose is the class, not a term's slip."""
    return frozenset(a or b for a, b in _CODE_NAME.findall(source))


@dataclass(frozen=True)
class HouseStyle:
    """Names the run's files show; empty for a document checked alone."""

    #: Capitalised words of lower-case terms that are class names in this
    #: handbook (``Table`` of "table metadata"): written as code in :data:`CODE_FILES` files or more, and
    #: capitalised mid-sentence in :data:`KEPT_USES` files or more.
    class_names: frozenset[str] = frozenset()
    #: Ids of lower-case one-word terms the handbook capitalises mid-sentence
    #: as a rule (see :func:`keeps_capitals`).
    capitalised_terms: frozenset[str] = frozenset()


#: In how many files a name must be written as code to be a class name of
#: the handbook: one mention (a dotted path, a table of another language's
#: functions) says little.
CODE_FILES = 2


def survey(texts: Iterable[str], glossary: Glossary) -> HouseStyle:
    """The house style of the texts of one run."""
    words = _lower_words(glossary)
    parts = {part for spelling, _ in _lower_spellings(glossary) for part in spelling.split()}
    parts |= {part + ending for part in parts for ending in ("s", "es")} | set(words)
    code_files: Counter[str] = Counter()
    prose_files: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for text in texts:
        code_files.update(name for name in code_names(text) if name.lower() in parts)
        found = [w for w in _CAPITAL_AFTER_LOWER.findall(text) if w.lower() in parts]
        prose_files.update(set(found))
        capitalised.update(words[w.lower()] for w in found if w.lower() in words)
        lower.update(words[w] for w in _LOWER_WORD.findall(text) if w in words)
    return HouseStyle(
        frozenset(w for w, n in prose_files.items() if n >= KEPT_USES and code_files[w] >= CODE_FILES),
        frozenset(term for term, n in capitalised.items() if keeps_capitals(n, lower[term])),
    )


def survey_files(paths: Iterable[Path], glossary: Glossary) -> HouseStyle:
    """:func:`survey` over files; one that cannot be read is left out (the
    run reports it)."""

    def texts() -> Iterable[str]:
        for path in paths:
            try:
                yield read_source(path).text
            except UnreadableFile:
                continue

    return survey(texts(), glossary)


def _lower_spellings(glossary: Glossary) -> Iterable[tuple[str, str]]:
    """The lower-case spellings of terms whose case may vary, each with its
    term's id."""
    for term in glossary:
        for spelling in term.spellings():
            if (
                spelling.kind is not SpellingKind.VARIANT
                and spelling.case is CasePolicy.SENTENCE
                and spelling.text.islower()
            ):
                yield spelling.text, term.id


def _lower_words(glossary: Glossary) -> Mapping[str, str]:
    """The one-word spellings of :func:`_lower_spellings` and their plurals
    (``Windows`` counts as a capitalised ``window``), by spelling."""
    words: dict[str, str] = {}
    for text, term in _lower_spellings(glossary):
        if text.isalpha():
            words.setdefault(text, term)
    for text, term in list(words.items()):
        for plural in (text + "s", text + "es"):
            words.setdefault(plural, term)
    return words
