"""Render the glossary as a page: Markdown (the handbook's Docusaurus style),
reST (a Sphinx ``.. glossary::``) or JSON, so a handbook that is not built
with Sphinx can keep the YAML as its single source and check the committed
page against it (``export --check``).

Each definition is written in the page's markup: one already in it is
copied as written, one in the other markup is converted
(:mod:`glossary_lint.workflows.conversion`), which escapes whatever the target would
run (a Markdown definition's ``.. include::`` stays text on a reST page).
Names and titles are escaped too.  Markdown and reST show what a reader
sees; the fields only the linter uses (case policy, aliases, variants,
...) go into the page only with ``metadata=True``, as one comment per
entry, which ``import`` reads back: an export with metadata imports to the
same glossary.
"""

from __future__ import annotations

import json
from typing import Any

from ..glossary.model import CasePolicy, Glossary, Markup, Term

METADATA_MARK = "glossary-lint"


def term_data(term: Term, default: Markup = Markup.MARKDOWN) -> dict[str, Any]:
    """An entry as the YAML writes it (defaults left out)."""
    data: dict[str, Any] = {"id": term.id, "term": term.term}
    for key in ("sense", "expansion", "abbreviation", "also", "classifier"):
        if getattr(term, key):
            data[key] = getattr(term, key)
    if term.case is CasePolicy.EXACT:
        data["case"] = "exact"
    if term.case_guessed:
        data["case-guessed"] = True
    default_spelling = term.term if term.case is CasePolicy.EXACT else term.term.lower()
    if term.spelling != default_spelling:
        data["spelling"] = term.spelling
    for key in ("aliases", "variants", "related"):
        if getattr(term, key):
            data[key] = list(getattr(term, key))
    if term.homonym:
        data["homonym"] = True
    if term.markup is not default:
        data["markup"] = term.markup.value
    if term.autolink is not None:
        data["autolink"] = term.autolink
    data["definition"] = term.definition
    if term.see:
        data["see"] = [{"title": s.title, "doc": s.doc} for s in term.see]
    return data


def page_data(title: str | None, intro: str | None, markup: Markup) -> dict[str, Any]:
    """The top of a glossary file: everything but its entries (defaults left out)."""
    data: dict[str, Any] = {"version": 1}
    if title:
        data["title"] = title
    if intro:
        data["intro"] = intro
    if markup is not Markup.MARKDOWN:
        data["markup"] = markup.value
    return data


def glossary_data(glossary: Glossary) -> dict[str, Any]:
    data = page_data(glossary.title, glossary.intro, glossary.markup)
    data["terms"] = [term_data(t, glossary.markup) for t in glossary]
    return data


def _metadata(term: Term, page: Markup, shown_definition: str) -> str | None:
    """The fields a page does not show, as a JSON object (None if none).
    A definition the page shows converted carries its original along."""
    shown = {"term", "sense", "expansion", "abbreviation", "also", "classifier", "definition", "see"}
    hidden = {k: v for k, v in term_data(term, page).items() if k not in shown}
    if term.markup is not page and shown_definition != term.definition:
        hidden["definition"] = term.definition
    if term.markup is page:
        hidden.pop("markup", None)
    if not hidden:
        return None
    # '--' cannot close an HTML comment early, nor a line break end a reST one
    return json.dumps(hidden, ensure_ascii=True).replace("--", "-\\u002d")


def to_json(glossary: Glossary) -> str:
    return json.dumps(glossary_data(glossary), indent=2, ensure_ascii=False) + "\n"


def _in(markup: Markup, text: str, source: Markup) -> str:
    from .conversion import convert

    return convert(text, source, markup)


def to_markdown(glossary: Glossary, metadata: bool = False) -> str:
    from .conversion.rest_to_markdown import escape_markdown

    title = escape_markdown(glossary.title or "Glossary")
    lines = ["---", "sidebar_position: 99", "title: Glossary", "---", "", f"# {title}", ""]
    if glossary.intro:
        lines += [_in(Markup.MARKDOWN, glossary.intro, glossary.markup), ""]
    lines += ["---", ""]
    for term in glossary:
        text = _in(Markup.MARKDOWN, term.definition, term.markup)
        shown = text
        if term.see:
            links = ", ".join(f"[{escape_markdown(s.title)}](./{s.doc}.md)" for s in term.see)
            text = _with_see(text, links)
        lines += [f"### {escape_markdown(term.heading)}", text]
        if metadata and (data := _metadata(term, Markup.MARKDOWN, shown)):
            lines.append(f"<!-- {METADATA_MARK} {data} -->")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _with_see(text: str, links: str) -> str:
    """The definition with its "See ..." pointer, written the same way in
    both formats: on a one-line definition's line, else as a paragraph of its
    own, so that it never joins a list or block the definition ends with."""
    return text + (f" See {links}." if "\n" not in text else f"\n\nSee {links}.")


def _indent(text: str, prefix: str) -> list[str]:
    return [prefix + line if line.strip() else "" for line in text.split("\n")]


def to_rest(glossary: Glossary, metadata: bool = False) -> str:
    from .conversion.markdown_to_rest import escape_rest, rest_line

    title = rest_line(escape_rest(glossary.title or "Glossary"))
    lines = [title, "=" * len(title), ""]
    if glossary.intro:
        lines += [_in(Markup.REST, glossary.intro, glossary.markup), ""]
    lines += [".. glossary::", ""]
    for term in glossary:
        text = _in(Markup.REST, term.definition, term.markup)
        shown = text
        if term.see:
            links = ", ".join(f":doc:`{escape_rest(s.title)} </{s.doc}>`" for s in term.see)
            text = _with_see(text, links)
        names = [term.heading, *term.aliases]
        first = _term_line(names[0]) + (f" : {_term_line(term.classifier)}" if term.classifier else "")
        lines += [f"   {first}", *(f"   {_term_line(name)}" for name in names[1:])]
        lines += [*_indent(text, "      "), ""]
        if metadata and (data := _metadata(term, Markup.REST, shown)):
            lines += [f"      .. {METADATA_MARK} {data}", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _term_line(name: str) -> str:
    """A name as a glossary term line: read back as the same text by
    Sphinx (no markup, no ' : ' classifier split, no comment)."""
    from .conversion.markdown_to_rest import escape_rest, rest_line

    return rest_line(escape_rest(name)).replace(" : ", " \\: ")


def export(glossary: Glossary, fmt: str, metadata: bool = False) -> str:
    if fmt == "json":
        return to_json(glossary)
    if fmt == "rst":
        return to_rest(glossary, metadata)
    return to_markdown(glossary, metadata)
