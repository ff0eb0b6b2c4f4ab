"""Build a glossary YAML from an existing glossary page.

Reads a Markdown page of ``### Term (Expansion)`` headings (the handbook's
Docusaurus style) with markdown-it-py, or a Sphinx ``.. glossary::`` in
reST with docutils.  What a heading's brackets mean is decided as a person
would, and marked for review where only a person can be sure: an
abbreviation before its expansion, a long form before its abbreviation,
two entries with one name (senses), or another name.  Case policies are
guessed from the spelling and always marked for review; aliases and
variants cannot be read off a page and are left to the editor, unless the
page carries glossary-lint's metadata comments (``export --with-metadata``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import yaml

from .anchors import heading_slug
from .english import is_everyday_term
from .exporter import METADATA_MARK

_HEADING = re.compile(r"^(.*?) \((.+)\)$")
_SEE = re.compile(r"\s*See ((?:\[[^\]]+\]\([^)]+\)(?:, )?)+)\.\s*$")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
_METADATA = re.compile(r"^\s*(?:<!--|\.\.)\s*" + METADATA_MARK + r"\s+(\{.*\})\s*(?:-->)?\s*$", re.S)


@dataclass
class Imported:
    """The page's entries as YAML data, with what a person should review."""

    title: str | None = None
    intro: str | None = None
    terms: list[dict[str, Any]] = field(default_factory=list)
    #: entry index -> remarks for the editor
    review: dict[int, list[str]] = field(default_factory=dict)


def _is_abbreviation(text: str) -> bool:
    """``FFT``, ``FiLM``, ``LoRA``, ``VQ-VAE``: no spaces, and a part with two or
    more capitals (``Self-Attention`` is a name, not an abbreviation)."""
    return " " not in text and any(sum(ch.isupper() for ch in part) >= 2 for part in text.split("-"))


def _entry(
    heading: str, body: str, meta: dict[str, Any] | None, sense_names: set[str]
) -> tuple[dict[str, Any], list[str]]:
    review: list[str] = []
    match = _HEADING.match(heading)
    term, extra = (match.group(1), match.group(2)) if match else (heading, None)
    entry: dict[str, Any] = {"id": heading_slug(term), "term": term}
    if extra:
        if term in sense_names:
            entry["id"] += "-" + heading_slug(extra)
            entry["sense"] = extra
        elif _is_abbreviation(term):
            entry["expansion"] = extra
        elif _is_abbreviation(extra):
            entry["abbreviation"] = extra
        else:
            entry["also"] = extra
            review.append(f"'{extra}' is read as another name: add its running-text spelling to aliases")
    if meta is None:
        if any(ch.isupper() for ch in term[1:]) or _is_abbreviation(term):
            entry["case"] = "exact"
            review.append("case 'exact' guessed from the spelling")
        else:
            review.append("case 'sentence' guessed; set 'exact' for a name spelled one way everywhere")
    else:
        entry.update({k: v for k, v in meta.items() if k != "definition"})
    if meta is None:  # with the exporter's metadata, the entry says it all
        spelling = term if entry.get("case") == "exact" else term.lower()
        if is_everyday_term(spelling):
            entry["autolink"] = False
            review.append(
                "not linked automatically: an everyday English word; set 'autolink: true' to link it"
            )
    see = []
    found = _SEE.search(body)
    if found:
        for title, target in _LINK.findall(found.group(1)):
            doc = re.sub(r"^\./|\.(md|mdx|rst|html)$", "", target.split("#")[0]).lstrip("/")
            see.append({"title": title, "doc": doc})
        body = body[: found.start()]
    entry["definition"] = body.strip()
    if see:
        entry["see"] = see
    order = [
        "id",
        "term",
        "sense",
        "expansion",
        "abbreviation",
        "also",
        "case",
        "spelling",
        "aliases",
        "variants",
        "homonym",
        "autolink",
        "definition",
        "see",
        "related",
    ]
    return {k: entry[k] for k in order if k in entry}, review


def import_markdown(source: str) -> Imported:
    from .sources.markdown import _parser

    tokens = _parser().parse(source)
    lines = source.splitlines()
    result = Imported()
    raw: list[tuple[str, str, dict[str, Any] | None]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.type == "heading_open" and tok.tag == "h1" and result.title is None:
            result.title = tokens[i + 1].content
        elif tok.type == "paragraph_open" and result.title and not raw and result.intro is None:
            result.intro = tokens[i + 1].content
        elif tok.type == "heading_open" and tok.tag == "h3":
            heading = tokens[i + 1].content
            body_lines: list[str] = []
            meta = None
            j = i + 3
            while j < len(tokens) and tokens[j].type != "heading_open":
                block = tokens[j]
                if block.type == "html_block" and (m := _METADATA.match(block.content)):
                    meta = json.loads(m.group(1))
                elif (
                    block.level == 0
                    and block.map
                    and block.type.endswith("_open")
                    or block.type in ("math_block", "fence")
                ):
                    body_lines += lines[block.map[0] : block.map[1]] if block.map else []
                j += 1
            raw.append((heading, "\n".join(body_lines), meta))
            i = j
            continue
        i += 1
    _finish(result, raw)
    return result


def import_rest(source: str) -> Imported:
    from docutils import nodes, utils
    from docutils.parsers.rst import Parser

    from .sources import rest

    document = utils.new_document("glossary.rst", rest._settings())
    with rest._sphinx_stand_ins():
        Parser().parse(source, document)
    result = Imported()
    title = next(iter(document.findall(nodes.title)), None)
    result.title = title.astext() if title else None
    first = next(iter(document.findall(nodes.paragraph)), None)
    if first is not None and not isinstance(first.parent, nodes.definition):
        result.intro = first.astext()
    raw: list[tuple[str, str, dict[str, Any] | None]] = []
    for item in document.findall(nodes.definition_list_item):
        heading = item.next_node(nodes.term).astext()
        definition = item.next_node(nodes.definition)
        meta = None
        for comment in definition.findall(nodes.comment):
            if m := _METADATA.match(".. " + comment.astext()):
                meta = json.loads(m.group(1))
        paragraphs = [p for p in definition.children if isinstance(p, nodes.paragraph)]
        body = " ".join(_rest_inline(p) for p in paragraphs)
        raw.append((heading, body, meta))
    _finish(result, raw)
    return result


def _rest_inline(paragraph: Any) -> str:
    """A definition paragraph back as Markdown-style text: math as ``$...$``,
    ``:doc:`` links (literals under the stand-ins) as ``[title](./doc.md)``."""
    from docutils import nodes

    out = []
    for child in paragraph.children:
        if isinstance(child, nodes.math):
            out.append(f"${child.astext()}$")
        elif isinstance(child, nodes.literal) and ":doc:" in child.rawsource:
            m = re.match(r"(.*) <(.+)>$", child.astext())
            title, doc = (m.group(1), m.group(2)) if m else (child.astext(), child.astext())
            out.append(f"[{title}](./{doc.lstrip('/')}.md)")
        else:
            out.append(child.astext())
    return "".join(out).replace("\n", " ")


def _finish(result: Imported, raw: list[tuple[str, str, dict[str, Any] | None]]) -> None:
    matches = [(h, _HEADING.match(h)) for h, _, _ in raw]
    names = Counter(m.group(1) if m else h for h, m in matches)
    senses = {name for name, n in names.items() if n > 1}
    for heading, body, meta in raw:
        entry, review = _entry(heading, body, meta, senses)
        if review:
            result.review[len(result.terms)] = review
        result.terms.append(entry)


def to_yaml(imported: Imported) -> str:
    """The glossary YAML, with a ``# review:`` comment over each entry that needs one."""
    head: dict[str, Any] = {"version": 1}
    if imported.title:
        head["title"] = imported.title
    if imported.intro:
        head["intro"] = imported.intro
    out = [
        "# yaml-language-server: $schema=glossary.schema.json",
        "# Imported by glossary-lint; review the entries marked '# review:'.",
        yaml.safe_dump(head, allow_unicode=True, sort_keys=False, width=10_000).rstrip(),
        "terms:",
    ]
    for index, entry in enumerate(imported.terms):
        for remark in imported.review.get(index, []):
            out.append(f"  # review: {remark}")
        block = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=10_000)
        out.append("\n".join("  " + line for line in block.rstrip().splitlines()))
    return "\n".join(out) + "\n"
