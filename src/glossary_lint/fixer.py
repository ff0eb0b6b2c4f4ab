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
    reported again by the next check.
    """
    parts: list[str] = []
    applied: list[Finding] = []
    last = 0
    for finding in sorted((f for f in findings if f.replacement is not None), key=lambda f: f.start):
        if finding.start < last:
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


@dataclass
class FixReport:
    #: Findings after fixing (or, with ``write=False``, as they are now).
    findings: list[Finding] = field(default_factory=list)
    #: path -> unified diff of what was (or would be) changed.
    diffs: dict[str, str] = field(default_factory=dict)
    fixed: int = 0
    #: One line per file that could not be fixed.
    errors: list[str] = field(default_factory=list)


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
        findings = linter.lint_source(source)
        new_text, applied = apply_fixes(source.text, findings)
        if not applied:
            report.findings.extend(findings)
            continue
        name = str(path)
        report.diffs[name] = unified_diff(name, source.text, new_text)
        if not write:
            report.findings.extend(findings)
            report.fixed += len(applied)
            continue
        try:
            write_atomically(source, new_text)
        except FixError as exc:
            report.errors.append(f"{name}: {exc}")
            report.findings.extend(findings)
            continue
        report.fixed += len(applied)
        report.findings.extend(linter.lint_text(name, new_text))
    report.findings.sort(key=Finding.sort_key)
    return report
