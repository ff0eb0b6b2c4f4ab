"""The fixer: applies the replacements findings carry, and nothing else.

It never detects: it asks the engine for the findings of the exact bytes it
is about to rewrite, replaces each fixable finding's span with the
finding's replacement, and leaves every other character alone (code,
math, links, whitespace, line endings, the byte-order mark).  A file is
written atomically (a temporary file in the same folder, then a rename),
keeps its permissions, and is not written at all if it changed on disk
since it was read, is read-only, or sits in a read-only folder.
"""

from __future__ import annotations

import difflib
import os
import stat
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .engine import Linter
from .findings import Finding
from .reading import SourceFile, UnreadableFile, read_source


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
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), fromfile=f"a/{path}", tofile=f"b/{path}"
    )
    return "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines
    )


def write_atomically(source: SourceFile, new_text: str) -> None:
    """Replace the file's content with ``new_text`` in its own encoding, or raise FixError."""
    target = source.path.resolve()
    try:
        info = os.stat(target)
        if not stat.S_ISREG(info.st_mode):
            raise FixError("is no longer a regular file; not written")
        if not info.st_mode & 0o222:
            raise FixError("is read-only; not written")
        folder = target.parent
        if not os.stat(folder).st_mode & 0o222 or not os.access(folder, os.W_OK):
            raise FixError(f"is in a read-only folder ({folder}); not written")
        if target.read_bytes() != source.raw:
            raise FixError("changed on disk while it was being fixed; not written")
    except OSError as exc:
        raise FixError(f"cannot be rewritten: {exc.strerror or exc}") from None
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(source.encode(new_text))
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, stat.S_IMODE(info.st_mode))
        if target.read_bytes() != source.raw:  # the last moment to notice a concurrent edit
            raise FixError("changed on disk while it was being fixed; not written")
        os.replace(temporary, target)
    except OSError as exc:
        raise FixError(f"cannot be rewritten: {exc.strerror or exc}") from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


#: A fix can uncover another (two findings overlapped): the fixer checks the
#: rewritten text again, at most this many times, so that what it reports as
#: left is what no fix changes.
MAX_PASSES = 4


@dataclass
class FixReport:
    #: Findings after fixing (or, with ``write=False``, as they are now).
    findings: list[Finding] = field(default_factory=list)
    #: path -> unified diff of what was (or would be) changed; only files that change.
    diffs: dict[str, str] = field(default_factory=dict)
    #: Edits made (or that would be made), each a finding's replacement.
    fixed: int = 0
    #: One line per file that could not be fixed.
    errors: list[str] = field(default_factory=list)

    @property
    def files_changed(self) -> int:
        """Files written (or that would be): those with a diff and no error."""
        failed = {line.split(": ", 1)[0] for line in self.errors}
        return sum(1 for path in self.diffs if path not in failed)

    @property
    def hunks(self) -> int:
        """Hunks in the diffs: what a reader of ``--diff`` sees."""
        return sum(1 for diff in self.diffs.values() for line in diff.splitlines() if line.startswith("@@ "))


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


def fix_paths(paths: Sequence[Path], linter: Linter, write: bool) -> FixReport:
    """Fix (``write``) or only diff every file in ``paths``; findings of the
    files are returned as they stand afterwards."""
    report = FixReport()
    for path in paths:
        try:
            source = read_source(path)
        except UnreadableFile as exc:
            report.findings.append(linter.unreadable(path, exc))
            continue
        name = str(path)
        findings = linter.lint_source(source)
        new_text, left, edits = _fix_repeatedly(name, source.text, findings, linter)
        if new_text == source.text:
            report.findings.extend(findings)
            continue
        report.diffs[name] = unified_diff(name, source.text, new_text)
        if not write:
            report.findings.extend(findings)
            report.fixed += edits
            continue
        try:
            write_atomically(source, new_text)
        except FixError as exc:
            report.errors.append(f"{name}: {exc}")
            report.findings.extend(findings)
            continue
        report.fixed += edits
        report.findings.extend(left)
    report.findings.sort(key=Finding.sort_key)
    return report
