"""What each word of prose may begin, kept beside the cached glossary for
the matcher of the runs after.

The matcher classifies each word of prose it meets (:meth:`.matcher.Matcher._classify`:
whether it starts a key, a joined key or a distinctive word, and whether it
is a slip from a long term, which asks the English tables): a check of the
Markdown handbook classifies about 4,000 words, some 28 ms of its CPU time,
for the same answers each run.  The answers depend only on the glossary,
the package's code and wordfreq's English list, so they are kept in a file
named by all three: the glossary's cache name (its bytes, the tool's
version, the model's shape), :func:`~.glossary.remembered_digests.package_digest`
and the English tables' key.  A run reads the file, takes its classes as
known, and writes it back when it classified new words.

A word found to be a typo is not kept (the candidates it is a slip for are
the run's own objects): it is classified again by the next run.  The file
is verified as every cache file is (:mod:`.glossary.cache_files`); one that
does not decode to classes is ignored and written again.  At most
:data:`MAX_WORDS` are kept, the most recently classified ones.  A run
without the cache (``--no-cache``) reads and writes none.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ..glossary.cache_files import read_verified_json, write_verified
from ..glossary.model import Glossary
from ..glossary.remembered_digests import package_digest
from .english_table import english_key

#: Bumped when the file's layout changes.
FORMAT = 1
#: The most words a file keeps (a few handbooks' words; reading 20,000 costs about 2 ms).
MAX_WORDS = 20_000
#: The largest class a word may have (five bits: :mod:`.matcher`'s ``_KEY`` to ``_TYPO``).
MAX_CLASS = 31


def classes_file(glossary: Glossary) -> Path | None:
    """The file of the word classes of ``glossary``'s matcher; None when the
    glossary did not come through the cache, or the package's code or the
    English tables' source cannot be read."""
    entry = glossary.cache_file
    if entry is None:
        return None
    code, english = package_digest(), english_key()
    if code is None or english is None:
        return None
    key = hashlib.sha256(f"{FORMAT}\0words\0{entry.name}\0{code}\0{english}".encode()).hexdigest()
    return entry.with_name(f"{entry.stem}-table-{key[:32]}.json")


def read_classes(file: Path) -> dict[str, int]:
    """The classes kept in ``file``; empty when there is none, or it is not whole or not classes."""
    data = read_verified_json(file)
    if type(data) is not dict:
        return {}
    classes: dict[str, int] = {}
    for name, words in data.items():
        if type(words) is not str or not name.isdigit() or int(name) > MAX_CLASS:
            return {}
        classes.update(dict.fromkeys(words.split(" "), int(name)))
    classes.pop("", None)
    return classes


def write_classes(file: Path, classes: dict[str, int]) -> None:
    """Keep ``classes`` (the last :data:`MAX_WORDS` of them) in ``file``, each
    class's words one string, as the English tables keep words."""
    kept = list(classes.items())[-MAX_WORDS:]
    by_class: dict[str, list[str]] = {}
    for word, found in kept:
        if " " not in word and word:
            by_class.setdefault(str(found), []).append(word)
    body = {name: " ".join(words) for name, words in by_class.items()}
    write_verified(file, json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
