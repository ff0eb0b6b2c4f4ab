"""Knowing for certain that no other program writes a file while it is fixed.

The fixer renames a new file over the old one.  A program that opened the
old file for writing just before the rename (``echo line >> chapter.md``)
writes into the old file after it, and its line would be lost with it.
Watching the old file for a moment after the rename catches a writer that is
quick, but not one that a loaded machine holds back for longer than that
moment.

Linux says so exactly: a read lease (``fcntl(F_SETLEASE, F_RDLCK)``) is
refused while any process has the file open for writing, and is broken by
any later open for writing, which then waits until the holder lets go (up to
``/proc/sys/fs/lease-break-time``).  Holding one from before the last look at
the file until after the rename, the fixer knows whether a writer came, and a
writer that came is held back while the fixer decides.  Where leases are not
offered (another system, a file system without them, a file the user does
not own), :func:`take` says so and the fixer falls back on watching.

The lease's break is not signalled: the kernel would send SIGIO, whose
default action ends the process, so the signal is redirected to SIGURG
(ignored by default) while the lease is taken, and the file descriptor's
owner is then cleared, so no signal is sent at all; :func:`broken` asks.
"""

from __future__ import annotations

import errno

try:
    import fcntl
    import signal

    _SETLEASE: int | None = getattr(fcntl, "F_SETLEASE", None)
    _GETLEASE: int | None = getattr(fcntl, "F_GETLEASE", None)
    _SETSIG: int | None = getattr(fcntl, "F_SETSIG", None)
except ImportError:  # Windows
    _SETLEASE = _GETLEASE = _SETSIG = None


class OpenForWriting(Exception):
    """Another process has the file open for writing right now."""


def take(fd: int) -> bool:
    """Take a read lease on the file open (read-only) as ``fd``: True if held,
    False where leases are not available.  Raises :class:`OpenForWriting` if
    another process holds the file open for writing."""
    if _SETLEASE is None or _GETLEASE is None or _SETSIG is None:
        return False
    try:
        fcntl.fcntl(fd, _SETSIG, signal.SIGURG)
        fcntl.fcntl(fd, _SETLEASE, fcntl.F_RDLCK)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EBUSY):
            raise OpenForWriting from None
        return False  # EACCES (not the file's owner), EINVAL (no leases here), ENOSYS
    fcntl.fcntl(fd, fcntl.F_SETOWN, 0)
    return True


def broken(fd: int) -> bool:
    """Whether a process opened the leased file for writing since :func:`take`."""
    assert _GETLEASE is not None
    return bool(fcntl.fcntl(fd, _GETLEASE) != fcntl.F_RDLCK)


def release(fd: int) -> None:
    """Let go of the lease, so that a writer held back goes on."""
    assert _SETLEASE is not None
    try:
        fcntl.fcntl(fd, _SETLEASE, fcntl.F_UNLCK)
    except OSError:
        pass  # closing the file lets go of it too
