"""The fixer: applies the replacements findings carry, and nothing else.

It never detects: it asks the engine for the findings of the exact bytes it
is about to rewrite, replaces each fixable finding's span with the
finding's replacement, and leaves every other character alone (code,
math, links, whitespace, line endings, the byte-order mark).  A file is
written atomically (a temporary file in the same folder, then a rename) and
keeps its permissions, owner, group and extended attributes (so its ACLs).
It is not written at all, and the reason is reported, when that cannot be
done safely: it changed on disk since it was read (an append that lands
during the rename puts the old file back), another program has it open for
writing (Linux's leases tell, :mod:`.write_lease`), it is a symbolic link, it has
other hard links (a rename would split them), it is read-only or sits in a
read-only folder, or its owner or attributes cannot be kept.
"""

from __future__ import annotations

import difflib
import errno
import os
import stat
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..engine import Linter
from ..rules.findings import Finding
from ..sources.reading import NO_FOLLOW, SourceFile, UnreadableFile, read_regular_file, read_source
from . import write_lease
from .escaping import printable


class FixError(Exception):
    """Why a file was left unchanged."""


def apply_fixes(text: str, findings: Sequence[Finding]) -> tuple[str, list[Finding]]:
    """``text`` with every fixable finding's span replaced; the findings applied.

    Of two overlapping findings only the first is applied; the other is
    reported again by the next check.  A replacement that would leave the
    text as it is is no edit and is not counted.
    """
    parts: list[str] = []
    applied: list[Finding] = []
    last = 0
    for finding in sorted((f for f in findings if f.replacement is not None), key=lambda f: f.start):
        if finding.start < last or text[finding.start : finding.end] == finding.replacement:
            continue
        parts.append(text[last : finding.start])
        parts.append(finding.replacement or "")
        last = finding.end
        applied.append(finding)
    parts.append(text[last:])
    return "".join(parts), applied


def unified_diff(path: str, old: str, new: str) -> str:
    """A unified diff for people and CI logs: the file name and each line's
    text escaped (:mod:`glossary_lint.reporters.escaping`), so no line of it is a
    workflow command or a terminal control."""
    name = printable(path)
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), fromfile=f"a/{name}", tofile=f"b/{name}"
    )
    return "".join(_diff_line(line) for line in lines)


def _diff_line(line: str) -> str:
    body = line.rstrip("\r\n")
    ending = line[len(body) :]
    if body and body[-1] in _OTHER_LINE_ENDINGS:  # str.splitlines ends lines there too
        body, ending = body[:-1], body[-1] + ending
    text = printable(body)
    if ending in ("\n", "\r\n"):
        return text + ending
    if not ending:
        return text + "\n\\ No newline at end of file\n"
    return text + printable(ending) + "\n"


_OTHER_LINE_ENDINGS = frozenset("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")

#: Temporary files are named after the file, cut short so that the name
#: stays under the 255 bytes most file systems allow.
_TEMP_NAME_CHARS = 40


def write_atomically(source: SourceFile, new_text: str) -> None:
    """Replace the file's content with ``new_text`` in its own encoding, or raise FixError."""
    path = source.path
    try:
        fd = os.open(path, os.O_RDONLY | NO_FOLLOW | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise FixError("is a symbolic link; not written") from None
        raise FixError(f"cannot be rewritten: {exc.strerror or exc}") from None
    try:
        info = _check_writable(path, fd)
        leased = write_lease.take(fd)
        _check_unchanged(fd, source)
        _replace(path, fd, info, source, source.encode(new_text), leased)
    except write_lease.OpenForWriting:
        raise FixError("is open for writing in another program; not written") from None
    except OSError as exc:
        raise FixError(f"cannot be rewritten: {exc.strerror or exc}") from None
    finally:
        os.close(fd)  # lets go of the lease: a writer held back goes on


def _check_writable(path: Path, fd: int) -> os.stat_result:
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        raise FixError("is no longer a regular file; not written")
    if info.st_nlink > 1:
        raise FixError(f"has {info.st_nlink} hard links and rewriting it would split them; not written")
    if not info.st_mode & 0o222:
        raise FixError("is read-only; not written")
    folder = path.parent
    if not os.stat(folder).st_mode & 0o222 or not os.access(folder, os.W_OK):
        raise FixError(f"is in a read-only folder ({printable(str(folder))}); not written")
    return info


def _check_unchanged(fd: int, source: SourceFile) -> None:
    try:
        same = read_regular_file(source.path, fd) == source.raw
    except UnreadableFile:
        same = False
    if not same:
        raise FixError("changed on disk while it was being fixed; not written")


#: How long the old file is watched after the rename, in seconds, where no
#: lease tells (:mod:`.write_lease`): a writer that opened it just before
#: (``echo >> chapter.md``) writes within this on an idle machine.
SETTLE_SECONDS = 0.002

#: How long a writer the lease held back is given to write into the old
#: file once let go, in seconds, before the fixer says it could not see it.
LATE_WRITE_SECONDS = 1.0


def _replace(
    path: Path, fd: int, info: os.stat_result, source: SourceFile, data: bytes, leased: bool
) -> None:
    """Rename a new file with ``data`` over ``path``.  ``fd`` still holds the
    old file: if it was written to around the rename, that change is kept (the
    old file is put back, or what was appended to it goes on the new one) and
    the file is reported."""
    _install(path, fd, info, data, source, leased)
    if leased:
        if not write_lease.broken(fd):
            return  # nobody opened the old file for writing: nothing can land in it
        write_lease.release(fd)  # a writer opened it in the moment before the rename
        if not _changes_within(fd, source, LATE_WRITE_SECONDS):
            raise FixError(
                "was opened for writing by another program while it was being fixed; "
                "fixed, but that program's change may be lost"
            )
    else:
        time.sleep(SETTLE_SECONDS)
    try:
        _check_unchanged(fd, source)
    except FixError:
        old = read_regular_file(path, fd)
        try:
            current = read_regular_file(path)
        except (OSError, UnreadableFile):
            current = None
        if current == data:
            _install(path, fd, info, old, None, False)
            raise FixError(
                "changed on disk while it was being fixed; left as it was, with that change"
            ) from None
        if old.startswith(source.raw):  # both were appended to: keep every appended line
            out = os.open(path, os.O_WRONLY | os.O_APPEND | NO_FOLLOW)
            try:
                os.write(out, old[len(source.raw) :])
            finally:
                os.close(out)
        raise FixError("changed on disk while it was being fixed; fixed, and the change was kept") from None


def _changes_within(fd: int, source: SourceFile, seconds: float) -> bool:
    """Whether the old file open as ``fd`` stops holding what ``source`` read
    within ``seconds``."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            if read_regular_file(source.path, fd) != source.raw:
                return True
        except UnreadableFile:
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.002)


def _install(
    path: Path, fd: int, info: os.stat_result, data: bytes, expected: SourceFile | None, leased: bool
) -> None:
    """Write ``data`` to a temporary file with the old file's owner, mode and
    attributes and rename it over ``path``, unless the old file no longer
    holds what ``expected`` read or, under a lease, was opened for writing."""
    prefix = f".{path.name[:_TEMP_NAME_CHARS]}."
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            _keep_metadata(out.fileno(), fd, info)
            os.fsync(out.fileno())
        if expected is not None:
            _check_unchanged(fd, expected)  # the last moment to notice a concurrent edit
            if leased and write_lease.broken(fd):
                raise FixError(
                    "was opened for writing by another program while it was being fixed; not written"
                )
        os.replace(temporary, path)
    finally:
        if os.path.lexists(temporary):
            os.unlink(temporary)


def _keep_metadata(new: int, old: int, info: os.stat_result) -> None:
    """Give the new file the old one's owner, group, mode and extended
    attributes.  The owner comes first: changing it clears set-user-ID and
    set-group-ID bits, which the mode then restores for the same owner only."""
    mine = os.fstat(new)
    if (mine.st_uid, mine.st_gid) != (info.st_uid, info.st_gid):
        try:
            os.fchown(new, info.st_uid, info.st_gid)
        except OSError as exc:
            raise FixError(
                f"its owner and group ({info.st_uid}:{info.st_gid}) cannot be kept "
                f"({exc.strerror or exc}); not written"
            ) from None
    os.fchmod(new, stat.S_IMODE(info.st_mode))
    if not hasattr(os, "listxattr"):  # extended attributes as Linux has them
        return
    try:
        names = os.listxattr(old)
    except OSError as exc:  # a file system without extended attributes
        if exc.errno in (errno.ENOTSUP, errno.EOPNOTSUPP):
            return
        raise
    for name in names:
        value = os.getxattr(old, name)
        try:
            if name in os.listxattr(new) and os.getxattr(new, name) == value:
                continue
            os.setxattr(new, name, value)
        except OSError as exc:
            raise FixError(
                f"its extended attribute {printable(name)} cannot be kept "
                f"({exc.strerror or exc}); not written"
            ) from None


#: A fix can uncover another (two findings overlapped): the fixer checks the
#: rewritten text again, at most this many times, so that what it reports as
#: left is what no fix changes.
MAX_PASSES = 4


@dataclass
class FileFix:
    """What fixing one file did."""

    #: Its findings after fixing (or, with ``write=False``, as they are now).
    findings: list[Finding]
    #: The unified diff of what was (or would be) changed; "" for nothing.
    diff: str = ""
    #: Edits made (or that would be made), each a finding's replacement.
    fixed: int = 0
    #: Why the file was left unchanged, as one line naming it; "" if it was not.
    error: str = ""

    @property
    def hunks(self) -> int:
        """Hunks in the diff: what a reader of ``--diff`` sees."""
        return sum(1 for line in self.diff.splitlines() if line.startswith("@@ "))


def _fix_repeatedly(
    name: str, text: str, findings: list[Finding], linter: Linter
) -> tuple[str, list[Finding], int]:
    """The text with every fix applied, the findings left, and the edits made."""
    edits = 0
    for _ in range(MAX_PASSES):
        new_text, applied = apply_fixes(text, findings)
        if not applied:
            break
        edits += len(applied)
        text = new_text
        findings = linter.lint_text(name, text)
    return text, findings, edits


def fix_file(path: Path, linter: Linter, write: bool) -> FileFix:
    """Fix (``write``) or only diff one file."""
    try:
        source = read_source(path)
    except UnreadableFile as exc:
        return FileFix([linter.unreadable(path, exc)])
    findings = linter.lint_source(source)
    name = str(path)
    new_text, left, edits = _fix_repeatedly(name, source.text, findings, linter)
    if new_text == source.text:
        return FileFix(findings)
    diff = unified_diff(name, source.text, new_text)
    if not write:
        return FileFix(findings, diff, edits)
    try:
        write_atomically(source, new_text)
    except FixError as exc:
        return FileFix(findings, diff, 0, f"{printable(name)}: {exc}")
    return FileFix(left, diff, edits)


@dataclass
class Fixing:
    """Fixes files as their findings stream past: a file with a fixable
    finding is fixed and its findings replaced by what is left; the counts
    and errors add up for the summary."""

    linter: Linter
    write: bool
    #: The run's files by the path their findings show (see
    #: :func:`~glossary_lint.rules.findings.paths_by_text`): a file whose name is
    #: not valid text, or whose shown name two files share, is found (or
    #: left alone) through it.  None: the shown path is the file.
    paths: Mapping[str, Path] | None = None
    #: Called with each file's diff as soon as it is known.
    on_diff: Callable[[str], None] = lambda diff: None
    #: Called with each error line as soon as it happens.
    on_error: Callable[[str], None] = lambda line: None
    fixed: int = 0
    files: int = 0
    hunks: int = 0
    errors: int = 0

    def apply(self, per_file: Iterable[list[Finding]]) -> Iterator[Finding]:
        for findings in per_file:
            if not any(f.fixable for f in findings):
                yield from findings
                continue
            shown = findings[0].path
            path = Path(shown) if self.paths is None else self.paths.get(shown)
            if path is None:  # two files show this name: fixing either could be wrong
                yield from findings
                continue
            result = fix_file(path, self.linter, self.write)
            if result.error:
                self.errors += 1
                self.on_error(result.error)
            elif result.diff:
                self.fixed += result.fixed
                self.files += 1
                self.hunks += result.hunks
            if result.diff:
                self.on_diff(result.diff)
            yield from result.findings
