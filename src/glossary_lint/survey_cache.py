"""Each file's part of the run-wide survey, kept in the cache folder between runs.

Before the first file is checked, a run reads every file's raw text for
what the handbook shows as a whole (the house style, GL002's prose habit,
the acronyms its files spell out as names: :func:`glossary_lint.runner.survey_run`).
That read is a fifth of a run of a Markdown handbook and a sixth of a reST
one, and a re-run over files that did not change does it again for the
same answer.  Each file's part of it depends only on the file's text, the
glossary and glossary-lint's code, so it is kept, as plain JSON, by those:

* the entry of a file is named by what decides its parts: the key below,
  the digest of its text and its suffix (a reST file's text is surveyed as
  reST), never by its path, so the same handbook copied to another folder
  (a CI checkout, pre-commit's clone, a test's temporary folder) reads the
  entries its first copy wrote; the entry holds the key and the digest
  too, and a part is used only when both match the run's
  (:class:`SurveyCache`), so a changed file, an edited glossary or other
  code never reads a part that another text gave;
* the entries of a text since changed, or of an older release, are never
  read again, and the folder's upkeep removes them (:mod:`.cache_upkeep`);
* the key hashes the glossary's cache name (its bytes, the tool's version
  and the model's shape: :mod:`.glossary.cache`), the bytes of every source
  and data file of the installed package, and Python's version and Unicode
  tables;
* entries are written and read like the glossary's own files
  (:mod:`.glossary.cache_files`): a hash line, an atomic rename, so two
  runs writing at once leave a whole file; every value's type is checked
  when it is read (:mod:`.rules.survey_parts`), and a part that fails is
  computed again and written over;
* a run whose glossary did not come through the cache (``--no-cache``)
  neither reads nor writes entries (:meth:`SurveyCache.of`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from .cache_upkeep import SURVEY_FOLDER
from .glossary.cache_files import read_verified_json, write_verified
from .glossary.model import Glossary
from .glossary.remembered_digests import package_digest
from .rules.house_style import text_digest
from .rules.survey_parts import BadPart

#: Bumped when the layout of an entry changes in a way the key cannot see.
FORMAT = 1
#: The folder, inside the cache folder, that holds the entries.
FOLDER = SURVEY_FOLDER

T = TypeVar("T")


class SurveyedFile:
    """One file of a run as its pre-passes read it: :meth:`part` computes
    each pre-pass's part of the file.  Without a cache nothing is kept."""

    def __init__(self, text: str) -> None:
        self.text = text

    def part(
        self, name: str, compute: Callable[[], T], encode: Callable[[T], Any], decode: Callable[[Any], T]
    ) -> T:
        """The part ``name`` of this file: ``compute()``, here."""
        return compute()

    def save(self) -> None:
        """Keep the parts computed since the last save (nothing, here)."""


class CachedFile(SurveyedFile):
    """A file whose parts are read from its cache entry when the entry was
    made from the same text under the same key, and written back when a
    part had to be computed."""

    def __init__(self, text: str, folder: Path, key: str, suffix: str) -> None:
        super().__init__(text)
        self.key = key
        self.digest = text_digest(text)
        name = hashlib.sha256(f"{key}\0{self.digest.hex()}\0{suffix}".encode()).hexdigest()[:32]
        self.entry = folder / f"{name}.json"
        self.parts = _read_parts(self.entry, key, self.digest.hex())
        self.changed = False

    def part(
        self, name: str, compute: Callable[[], T], encode: Callable[[T], Any], decode: Callable[[Any], T]
    ) -> T:
        if name in self.parts:
            try:
                return decode(self.parts[name])
            except (BadPart, KeyError, TypeError, ValueError):
                pass  # not a part: computed again, and written over
        value = compute()
        self.parts[name] = encode(value)
        self.changed = True
        return value

    def save(self) -> None:
        if self.changed:
            body = {"key": self.key, "text": self.digest.hex(), "parts": self.parts}
            write_verified(
                self.entry, json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            )
            self.changed = False


def _read_parts(entry: Path, key: str, digest: str) -> dict[str, Any]:
    """The parts of an entry made under ``key`` from the text of ``digest``;
    none when the entry is missing, torn, altered or made from anything else."""
    data = read_verified_json(entry)
    if type(data) is not dict or data.get("key") != key or data.get("text") != digest:
        return {}
    parts = data.get("parts")
    return parts if type(parts) is dict else {}


class SurveyCache:
    """Where the files of one run keep their parts of the survey."""

    def __init__(self, folder: Path, key: str) -> None:
        self.folder, self.key = folder, key

    @classmethod
    def of(cls, glossary: Glossary) -> SurveyCache | None:
        """The cache of a run with ``glossary``; None when the glossary did
        not come through the cache (``--no-cache``), when the package's
        code cannot be read, or when two entries share an id (a part names
        its terms by id)."""
        entry = glossary.cache_file
        if entry is None:
            return None
        code = _code_key()
        if code is None or len(glossary.by_id) != len(glossary.terms):
            return None
        key = hashlib.sha256(f"{FORMAT}\0{entry.name}\0{code}".encode()).hexdigest()
        return cls(entry.parent / FOLDER, key)

    def file(self, path: Path, text: str) -> CachedFile:
        """The file at ``path``, whose text is ``text``: of the path, only its
        suffix decides a part (whether the text is read as reST)."""
        return CachedFile(text, self.folder, self.key, path.suffix.lower())


#: A hash of what decides a part besides the text and the glossary: the
#: package's code and data, its version, Python's version and Unicode tables
#: (:func:`~.glossary.remembered_digests.package_digest`).
_code_key = package_digest
