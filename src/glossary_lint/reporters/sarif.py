"""SARIF 2.1.0, the format code-scanning pages import."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

from .. import __version__
from ..findings import Finding, Severity
from ..rules import RULES, UNREADABLE

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def render(findings: Sequence[Finding], files: int) -> str:
    rules = [UNREADABLE, *RULES.values()]
    index = {rule.code: i for i, rule in enumerate(rules)}
    results = []
    for f in findings:
        result = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": _LEVELS[f.severity],
            "message": {"text": f.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(f.path)},
                        "region": {
                            "startLine": f.line,
                            "startColumn": f.column,
                            "endLine": f.end_line,
                            "endColumn": f.end_column,
                        },
                    },
                }
            ],
        }
        if f.replacement is not None:
            result["fixes"] = [
                {
                    "description": {"text": f"Write '{f.suggestion}'"},
                    "artifactChanges": [
                        {
                            "artifactLocation": {"uri": _uri(f.path)},
                            "replacements": [
                                {
                                    "deletedRegion": {
                                        "startLine": f.line,
                                        "startColumn": f.column,
                                        "endLine": f.end_line,
                                        "endColumn": f.end_column,
                                    },
                                    "insertedContent": {"text": f.replacement},
                                }
                            ],
                        }
                    ],
                }
            ]
        results.append(result)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "glossary-lint",
                        "version": __version__,
                        "rules": [
                            {
                                "id": rule.code,
                                "name": rule.name,
                                "shortDescription": {"text": rule.summary},
                                "fullDescription": {"text": rule.explanation},
                                "help": {"text": f"{rule.explanation}\n\nBad: {rule.bad}\nGood: {rule.good}"},
                                "defaultConfiguration": {
                                    "level": _LEVELS[rule.severity],
                                    "enabled": rule.enabled_by_default,
                                },
                            }
                            for rule in rules
                        ],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _uri(path: str) -> str:
    """Relative paths stay relative (code scanning resolves them against the
    repository); absolute ones become file URIs."""
    return Path(path).as_uri() if os.path.isabs(path) else Path(path).as_posix()
