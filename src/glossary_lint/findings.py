"""Findings: what the rules report and the reporters and the fixer consume."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


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
