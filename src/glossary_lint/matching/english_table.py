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
the thresholds, the words answered for, glossary-lint's version and this
module's source: the code that builds the tables decides them as much as
wordfreq's list, and it is all here (a test holds this module to the
package's cache plumbing: a builder that called another module would need
that module's source in the key).  Not the whole package's code, which the
survey's key hashes: a 6 MB pair of tables built again for every edit of
any rule would cost each first run after it about 2 s.  Its hash
line covers its second line, the head, which places each section and gives
its digest (:func:`~glossary_lint.glossary.cache_files.read_headed`): a file
whose hash line does not match is ignored and written again, and a section
whose digest does not match is not used (its words are asked of wordfreq).
The rest of the file is mapped, not read: reading and hashing its 2.8 MB
cost a run more (about 5 ms) than the few sections it decodes.

A second file keeps each plain word's Zipf frequency itself (``zipf-HASH.json``,
:class:`ZipfTable`), for the few questions that compare two words' frequencies
rather than ask about a threshold (is ``values`` more likely a noun than a
verb?): read only by a run that asks one, it spares that run importing
wordfreq (about 0.2 s of CPU time), and laid out in sections by first
letters as the first file is, so that run decodes only the sections of the
words it asks about.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import TypeVar

from .. import __version__
from ..glossary.cache_files import cache_dir, read_headed, write_headed
from ..glossary.remembered_digests import remembered
from ..lazy_re import lazy_compile

#: Words the table answers for (``fréchet`` too, since accented names are
#: common in prose); other words are asked of wordfreq.
PLAIN = lazy_compile(r"[a-zà-öø-ÿ]+")
#: Bumped when the file's layout changes.
FORMAT = 5
#: Words are grouped by this many first letters.
GROUP = 3
#: Groups are kept in sections by this many first letters (of :data:`GROUP`):
#: a run decodes the sections of the words it asks about.  By one letter, a
#: check of the Markdown handbook decoded 60 sections, 2.1 MB of JSON (7 ms),
#: for the 470 words it asked; by two, 218 sections and 0.18 MB.  (Later
#: rules asked more: 201 sections, 0.95 MB at dbdb56b, nine tenths of it
#: KNOWN_ZIPF's large sections; 178 and 0.40 MB once an everyday word is
#: looked up in ORDINARY_ZIPF's small sections first, :func:`.english._reaches`.)
SECTION = 2
#: The files of wordfreq whose bytes decide a plain word's frequency.
_WORDFREQ_FILES = ("__init__.py", "tokens.py", "data/large_en.msgpack.gz")
T = TypeVar("T")


@dataclass(frozen=True)
class EnglishTable:
    """For each threshold, the plain words whose Zipf frequency reaches it, by
    their first letters (see :func:`grouped`), kept as the file holds them: a
    section per threshold and first :data:`SECTION` letters, each a JSON object
    of groups, decoded when a word opening with those letters is first asked about.  A run asks
    about a few hundred words, most against the small tables of common words;
    decoding the 290,000 words that reach :data:`~glossary_lint.matching.english.KNOWN_ZIPF`
    took most of the time of reading the table, for the few words a run asks."""

    #: ``"floor:letters"`` to the start and end of its section in :attr:`body`
    #: and the section's digest (:func:`_digest`), which says what the table holds.
    sections: dict[str, list[int | str]]
    #: The sections, as the file holds them (mapped from it when read back).
    body: bytes | memoryview = field(compare=False, repr=False)
    _decoded: dict[str, dict[str, str] | None] = field(default_factory=dict, compare=False, repr=False)

    def reaches(self, word: str, floor: float) -> bool | None:
        """Whether ``word`` (of :data:`PLAIN` letters) reaches ``floor``; None
        when its section cannot be read (a file altered after its hash line
        was written): the caller asks wordfreq instead."""
        groups = self.groups(f"{floor}:{word[:SECTION]}")
        if groups is None:
            return None
        group = groups.get(word[:GROUP])
        return group is not None and f" {word} " in group

    def groups(self, name: str) -> dict[str, str] | None:
        """The groups of section ``name`` (``"floor:letters"``), decoded on
        first use; None when the section cannot be read."""
        groups = self._decoded.get(name, _UNREAD)
        if groups is _UNREAD:
            groups = self._decoded[name] = self._section(name)
        return groups

    def _section(self, name: str) -> dict[str, str] | None:
        span = self.sections.get(name)
        if span is None:
            return {}  # no word opening with these letters reaches the floor
        start, end, digest = span
        if type(start) is not int or type(end) is not int:
            return None  # a head that does not give offsets: not this layout
        part = bytes(self.body[start:end])
        if _digest(part) != digest:
            return None  # altered or torn since it was written
        try:
            groups = json.loads(part)
        except (ValueError, RecursionError):  # brackets nested past the decoder's depth
            return None
        return groups if _valid_groups(groups) else None


#: A section not yet decoded.
_UNREAD: dict[str, str] = {}


def _digest(part: bytes) -> str:
    """A section's digest, checked when the section is decoded."""
    return hashlib.blake2b(part, digest_size=8).hexdigest()


def _encode_table(reaching: dict[str, dict[str, str]]) -> tuple[bytes, bytes]:
    """The file's head, a line of JSON naming each section's place and
    digest, and its sections, each the groups of one threshold (by its name)
    whose words open with the same :data:`SECTION` letters."""
    parts: list[bytes] = []
    sections: dict[str, list[int | str]] = {}
    at = 0
    for floor, groups in reaching.items():
        by_letters: dict[str, dict[str, str]] = {}
        for first, group in groups.items():
            by_letters.setdefault(first[:SECTION], {})[first] = group
        for letters, section in by_letters.items():
            part = json.dumps(section).encode()
            sections[f"{floor}:{letters}"] = [at, at + len(part), _digest(part)]
            parts.append(part)
            at += len(part)
    header = json.dumps({"floors": list(reaching), "sections": sections}).encode()
    return header, b"".join(parts)


@dataclass(frozen=True)
class ZipfTable:
    """The Zipf frequency of each plain word wordfreq lists, by the word's
    first letters: each group one string of `` word`` followed by three digits,
    the frequency in hundredths (as wordfreq rounds it); a word not listed is 0.
    Kept in sections by first letters, as :class:`EnglishTable` keeps its
    words (its one threshold named :data:`_ZIPF`), each decoded when a word
    of it is first asked: a run asks about a handful of words, and decoding
    and checking all 14,000 groups (3.5 MB) took about 10 ms of every run
    that asked one."""

    sections: EnglishTable

    def zipf(self, word: str) -> float | None:
        """The word's frequency; None when its section cannot be read (a
        file altered behind its hash line): the caller asks wordfreq."""
        groups = self.sections.groups(f"{_ZIPF}:{word[:SECTION]}")
        if groups is None:
            return None
        group = groups.get(word[:GROUP])
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
#: The name of the Zipf table's one threshold, in its file's first line.
_ZIPF = "zipf"


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
        lambda head, rest: _decode(head, rest, floors),
        lambda: _build(floors),
    )


def load_zipf_table(use_cache: bool = True) -> ZipfTable | None:
    """The table of Zipf frequencies from the cache, built (importing
    wordfreq) when missing or invalid; None as :func:`load_table`."""
    return _cached("zipf", _ZIPF, use_cache, _decode_zipf, _build_zipf)


def _cached(
    name: str,
    variant: str,
    use_cache: bool,
    decode: Callable[[bytes, bytes | memoryview], T | None],
    build: Callable[[], tuple[T, tuple[bytes, bytes]]],
) -> T | None:
    """A table read from the cache file ``name-HASH.json``, or built and written there."""
    if not use_cache:
        return None
    entry = table_entry(name, variant)
    if entry is None:
        return None
    read = read_headed(entry)
    if read is not None:
        table = decode(*read)
        if table is not None:
            return table
    table, (head, rest) = build()
    write_headed(entry, head, rest)
    return table


def table_entry(name: str, variant: str) -> Path | None:
    """The cache file of the table ``name`` for ``variant``; None without
    wordfreq, or when a file of glossary-lint or of wordfreq cannot be read."""
    source, code = _wordfreq_digest(), _own_source()
    if source is None or code is None:
        return None
    key = hashlib.sha256(
        f"{FORMAT}\0{__version__}\0{variant}\0{PLAIN.pattern}\0{source}\0{code}".encode()
    ).hexdigest()
    return cache_dir() / f"{name}-{key}.json"


@cache
def _own_source() -> str | None:
    """The hash of this module's source (15 KB, read once per process)."""
    try:
        return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    except OSError:
        return None


def english_key() -> str | None:
    """What the tables' answers depend on besides glossary-lint's code:
    wordfreq's code and English list (their hash); None without wordfreq.
    Keys the answers worked out from the tables (:mod:`.word_classes`)."""
    return _wordfreq_digest()


@cache
def _wordfreq_digest() -> str | None:
    """Asked once per process: the English table and the Zipf table both hash
    wordfreq's 1.5 MB of code and list (about 3 ms), a hash remembered for
    the files' stat signatures (:mod:`~glossary_lint.glossary.remembered_digests`)."""
    spec = find_spec("wordfreq")
    if spec is None or spec.origin is None:
        return None
    paths = [Path(spec.origin).parent / name for name in _WORDFREQ_FILES]
    return remembered("wordfreq", paths, lambda: _hash_files(paths))


def _hash_files(paths: list[Path]) -> str | None:
    digest = hashlib.sha256()
    try:
        for path in paths:
            digest.update(path.read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


def _decode(head: bytes, rest: bytes | memoryview, floors: tuple[float, ...]) -> EnglishTable | None:
    """The table of a file's ``head`` and ``rest``, whose sections are decoded
    when first asked (:class:`EnglishTable`); None when its head does not name
    the thresholds and sections inside the rest."""
    return _decode_sections(head, rest, [str(f) for f in floors])


def _decode_sections(head: bytes, sections: bytes | memoryview, names: list[str]) -> EnglishTable | None:
    """:func:`_decode`, for thresholds named ``names``."""
    try:
        header = json.loads(head)
    except (ValueError, RecursionError):
        return None
    if type(header) is not dict or header.get("floors") != names:
        return None
    places = header.get("sections")
    if type(places) is not dict or not _valid_places(places, len(sections)):
        return None
    return EnglishTable(places, sections)


def _valid_places(places: dict[object, object], end: int) -> bool:
    """Whether each section is named, placed inside the body (``end`` bytes)
    and given a digest: a plain loop, as the header names some 1,600 sections."""
    for name, span in places.items():
        if type(name) is not str or type(span) is not list or len(span) != 3:
            return False
        start, stop, digest = span
        if type(start) is not int or type(stop) is not int or not 0 <= start <= stop <= end:
            return False
        if type(digest) is not str:
            return False
    return True


def _decode_zipf(head: bytes, rest: bytes | memoryview) -> ZipfTable | None:
    sections = _decode_sections(head, rest, [_ZIPF])
    return None if sections is None else ZipfTable(sections)


def _valid_groups(groups: object) -> bool:
    return type(groups) is dict and all(
        type(first) is str and type(group) is str and group[:1] == group[-1:] == " "
        for first, group in groups.items()
    )


def _build(floors: tuple[float, ...]) -> tuple[EnglishTable, tuple[bytes, bytes]]:
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
    written = _encode_table({str(f): grouped(words) for f, words in reaching.items()})
    table = _decode(*written, floors)
    assert table is not None
    return table, written


def _build_zipf() -> tuple[ZipfTable, tuple[bytes, bytes]]:
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
    written = _encode_table({_ZIPF: _grouped(entries)})
    table = _decode_zipf(*written)
    assert table is not None
    return table, written
