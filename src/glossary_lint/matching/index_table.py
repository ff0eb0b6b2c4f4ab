"""The matcher's index as a glossary table, in the shape the matcher reads.

Building the index walks every spelling of every entry (10,000 terms: about
0.1 s of CPU time, every run, for the same answer).  Kept in the cache
folder as a glossary table (:mod:`glossary_lint.glossary.tables`), a run
reads it back with one JSON decode and no step per term: each map is what
the matcher looks its keys up in, and each value names its candidates by
number, as references into the glossary (``"t:s"``: spelling ``s`` of entry
``t``, as :meth:`~glossary_lint.glossary.model.Term.spellings` lists them;
``"t:s:w"``: word ``w`` of that spelling), space-separated, in the order the
index met them.  The matcher turns a value into candidates only when a word
of prose looks its key up (:class:`CandidateMap`): a run meets a few
hundred of the glossary's keys, not its tens of thousands.

A run without the cache computes the same table in memory, so a finding
never depends on whether the cache was warm.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from ..glossary.model import Glossary, Spelling, SpellingKind, Term
from ..glossary.tables import TableKind, glossary_table
from .key_prefixes import SHORT
from .words import WORD_RE

#: Typos are looked for only in words at least this long: shorter words
#: have too many real neighbours one letter away.
MIN_TYPO_LENGTH = 6
#: ... and at most this long: no word of a real term is longer, and each
#: indexed length costs its square in memory (every one-letter deletion).
MAX_TYPO_LENGTH = 40
#: Spellings of more words are not looked for: a scan joins up to this many
#: words at each word of prose, and a spelling of a thousand words made
#: every position join a thousand (42 s for one paragraph).
MAX_TERM_WORDS = 16

C = TypeVar("C")

#: The maps of the table that hold candidates, by key.
CANDIDATE_MAPS = ("index", "long", "deletes", "changes", "distinct")
#: The table's other map: the keys that begin a scan, and two numbers.
SHAPE = "shape"


@glossary_table(
    TableKind.STRING_MAPS, uses=("glossary_lint.matching.words", "glossary_lint.matching.key_prefixes")
)
def index_table(glossary: Glossary) -> dict[str, dict[str, str]]:
    """The index of every spelling of ``glossary``: the candidate maps of
    :data:`CANDIDATE_MAPS`, and :data:`SHAPE` with the sorted keys a scan may
    begin with (``starts``), the prefixes of them that end a word
    (``word_ends``) and the shapes of the words a typo may be looked for in
    (``typo_shapes``: :func:`typo_shapes`), each joined by line breaks (no
    key holds one), the most words a spelling has (``max_words``) and the
    longest one-word key a typo is looked for in (``longest_key``)."""
    maps: dict[str, dict[str, list[str]]] = {name: {} for name in CANDIDATE_MAPS}
    index, long, deletes, changes, distinct = (maps[name] for name in CANDIDATE_MAPS)
    starts: set[str] = set()
    word_ends: set[str] = set()
    max_words, longest_key = 2, 0
    for t, term in enumerate(glossary):
        for s, spelling in enumerate(term.spellings()):
            spelled = WORD_RE.findall(spelling.text)
            folded = [word.casefold() for word in spelled]
            key = "".join(folded)  # the spelling's key (:func:`~glossary_lint.matching.words.match_key`)
            if not key:
                continue
            ref = f"{t}:{s}"
            index.setdefault(key, []).append(ref)
            if len(spelled) > MAX_TERM_WORDS:
                continue  # no term is that long; ``glossary check`` warns
            starts.add(key)
            end = 0
            for word in folded:
                end += len(word)
                if end > SHORT:
                    break
                word_ends.add(key[:end])
            max_words = max(max_words, len(spelled))
            if spelling.kind is SpellingKind.VARIANT:
                continue
            if len(spelled) == 1:
                if MIN_TYPO_LENGTH <= len(key) <= MAX_TYPO_LENGTH and key.isalpha():
                    longest_key = max(longest_key, len(key))
                    long.setdefault(key, []).append(ref)
                    for i in range(1, len(key)):  # never the first letter
                        head, tail = key[:i], key[i + 1 :]
                        deletes.setdefault(head + tail, []).append(ref)
                        changes.setdefault(head + "?" + tail, []).append(ref)
                continue
            for w, (word, folded_word) in enumerate(zip(spelled, folded)):
                if MIN_TYPO_LENGTH <= len(word) <= MAX_TYPO_LENGTH and word.isalpha():
                    distinct.setdefault(folded_word, []).append(f"{ref}:{w}")
    for key in [key for key in distinct if key in index]:
        del distinct[key]  # a term of its own
    # In key order: the matcher sorts these keys every run, and a sort of keys
    # already in order is one pass, not log2(keys) of them.
    maps["distinct"] = dict(sorted(distinct.items()))
    table = {name: {key: " ".join(refs) for key, refs in found.items()} for name, found in maps.items()}
    table[SHAPE] = {
        "starts": "\n".join(sorted(starts)),
        "word_ends": "\n".join(sorted(word_ends)),
        "max_words": str(max_words),
        "longest_key": str(longest_key),
        "typo_shapes": "\n".join(sorted({shape for key in long for shape in typo_shapes(key)})),
    }
    return table


def typo_shapes(key: str) -> tuple[str, ...]:
    """What a word one slip from ``key`` (a key of the ``long`` map) shares
    with it: its length within one, and its first two letters or its first
    letter and its last two, written as the letters and then the length
    (``ab7``, ``abc7``: a key is letters only, so no two shapes are written
    alike).  Each slip the matcher looks for changes one place after the
    first letter (a letter dropped, added, changed, or two swapped): after
    the second, the first two letters are the key's; at the second (or the
    second and third), the letters after the slip are, and a key of six
    letters or more ends in two of them.  Kept in the table: with 10,000
    terms, working them out took a run about 9 ms."""
    return tuple(
        f"{letters}{n}"
        for n in (len(key) - 1, len(key), len(key) + 1)
        for letters in (key[:2], key[0] + key[-2:])
    )


def word_shapes(word: str) -> tuple[str, str]:
    """The shapes of :func:`typo_shapes` that a word of prose has itself."""
    n = len(word)
    return f"{word[:2]}{n}", f"{word[0]}{word[-2:]}{n}"


def lines(text: str) -> list[str]:
    """The keys of a :data:`SHAPE` entry."""
    return text.split("\n") if text else []


class CandidateResolver(Generic[C]):
    """Turns a reference of the table into its candidate, made once per
    reference: a spelling's candidate is the same object in every map."""

    def __init__(self, terms: Sequence[Term], make: Callable[[Term, Spelling], C]) -> None:
        self._terms = terms
        self._make = make
        self._made: dict[str, C] = {}

    def __call__(self, ref: str) -> C:
        made = self._made.get(ref)
        if made is None:
            t, s, *w = ref.split(":")
            term = self._terms[int(t)]
            spelling = _nth(term, int(s))
            if w:
                word = WORD_RE.findall(spelling.text)[int(w[0])]
                spelling = Spelling(word, spelling.kind, spelling.case)
            made = self._made[ref] = self._make(term, spelling)
        return made


def _nth(term: Term, n: int) -> Spelling:
    for i, spelling in enumerate(term.spellings()):
        if i == n:
            return spelling
    raise IndexError(n)


class CandidateMap(dict[str, "str | tuple[C, ...]"], Generic[C]):
    """A map of the table, key to candidates: a plain dict (``in`` is the
    dict's own test, asked of most keys a scan forms), whose value, the
    references as stored, is turned into candidates by :meth:`candidates`
    when its key is first looked up."""

    def __init__(self, refs: dict[str, str], resolve: Callable[[str], C]) -> None:
        super().__init__(refs)
        self._resolve = resolve

    def candidates(self, key: str) -> tuple[C, ...]:
        """The candidates of ``key``, which the map holds."""
        found = self[key]
        if type(found) is str:
            found = self[key] = tuple(map(self._resolve, found.split()))
        return found  # type: ignore[return-value]
