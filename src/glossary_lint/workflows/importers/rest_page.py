"""Reader for a reST page with Sphinx ``.. glossary::`` directives, or, on a
page without one, a table of terms and definitions (:mod:`.table_columns`),
a definition list (:mod:`.rest_definition_lists`), anchored headwords
(:mod:`.rest_anchored`) or a section per term (:mod:`.rest_sections`),
whichever gives more entries.

docutils parses the page (under the same Sphinx stand-ins the linter uses)
and finds the title, the introduction and each glossary directive; a
stand-in ``glossary`` directive hands the directive's body to Sphinx's own
item splitting.  Each definition is kept as its reST source, so roles,
lists, code and math survive; names are the term lines as docutils reads
them (``\\_\\_init\\_\\_`` is ``__init__``).
"""

from __future__ import annotations

import re
from typing import Any

from ...glossary.model import Markup
from . import sphinx_items
from .headwords import headword
from .metadata import split_metadata
from .page import Page, PageEntry
from .rest_anchored import anchored_entries, anchored_headwords
from .rest_bold_items import bold_entries, bold_items, holder
from .rest_definition_lists import glossary_lists, list_entries, sections_group
from .rest_sections import section_entries, term_sections
from .sphinx_items import NestedGlossary, in_page_order, lift_nested, split_classifier, split_items
from .table_columns import Cell, Table, readable_rows, table_entries

#: A glossary directive's first line, where a definition may hold one.
_NESTED = re.compile(r"^[ \t]*\.\.[ \t]+glossary::", re.M)


def read_rest_page(source: str) -> Page:
    from docutils import nodes

    document, page, found = _read_glossaries(source)
    if found:
        return page
    tables = list(document.findall(nodes.table))
    read = [_table(node) for node in tables]
    sections, lists = term_sections(document), glossary_lists(document)
    bullets = bold_items(document)
    rows, items = readable_rows(read), sum(len(found) for found in lists) + len(bullets)
    anchored = anchored_headwords(document)
    if (
        anchored
        and len(anchored) >= items
        and len(anchored) > rows
        and (
            not sections.terms or sections_group(sections.terms, [a.parent for a in anchored], len(anchored))
        )
    ):
        page.title = _title_text(sections.title)
        page.intro = _intro(document, anchored[0].headword)
        page.entries = anchored_entries(anchored, source, _name)
        return page
    holders = [f.parent for f in lists] + [holder(item.parent) for item in bullets]
    if items > rows and (not sections.terms or sections_group(sections.terms, holders, items)):
        page.title = _title_text(sections.title)
        page.intro = _intro(document, lists[0] if lists else bullets[0].parent)
        page.entries = list_entries(lists, source, _name) + bold_entries(bullets, source, _name)
        return page
    if sections.terms and rows <= len(sections.terms):
        # a section per term; tables, if any, are parts of definitions
        page.title = _title_text(sections.title)
        page.intro = _intro(document, sections.terms[0])
        page.entries = section_entries(sections, source, _name)
        return page
    page.intro = _intro(document, tables[0] if tables else None)
    if tables:
        page.entries = table_entries(read)
    return page


def read_rest_glossaries(source: str) -> Page:
    """The page with the entries of its ``.. glossary::`` directives only
    (reST a MyST page embeds in an ``{eval-rst}`` block)."""
    return _read_glossaries(source)[1]


def _read_glossaries(source: str) -> tuple[Any, Page, list[Any]]:
    """The parsed document, the page with its glossary directives' entries
    (its title, and the introduction before the first), and those directives."""
    from docutils import nodes, utils
    from docutils.parsers.rst import Directive, Parser, directives
    from docutils.statemachine import StringList

    from ...sources import rest

    page = Page(Markup.REST)
    found: list[nodes.Element] = []
    #: While a definition is searched for glossaries of its own: its lines, and what they hold.
    searching: list[tuple[list[str], list[NestedGlossary]]] = []

    class GlossaryStandIn(Directive):
        has_content = True
        option_spec: Any = {"sorted": directives.flag}

        def run(self) -> list[nodes.Node]:
            groups: list[tuple[PageEntry, list[PageEntry]]] = []
            for item in split_items(list(self.content)):
                names, classifier, remarks = [], None, list[str]()
                for line in item.term_lines:
                    text, extra = split_classifier(line)
                    parsed, _ = self.state.inline_text(text, self.lineno)
                    shown = "".join(_shown(n) for n in parsed).strip()
                    names.append(headword(shown, _ends_in_code(parsed), remarks))
                    if extra and classifier is None:
                        parsed, _ = self.state.inline_text(extra, self.lineno)
                        classifier = "".join(n.astext() for n in parsed).strip()
                definition = item.definition
                inner = self._nested(definition) if _NESTED.search(definition) else []
                body, meta = split_metadata(lift_nested(definition, inner, ":term:`{}`"))
                entry = PageEntry(names, body, Markup.REST, meta, classifier, remarks=remarks)
                groups.append((entry, [e for block in inner for e in block.entries]))
            items, entries = in_page_order(groups, "sorted" in self.options)
            if searching:
                self._record_nested(items, entries)
                return []
            page.entries += entries
            marker = nodes.container(classes=["glossary-lint-glossary"])
            found.append(marker)
            return [marker]

        def _nested(self, definition: str) -> list[NestedGlossary]:
            """The glossaries docutils finds in the definition (not, say, one
            shown in a code block), each with its place among its lines."""
            if len(searching) >= sphinx_items.MAX_NESTING:
                return []
            lines = definition.split("\n")
            searching.append((lines, []))
            try:
                content = StringList(lines, items=[("definition", i) for i in range(len(lines))])
                self.state.nested_parse(content, 0, nodes.container())
            finally:
                _, blocks = searching.pop()
            return blocks

        def _record_nested(self, items: list[PageEntry], entries: list[PageEntry]) -> None:
            lines, blocks = searching[-1]
            offsets = [offset for source, offset in self.content.items if source == "definition"]
            if offsets:
                start = max((i for i in range(offsets[0]) if _NESTED.match(lines[i])), default=offsets[0])
                blocks.append(NestedGlossary(start, offsets[-1] + 1, items, entries))

    document = utils.new_document("glossary.rst", rest._settings())
    with rest._sphinx_stand_ins():
        directives.register_directive("glossary", GlossaryStandIn)
        Parser().parse(source, document)
    title = document.next_node(nodes.title)
    page.title = title.astext() if title is not None else None
    if found:
        page.intro = _intro(document, found[0])
    return document, page, found


def _name(node: Any, remarks: list[str]) -> str:
    """A section title's or a list item's term as the entry's name."""
    children = list(node.children)
    shown = "".join(_shown(n) for n in children).strip()
    return headword(shown, _ends_in_code(children), remarks)


def _title_text(section: Any) -> str | None:
    return section[0].astext() if section is not None else None


def _table(node: Any) -> Table:
    """A docutils table (grid, simple, ``list-table`` or ``csv-table``) as its cells."""
    from docutils import nodes

    # A list-table's node has no line; its first cell's paragraph has.
    line = node.line or next((n.line for n in node.findall(nodes.Element) if n.line), 0)
    table = Table(Markup.REST, line, [])
    for row in node.findall(nodes.row):
        cells = [_cell(entry) for entry in row.children if isinstance(entry, nodes.entry)]
        if isinstance(row.parent, nodes.thead):
            table.header = table.header or [cell.text for cell in cells]
        else:
            table.rows.append(cells)
    return table


def _cell(entry: Any) -> Cell:
    """A cell's text as shown, its blocks as written, and the link it is, if it is one."""
    from docutils import nodes

    shown = re.sub(r"\s+", " ", "".join(_shown(n) for p in entry.children for n in p.children)).strip()
    source = "\n\n".join((block.rawsource or block.astext()).strip() for block in entry.children)
    references = list(entry.findall(nodes.reference))
    link = None
    if len(references) == 1 and references[0].astext().strip() == shown:
        link = references[0].get("refuri")
    return Cell(shown, source, link)


def _shown(node: Any) -> str:
    """A term line's text as Sphinx shows it: a role by what it displays."""
    from docutils import nodes

    from ..conversion.roles import shown_text

    role = re.match(r"^:([\w.:+-]+):`(.*)`$", getattr(node, "rawsource", ""), re.S)
    if isinstance(node, nodes.literal) and role:
        return shown_text(node.astext(), role.group(1))
    return str(node.astext())


def _ends_in_code(parsed: list[Any]) -> bool:
    """Whether a term line's last shown text is code (a literal or a role)."""
    from docutils import nodes

    shown = [n for n in parsed if n.astext().strip()]
    return bool(shown) and isinstance(shown[-1], nodes.literal)


def _intro(document: Any, first_glossary: Any) -> str | None:
    """The paragraphs before the first glossary, as written."""
    from docutils import nodes

    paragraphs = []
    for node in document.findall(lambda n: isinstance(n, nodes.paragraph) or n is first_glossary):
        if node is first_glossary:
            break
        if isinstance(node.parent, (nodes.document, nodes.section)):
            paragraphs.append(node.rawsource.strip())
    return "\n\n".join(p for p in paragraphs if p) or None
