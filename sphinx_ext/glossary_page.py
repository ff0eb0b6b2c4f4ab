"""The ``yaml-glossary`` directive: the glossary page rendered from the YAML.

Every entry becomes a standard-domain glossary term, made by the same
function Sphinx's own ``glossary`` directive uses, so ``:term:`` and MyST
``{term}`` references, the general index and intersphinx work as usual.
Anchors are the entries' stable ids.  Each entry is also registered under
its other names (spelling, abbreviation, expansion, aliases), except a name
two entries share (the senses of ``quantization``), which stays ambiguous.
Each definition is parsed as reST: one written in reST (an imported Sphinx
glossary) as it is, a Markdown one after conversion
(:mod:`glossary_lint.workflows.conversion`), so its lists, code, math and links
render and nothing in its text becomes a directive.  "See" links become
``doc`` references, so a missing chapter is a build warning rather than a
dead link.  Each name also keeps the anchor Sphinx's own ``glossary``
gives it (``term-root-document``), so links into a replaced page still work.
"""

from __future__ import annotations

from typing import Any, ClassVar

from docutils import nodes
from docutils.statemachine import StringList
from sphinx import addnodes
from sphinx.domains.std import make_glossary_term
from sphinx.util.docutils import SphinxDirective

from glossary_lint.glossary.model import Glossary, Markup, Term
from glossary_lint.matching.words import capitalize_first, title_case
from glossary_lint.workflows.conversion import convert

from .settings import state


class YamlGlossary(SphinxDirective):
    has_content = False
    required_arguments = 0
    optional_arguments = 0
    option_spec: ClassVar[dict[str, Any]] = {}

    def run(self) -> list[nodes.Node]:
        current = state(self.config)
        self.env.note_dependency(str(current.glossary_path))
        glossary = current.linter.glossary
        pages = self.env.__dict__.setdefault("glossary_lint_pages", set())
        pages.add(self.env.docname)
        source, line = self.get_source_info()
        entries = nodes.definition_list(classes=["glossary"])
        shared = _shared_names(glossary)
        for term in glossary:
            entries += self.entry(term, shared, source, line)
        # A standard glossary node, which every builder can write; the page is
        # known by its docname (glossary_lint_pages), so nothing in it is linted.
        glossary_node = addnodes.glossary()
        glossary_node["sorted"] = False  # the YAML's order is the page's order
        glossary_node += entries
        return [glossary_node]

    def entry(self, term: Term, shared: set[str], source: str, line: int) -> nodes.definition_list_item:
        title = make_glossary_term(
            self.env, [nodes.Text(term.heading)], None, source, line, term.id, self.state.document
        )
        std: Any = self.env.get_domain("std")
        for name in _other_names(term):
            if name.casefold() not in shared and name.casefold() != term.heading.casefold():
                std._note_term(name, term.id, location=title)  # noqa: SLF001 - as make_glossary_term does
        self.sphinx_anchors(title, term)
        definition = nodes.definition()
        text = convert(term.definition, term.markup, Markup.REST)
        self.state.nested_parse(StringList(text.split("\n"), source), 0, definition)
        notes = []
        if term.aliases:
            notes.append("Also written: " + ", ".join(term.aliases) + ".")
        if term.variants:
            notes.append("Not: " + ", ".join(term.variants) + ".")
        if notes:
            definition += nodes.paragraph("", " ".join(notes), classes=["glossary-lint-spellings"])
        if term.see:
            see = nodes.paragraph("", "See ")
            for i, link in enumerate(term.see):
                if i:
                    see += nodes.Text(", ")
                if not self.config.glossary_lint_chapter_links:
                    see += nodes.emphasis("", link.title)  # a site without the handbook's chapters
                    continue
                ref = addnodes.pending_xref(
                    "",
                    refdomain="std",
                    reftype="doc",
                    reftarget="/" + link.doc,
                    refexplicit=True,
                    refwarn=True,
                    refdoc=self.env.docname,
                )
                ref += nodes.inline("", link.title, classes=["xref", "std", "std-doc"])
                see += ref
            see += nodes.Text(".")
            definition += see
        item = nodes.definition_list_item()
        item += title
        item += definition
        return item

    def sphinx_anchors(self, title: nodes.term, term: Term) -> None:
        """The ids Sphinx's ``glossary`` gives each term line of the entry."""
        from sphinx.util.nodes import _make_id

        document = self.state.document
        names = [term.heading, *term.aliases]
        # an alias is kept in its running-text case; the page may have capitalised it
        names += [form(alias) for alias in term.aliases for form in (capitalize_first, title_case)]
        for name in dict.fromkeys(names):
            anchor = _make_id("term-" + name)
            if anchor != "term" and anchor not in document.ids:
                title["ids"].append(anchor)
                document.ids[anchor] = title


def _other_names(term: Term) -> set[str]:
    names = {term.term, term.spelling, *term.aliases}
    names.update(x for x in (term.abbreviation, term.expansion, term.also) if x)
    return names


def _shared_names(glossary: Glossary) -> set[str]:
    seen: dict[str, str] = {}
    shared: set[str] = set()
    for term in glossary:
        for name in _other_names(term):
            key = name.casefold()
            if seen.setdefault(key, term.id) != term.id:
                shared.add(key)
    return shared


def purge(app: Any, env: Any, docname: str) -> None:
    env.__dict__.setdefault("glossary_lint_pages", set()).discard(docname)


def merge(app: Any, env: Any, docnames: set[str], other: Any) -> None:
    env.__dict__.setdefault("glossary_lint_pages", set()).update(
        other.__dict__.get("glossary_lint_pages", set())
    )


def setup(app: Any) -> None:
    app.add_directive("yaml-glossary", YamlGlossary)
    app.connect("env-purge-doc", purge)
    app.connect("env-merge-info", merge)
