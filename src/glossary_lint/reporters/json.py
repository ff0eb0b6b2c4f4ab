"""The JSON report (version 1): the shape other tools read; do not change it lightly.

Keys are only ever added within a version.  ``replacement`` is the exact text
``--fix`` writes over ``found`` (``suggestion`` is the form a reader is shown,
which differs where the fix keeps a line break or markup the term spans), so
an editor integration can apply a fix without running the tool again."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from ..rules.findings import Finding
from . import Tally, json_array_items
from .escaping import json_safe


def stream(findings: Iterable[Finding], files: int) -> Iterator[str]:
    """The report as ``json.dumps(indent=2)`` would write it, one finding at a time."""
    tally = Tally()
    yield '{\n  "version": 1,\n  "findings": ['
    yield from json_array_items((_entry(f) for f in tally.count(findings)), indent=4)
    summary = {"files": files, "findings": tally.total, "by_code": tally.by_code}
    yield ',\n  "summary": ' + json_safe(json.dumps(summary, indent=2).replace("\n", "\n  ")) + "\n}\n"


def _entry(f: Finding) -> dict[str, object]:
    return {
        "path": f.path,
        "line": f.line,
        "column": f.column,
        "end_line": f.end_line,
        "end_column": f.end_column,
        "code": f.code,
        "rule": f.rule,
        "severity": f.severity.value,
        "message": f.message,
        "found": f.found,
        "term": f.term,
        "suggestion": f.suggestion,
        "fixable": f.fixable,
        "replacement": f.replacement,
    }
