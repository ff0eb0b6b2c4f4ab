"""Files in glossary-lint's cache folder: where the folder is, and how a file
in it is written and read so that a torn, altered or foreign file is never
used.  Each file's first line is the SHA-256 of the rest (of a big table's
file, of its second line, which gives a digest for each of its parts), and files are
written to a temporary name and renamed into place, so two processes writing
at once leave one whole file.  A file read is marked used (its modification
time set to now, at most once an hour), so the folder's upkeep
(:mod:`glossary_lint.cache_upkeep`) removes the files no run reads any more
and keeps the ones in use; the first write of a process may start it."""

from __future__ import annotations

import hashlib
import json
import mmap
import os
import tempfile
import time
from pathlib import Path

#: Names the cache folder; empty means the default below.
CACHE_ENV = "GLOSSARY_LINT_CACHE_DIR"
#: Seconds after which a file read is marked used again: a run reading a
#: file marked within the hour writes nothing.
MARK_AFTER = 3600.0


def cache_dir() -> Path:
    """``$GLOSSARY_LINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/glossary-lint``,
    else ``~/.cache/glossary-lint``."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base and os.path.isabs(base) else Path.home() / ".cache") / "glossary-lint"


def read_verified(entry: Path) -> bytes | None:
    """The file's body, or None when it is missing or its hash line does not match."""
    try:
        with open(entry, "rb") as file:
            raw = file.read()
            _mark_used(file.fileno())
    except OSError:
        return None
    digest, _, body = raw.partition(b"\n")
    return body if hashlib.sha256(body).hexdigest().encode() == digest else None


def read_verified_json(entry: Path) -> object | None:
    """The JSON value of the file's body (:func:`read_verified`); None when
    the file is missing, not whole or not JSON.  Its shape is the caller's to check."""
    body = read_verified(entry)
    if body is None:
        return None
    try:
        return json.loads(body)
    except (ValueError, RecursionError):  # RecursionError: brackets nested past the decoder's depth
        return None


def read_headed(entry: Path) -> tuple[bytes, memoryview] | None:
    """A file written by :func:`write_headed`: its head, when the hash line
    matches it, and the rest of the file mapped into memory, not read (None
    when the file is missing, empty or its head does not match).  The rest is
    read from disk only where it is sliced, and its head must name a digest
    for each part, which the caller checks before using the part: a run reads
    a few parts of a big file, where reading and hashing all of it cost more
    than the parts' use."""
    try:
        with open(entry, "rb") as file:
            digest = file.readline().rstrip(b"\n")
            head = file.readline()
            if not head.endswith(b"\n") or hashlib.sha256(head[:-1]).hexdigest().encode() != digest:
                return None
            _mark_used(file.fileno())
            mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # ValueError: a file mmap cannot map
        return None
    return head[:-1], memoryview(mapped)[len(digest) + len(head) + 1 :]


def _mark_used(fd: int) -> None:
    """Set the open file's modification time to now, when it is older than
    :data:`MARK_AFTER`: the upkeep removes the least recently used first.
    A file this process may not change stays as it is."""
    try:
        if time.time() - os.fstat(fd).st_mtime > MARK_AFTER:
            os.utime(fd)
    except OSError:
        pass


def write_verified(entry: Path, body: bytes) -> None:
    """Write atomically; a cache that cannot be written only costs speed."""
    _write(entry, hashlib.sha256(body).hexdigest().encode() + b"\n" + body)


def write_headed(entry: Path, head: bytes, rest: bytes) -> None:
    """Write a file whose hash line covers only its head (a second line, which
    gives the digest of each part of ``rest``), for :func:`read_headed`."""
    _write(entry, hashlib.sha256(head).hexdigest().encode() + b"\n" + head + b"\n" + rest)


def _write(entry: Path, raw: bytes) -> None:
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=entry.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(raw)
            os.replace(temp, entry)
        except BaseException:
            os.unlink(temp)
            raise
    except OSError:
        return
    from ..cache_upkeep import upkeep_due

    upkeep_due(cache_dir())
