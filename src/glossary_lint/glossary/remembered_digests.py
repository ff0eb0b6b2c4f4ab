"""Digests of files' bytes, remembered in the cache folder under the files'
stat signatures, so a run does not read and hash the same bytes again.

Two cache keys hash files that rarely change: the package's 1 MB of sources
and data (the survey's parts, :mod:`glossary_lint.survey_cache`) and
wordfreq's 1.5 MB of code and English list (the English tables,
:mod:`glossary_lint.matching.english_table`).  Reading and hashing them cost
a run 5–7 ms of CPU time; a ``stat`` of each file costs a few microseconds.
A file's signature is its path, size, inode and modification and change
times: rewriting or replacing a file (an upgrade, an edit, a checkout) gives
it a new change time, which no program can set back, so a digest is served
only for the bytes it was computed from (as git trusts its index).  The
memo is a verified cache file (:mod:`.cache_files`), so a torn or altered
one is computed again; the digest itself is what keys the cache, as before.
"""

from __future__ import annotations

import hashlib
import os
import sys
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from .. import __version__
from .cache_files import cache_dir, read_verified, write_verified


def signature(paths: Iterable[Path]) -> str | None:
    """The stat signature of ``paths``; None when one cannot be read."""
    parts = []
    try:
        for path in paths:
            st = os.stat(path)
            parts.append(f"{path}\0{st.st_size}\0{st.st_ino}\0{st.st_mtime_ns}\0{st.st_ctime_ns}")
    except OSError:
        return None
    return "\0\0".join(parts)


def remembered(name: str, paths: Iterable[Path], compute: Callable[[], str | None]) -> str | None:
    """``compute()``, a digest of the bytes of ``paths``, as remembered for
    their signature in the cache file ``name-HASH.json``; computed and
    remembered when there is none (or when a file cannot be stat'ed, computed
    only)."""
    signed = signature(paths)
    if signed is None:
        return compute()
    entry = cache_dir() / f"{name}-{hashlib.sha256(signed.encode()).hexdigest()[:32]}.json"
    body = read_verified(entry)
    if body is not None:
        try:
            return body.decode("ascii")
        except UnicodeDecodeError:
            pass
    digest = compute()
    if digest is not None:
        write_verified(entry, digest.encode("ascii"))
    return digest


@cache
def package_digest() -> str | None:
    """A hash of what decides an answer worked out from a text and the
    glossary alone (a file's part of the survey, a word's class for the
    matcher): the bytes of every source and data file of the package (the
    matcher, the rules' patterns, the word lists), the tool's version, and
    Python's version and Unicode tables (what ``str.isupper`` and the regex
    engine answer).  None when a file cannot be read.  Reading and hashing
    the 1 MB cost every run about 4 ms: remembered for the files' signature."""
    root = Path(__file__).resolve().parent.parent
    paths = []
    for folder, folders, files in os.walk(root):
        folders.sort()
        paths += [Path(folder, name) for name in sorted(files) if name.endswith((".py", ".txt", ".json"))]
    return remembered("package", paths, lambda: _hash_package(root, paths))


def _hash_package(root: Path, paths: list[Path]) -> str | None:
    digest = hashlib.sha256(f"{__version__}\0{sys.version}\0{unicodedata.unidata_version}".encode())
    try:
        for path in paths:
            digest.update(f"\0{path.relative_to(root).as_posix()}\0".encode())
            digest.update(path.read_bytes())
    except OSError:
        return None
    return digest.hexdigest()
