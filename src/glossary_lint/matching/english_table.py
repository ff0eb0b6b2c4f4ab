"""Which plain words English uses how often, kept in the cache folder so a
run need not import wordfreq.

Importing wordfreq and reading its English list took about half of a check of
the 76-term handbook (most of it the import of its language tools, and a dict
of 320,000 words).  Yet :mod:`glossary_lint.matching.english` asks only whether a word
reaches one of a few thresholds, and for a word of lower-case Latin-1 letters
(a to z, à to ÿ; not ß, which wordfreq folds to ss) wordfreq's tokenizer
leaves the word whole, so the answer depends only on the frequency wordfreq
lists for it (or none).  So the cache keeps, per threshold, the plain words
that reach it, grouped by their first :data:`GROUP` letters, each group one
string (``" word word "``), and a look-up is a search for ``" word "`` in
its group: a few dozen words.  Nothing is split or hashed
per word when the table is read (splitting 290,000 words into a list took
most of the time of reading it).  Any other word is asked of wordfreq itself.

The file's name is a hash of wordfreq's code and English list (their bytes),
the thresholds, the words answered for and glossary-lint's version; a file whose hash line does not
match is ignored and written again (:mod:`glossary_lint.glossary.cache_files`).

A second file keeps each plain word's Zipf frequency itself (``zipf-HASH.json``,
:class:`ZipfTable`), for the few questions that compare two words' frequencies
rather than ask about a threshold (is ``values`` more likely a noun than a
verb?): read only by a run that asks one, it spares that run importing
wordfreq (about 0.2 s of CPU time).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import TypeVar

from .. import __version__
from ..glossary.cache_files import cache_dir, read_verified, write_verified

#: Words the table answers for (``fréchet`` too, since accented names are
#: common in prose); other words are asked of wordfreq.
PLAIN = re.compile(r"[a-zà-öø-ÿ]+")
#: Bumped when the file's layout changes.
FORMAT = 2
#: Words are grouped by this many first letters.
GROUP = 3
#: The files of wordfreq whose bytes decide a plain word's frequency.
_WORDFREQ_FILES = ("__init__.py", "tokens.py", "data/large_en.msgpack.gz")
T = TypeVar("T")


@dataclass(frozen=True)
class EnglishTable:
    """For each threshold, the plain words whose Zipf frequency reaches it, by
    their first letters (see :func:`grouped`)."""

    reaching: dict[float, dict[str, str]]

    def reaches(self, word: str, floor: float) -> bool:
        group = self.reaching[floor].get(word[:GROUP])
        return group is not None and f" {word} " in group


@dataclass(frozen=True)
class ZipfTable:
    """The Zipf frequency of each plain word wordfreq lists, by the word's
    first letters: each group one string of `` word`` followed by three digits,
    the frequency in hundredths (as wordfreq rounds it); a word not listed is 0."""

    groups: dict[str, str]

    def zipf(self, word: str) -> float:
        group = self.groups.get(word[:GROUP])
        if group is None:
            return 0.0
        needle = " " + word
        at = group.find(needle)
        while at >= 0:
            end = at + len(needle)
            if group[end] in _DIGITS:  # not a longer word that starts with this one
                return int(group[end : end + 3]) / 100
            at = group.find(needle, end)
        return 0.0


_DIGITS = frozenset("0123456789")


def grouped(words: Iterable[str]) -> dict[str, str]:
    """Words (of :data:`PLAIN` letters) by their first :data:`GROUP` letters,
    each group one string with a space before and after every word (a space
    needs no escape in JSON: a line break made reading the file four times slower)."""
    return _grouped((word, word) for word in words)


def _grouped(entries: Iterable[tuple[str, str]]) -> dict[str, str]:
    """``(word, what is written for it)`` grouped as :func:`grouped` groups words."""
    groups: dict[str, list[str]] = {}
    for word, entry in sorted(entries):
        groups.setdefault(word[:GROUP], []).append(entry)
    return {first: " " + " ".join(group) + " " for first, group in groups.items()}


def load_table(floors: tuple[float, ...], use_cache: bool = True) -> EnglishTable | None:
    """The table for ``floors`` from the cache, built (importing wordfreq) when
    missing or invalid; None without the cache or where wordfreq's files are
    not where this module looks for them."""
    return _cached(
        "english",
        repr(floors),
        use_cache,
        lambda body: _decode(body, floors),
        lambda: _build(floors),
        lambda table: {str(f): table.reaching[f] for f in floors},
    )


def load_zipf_table(use_cache: bool = True) -> ZipfTable | None:
    """The table of Zipf frequencies from the cache, built (importing
    wordfreq) when missing or invalid; None as :func:`load_table`."""
    return _cached("zipf", "", use_cache, _decode_zipf, _build_zipf, lambda table: table.groups)


def _cached(
    name: str,
    variant: str,
    use_cache: bool,
    decode: Callable[[bytes], T | None],
    build: Callable[[], T],
    encode: Callable[[T], object],
) -> T | None:
    """A table read from the cache file ``name-HASH.json``, or built and written there."""
    if not use_cache:
        return None
    source = _wordfreq_digest()
    if source is None:
        return None
    key = hashlib.sha256(
        f"{FORMAT}\0{__version__}\0{variant}\0{PLAIN.pattern}\0{source}".encode()
    ).hexdigest()
    entry = cache_dir() / f"{name}-{key}.json"
    body = read_verified(entry)
    if body is not None:
        table = decode(body)
        if table is not None:
            return table
    table = build()
    write_verified(entry, json.dumps(encode(table)).encode())
    return table


def _wordfreq_digest() -> str | None:
    spec = find_spec("wordfreq")
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent
    digest = hashlib.sha256()
    try:
        for name in _WORDFREQ_FILES:
            digest.update((folder / name).read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


def _decode(body: bytes, floors: tuple[float, ...]) -> EnglishTable | None:
    try:
        data = json.loads(body)
        reaching = {f: data[str(f)] for f in floors}
    except (ValueError, KeyError, TypeError):
        return None
    if not all(_valid_groups(groups) for groups in reaching.values()):
        return None
    return EnglishTable(reaching)


def _decode_zipf(body: bytes) -> ZipfTable | None:
    try:
        groups = json.loads(body)
    except ValueError:
        return None
    return ZipfTable(groups) if _valid_groups(groups) else None


def _valid_groups(groups: object) -> bool:
    return type(groups) is dict and all(
        type(first) is str and type(group) is str and group[:1] == group[-1:] == " "
        for first, group in groups.items()
    )


def _build(floors: tuple[float, ...]) -> EnglishTable:
    """Ask wordfreq once per frequency it lists, not once per word."""
    from wordfreq import get_frequency_dict, zipf_frequency

    by_frequency: dict[float, list[str]] = {}
    for word, frequency in get_frequency_dict("en").items():
        if PLAIN.fullmatch(word):
            by_frequency.setdefault(frequency, []).append(word)
    reaching: dict[float, list[str]] = {f: [] for f in floors}
    for words in by_frequency.values():
        zipf = zipf_frequency(words[0], "en")
        for floor in floors:
            if zipf >= floor:
                reaching[floor].extend(words)
    return EnglishTable({f: grouped(words) for f, words in reaching.items()})


def _build_zipf() -> ZipfTable:
    """Ask wordfreq once per frequency it lists, as :func:`_build` does."""
    from wordfreq import get_frequency_dict, zipf_frequency

    hundredths: dict[float, int] = {}
    entries = []
    for word, frequency in get_frequency_dict("en").items():
        if PLAIN.fullmatch(word):
            zipf = hundredths.get(frequency)
            if zipf is None:
                zipf = hundredths[frequency] = round(zipf_frequency(word, "en") * 100)
            entries.append((word, f"{word}{zipf:03d}"))
    return ZipfTable(_grouped(entries))
