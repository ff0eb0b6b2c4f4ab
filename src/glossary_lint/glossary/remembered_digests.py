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
from collections.abc import Callable, Iterable
from pathlib import Path

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
