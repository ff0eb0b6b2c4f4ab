"""The matcher: every mention of every glossary term in a segment, in one pass.

Each spelling in the glossary is indexed under its key (see
:mod:`glossary_lint.matching.words`).  The matcher walks the words of a segment
once; at each word it joins up to *n* following words (n = the most words
any spelling has) into keys and looks each up in a dict, keeping the
longest hit.  The cost is words x n dict look-ups whatever the size of the
glossary.  Overlapping terms (``Residual Vector Quantization`` and
``Vector Quantization``) give one mention, the longest.

A mention records what was found and the candidate spellings that share
its key; whether the spelling found is right is the rules' business.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate, compress
from typing import cast

from ..glossary.model import Glossary, Spelling, Term
from ..lazy_re import lazy_compile
from ..quick_init import quick_init
from ..sources.segments import LINE_BREAK, Segment
from .english import is_common_misspelling, is_known_word, is_ordinary_word
from .index_table import (
    MIN_TYPO_LENGTH,
    SHAPE,
    CandidateMap,
    CandidateResolver,
    index_table,
    lines,
    word_shapes,
)
from .key_prefixes import KeyPrefixes, SortedPrefixes
from .word_classes import classes_file, read_classes, write_classes
from .words import WORD_RE, match_key

#: A word split in two by a space names a closed-compound term (``code book``)
#: unless its first part is one of these: then it is English (``in painting``).
#: A bound prefix (``pre load``, ``non blocking``) makes no English phrase.
_FUNCTION_WORDS = frozenset(
    "a an the in on at to of by for from up out off over under into onto and or".split()
)
#: Characters of a term that are not part of its words but of its identity
#: (``__name__``, ``.pth``), and a hyphen that begins or ends it (an affix,
#: ``-like``, ``pre-``): such a term is named only by its exact spelling.
_SIGNIFICANT = lazy_compile(r"[^\w\s\-\u2010\u2011'’]|_|^\s*[\-\u2010\u2011]|[\-\u2010\u2011]\s*$")
#: Bound on the words whose answers are remembered (a hostile document has endless new words).
WORD_CACHE_SIZE = 65536
#: What a word of prose may begin (:meth:`Matcher._classify`), as bits: a
#: spelling's first word or part of it up to a word's end (or that with a
#: plural ending); the start of a key, which goes on only across a hyphen or
#: space; the start of a multi-word term's distinctive word; a typo not yet
#: looked for (the word is of a typo's length); a typo found.
_KEY, _JOINED, _DISTINCT, _TYPO_UNKNOWN, _TYPO = 1, 2, 4, 8, 16

_HYPHENS = ("-", "\u2010", "\u2011")
#: Marks that join the words of a name with no space (``Node.js``, ``TCP/IP``,
#: ``ROS1+Gazebo``, ``AT&T``, ``std::vector``, ``max_length``, ``V(D)J``,
#: ``Lomb–Scargle``): a term spelled
#: with them runs on across them, and only its exact spelling names it
#: (:func:`_plausible`), as with every term that holds such a mark.  Without
#: this the scan stopped at the mark, so the term was never found, and a
#: shorter term inside the name (``ROS1``, ``Gazebo``) was taken for it.
_GLUE = frozenset("./+&_:@()\u2013")
#: The longest run of :data:`_GLUE` marks read as a join (``::``, ``__``).
_GLUE_LENGTH = 2
#: The separators a term's own words may be written with: any other join is
#: one of :data:`_GLUE`, which only a spelling that holds it may cross.
_WORD_SEPARATORS = frozenset((" ", "-", "\n"))
#: The separators (as :class:`_Joins` gives them) a term's words may be split by on one line.
_SPLITS = ("-", " ")
_POSSESSIVE = ("'s", "\u2019s", "s'", "s\u2019")
#: What each ending of :data:`_POSSESSIVE` opens with, but ``s``.
_APOSTROPHES = ("'", "\u2019")
#: What joins a document's segments for one scan (:meth:`Matcher.document_mentions`):
#: no word character and no space, so no term runs across it (:class:`_Joins`)
#: and a word beside it reads as at the segment's end.
SEGMENT_BREAK = "\x00"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A glossary spelling that a mention's key names."""

    term: Term
    spelling: Spelling


@quick_init
@dataclass(frozen=True, slots=True)
class Mention:
    """A span of a segment that names one or more glossary entries."""

    segment: Segment
    start: int
    #: End of the term itself; ``[stem_end, end)`` is a plural or possessive ending.
    stem_end: int
    end: int
    candidates: tuple[Candidate, ...]
    #: The separators found between the words of the term (``" "``, ``"-"``, ``"\\n"``).
    separators: tuple[str, ...]
    #: True when found only as a likely typo, not by key.
    typo: bool = False
    #: The term's last letter that its plural ending replaced (the ``y`` of
    #: ``dependency`` in ``dependencies``): ``[stem_end, end)`` holds the
    #: ending (``ies``) and :attr:`found` ends with this letter, so the term
    #: reads as the glossary spells it; a fix replaces ``[start, stem_end)``
    #: with the spelling less it and keeps the writer's plural.
    replaced: str = ""
    # What every rule asks of a mention, again and again (over the handbook
    # about 21,000 times for 1,387 mentions), worked out once when it is made:
    # an attribute read, where a property was a Python call each time.
    #: The term as written, its plural ending left off (with :attr:`replaced`).
    found: str = field(init=False, default="", repr=False, compare=False)
    #: :attr:`found` as it reads: a line break (and any indent after it)
    #: between two words of the term is a space, so a term wrapped over two
    #: lines is judged like the same words on one.
    one_line: str = field(init=False, default="", repr=False, compare=False)
    #: The entries the candidates name, each once, in order.
    terms: tuple[Term, ...] = field(init=False, default=(), repr=False, compare=False)
    #: Whether the candidates name more than one entry.
    ambiguous: bool = field(init=False, default=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        found = self.segment.text[self.start : self.stem_end] + self.replaced
        _set_found(self, found)
        _set_one_line(self, " ".join(found.split()))
        candidates = self.candidates
        if len(candidates) == 1:
            _set_terms(self, (candidates[0].term,))  # most mentions
            return
        seen: dict[str, Term] = {}
        for c in candidates:
            seen.setdefault(c.term.id, c.term)
        _set_terms(self, tuple(seen.values()))
        _set_ambiguous(self, len(seen) > 1)

    @property
    def suffix(self) -> str:
        return self.segment.text[self.stem_end : self.end]


#: Set a mention's derived fields past its frozen ``__setattr__`` (as
#: ``object.__setattr__`` would, without looking each name up on the class).
_set_found = Mention.found.__set__  # type: ignore[misc, attr-defined]
_set_one_line = Mention.one_line.__set__  # type: ignore[misc, attr-defined]
_set_terms = Mention.terms.__set__  # type: ignore[misc, attr-defined]
_set_ambiguous = Mention.ambiguous.__set__  # type: ignore[misc, attr-defined]


#: A mention as the scan finds it, in the scanned text's offsets: start,
#: stem end, end, candidates, separators, whether it is a typo, and the letter
#: its plural ending replaced (:attr:`Mention.replaced`).
_Found = tuple[int, int, int, tuple[Candidate, ...], tuple[str, ...], bool, str]


class Matcher:
    """All glossary spellings, indexed for the one-pass scan."""

    def __init__(self, glossary: Glossary) -> None:
        # The index is read from the glossary's table (:mod:`.index_table`),
        # cached with the glossary: candidates are made only for the keys
        # that prose looks up.
        table = index_table(glossary)
        resolve = CandidateResolver(glossary.terms, Candidate)
        self.index: CandidateMap[Candidate] = CandidateMap(table["index"], resolve)
        shape = self._shape = table[SHAPE]
        #: Which strings start a key, and which of them end where a word of
        #: some spelling ends ("mel" of "mel spectrogram").  Only the latter
        #: may be followed by a space: a split elsewhere ("in painting") is
        #: English, and only a hyphen makes it a spelling of the term
        #: ("in-painting"), as :func:`_plausible` says.  So "a", "to" and
        #: "in" start a scan only before a hyphen.
        self._prefixes = KeyPrefixes(lines(shape["starts"]), lines(shape["word_ends"]))
        #: One-word keys a typo is looked for in, and those keys with one
        #: letter dropped (``vocodr``) and with one letter replaced by "?":
        #: a letter changed (``vocodor``).
        self._long: CandidateMap[Candidate] = CandidateMap(table["long"], resolve)
        self._deletes: CandidateMap[Candidate] = CandidateMap(table["deletes"], resolve)
        self._changes: CandidateMap[Candidate] = CandidateMap(table["changes"], resolve)
        #: What each word of prose seen so far may begin (:meth:`_classify`),
        #: starting from the words earlier runs classified (:mod:`.word_classes`).
        self._classes_file = classes_file(glossary)
        self._classes: dict[str, int] = read_classes(self._classes_file) if self._classes_file else {}
        self._classes_read = len(self._classes)
        #: :meth:`_joins_on`'s answers, by the two words joined: prose pairs
        #: the same words again and again (sqlalchemy asks 19,000 times).
        self._joins: dict[str, bool] = {}
        #: The candidates a term written one way may be (:meth:`_kept`), by key, text and separators.
        self._kept_by_form: dict[tuple[str, str, tuple[str, ...]], tuple[Candidate, ...]] = {}
        #: The candidates of each key whose spelling has marks before or after
        #: its words (``C++``, ``.NET``), with those marks (:meth:`_wrapped`).
        self._affixed: dict[str, tuple[tuple[Candidate, str, str], ...]] = {}
        #: The typos among them, and what each is a slip for.
        self._typos: dict[str, tuple[int, tuple[Candidate, ...]]] = {}
        #: The distinctive word of a multi-word term (``autoregressive`` of
        #: "Autoregressive Model"), by key: found hyphenated or spaced
        #: (``auto-regressive``), it is a slip for the term's spelling of it.
        self._distinct: CandidateMap[Candidate] = CandidateMap(table["distinct"], resolve)
        self._distinct_prefixes = SortedPrefixes(proper=True, keys=sorted(table["distinct"]))
        #: Words joined at most at each position: two even for one-word terms,
        #: which are found split in two (``code book``, ``code-book``).
        self.max_words = int(shape["max_words"])
        self._longest_key = int(shape["longest_key"])

    def save_words(self) -> None:
        """Keep the classes of the words met so far for the next run
        (:mod:`.word_classes`), when new words were classified; not a typo's,
        whose candidates are this run's objects."""
        if self._classes_file is None or len(self._classes) == self._classes_read:
            return
        write_classes(self._classes_file, {w: c for w, c in self._classes.items() if not c & _TYPO})
        self._classes_read = len(self._classes)

    def mentions(
        self, segment: Segment, typos: bool = True, distinct: bool | None = None
    ) -> Iterator[Mention]:
        """Yield the mentions in ``segment``, left to right, never overlapping;
        with ``typos``, also words one slip away from a long term; with
        ``distinct`` (as ``typos`` when not given), also a multi-word term's
        distinctive word written as two (``auto-regressive``)."""
        scan = self._scan(segment.text, typos, typos if distinct is None else distinct)
        for start, stem_end, end, candidates, separators, typo, replaced in scan:
            yield Mention(segment, start, stem_end, end, candidates, separators, typo, replaced)

    def distinct_words(self, text: str) -> Counter[str]:
        """How often ``text`` writes each distinctive word of a multi-word
        term closed up, as a word of its own or inside the term
        (``autoregressive``), case-folded: what a handbook that also writes
        the word as two (:meth:`mentions`' ``distinct``) writes it as."""
        return Counter(filter(self._distinct.__contains__, split_words(text)[1]))

    def document_mentions(self, segments: Sequence[Segment], typos: bool = True) -> Iterator[Mention]:
        """What :meth:`mentions` yields for each segment in turn, from one scan
        of their texts joined by :data:`SEGMENT_BREAK`: a document has thousands
        of segments of a few words, and a scan's set-up cost as much as its words."""
        if not segments:
            return
        texts = [s.text for s in segments]
        ends = list(accumulate(len(t) + 1 for t in texts))  # where each segment's break ends
        k, base = 0, 0
        for start, stem_end, end, candidates, separators, typo, replaced in self._scan(
            SEGMENT_BREAK.join(texts), typos, typos
        ):
            while start >= ends[k]:
                base = ends[k]
                k += 1
            yield Mention(
                segments[k],
                start - base,
                stem_end - base,
                end - base,
                candidates,
                separators,
                typo,
                replaced,
            )

    def _scan(self, text: str, typos: bool, distinct_words: bool) -> Iterator[_Found]:
        """The mentions of ``text`` as :data:`_Found` tuples, left to right.

        Most words of prose begin nothing: their classes are looked up, and
        the words that may begin something picked out, by loops in C
        (``map``, ``compress``); only those take a Python step."""
        parts, folded, bounds = split_words(text)
        count = len(folded)
        classes, classify = self._classes, self._classify
        known: list[int | None] = list(map(classes.get, folded))
        if None in known:  # words not met before: classified in order of reading
            for i, found in enumerate(known):
                if found is None:
                    word = folded[i]
                    found = classes.get(word)
                    known[i] = classify(word) if found is None else found
        found_at = cast("list[int]", known)
        joins = _Joins(parts)
        distinct = _DISTINCT if distinct_words else 0
        typo_unknown, typo = (_TYPO_UNKNOWN, _TYPO) if typos else (0, 0)
        wanted = _KEY | _JOINED | distinct | typo_unknown | typo
        covered = 0  # words that start before this offset are inside the last mention
        for i in compress(range(count), map(wanted.__and__, found_at)):
            if bounds[2 * i] < covered:
                continue
            word = folded[i]
            # Asked again: a typo looked up earlier in the text changed the
            # word's class, or a full cache was emptied since.
            found = classes.get(word)
            if found is None:
                found = classify(word)
            mention = None
            # The separator after the word, asked only of a word that may run on
            # across it: most words that do are small words before a space.
            sep = joins[i] if i + 1 < count and found & (_JOINED | distinct) else None
            split = sep in _SPLITS
            # A term starts with one of its words, or with part of one before a
            # hyphen (Hi-Fi-GAN); a word ending in s may be a plural (VAEs).
            if found & _KEY or (found & _JOINED and split and self._joins_on(word, folded[i + 1])):
                mention = self._longest_at(text, bounds, folded, joins, i, found & _JOINED)
            # A small word before a space starts no split word (:meth:`_distinct_at`'s first test).
            small_word = sep == " " and word in _FUNCTION_WORDS
            if mention is None and found & distinct and split and not small_word:
                mention = self._distinct_at(bounds, folded, joins, i)
            if mention is None and found & typo_unknown:
                found = self._look_up_typo(word, found)
            if mention is None and found & typo:
                mention = _typo_mention(text, bounds[2 * i], bounds[2 * i + 1], self._typos[word])
            if mention is None or mention[0] < covered:
                continue
            yield mention
            covered = mention[2]

    def _classify(self, word: str) -> int:
        """What ``word`` (case-folded) may begin, as :data:`_KEY`, :data:`_JOINED`
        and :data:`_DISTINCT` bits, and :data:`_TYPO_UNKNOWN` for a word of a
        length a typo may have; remembered, so a word of prose costs one
        look-up however often it recurs (most begin nothing)."""
        ends_word = self._prefixes.ends_word
        found = 0
        if ends_word(word) or (
            word[-1] == "s"
            and (
                ends_word(word[:-1])
                or ends_word(word[:-2])
                or (_ies_plural(word) and ends_word(word[:-3] + "y"))
            )
        ):
            found |= _KEY
        if self._prefixes.starts(word):
            found |= _JOINED
        if word in self._distinct_prefixes:
            found |= _DISTINCT
        if self._long and MIN_TYPO_LENGTH - 1 <= len(word) < self._longest_key + 3:
            found |= _TYPO_UNKNOWN
        if len(self._classes) >= WORD_CACHE_SIZE:
            self._classes.clear()
            self._typos.clear()
        self._classes[word] = found
        return found

    def _look_up_typo(self, word: str, found: int) -> int:
        """Look a word up for typos when first needed (not for a word that
        names a term): :data:`_TYPO_UNKNOWN` becomes :data:`_TYPO` or nothing."""
        typo = self._typo_lookup(word)
        found = found & ~_TYPO_UNKNOWN | (_TYPO if typo else 0)
        if typo:
            self._typos[word] = typo
        self._classes[word] = found
        return found

    def _joins_on(self, word: str, following: str) -> bool:
        """Whether a key may begin with ``word`` joined to the word after it:
        one begins with the two, or is the two without a plural ending
        (``code books`` of "codebook").  Asked of a word that starts no key
        alone (no :data:`_KEY` bit), which :meth:`_longest_at` could then
        only find joined to the next: most such words (``a``, ``the``, ``to``:
        some key begins with their letters) start nothing, and are turned
        away by the one look-up :meth:`_longest_at` would make first."""
        joined = word + following
        found = self._joins.get(joined)
        if found is None:
            if len(self._joins) >= WORD_CACHE_SIZE:
                self._joins.clear()
            index = self.index
            found = self._joins[joined] = self._prefixes.starts(joined) or any(
                stem in index for stem, _ in _stems(joined, 0)[1:]
            )
        return found

    def _longest_at(
        self, text: str, bounds: list[int], folded: list[str], joins: _Joins, i: int, starts_key: int
    ) -> _Found | None:
        """The longest mention that starts at word ``i``; ``starts_key`` is
        whether a key begins with that word (its :data:`_JOINED` bit, known
        from its class, so not asked again)."""
        word = folded[i]
        keys = [word]
        if starts_key:  # join the next words while a key begins so
            key = word
            starts = self._prefixes.starts
            gaps = joins.parts
            for j in range(i + 1, min(i + self.max_words, len(folded))):
                if gaps[2 * j] != " " and joins[j - 1] is None:
                    break
                key += folded[j]
                keys.append(key)
                if not starts(key):
                    break  # no longer key starts this way; a plural may still end here
        index = self.index
        longest = len(keys)
        for n in range(len(keys), 0, -1):
            if n > longest:
                continue  # its last words open a term across the hyphen after it
            end = bounds[2 * (i + n) - 1]
            for stem_key, stem_end in _stems(keys[n - 1], end):
                if stem_key not in index or (n > 1 and stem_end <= bounds[2 * (i + n - 1)]):
                    # The last of n words taken whole as the plural's ending ("EnCodec s")
                    # leaves n - 1 words: the shorter reading says so.
                    continue
                start = bounds[2 * i]
                separators = tuple(joins[k] or "" for k in range(i, i + n - 1))
                replaced = _replaced_letter(text, stem_key, stem_end, end)
                found = text[start:stem_end] + replaced
                if not replaced:
                    wrapped = self._wrapped(text, stem_key, start, stem_end, separators)
                    if wrapped is not None:
                        return wrapped
                kept = self._kept(stem_key, found, separators)
                crossing = kept and n > 1 and self._crossed_at(text, bounds, folded, joins, i, i + n - 1)
                if crossing:
                    longest = crossing - i
                    break
                if kept:
                    # A possessive's "s'" of an -ies plural (``libraries'``) opens at its "s".
                    suffix_end = _suffix_end(text, end - 1 if replaced else stem_end, end)
                    return start, stem_end, suffix_end, kept, separators, False, replaced
        return None

    def _kept(self, stem_key: str, found: str, separators: tuple[str, ...]) -> tuple[Candidate, ...]:
        """The candidates of ``stem_key`` that ``found``, written with
        ``separators``, may be (:func:`_plausible`); remembered, as a page
        writes most of its terms the same way again and again."""
        key = (stem_key, found, separators)
        kept = self._kept_by_form.get(key)
        if kept is None:
            kept = tuple(c for c in self.index.candidates(stem_key) if _plausible(c, found, separators))
            if len(self._kept_by_form) >= WORD_CACHE_SIZE:
                self._kept_by_form.clear()
            self._kept_by_form[key] = kept
        return kept

    def _wrapped(
        self, text: str, stem_key: str, start: int, stem_end: int, separators: tuple[str, ...]
    ) -> _Found | None:
        """The mention of a term spelled with marks before or after its words
        (``C++``, ``C#``, ``.NET``, ``lambdify()``), where the text writes
        them: the words alone (``C``) are not the term, and a shorter term
        they spell (the language C) is not what ``C++`` names.  None where
        no such spelling shares the key or the text lacks its marks."""
        affixed = self._affixed.get(stem_key)
        if affixed is None:
            if len(self._affixed) >= WORD_CACHE_SIZE:
                self._affixed.clear()
            affixed = self._affixed[stem_key] = tuple(
                (c, *marks) for c in self.index.candidates(stem_key) if (marks := _affixes(c.spelling.text))
            )
        hits: list[Candidate] = []
        for candidate, lead, trail in affixed:
            begin, stop = start - len(lead), stem_end + len(trail)
            if (
                begin >= 0
                and text.startswith(lead, begin)
                and text.startswith(trail, stem_end)
                and text[begin:stop] == candidate.spelling.text
                and not (begin and text[begin - 1].isalnum())
                and not (stop < len(text) and text[stop].isalnum())
            ):
                hits.append(candidate)
                found_at = begin, stop
        if not hits:
            return None
        return found_at[0], found_at[1], found_at[1], tuple(hits), separators, False, ""

    def _crossed_at(
        self, text: str, bounds: list[int], folded: list[str], joins: _Joins, i: int, last: int
    ) -> int | None:
        """The first word after word ``i``, up to word ``last``, that starts a
        term running on across a hyphen right after word ``last``
        (``diffusion`` of ``latent diffusion-model``, where the glossary has
        both "latent diffusion" and "diffusion model"); None where no hyphen
        follows word ``last`` or no term crosses it.  A hyphen binds closer
        than a space: the words it joins are one unit, so a term that ends
        inside that unit cannot be what the words say, and the one that runs
        across it (spaced or hyphenated as it is) is the mention."""
        if last + 1 >= len(folded) or joins[last] != "-":
            return None
        classes = self._classes
        for k in range(i + 1, last + 1):
            found = classes.get(folded[k])
            if found is None:
                found = self._classify(folded[k])
            if found & (_KEY | _JOINED):
                mention = self._longest_at(text, bounds, folded, joins, k, found & _JOINED)
                if mention is not None and mention[1] > bounds[2 * last + 1]:
                    return k
        return None

    def _distinct_at(self, bounds: list[int], folded: list[str], joins: _Joins, i: int) -> _Found | None:
        """``auto-regressive``: a term's distinctive word written as two."""
        key = folded[i]
        separators: list[str] = []
        for j in range(i + 1, min(i + 3, len(folded))):
            sep = joins[j - 1]
            if sep not in ("-", " ") or (sep == " " and folded[j - 1] in _FUNCTION_WORDS):
                return None
            separators.append(sep)
            key += folded[j]
            found = self._distinct.candidates(key) if key in self._distinct else None
            # An everyday word (``language``) is no slip: asked here, of the few
            # words prose splits, not of every word of a big glossary up front,
            # where it took most of the index's build time.
            if found and not is_ordinary_word(key):
                end = bounds[2 * j + 1]
                return bounds[2 * i], end, end, tuple(found), tuple(separators), True, ""
        return None

    def _typo_lookup(self, folded: str) -> tuple[int, tuple[Candidate, ...]] | tuple[()]:
        """How many letters of plural ending to drop and the spellings one slip
        from the rest; ``()`` when the word is no likely typo."""
        if len(folded) < MIN_TYPO_LENGTH - 1 or not folded.isalpha():
            return ()
        shapes = self._typo_shapes
        for stem_key, stem_end in _stems(folded, len(folded)):
            if shapes.isdisjoint(word_shapes(stem_key)):
                continue  # no key a slip away has its shape (:attr:`_typo_shapes`)
            hits = _typo_candidates(stem_key, self._long, self._deletes, self._changes)
            if hits and is_known_word(folded):
                # An English word is no typo (asked only here: most words are a
                # slip from no key, and need not be looked up in the word table),
                # unless it is a common misspelling of the term's word.
                hits = tuple(
                    c
                    for c in hits
                    if is_common_misspelling(folded, _plural(c.spelling.text, folded, stem_end))
                )
                return (len(folded) - stem_end, hits) if hits else ()
            if hits:
                return (len(folded) - stem_end, hits)
        return ()

    @cached_property
    def _typo_shapes(self) -> frozenset[str]:
        """The shapes a word one slip from a key of :attr:`_long` has
        (:func:`~.index_table.typo_shapes`), read from the table when a
        word is first looked up for typos."""
        return frozenset(lines(self._shape["typo_shapes"]))


def _typo_mention(text: str, start: int, end: int, typo: tuple[int, tuple[Candidate, ...]]) -> _Found:
    dropped, hits = typo
    stem_end = end - dropped
    replaced = _replaced_letter(text, "y" if dropped == 3 else "", stem_end, end)  # an -ies plural's
    suffix_end = _suffix_end(text, end - 1 if replaced else stem_end, end)
    return start, stem_end, suffix_end, hits, (), True, replaced


#: :data:`~glossary_lint.matching.words.WORD_RE` captured, so a split keeps the words.
_WORD_SPLIT = lazy_compile(f"({WORD_RE.pattern})")


def split_words(text: str) -> tuple[list[str], list[str], list[int]]:
    """The words of ``text`` as a scan reads them: the text split into the
    pieces between words and the words (``parts``: a gap, a word, a gap,
    ..., a gap; word i is ``parts[2 * i + 1]``), the words case-folded, and
    where each piece ends (word i spans ``bounds[2 * i]`` to ``bounds[2 * i + 1]``).
    What ``WORD_RE.finditer`` gives, by loops in C and without a match
    object per word: a document has tens of thousands of words."""
    parts = _WORD_SPLIT.split(text)
    return parts, list(map(str.casefold, parts[1::2])), list(accumulate(map(len, parts)))


class _Joins:
    """The separator between word j and j + 1 (``" "``, ``"-"``, ``"\\n"``), or
    None where no term may continue across it; worked out only when asked,
    since most words start no term."""

    def __init__(self, parts: list[str]) -> None:
        self.parts = parts

    def __getitem__(self, j: int) -> str | None:
        gap = self.parts[2 * j + 2]
        if gap == " ":
            return " "
        if gap in _HYPHENS:
            return "-"
        if gap and not gap.strip(" \t\r\n") and len(LINE_BREAK.findall(gap)) <= 1:
            return "\n" if LINE_BREAK.search(gap) else " "
        if len(gap) <= _GLUE_LENGTH and _GLUE.issuperset(gap):
            return gap
        return None


def _stems(key: str, end: int) -> tuple[tuple[str, int], ...]:
    """The key as found, then without a plural ending: ``s``, ``es``, and
    ``ies`` after a consonant, which English writes for a final ``y``
    (``dependencies`` of ``dependency``; a vowel's ``y`` takes a plain ``s``,
    ``keys``).  The ``-ies`` stem ends where the ``i`` stands, its key with the
    ``y`` put back (:func:`_replaced_letter`)."""
    if len(key) > 2 and key[-1] == "s":
        if key[-2] == "e":
            if _ies_plural(key):
                return (key, end), (key[:-1], end - 1), (key[:-2], end - 2), (key[:-3] + "y", end - 3)
            return (key, end), (key[:-1], end - 1), (key[:-2], end - 2)
        return (key, end), (key[:-1], end - 1)
    return ((key, end),)


def _ies_plural(key: str) -> bool:
    """Whether ``key`` (ending in ``s``) may be the ``-ies`` plural of a word in ``y``."""
    return key.endswith("ies") and len(key) > 4 and key[-4] not in _VOWELS


#: The letters before which a final ``y`` takes a plain ``s`` in the plural (``days``, ``keys``).
_VOWELS = frozenset("aeiouy")


def _replaced_letter(text: str, stem_key: str, stem_end: int, end: int) -> str:
    """The ``y`` a ``-ies`` plural replaced (:func:`_stems`), in the case of
    the letter before it (``DEPENDENCIES``), else ``""``: the stem stops three
    letters short of the word's end and its key ends in ``y``."""
    if end - stem_end != 3 or not stem_key.endswith("y"):
        return ""
    return "Y" if text[stem_end - 1 : stem_end].isupper() else "y"


def _plural(spelling: str, folded: str, stem_end: int) -> str:
    """``spelling`` with the ending ``folded`` has after ``stem_end``: ``ies``
    in place of its ``y`` where the stem is an ``-ies`` plural's (:func:`_stems`)."""
    ending = folded[stem_end:]
    return spelling[:-1] + ending if len(ending) == 3 else spelling + ending


def _suffix_end(text: str, stem_end: int, end: int) -> int:
    """Extend a mention over a possessive (``EnCodec's``, ``VAEs'``)."""
    if text[end : end + 1] not in _APOSTROPHES and text[stem_end : stem_end + 1] != "s":
        return end  # most mentions: no ending of :data:`_POSSESSIVE` can start here
    for ending in _POSSESSIVE:
        if text.startswith(ending, end if ending[0] in "'\u2019" else stem_end):
            stop = (end if ending[0] in "'\u2019" else stem_end) + len(ending)
            if stop >= len(text) or not text[stop].isalnum():
                return stop
    return end


def _plausible(candidate: Candidate, found: str, separators: tuple[str, ...]) -> bool:
    """Whether ``found`` can be this spelling written differently.

    A spelling split into more words than it has is a slip when the parts
    are hyphenated (``code-book``) or, for a one-word term, spaced after a
    word that is no small word (``code book``; ``in painting`` is English).  A
    homonym's lower-case forms are ordinary words (``film``), so only its
    exact spelling or a listed variant names it.
    """
    text = candidate.spelling.text
    significant, wanted = _shape(text)
    if significant and found != text:
        return False  # "name" is not "__name__"; "like" is not the suffix "-like"
    if found != text and not _WORD_SEPARATORS.issuperset(separators):
        return False  # words glued by a mark ("Node.js") name only the spelling that has it
    if len(separators) + 1 > wanted and any(s != "-" for s in separators):
        if not _split_compound(text, found, wanted, separators):
            return False
    if candidate.term.homonym and found != text:
        # "film" is not "FiLM", but "ROPE" is a slip for "RoPE".
        return found.isupper() and not text.isupper() and found.casefold() == text.casefold()
    return True


@lru_cache(maxsize=65536)
def _affixes(spelling: str) -> tuple[str, str] | tuple[()]:
    """The marks before a spelling's first word and after its last
    (``("", "++")`` of ``C++``, ``(".", "")`` of ``.NET``), or ``()`` where
    it has none: the scan's words leave them out, so :meth:`Matcher._wrapped`
    looks for them around the words."""
    words = list(WORD_RE.finditer(spelling))
    if not words:
        return ()
    lead, trail = spelling[: words[0].start()], spelling[words[-1].end() :]
    if (lead or trail) and not (lead + trail).isspace():
        return lead, trail
    return ()


@lru_cache(maxsize=65536)
def _shape(spelling: str) -> tuple[bool, int]:
    """Whether a spelling holds a :data:`_SIGNIFICANT` character, and its
    number of words: asked of the same few spellings at every mention.

    A hyphen at either end makes an affix entry (``-like``, ``pre-``): the
    scan's words never hold that hyphen, so what it finds is the bare word,
    which is ordinary English ("tools like this"), never the affix."""
    return _SIGNIFICANT.search(spelling) is not None, len(WORD_RE.findall(spelling))


def _split_compound(text: str, found: str, wanted: int, separators: tuple[str, ...]) -> bool:
    """``code book`` for ``codebook``: a one-word term of six letters or more
    split in two by a space, where the first part is no small word."""
    if wanted != 1 or len(separators) != 1 or len(text) < MIN_TYPO_LENGTH:
        return False
    first, second = WORD_RE.findall(found)
    return first.casefold() not in _FUNCTION_WORDS and second.casefold() not in _FUNCTION_WORDS


def _typo_candidates(
    word: str,
    long: CandidateMap[Candidate],
    deletes: CandidateMap[Candidate],
    changes: CandidateMap[Candidate],
) -> tuple[Candidate, ...]:
    """Spellings one slip from ``word``: a letter dropped, added inside the
    word, changed, or two neighbours swapped.  A letter added at the end is
    not looked for (inflections), and an English word is no typo at all
    (``transformed``): the caller asks only about words that are not."""
    hits: list[Candidate] = []
    if word in long or not _may_slip(word, long, deletes):
        return ()
    if word in deletes:
        hits.extend(deletes.candidates(word))  # a letter dropped: Spectogram
    for i in range(1, len(word) - 1):  # a letter added inside the word
        if (shorter := word[:i] + word[i + 1 :]) in long:
            hits.extend(long.candidates(shorter))
    for i in range(1, len(word)):  # a letter changed
        if (changed := word[:i] + "?" + word[i + 1 :]) in changes:
            hits.extend(changes.candidates(changed))
    for i in range(1, len(word) - 1):  # neighbours swapped
        swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if swapped != word and swapped in long:
            hits.extend(long.candidates(swapped))
    unique = {(c.term.id, c.spelling.text): c for c in hits if match_key(c.spelling.text)[0] == word[0]}
    return tuple(unique.values())


def _may_slip(word: str, long: Mapping[str, object], deletes: Mapping[str, object]) -> bool:
    """False only where :func:`_typo_candidates` finds nothing: one look-up
    per letter of ``word`` in C instead of three in Python.  Each slip it
    looks for leaves ``word``, or ``word`` less one letter after its first,
    in ``long`` or ``deletes`` (which holds each key of ``long`` less one
    letter after its first): a letter dropped leaves ``word`` in
    ``deletes``; one added, ``word`` less it in ``long``; one changed at
    place i, ``word`` less place i in ``deletes`` (the key less place i);
    neighbours swapped at i and i + 1, ``word`` less place i in ``deletes``
    (the key less place i + 1).  With 10,000 terms nearly every word of
    prose has a key's shape (:attr:`Matcher._typo_shapes`) and comes here."""
    if word in deletes:
        return True
    less = [word[:i] + word[i + 1 :] for i in range(1, len(word))]
    return not (long.keys().isdisjoint(less) and deletes.keys().isdisjoint(less))
