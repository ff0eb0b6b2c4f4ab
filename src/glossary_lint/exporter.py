"""Render the glossary as a page: Markdown (the handbook's Docusaurus style),
reST (a Sphinx ``.. glossary::``) or JSON, so a handbook that is not built
with Sphinx can keep the YAML as its single source and check the committed
page against it (``export --check``).

Markdown and reST show what a reader sees; the fields only the linter uses
(case policy, aliases, variants, ...) go into the page only with
``metadata=True``, as one comment per entry, which ``import`` reads back:
an export with metadata imports to the same glossary.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .glossary import CasePolicy, Glossary, Term

METADATA_MARK = "glossary-lint"


def term_data(term: Term) -> dict[str, Any]:
    """An entry as the YAML writes it (defaults left out)."""
    data: dict[str, Any] = {"id": term.id, "term": term.term}
    for key in ("sense", "expansion", "abbreviation", "also"):
        if getattr(term, key):
            data[key] = getattr(term, key)
    if term.case is CasePolicy.EXACT:
        data["case"] = "exact"
    default = term.term if term.case is CasePolicy.EXACT else term.term.lower()
    if term.spelling != default:
        data["spelling"] = term.spelling
    for key in ("aliases", "variants", "related"):
        if getattr(term, key):
            data[key] = list(getattr(term, key))
    if term.homonym:
        data["homonym"] = True
    if term.autolink is not None:
        data["autolink"] = term.autolink
    data["definition"] = term.definition
    if term.see:
        data["see"] = [{"title": s.title, "doc": s.doc} for s in term.see]
    return data


def glossary_data(glossary: Glossary) -> dict[str, Any]:
    data: dict[str, Any] = {"version": 1}
    if glossary.title:
        data["title"] = glossary.title
    if glossary.intro:
        data["intro"] = glossary.intro
    data["terms"] = [term_data(t) for t in glossary]
    return data


def _metadata(term: Term) -> str | None:
    """The fields a page does not show, as a JSON object (None if none)."""
    shown = {"term", "sense", "expansion", "abbreviation", "also", "definition", "see"}
    hidden = {k: v for k, v in term_data(term).items() if k not in shown}
    return json.dumps(hidden, ensure_ascii=False) if hidden else None


def to_json(glossary: Glossary) -> str:
    return json.dumps(glossary_data(glossary), indent=2, ensure_ascii=False) + "\n"


def to_markdown(glossary: Glossary, metadata: bool = False) -> str:
    lines = [
        "---",
        "sidebar_position: 99",
        "title: Glossary",
        "---",
        "",
        f"# {glossary.title or 'Glossary'}",
        "",
    ]
    if glossary.intro:
        lines += [glossary.intro, ""]
    lines += ["---", ""]
    for term in glossary:
        text = term.definition
        if term.see:
            links = ", ".join(f"[{s.title}](./{s.doc}.md)" for s in term.see)
            text += f" See {links}."
        lines += [f"### {term.heading}", text]
        if metadata and (data := _metadata(term)):
            lines.append(f"<!-- {METADATA_MARK} {data} -->")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def to_rest(glossary: Glossary, metadata: bool = False) -> str:
    title = glossary.title or "Glossary"
    lines = [title, "=" * len(title), ""]
    if glossary.intro:
        lines += [glossary.intro, ""]
    lines += [".. glossary::", ""]
    for term in glossary:
        text = re.sub(r"\$([^$]+)\$", lambda m: f":math:`{m.group(1)}`", term.definition)
        if term.see:
            links = ", ".join(f":doc:`{s.title} </{s.doc}>`" for s in term.see)
            text += f" See {links}."
        lines += [f"   {term.heading}", f"      {text}", ""]
        if metadata and (data := _metadata(term)):
            lines += [f"      .. {METADATA_MARK} {data}", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def export(glossary: Glossary, fmt: str, metadata: bool = False) -> str:
    if fmt == "json":
        return to_json(glossary)
    if fmt == "rst":
        return to_rest(glossary, metadata)
    return to_markdown(glossary, metadata)
