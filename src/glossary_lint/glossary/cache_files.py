"""Files in glossary-lint's cache folder: where the folder is, and how a file
in it is written and read so that a torn, altered or foreign file is never
used.  Each file's first line is the SHA-256 of the rest, and files are
written to a temporary name and renamed into place, so two processes writing
at once leave one whole file."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

#: Names the cache folder; empty means the default below.
CACHE_ENV = "GLOSSARY_LINT_CACHE_DIR"


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
        digest, _, body = entry.read_bytes().partition(b"\n")
    except OSError:
        return None
    return body if hashlib.sha256(body).hexdigest().encode() == digest else None


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
        pass
