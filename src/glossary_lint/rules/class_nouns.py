"""Entries named after a class, and the ordinary noun the prose writes for them.

A handbook of a library often names glossary entries after its classes
(``DataArray``, ``DataTree``) and writes them as code (```DataArray```,
``:py:class:`~pkg.DataArray` ``).  Its prose then speaks of the things
themselves in plain words: "data arrays support most methods", "a single
datatree object".  Those lower-case forms are the ordinary noun, not a slip of
the class's name, where the handbook shows the headword is a class name:

* the words of the name, split where its capitals are and in lower case
  (``data array`` for ``DataArray``): a noun phrase of English;
* the name closed up in lower case (``datatree``) where the prose writes it so
  :data:`~.house_style.KEPT_USES` times or more: the handbook's own noun (a
  stray lower-case ``browserwindow`` is a slip and stays reported).

A sentence start may capitalise the first letter (``Data arrays also ...``),
and a heading's or a table header's Title Case every word (``## Comparing
Data Arrays``).  Capitals anywhere else (``Data Array`` or ``Dataarray``
mid-sentence) are no noun of English: they stay slips of the class name.
The split words may be hyphenated, as English hyphenates a compound noun
before the noun it modifies (``a data-array method``).

The handbook shows the headword is a class where it writes it as code (in
two files of the run, or on the page), where the prose counts it
(:mod:`.counted_names`), or where the entry's own definition cites the file
of code named after it (``FeatureLoader``: "Loads features
(pkg/feature_loader.py)"): a module named for the headword, as Python and
Java name a file after the class it holds, says the entry is that class.

The run's survey (:mod:`.house_style`) counts, for the class-like headwords
only, in how many files each is written as code and how often the prose
writes each closed-up lower-case form; the rest of the text costs one regular
expression per file.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..glossary.model import Glossary, SpellingKind
from ..glossary.tables import TableKind, glossary_table
from ..lazy_re import lazy_compile
from ..matching.matcher import Mention
from ..matching.words import HYPHENS, WORD_RE
from .case_context import at_sentence_start

#: A class-like name: letters only, with a capital inside (``DataArray``, ``dataFrame``).
_CLASS_NAME = lazy_compile(r"[A-Z]?[a-z]+(?:[A-Z][a-z]+)+")
#: A lower-case word standing in prose, not in a dotted, underscored, slashed,
#: hyphenated or quoted-as-code name (``xarray.dataarray``, ``to_dataarray``).
#: (Its look-behind comes after the first letter: a pattern that opens with a
#: letter lets the regex engine skip to the next one.)
_PROSE_WORD = lazy_compile(r"[a-z](?<![\w./`~<\-][a-z])[a-z]*(?![\w/`(\-])")


@dataclass(frozen=True)
class ClassNouns:
    """What the run's files show about the class-like headwords."""

    #: Class-like headwords written as code in enough files to be class names.
    code_names: frozenset[str] = frozenset()
    #: Closed-up lower-case forms of them (``datatree``) the prose keeps.
    lower_forms: frozenset[str] = frozenset()


class ClassNounCount:
    """Counts, file by file, the evidence :class:`ClassNouns` keeps."""

    def __init__(self, glossary: Glossary) -> None:
        self.names = class_name_set(glossary)
        #: Every lower-case form (also plural) of a class-like headword, by its singular.
        self.forms = lower_forms(self.names)
        self.code_files: Counter[str] = Counter()
        self.lower: Counter[str] = Counter()
        #: A search for the forms alone, where they are few (:data:`FEW_NAMES`).
        self._prose_forms = _prose_forms(self.forms) if 0 < len(self.names) <= FEW_NAMES else None
        #: A search for the names as the glossary writes them (also plural), in
        #: prose, where they are few; else every camel-case word is asked.
        self._written = _written_names(self.names) if 0 < len(self.names) <= FEW_NAMES else None

    def add(self, text: str, code: Iterable[str]) -> None:
        """One file's text and the capitalised names it writes as code."""
        self.merge(code, self.lower_uses(text))

    def lower_uses(self, text: str) -> Counter[str]:
        """How often one file's text writes each class-like headword closed
        up in lower case (by its singular), and each as the glossary writes
        it (by the name itself, in its capitals): a file's part of
        :attr:`lower`, which the run's survey may keep between runs
        (:mod:`.survey_parts`)."""
        found: Counter[str] = Counter()
        if not self.names:
            return found
        forms = self.forms
        if self._prose_forms is not None:
            found.update(forms[w] for w in self._prose_forms.findall(text))
        else:
            found.update(forms[w] for w in _PROSE_WORD.findall(text) if w in forms)
        if self._written is not None:
            found.update(self._written.findall(text))
        else:
            found.update(name for w in _CAMEL_WORD.findall(text) if (name := _singular_in(w, self.names)))
        return found

    def merge(self, code: Iterable[str], lower: Counter[str]) -> None:
        """Count one file: the capitalised names it writes as code, and its :meth:`lower_uses`."""
        if not self.names:
            return
        self.code_files.update(name for name in set(code) if name in self.names)
        self.lower.update(lower)

    def result(self, kept_uses: int, code_files: int, share: int) -> ClassNouns:
        """What the files counted show.  A closed-up lower-case form is the
        handbook's own noun where it is written ``kept_uses`` times or more,
        but not where the name as the glossary writes it outnumbers it
        ``share`` times or more (three ``textgrid`` beside hundreds of
        ``TextGrid``): a noun the house keeps is no such rarity, strays
        are."""
        lower = self.lower
        written = {name.casefold(): lower[name] for name in self.names}
        return ClassNouns(
            frozenset(n for n, files in self.code_files.items() if files >= code_files),
            frozenset(
                form
                for form, n in lower.items()
                if form.islower() and n >= kept_uses and n * share > written.get(form, 0)
            ),
        )


def lower_forms(names: Iterable[str]) -> dict[str, str]:
    """Every lower-case form of ``names``, itself and with ``-s`` and
    ``-es``, by the name it is a form of, case-folded.  A form two names
    give (``textgrids``, the plural of ``TextGrid`` and the name
    ``TextGrids`` a glossary lists beside it) is the one it writes with the
    fewest letters added: the name itself, then ``-s``, then ``-es``, the
    order :func:`_singular_in` and :func:`_written_names` read a name as
    written in, so a lower-case form is weighed against the same name's
    count as written (:meth:`ClassNounCount.result`).  The answer does not
    depend on the order ``names`` come in: a set's order changes with each
    process's hash seed, and a survey part computed from it is kept in the
    cache folder for every later run (:mod:`glossary_lint.survey_cache`)."""
    forms: dict[str, str] = {}
    for ending in ("", "s", "es"):
        for name in names:
            forms.setdefault(name.casefold() + ending, name.casefold())
    return forms


#: Up to this many class-like headwords, the survey searches for their forms
#: alone (:func:`_prose_forms`): on the handbook's 54 files 6.6 ms for every
#: lower-case word, 1.6 ms for the forms of 3 names, 4.7 ms of 20; past about
#: 40 an alternation of every form is slower than a search for every word.
FEW_NAMES = 16


def _prose_forms(forms: Iterable[str]) -> re.Pattern[str]:
    """What :data:`_PROSE_WORD` finds, kept to ``forms`` (lower-case words):
    each survey reads every file whole for them, and a pattern of every
    word of prose makes a string of each; this one skips in C to the next
    letter a form begins with.  Each form's look-behind comes after its
    first letter, as :data:`_PROSE_WORD`'s does; the longer of two forms that
    begin alike is tried first, and the look-ahead keeps a match to a whole word."""
    by_first: dict[str, list[str]] = {}
    for form in sorted(forms, key=len, reverse=True):
        by_first.setdefault(form[0], []).append(re.escape(form[1:]))
    branches = (
        f"{first}(?<![\\w./`~<\\-]{first})(?:{'|'.join(rests)})" for first, rests in sorted(by_first.items())
    )
    return re.compile(f"(?:{'|'.join(branches)})(?![\\w/`(\\-])")


#: A word with a capital after a small letter, bounded as :data:`_PROSE_WORD`: a class-like name in prose.
_CAMEL_WORD = lazy_compile(r"(?<![\w./`~<\-])[A-Za-z]*[a-z][A-Z][A-Za-z]*(?![\w/`(\-])")


def _singular_in(word: str, names: frozenset[str]) -> str | None:
    """The name of ``names`` that ``word`` writes, itself or in the plural (``-s``, ``-es``)."""
    for name in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""):
        if name in names:
            return name
    return None


def _written_names(names: Iterable[str]) -> re.Pattern[str]:
    """The class-like names as written (``DataArray``, ``DataArrays``), as
    whole words in prose, the bounds of :data:`_PROSE_WORD`; a match is
    the name itself, its plural ending left outside the group."""
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w./`~<\-])({alternatives})(?:e?s)?(?![\w/`(\-])")


def class_names(glossary: Glossary) -> Iterable[str]:
    """The glossary's class-like spellings (not its listed wrong variants)."""
    for term in glossary:
        for spelling in term.spellings():
            if spelling.kind is not SpellingKind.VARIANT and _CLASS_NAME.fullmatch(spelling.text):
                yield spelling.text


@glossary_table(TableKind.STRINGS)
def class_name_set(glossary: Glossary) -> frozenset[str]:
    """:func:`class_names`, as a set kept with the glossary."""
    return frozenset(class_names(glossary))


def is_class_noun(
    mention: Mention,
    page_code: Callable[[], frozenset[str]],
    nouns: ClassNouns,
    counted: Callable[[str], bool] = lambda name: False,
) -> bool:
    """Whether the mention is the ordinary noun for an entry named after a
    class: a lower-case form (see the module doc) of a class-like headword
    that this page or the run writes as code, or that ``counted`` says the
    prose puts in the plural (:mod:`.counted_names`): a kind of object too. ``page_code`` is asked only for
    a lower-case mention of a class-like headword: reading a page's code names
    is the costliest step, and most mentions never need it."""
    if mention.typo or mention.ambiguous:
        return False
    found = _lowered(mention)
    if not found.islower():
        return False  # 'Data Array', 'Dataarray' mid-sentence: the name mis-cased
    words = WORD_RE.findall(found)
    for candidate in mention.candidates:
        name = candidate.spelling.text
        if candidate.spelling.kind is SpellingKind.VARIANT or not _CLASS_NAME.fullmatch(name):
            continue
        if (
            name not in nouns.code_names
            and name.casefold() not in module_stems(candidate.term.definition)
            and name not in page_code()
            and not counted(name)
        ):
            continue
        if len(words) == 1:
            if found in nouns.lower_forms:
                return True
        elif all(s.isspace() or s in HYPHENS for s in mention.separators) and words == [
            w.casefold() for w in _name_parts(name)
        ]:
            return True
    return False


def _lowered(mention: Mention) -> str:
    """The mention's letters with the capitals its place gives any word
    lowered: a sentence's first letter, and each word's first letter in a
    heading or a table's header (Title Case).  Other capitals are kept."""
    found = mention.found
    segment = mention.segment
    if segment.kind.is_title and all(w[:1].isupper() and w[1:].islower() for w in WORD_RE.findall(found)):
        return found.lower()
    if found[:1].isupper() and at_sentence_start(segment.text, mention.start):
        return found[:1].lower() + found[1:]
    return found


#: A file of code cited by its path or name: its stem (``pkg/feature_loader.py``,
#: ``FeatureLoader.java``).
_CODE_FILE = lazy_compile(
    r"(?<![\w.])(?:[\w.-]+/)*([A-Za-z_]\w*)\.(?:py|pyx|pyi|js|mjs|ts|java|kt|scala|rb|go|rs|cs|swift|php"
    r"|c|cc|cpp|cxx|h|hpp|jl|lua|dart)(?![\w.])"
)


@lru_cache(maxsize=1024)
def module_stems(definition: str) -> frozenset[str]:
    """The stems of the code files a definition cites, without their
    underscores and case-folded (``featureloader`` of
    ``pkg/feature_loader.py`` and of ``FeatureLoader.java``): a camel-case
    headword with those letters is the class the module is named after."""
    if "." not in definition:
        return frozenset()
    return frozenset(stem.replace("_", "").casefold() for stem in _CODE_FILE.findall(definition))


def _name_parts(name: str) -> list[str]:
    """``DataArray`` -> ``Data``, ``Array``: the words its capitals start."""
    return re.findall(r"[A-Z]?[a-z]+", name)
