"""Reading chapters as text, and writing text back in the same encoding.

What was read is kept (:class:`SourceFile`): the decoded text, the raw
bytes, and how they were encoded (UTF-8 with or without a byte-order mark,
or UTF-16), so the fixer writes back byte for byte what it did not change.
Line endings are never translated: CRLF stays CRLF.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

#: Documents bigger than this are reported (GL000) and skipped: 8 MiB is
#: 150 times the handbook's longest chapter and parses in about 6 s.
MAX_DOCUMENT_BYTES = 8 * 1024 * 1024


class UnreadableFile(Exception):
    """A file that could not be read or decoded; the message says why."""


@dataclass(frozen=True)
class SourceFile:
    path: Path
    text: str
    raw: bytes
    #: ``"utf-8"`` or ``"utf-16"``.
    encoding: str
    #: The byte-order mark the file started with (``b""`` for none).
    bom: bytes

    def encode(self, text: str) -> bytes:
        """``text`` as this file's bytes: same encoding, same byte-order mark."""
        if self.encoding == "utf-16":
            codec = "utf-16-le" if self.bom == codecs.BOM_UTF16_LE else "utf-16-be"
            return self.bom + text.encode(codec)
        return self.bom + text.encode("utf-8")


#: Opens a path only if it is not a symbolic link (where the platform can tell).
NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)

#: Why a symbolic link to a file is not read: it may lead out of the
#: checked tree (to a credentials file whose text would be printed as
#: findings), and the fixer would write through it.
SYMLINK_REFUSED = "is a symbolic link; links to files are not followed (check the file it points to)"


def read_source(path: Path) -> SourceFile:
    """Read a chapter: UTF-8 (a BOM is allowed), or UTF-16 with a BOM.

    A symbolic link is never followed (see :data:`SYMLINK_REFUSED`); the
    file is opened with ``O_NOFOLLOW`` so a link put in its place after the
    check is refused too.
    """
    try:
        if path.is_symlink():
            if not path.exists():
                raise UnreadableFile("is a symbolic link that leads nowhere (broken, or a loop)")
            raise UnreadableFile(SYMLINK_REFUSED)
        if path.is_dir():
            raise UnreadableFile("is a directory")
        if not path.is_file():
            raise UnreadableFile("is not a regular file" if path.exists() else "does not exist")
        data = read_regular_file(path)
    except OSError as exc:
        raise UnreadableFile(f"cannot be read: {exc.strerror or exc}") from None
    for bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if data.startswith(bom):
            codec = "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be"
            try:
                return SourceFile(path, data[2:].decode(codec), data, "utf-16", bom)
            except UnicodeDecodeError:
                raise UnreadableFile("has a UTF-16 byte-order mark but is not valid UTF-16") from None
    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    try:
        text = data[len(bom) :].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnreadableFile(f"is not valid UTF-8 (byte {exc.start}: {data[exc.start]:#04x})") from None
    if "\x00" in text:
        raise UnreadableFile("contains NUL bytes; it looks like a binary file")
    return SourceFile(path, text, data, "utf-8", bom)


def read_regular_file(path: Path, fd: int | None = None) -> bytes:
    """The bytes of ``path`` (or of the open ``fd``), never through a symbolic
    link, never blocking on a FIFO, never more than :data:`MAX_DOCUMENT_BYTES`."""
    own = fd is None
    if fd is None:
        try:
            fd = os.open(
                path, os.O_RDONLY | NO_FOLLOW | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
            )
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise UnreadableFile(SYMLINK_REFUSED) from None
            raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFile("is not a regular file")
        if info.st_size > MAX_DOCUMENT_BYTES:
            raise UnreadableFile(
                f"is {info.st_size:,} bytes; documents over {MAX_DOCUMENT_BYTES:,} bytes are skipped"
            )
        chunks = []
        offset = 0
        os.lseek(fd, 0, os.SEEK_SET)
        while chunk := os.read(fd, MAX_DOCUMENT_BYTES + 1 - offset):
            chunks.append(chunk)
            offset += len(chunk)
            if offset > MAX_DOCUMENT_BYTES:
                raise UnreadableFile(f"grew past {MAX_DOCUMENT_BYTES:,} bytes while it was read")
        return b"".join(chunks)
    finally:
        if own:
            os.close(fd)


def readable_texts(paths: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    """Each file a run's pre-passes read, with its text; one that cannot be
    read is left out (the run reports it when it checks the file)."""
    for path in paths:
        try:
            yield path, read_source(path).text
        except UnreadableFile:
            continue
