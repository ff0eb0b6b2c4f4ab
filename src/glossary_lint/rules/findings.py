"""Findings: what the rules report and the reporters and the fixer consume."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem at one exact span of one file.

    ``start``/``end`` are character offsets into the decoded source; the
    fixer replaces exactly ``source[start:end]`` with ``replacement`` and
    nothing else.  Line and column are 1-based, columns count characters,
    ``end_column`` is exclusive.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    rule: str
    severity: Severity
    message: str
    found: str | None = None
    term: str | None = None
    suggestion: str | None = None
    #: The exact text that replaces ``source[start:end]`` when fixed.
    replacement: str | None = None
    start: int = 0
    end: int = 0

    @property
    def fixable(self) -> bool:
        return self.replacement is not None

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.code)


def text_path(path: str) -> str:
    """``path`` as valid text for every report: a file name's bytes that are
    not UTF-8 (which Python carries as lone surrogates) written ``\\xNN``.
    Findings carry this form; the file itself is found again through the
    run's list of paths (see :func:`paths_by_text`)."""
    if path.isascii():
        return path
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def paths_by_text(paths: Iterable[Path]) -> dict[str, Path]:
    """The files of a run by the path their findings show; a shown path that
    two files share (``bad\\xff.md`` beside a file with an undecodable name)
    names neither, so that nothing acts on the wrong file."""
    found: dict[str, Path | None] = {}
    for path in paths:
        shown = text_path(str(path))
        found[shown] = None if shown in found else path
    return {shown: path for shown, path in found.items() if path is not None}
