"""GitHub Actions workflow commands: each finding annotates the pull request."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..rules.findings import Finding, Severity
from .escaping import printable

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    return printable(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def stream(findings: Iterable[Finding], files: int) -> Iterator[str]:
    for f in findings:
        props = (
            f"file={_property(f.path)},line={f.line},col={f.column},endLine={f.end_line},"
            f"endColumn={f.end_column},title={_property(f'{f.code} {f.rule}')}"
        )
        yield f"::{_LEVELS[f.severity]} {props}::{_data(f.message)}\n"
