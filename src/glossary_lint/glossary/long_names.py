"""The spelled-out names of a glossary's acronym entries, where prose may
write them without the acronym.

An entry ``VBM`` whose definition opens "Voxel-Based Morphometry measures
..." is also named by those three words, in any case and with spaces or
hyphens: "to perform voxel based morphometry" names the VBM entry, and the
``voxel`` inside it is a piece of that name, not the entry ``voxel``.  The
glossary does not list the long form as a name of the entry (the importer
keeps the definition as the page writes it), so the words would otherwise
be read one by one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..matching.words import WORD_RE
from .model import SpellingKind, Term

#: An acronym: one word of letters and digits with two capitals or more
#: (``VBM``, ``MVPA``, ``fMRI``); each of its letters is a word of the long form.
_ACRONYM = re.compile(r"[A-Za-z][A-Za-z0-9]*")
#: Markup a definition may open with: emphasis, literals, a link's backquote.
_MARKUP = re.compile(r"[`*_|]+")

LongName = tuple[str, ...]


def long_names(terms: Iterable[Term]) -> tuple[LongName, ...]:
    """The long forms of the acronym entries among ``terms``, each as its words
    in lower case (hyphenated words split: ``multi-voxel`` is two)."""
    return _long_names(tuple(terms))


@lru_cache(maxsize=16)
def _long_names(terms: tuple[Term, ...]) -> tuple[LongName, ...]:
    found = {name for term in terms if (name := long_name(term))}
    return tuple(sorted(found))


def long_name(term: Term) -> LongName | None:
    """The words an acronym entry stands for: its expansion if the glossary
    gives one, or else the words its definition opens with when their initials
    spell the acronym, one letter a word (``Multi-Voxel Pattern Analysis.`` for
    ``MVPA``).  A name of an acronym and words (``LB Network``, opening
    "Load Balancer Network.") stands for the acronym's words and its own."""
    units = _units(term.term)
    if units is None:
        return None
    for source in (term.expansion or "", term.definition):
        words = [w.casefold() for w in WORD_RE.findall(_MARKUP.sub(" ", source)[:300])]
        if len(words) >= len(units) and all(
            word == unit or len(unit) == 1 and word[0] == unit for word, unit in zip(words, units)
        ):
            return tuple(words[: len(units)])
    return None


def _units(name: str) -> list[str] | None:
    """What each word of a long form must match: a letter of an acronym (its
    initial) or a word of the name itself; None for a name with no acronym of
    two capitals or more, or fewer than three such units."""
    words = WORD_RE.findall(name)
    units: list[str] = []
    for word in words:
        if _ACRONYM.fullmatch(word) and sum(ch.isupper() for ch in word) >= 2:
            units.extend(ch.casefold() for ch in word if ch.isalpha())
        elif len(words) > 1:
            units.append(word.casefold())
        else:
            return None
    return units if len(units) >= 3 and len(units) > len(words) else None


def inside_long_name(text: str, start: int, end: int, names: tuple[LongName, ...]) -> bool:
    """Whether the words at ``text[start:end]`` are part of one of ``names``
    written out around them (``voxel`` in "voxel based morphometry"), the name
    being longer than the words themselves.  Only spaces and hyphens may stand
    between the name's words."""
    if not names:
        return False
    longest = max(len(n) for n in names)
    words = list(WORD_RE.finditer(text, max(0, start - 20 * longest), min(len(text), end + 20 * longest)))
    inside = [i for i, w in enumerate(words) if w.start() < end and w.end() > start]
    if not inside:
        return False
    first, last = inside[0], inside[-1]
    for name in names:
        size = len(name)
        if size <= last - first + 1:
            continue
        for at in range(max(0, last - size + 1), min(first, len(words) - size) + 1):
            run = words[at : at + size]
            if (
                all(re.fullmatch(r"[ \t\n-]+", text[a.end() : b.start()]) for a, b in zip(run, run[1:]))
                and tuple(w.group(0).casefold() for w in run) == name
            ):
                return True
    return False


@dataclass(frozen=True)
class EntryName:
    """A name of one entry (its own or the long form of its acronym), as the
    words in lower case: what a phrase in prose may be a piece of, or the
    owner of a function it names."""

    words: LongName
    entry: str


def entry_names(terms: Iterable[Term]) -> tuple[EntryName, ...]:
    """Every name that ``terms`` give, with the entry's id."""
    return _entry_names(tuple(terms))


@lru_cache(maxsize=16)
def _entry_names(terms: tuple[Term, ...]) -> tuple[EntryName, ...]:
    found = set()
    for term in terms:
        names = [s.text for s in term.spellings() if s.kind is not SpellingKind.VARIANT]
        for words in [tuple(w.casefold() for w in WORD_RE.findall(n)) for n in names] + [long_name(term)]:
            if words:
                found.add(EntryName(words, term.id))
    return tuple(sorted(found, key=lambda n: (n.words, n.entry)))


#: Words that end a noun phrase: a name's head cannot lie beyond them.
PHRASE_BREAKS = frozenset(
    "a an the and or but nor of in on at by for from to with without into via as is are was were be "
    "been has have had can could may might must will would shall should not this that these those "
    "which who whose its their".split()
)
#: Words that may stand between a name's first words and its head noun
#: ("load balancer *management* network").
MAX_INSERTED = 2


def modifies_other_name(
    text: str,
    start: int,
    end: int,
    entry: str,
    names: tuple[EntryName, ...],
    classifiers: frozenset[str] = frozenset(),
) -> bool:
    """Whether the words at ``text[start:end]`` only modify the head noun of
    another entry's name, so that the phrase names that entry's thing.

    Two ways: the mention's last words begin the other name, which goes on
    past it (``default view`` in "the default view mapper", where "view
    mapper" is an entry: the thing is a mapper), or the mention is the other
    name's first words and that name's head follows it, with up to
    :data:`MAX_INSERTED` other words between (``load balancer`` in "the load
    balancer management network", where "LB Network" stands for "load
    balancer network"; ``amphora`` in "the amphora provider driver", where
    "Amphora Load Balancer Driver" is an entry).  Only spaces and hyphens
    may stand between the words.
    """
    if not names:
        return False
    longest = max(len(n.words) for n in names)
    words = list(WORD_RE.finditer(text, start, min(len(text), end + 20 * (longest + MAX_INSERTED))))
    inside = [w for w in words if w.start() < end]
    after = [
        w.group(0).casefold() for w in _joined(text, words[len(inside) :], inside[-1] if inside else None)
    ]
    if not inside or not after:
        return False
    own = tuple(w.group(0).casefold() for w in inside)
    for name in names:
        if name.entry == entry:
            continue
        size = len(name.words)
        # The mention's last words open the other name, and it goes on after them.
        for k in range(1, min(len(own), size - 1) + 1):
            rest = name.words[k:]
            if k < len(own) and own[-k:] == name.words[:k] and tuple(after[: size - k]) == rest:
                return not all(w in classifiers for w in rest)
        # The mention is the other name's opening words; its head follows.
        if size > len(own) and name.words[: len(own)] == own:
            head = name.words[-1]
            for word in after[: MAX_INSERTED + 1]:
                if _same_noun(word, head):
                    return True
                if word in PHRASE_BREAKS:
                    break
    return False


def _joined(text: str, words: list[re.Match[str]], previous: re.Match[str] | None) -> list[re.Match[str]]:
    """The words that follow ``previous`` joined to it by spaces or hyphens only."""
    run = []
    for word in words:
        if previous is None or not re.fullmatch(r"[ \t\n-]+", text[previous.end() : word.start()]):
            break
        run.append(word)
        previous = word
    return run


def _same_noun(word: str, head: str) -> bool:
    """``networks`` is the plural of ``network``."""
    return word in (head, head + "s", head + "es")


def inside_spelled_out_acronym(
    text: str, start: int, end: int, classifiers: frozenset[str] = frozenset()
) -> bool:
    """Whether the words at ``text[start:end]`` begin or stand inside the long
    form of an acronym the text spells out, and the long form goes on past
    them: "Load Balancing as a Service (LBaaS)" names another thing than
    load balancing.  A long form that ends with the words (``Residual Vector
    Quantization (RVQ)``), or goes on only by ``classifiers`` ("latent
    diffusion model (LDM)"), is a kind of what they name, and is left alone."""
    return any(
        a <= start
        and end < b
        and not all(w.group(0).casefold() in classifiers for w in WORD_RE.finditer(text, end, b))
        for a, b in _long_forms(text) + _named_runs(text)
    )


@lru_cache(maxsize=1024)
def _long_forms(text: str) -> tuple[tuple[int, int], ...]:
    """Where the long forms of the acronyms ``text`` spells out stand in it."""
    from ..rules.acronyms import expansions

    if "(" not in text:
        return ()
    spans: set[tuple[int, int]] = set()
    for _, long in expansions(text):
        pattern = r"[ \t\n]+".join(re.escape(part) for part in long.split())
        spans.update((m.start(), m.end()) for m in re.finditer(pattern, text))
    return tuple(sorted(spans))


#: Small words a spelled-out name keeps in lower case ("Load Balancing as a Service").
_NAME_JOINERS = frozenset("of and for the as a an in on to by with".split())
#: A word of a name: it holds a capital ("Metadata", "eXchange", "Multi-Voxel").
_NAME_WORD = re.compile(r"[^\W\d_]*[A-Z][\w'’-]*")
#: A word that joins a run of name words: a capitalised word or a small joiner.
_RUN_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: A word in capitals, an acronym itself: no piece of a spelled-out name.
_ACRONYM_WORD = re.compile(r"[A-Z0-9]{2,}s?")
#: What may stand between the words of a name: spaces and one line break.
_NAME_GAP = re.compile(r"[ \t]*\n?[ \t]+")
#: An acronym the text uses: three letters or more, two of them capitals or more.
_USED_ACRONYM = re.compile(r"(?<![\w-])(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{3,10}(?![\w-])")


@lru_cache(maxsize=1024)
def _named_runs(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` writes out, as a run of capitalised words, the long form
    of an acronym it also uses elsewhere than beside it ("the standards for
    Statistical Data and Metadata eXchange", in a paragraph that says SDMX):
    the run is the name of what the acronym names, a standard or an
    organisation, so its words are pieces of that name.  A word that opens in
    a small letter before its capital (``eXchange``) gives that capital; a
    run that holds an acronym ("the OBO Format to OWL Translation", "LoRA for
    Audio") names a thing by acronyms, and spells none out."""
    acronyms = {m.group(0) for m in _USED_ACRONYM.finditer(text)}
    if not acronyms:
        return ()
    from ..rules.acronyms import spells_out

    spans: set[tuple[int, int]] = set()
    for run in _capitalised_runs(text):
        words = [_from_capital(w.group(0)) for w in run]
        for i, first in enumerate(run):
            if _NAME_WORD.fullmatch(first.group(0)) is None or _is_acronym(first.group(0), acronyms):
                continue
            for j in range(i + 1, len(run)):
                if _is_acronym(run[j].group(0), acronyms):
                    break  # "OBO Format to OWL": a name of acronyms spells out none
                if _NAME_WORD.fullmatch(run[j].group(0)) is None:
                    continue
                if any(spells_out(short, words[i : j + 1]) for short in acronyms):
                    spans.add((first.start(), run[j].end()))
    return tuple(sorted(spans))


def _is_acronym(word: str, acronyms: set[str]) -> bool:
    """Whether ``word`` is written in capitals or is one of the text's ``acronyms``."""
    return word in acronyms or _ACRONYM_WORD.fullmatch(word) is not None


def _capitalised_runs(text: str) -> list[list[re.Match[str]]]:
    """The runs of two capitalised words or more, joined by spaces and small
    joiner words, that ``text`` holds."""
    runs: list[list[re.Match[str]]] = []
    run: list[re.Match[str]] = []
    for word in _RUN_WORD.finditer(text):
        joined = bool(run) and _NAME_GAP.fullmatch(text, run[-1].end(), word.start()) is not None
        capital = _NAME_WORD.fullmatch(word.group(0)) is not None
        if joined and (capital or word.group(0) in _NAME_JOINERS):
            run.append(word)
            continue
        _close_run(run, runs)
        run = [word] if capital else []
    _close_run(run, runs)
    return runs


def _close_run(run: list[re.Match[str]], runs: list[list[re.Match[str]]]) -> None:
    """Keep ``run`` without the joiners it ends with, if two name words remain."""
    while run and _NAME_WORD.fullmatch(run[-1].group(0)) is None:
        run.pop()
    if sum(_NAME_WORD.fullmatch(w.group(0)) is not None for w in run) >= 2:
        runs.append(list(run))


def _from_capital(word: str) -> str:
    """``Xchange`` for ``eXchange``: a word that opens in small letters
    before a capital gives the capital as its initial."""
    if word[0].islower():
        for k, ch in enumerate(word):
            if ch.isupper():
                return word[k:]
    return word
