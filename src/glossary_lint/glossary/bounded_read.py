"""Reading a small input file (the glossary, the configuration) without trusting it.

Such a file is named by a configuration anyone can change in a pull
request, so it may be ``/dev/zero`` (endless), a FIFO (opening it blocks
until a writer comes), a terminal or a file of gigabytes.  Only a regular
file is opened, without blocking, checked again once open (it may have
been swapped meanwhile), and read up to a byte limit.
"""

from __future__ import annotations

import os
import stat

_CHUNK = 1 << 16


class FileRefused(Exception):
    """A file that is not read; the message says why, after the file's name."""


def read_regular_file(path: str | os.PathLike[str], max_bytes: int, what: str) -> bytes:
    """The bytes of ``path``, a regular file of at most ``max_bytes`` bytes
    (``what`` names the kind of file in the message)."""
    try:
        _check(os.stat(path), max_bytes, what)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        fd = os.open(path, flags)
    except OSError as exc:
        raise FileRefused(f"cannot be read: {exc.strerror or exc}") from None
    try:
        _check(os.fstat(fd), max_bytes, what)
        chunks: list[bytes] = []
        size = 0
        while size <= max_bytes:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise FileRefused(f"cannot be read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if size > max_bytes:  # it grew after the check
        raise FileRefused(f"is over {max_bytes:,} bytes; {what} may be at most {max_bytes:,} bytes")
    return b"".join(chunks)


def _check(status: os.stat_result, max_bytes: int, what: str) -> None:
    if stat.S_ISDIR(status.st_mode):
        raise FileRefused(f"is a directory, not {what}")
    if not stat.S_ISREG(status.st_mode):
        raise FileRefused(f"is not a regular file (a device, pipe or socket), so it is not read as {what}")
    if status.st_size > max_bytes:
        raise FileRefused(f"is {status.st_size:,} bytes; {what} may be at most {max_bytes:,} bytes")
