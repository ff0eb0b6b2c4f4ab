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
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

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


@dataclass(frozen=True)
class EnglishTable:
    """For each threshold, the plain words whose Zipf frequency reaches it, by
    their first letters (see :func:`grouped`)."""

    reaching: dict[float, dict[str, str]]

    def reaches(self, word: str, floor: float) -> bool:
        group = self.reaching[floor].get(word[:GROUP])
        return group is not None and f" {word} " in group


def grouped(words: Iterable[str]) -> dict[str, str]:
    """Words (of :data:`PLAIN` letters) by their first :data:`GROUP` letters,
    each group one string with a space before and after every word (a space
    needs no escape in JSON: a line break made reading the file four times slower)."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words):
        groups.setdefault(word[:GROUP], []).append(word)
    return {first: " " + " ".join(group) + " " for first, group in groups.items()}


def load_table(floors: tuple[float, ...], use_cache: bool = True) -> EnglishTable | None:
    """The table for ``floors`` from the cache, built (importing wordfreq) when
    missing or invalid; None without the cache or where wordfreq's files are
    not where this module looks for them."""
    if not use_cache:
        return None
    source = _wordfreq_digest()
    if source is None:
        return None
    key = hashlib.sha256(
        f"{FORMAT}\0{__version__}\0{floors!r}\0{PLAIN.pattern}\0{source}".encode()
    ).hexdigest()
    entry = cache_dir() / f"english-{key}.json"
    body = read_verified(entry)
    if body is not None:
        table = _decode(body, floors)
        if table is not None:
            return table
    table = _build(floors)
    write_verified(entry, json.dumps({str(f): table.reaching[f] for f in floors}).encode())
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
    for groups in reaching.values():
        if type(groups) is not dict or not all(
            type(first) is str and type(group) is str and group[:1] == group[-1:] == " "
            for first, group in groups.items()
        ):
            return None
    return EnglishTable(reaching)


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
