"""The imported glossary as YAML, with a ``# review:`` comment over each
entry a person should look at."""

from __future__ import annotations

from typing import Any

import yaml

from ...reporters.escaping import printable
from ..export import page_data
from .entries import Imported


class _Dumper(yaml.SafeDumper):
    """Multi-line text (a definition with paragraphs, lists, code) as a
    literal block, so the YAML reads like the page it came from."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def _dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000).rstrip()


def to_yaml(imported: Imported, schema: str | None = None) -> str:
    """``schema`` is the JSON Schema's path relative to the YAML file, for
    editors; without one the line is left out (a ``$schema`` naming a missing
    file makes editors report an error on line 1)."""
    head = page_data(imported.title, imported.intro, imported.markup)
    out = [
        *([f"# yaml-language-server: $schema={schema}"] if schema else []),
        "# Imported by glossary-lint; review the entries marked '# review:'.",
        _dump(head),
        "terms:",
    ]
    for index, entry in enumerate(imported.terms):
        for remark in imported.review.get(index, []):
            out.append(f"  # review: {printable(remark)}")  # a line break would end the comment
        out.append("\n".join("  " + line if line else "" for line in _dump([entry]).splitlines()))
    return "\n".join(out) + "\n"
