"""Files in glossary-lint's cache folder: where the folder is, and how a file
in it is written and read so that a torn, altered or foreign file is never
used.  Each file's first line is the SHA-256 of the rest, and files are
written to a temporary name and renamed into place, so two processes writing
at once leave one whole file.  A file read is marked used (its modification
time set to now, at most once an hour), so the folder's upkeep
(:mod:`glossary_lint.cache_upkeep`) removes the files no run reads any more
and keeps the ones in use; the first write of a process may start it."""

from __future__ import annotations

import hashlib
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
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=entry.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
            os.replace(temp, entry)
        except BaseException:
            os.unlink(temp)
            raise
    except OSError:
        return
    from ..cache_upkeep import upkeep_due

    upkeep_due(cache_dir())
