"""SARIF 2.1.0, the format code-scanning pages import."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from ..rules import RULES, UNREADABLE, Rule
from ..rules.findings import Finding, Severity
from . import json_array_items
from .escaping import json_safe

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


#: Where the results array sits in the log: ``log.runs[0].results``.
_RESULTS = '"results": []'
_RESULTS_INDENT = 8


def stream(findings: Iterable[Finding], files: int) -> Iterator[str]:
    """The log as ``json.dumps(indent=2)`` would write it, one result at a time."""
    rules = [UNREADABLE, *RULES.values()]
    index = {rule.code: i for i, rule in enumerate(rules)}
    head, tail = json_safe(json.dumps(_log(rules), indent=2, ensure_ascii=False)).split(_RESULTS)
    yield head + _RESULTS[:-1]
    yield from json_array_items((_result(f, index) for f in findings), _RESULTS_INDENT)
    yield tail + "\n"


def _result(f: Finding, index: dict[str, int]) -> dict[str, object]:
    result: dict[str, object] = {
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
    return result


def _log(rules: list[Rule]) -> dict[str, object]:
    return {
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
                "results": [],
            }
        ],
    }


def _uri(path: str) -> str:
    """Relative paths stay relative references (code scanning resolves them
    against the repository), percent-encoded as RFC 3986 asks, so a ``:``
    does not make a scheme of a file name nor ``#`` or ``?`` cut it short;
    absolute ones become file URIs."""
    if os.path.isabs(path):
        return Path(path).as_uri()
    return quote(Path(path).as_posix(), safe="/", errors="surrogateescape")
