"""Which plain words English uses how often, kept in the cache folder so a
run need not import wordfreq.

Importing wordfreq and reading its English list took about half of a check of
the 76-term handbook (most of it the import of its language tools, and a dict
of 320,000 words).  Yet :mod:`glossary_lint.english` asks only whether a word
reaches one of a few thresholds, and for a word of lower-case Latin-1 letters
(a to z, à to ÿ; not ß, which wordfreq folds to ss) wordfreq's tokenizer
leaves the word whole, so the answer depends only on the frequency wordfreq
lists for it (or none).  So the cache keeps, per threshold, the
sorted plain words that reach it, and a look-up is a binary search in a list
split from one string: no hashing of 320,000 words.  Any other word is asked
of wordfreq itself.

The file's name is a hash of wordfreq's code and English list (their bytes),
the thresholds, the words answered for and glossary-lint's version; a file whose hash line does not
match is ignored and written again (:mod:`glossary_lint.cache_files`).
"""

from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_left
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

from . import __version__
from .cache_files import cache_dir, read_verified, write_verified

#: Words the table answers for (``fréchet`` too, since accented names are
#: common in prose); other words are asked of wordfreq.
PLAIN = re.compile(r"[a-zà-öø-ÿ]+")
#: Bumped when the file's layout changes.
FORMAT = 1
#: The files of wordfreq whose bytes decide a plain word's frequency.
_WORDFREQ_FILES = ("__init__.py", "tokens.py", "data/large_en.msgpack.gz")


@dataclass(frozen=True)
class EnglishTable:
    """For each threshold, the plain words whose Zipf frequency reaches it, sorted."""

    reaching: dict[float, list[str]]

    def reaches(self, word: str, floor: float) -> bool:
        words = self.reaching[floor]
        i = bisect_left(words, word)
        return i < len(words) and words[i] == word


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
    write_verified(entry, json.dumps({str(f): " ".join(table.reaching[f]) for f in floors}).encode())
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
        reaching = {f: data[str(f)].split(" ") for f in floors}
    except (ValueError, KeyError, TypeError, AttributeError):
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
    return EnglishTable({f: sorted(words) for f, words in reaching.items()})
