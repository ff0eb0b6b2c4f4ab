"""Keeping the cache folder bounded, and emptying it (``glossary-lint cache clean``).

Every file in the cache folder is named by what decides its content (the
glossary's bytes, the tool's code, a checked file's text), never by a time,
so a file that only another release, an edited glossary or a text since
changed would read is never read again: left alone, the folder grows with
every upgrade and every edit.  The upkeep removes

* the files no run has used for :data:`MAX_AGE` seconds (a read marks a
  file used: :func:`.glossary.cache_files.read_verified`),
* then, least recently used first, files until the folder holds at most
  :data:`MAX_BYTES` on disk,
* a writer's temporary file left by a killed process, after :data:`TEMP_AGE`.

It is cheap: it runs when a process first writes to the folder, and at most
once every :data:`EVERY` seconds, which a stamp file's modification time
records (set before the scan, so the processes starting in the same minute
skip it).  It tolerates other processes: a file they remove first is
skipped, a reader keeps a file it has open, and a writer's temporary file is
younger than :data:`TEMP_AGE`, so two processes pruning and writing at once
leave whole files (at worst an entry one of them wrote is removed, which
only costs its computing again).  Only files named as glossary-lint names
its own are touched: a folder that holds other files keeps them.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: The subfolder of the survey's entries (:mod:`glossary_lint.survey_cache`).
SURVEY_FOLDER = "survey"
#: A file unused this long (30 days) is removed.
MAX_AGE = 30 * 24 * 3600.0
#: The most the folder holds on disk (256 MiB; a run of the 71 handbooks of
#: the accuracy harness leaves about 30).
MAX_BYTES = 256 * 1024 * 1024
#: A writer's temporary file this old was left by a process that died.
TEMP_AGE = 3600.0
#: The upkeep runs at most this often (a day).
EVERY = 24 * 3600.0
#: The stamp file whose modification time tells when the upkeep last ran.
STAMP = ".upkeep"

#: (Plain ``re.compile``, not ``lazy_compile``: a lazy pattern's compiled
#: form is kept in the cache folder at exit, which ``cache clean`` must leave empty.)
#: The files glossary-lint writes in the folder: ``glossary-HASH.json``,
#: ``glossary-HASH-table-KEY.json``, ``english-HASH.json``,
#: ``patterns-TAG.json``, ``wordfreq-HASH.json`` and ``package-HASH.json``
#: (:mod:`.glossary.remembered_digests`), and the ``.marshal`` of older releases.
_TOP_NAME = re.compile(r"[a-z]+-[0-9a-f]{16,}(?:-table-[0-9a-f]+)?\.(?:json|marshal)")
#: A survey entry: ``HASH.json``.
_SURVEY_NAME = re.compile(r"[0-9a-f]{32}\.json")
#: A writer's temporary file (:func:`.glossary.cache_files.write_verified`).
_TEMP_NAME = re.compile(r"\.tmp-[^/]*\.json")

#: The folders whose upkeep this process has already considered.
_considered: set[str] = set()


@dataclass(frozen=True)
class CacheFile:
    """A file of the cache folder, as the upkeep saw it."""

    path: Path
    #: When it was last used (its modification time).
    used: float
    #: The room it takes on disk, in bytes.
    size: int
    #: Whether it is a writer's temporary file.
    temporary: bool


@dataclass
class Removed:
    """What a prune or a clean removed."""

    files: int = 0
    size: int = 0

    def add(self, file: CacheFile) -> None:
        self.files += 1
        self.size += file.size


def cache_files(folder: Path) -> Iterator[CacheFile]:
    """The files of the folder and of its survey subfolder that
    glossary-lint wrote (not the stamp); a file removed meanwhile is left out."""
    for where, names in ((folder, _TOP_NAME), (folder / SURVEY_FOLDER, _SURVEY_NAME)):
        try:
            entries = list(os.scandir(where))
        except OSError:
            continue
        for entry in entries:
            temporary = _TEMP_NAME.fullmatch(entry.name) is not None
            if not temporary and names.fullmatch(entry.name) is None:
                continue
            try:
                stat = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if entry.is_file(follow_symlinks=False):
                size = stat.st_blocks * 512 if hasattr(stat, "st_blocks") else stat.st_size
                yield CacheFile(Path(entry.path), stat.st_mtime, size, temporary)


def prune(
    folder: Path, now: float | None = None, max_age: float = MAX_AGE, max_bytes: int = MAX_BYTES
) -> Removed:
    """Remove the files unused for ``max_age`` seconds, then the least
    recently used until the rest hold at most ``max_bytes``."""
    now = time.time() if now is None else now
    removed = Removed()
    kept: list[CacheFile] = []
    for file in cache_files(folder):
        if now - file.used > (TEMP_AGE if file.temporary else max_age):
            if _remove(file.path):
                removed.add(file)
        elif not file.temporary:  # a live writer's file is not the upkeep's to take
            kept.append(file)
    size = sum(file.size for file in kept)
    for file in sorted(kept, key=lambda file: file.used):
        if size <= max_bytes:
            break
        size -= file.size
        if _remove(file.path):
            removed.add(file)
    return removed


def _remove(path: Path) -> bool:
    """Remove a file; False when another process did first, or it may not be removed."""
    try:
        path.unlink()
    except OSError:
        return False
    return True


def upkeep_due(folder: Path) -> None:
    """Prune ``folder`` if it was not pruned in the last :data:`EVERY`
    seconds (asked once per process and folder: by its first write)."""
    name = os.fspath(folder)
    if name in _considered:
        return
    _considered.add(name)
    stamp = folder / STAMP
    try:
        if time.time() - stamp.stat().st_mtime < EVERY:
            return
    except FileNotFoundError:
        pass
    except OSError:
        return
    try:
        stamp.touch()
    except OSError:
        return  # a folder this process may not change is not its to prune
    prune(folder)


class CleanFailed(Exception):
    """A file of the cache folder that could not be removed."""


def clean(folder: Path) -> Removed:
    """Remove every file glossary-lint wrote in ``folder``, then the survey
    subfolder and the folder themselves when nothing else is left in them.
    Raises :class:`CleanFailed` naming the first file that stays."""
    removed = Removed()
    for file in cache_files(folder):
        try:
            file.path.unlink()
        except FileNotFoundError:
            continue  # another process removed it first
        except OSError as exc:
            raise CleanFailed(f"{file.path}: cannot remove it ({exc.strerror or exc})") from None
        removed.add(file)
    try:
        (folder / STAMP).unlink(missing_ok=True)
    except OSError:
        pass  # the stamp only spaces the upkeep out
    for empty in (folder / SURVEY_FOLDER, folder):
        try:
            empty.rmdir()
        except OSError:
            pass  # not empty (files of someone else, or a run writing now), or gone
    return removed
