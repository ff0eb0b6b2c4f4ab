"""The JSON report (version 1): the shape other tools read; do not change it lightly."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..findings import Finding
from . import counts_by_code


def render(findings: Sequence[Finding], files: int) -> str:
    report = {
        "version": 1,
        "findings": [
            {
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
            }
            for f in findings
        ],
        "summary": {"files": files, "findings": len(findings), "by_code": counts_by_code(findings)},
    }
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"
