"""reST (with Sphinx's roles and directives) to Markdown.

Parses with docutils under light stand-ins for Sphinx's markup (file
inclusion and raw output disabled) and writes the doctree as CommonMark
with ``$...$`` math.  Cross-references keep what a reader sees: ``:ref:``
and ``:doc:`` their title, ``:term:`` its text, code roles their target as
code, ``:pep:`` "PEP 8".  Text is escaped, so nothing in it becomes HTML or
Markdown markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from docutils import nodes, utils
from docutils.parsers.rst import Directive, Parser, directives, roles

from .roles import shown_text

#: Roles whose text names code: written as inline code.
CODE_ROLES = frozenset(
    "class func meth attr mod obj data exc const envvar option program file samp command "
    "confval code literal kbd makevar mimetype regexp var".split()
)
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>$&|~])")
_LINE_START = re.compile(r"^([#>+=-]|\d+[.)])")


def rest_to_markdown(text: str) -> str:
    from ...sources.rest import _settings

    document = utils.new_document("<definition>", _settings())
    with _stand_ins():
        Parser().parse(text, document)
    return _blocks(document.children).strip("\n")


def _xref_role(name, rawtext, text, lineno, inliner, options=None, content=None):  # type: ignore[no-untyped-def]
    """A Sphinx cross-reference: its explicit title, else its target."""
    shown = shown_text(utils.unescape(text))
    role = name.rsplit(":", 1)[-1]
    if role in CODE_ROLES:
        return [nodes.literal(rawtext, shown)], []
    return [nodes.inline(rawtext, shown)], []


class _Code(Directive):
    has_content = True
    optional_arguments = 1
    option_spec = None

    def run(self) -> list[nodes.Node]:
        block = nodes.literal_block("\n".join(self.content), "\n".join(self.content))
        block["language"] = self.arguments[0] if self.arguments else ""
        return [block]


class _Titled(Directive):
    """An admonition-like Sphinx directive: its body with a bold title."""

    has_content = True
    optional_arguments = 64
    final_argument_whitespace = True
    option_spec = None

    def run(self) -> list[nodes.Node]:
        box = nodes.admonition()
        title = self.name.replace("seealso", "see also").capitalize()
        if self.arguments:
            title += " " + " ".join(self.arguments)
        box += nodes.title(title, title)
        self.state.nested_parse(self.content, self.content_offset, box)
        return [box]


class _AnyRole(dict):
    """A role table that knows every role name: Sphinx's and extensions'."""


@contextmanager
def _stand_ins() -> Iterator[None]:
    from ...sources.rest import _sphinx_stand_ins

    with _sphinx_stand_ins():
        saved_lookup = roles.role
        for name in ("code-block", "sourcecode", "code", "highlight"):
            directives.register_directive(name, _Code)
        for name in ("seealso", "versionadded", "versionchanged", "deprecated", "versionremoved", "todo"):
            directives.register_directive(name, _Titled)

        def lookup(role_name: str, language: Any, lineno: int, reporter: Any) -> Any:
            if role_name in ("pep", "rfc", "math", "emphasis", "strong", "literal", "sub", "sup"):
                return saved_lookup(role_name, language, lineno, reporter)
            return _xref_role, []

        roles.role = lookup  # type: ignore[assignment]
        try:
            yield
        finally:
            roles.role = saved_lookup  # type: ignore[assignment]


def _blocks(children: Any, joiner: str = "\n\n") -> str:
    parts = [_block(child) for child in children]
    return joiner.join(p for p in parts if p)


def _prefix(text: str, first: str, rest: str) -> str:
    lines = text.split("\n")
    return "\n".join((first if i == 0 else rest if line else "") + line for i, line in enumerate(lines))


def _block(node: nodes.Node) -> str:
    if isinstance(node, nodes.paragraph):
        text = _inline(node.children).strip()
        return _LINE_START.sub(
            lambda m: (
                "\\" + m.group(0) if not m.group(0)[0].isdigit() else m.group(0)[:-1] + "\\" + m.group(0)[-1]
            ),
            text,
        )
    if isinstance(node, (nodes.bullet_list, nodes.enumerated_list)):
        ordered = isinstance(node, nodes.enumerated_list)
        items = []
        for number, item in enumerate(node.children, 1):
            marker = f"{number}. " if ordered else "- "
            items.append(_prefix(_blocks(item.children) or "\\", marker, " " * len(marker)))
        return "\n".join(items)
    if isinstance(node, nodes.definition_list):
        items = []
        for item in node.children:
            term = _inline(item.next_node(nodes.term).children)
            definition = item.next_node(nodes.definition)
            items.append(
                _prefix(f"**{term}**: " + _blocks(definition.children if definition else []), "- ", "  ")
            )
        return "\n".join(items)
    if isinstance(node, nodes.literal_block):
        body = node.astext()
        fence = "```"
        while fence in body:
            fence += "`"
        language = node.get("language", "") or (node["classes"][1] if len(node["classes"]) > 1 else "")
        language = language if re.match(r"^[\w+#.-]*$", language) else ""
        return f"{fence}{language}\n{body}\n{fence}"
    if isinstance(node, nodes.math_block):
        return "$$\n" + node.astext() + "\n$$"
    if isinstance(node, nodes.block_quote):
        return _prefix(_blocks(node.children), "> ", "> ")
    if isinstance(node, nodes.Admonition):
        title = node.next_node(nodes.title)
        label = title.astext() if title is not None else node.tagname.capitalize()
        body = _blocks(c for c in node.children if not isinstance(c, nodes.title))
        return _prefix(f"**{escape_markdown(label)}:** {body}", "> ", "> ")
    if isinstance(node, (nodes.comment, nodes.system_message, nodes.target, nodes.substitution_definition)):
        return ""
    if isinstance(node, (nodes.container, nodes.section, nodes.compound)):
        return _blocks(node.children)
    if isinstance(node, (nodes.title, nodes.rubric)):
        return "**" + _inline(node.children) + "**"
    if isinstance(node, nodes.Text):
        return escape_markdown(node.astext())
    text = node.astext().strip()
    return "```\n" + text + "\n```" if "\n" in text else escape_markdown(text)  # tables and the like


def escape_markdown(text: str) -> str:
    """Text that Markdown shows as written (no markup, no HTML, no math)."""
    return _MD_SPECIAL.sub(r"\\\1", text.replace("\n", " "))


def _safe_uri(uri: str) -> bool:
    """A link target a Markdown page may carry: web, mail or relative, never
    ``javascript:`` or ``data:``."""
    scheme = re.match(r"^\s*([a-z][a-z0-9+.-]*):", uri, re.I)
    return bool(uri) and (scheme is None or scheme.group(1).lower() in ("http", "https", "mailto", "ftp"))


def _code(text: str) -> str:
    text = text.replace("\n", " ")
    ticks = "`"
    while ticks in text:
        ticks += "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def _inline(children: Any) -> str:
    out = []
    for node in children:
        if isinstance(node, nodes.Text):
            out.append(escape_markdown(node.astext()))
        elif isinstance(node, nodes.literal):
            out.append(_code(node.astext()))
        elif isinstance(node, nodes.emphasis):
            out.append(f"*{_inline(node.children)}*")
        elif isinstance(node, nodes.strong):
            out.append(f"**{_inline(node.children)}**")
        elif isinstance(node, nodes.math):
            out.append(f"${node.astext()}$")
        elif isinstance(node, nodes.reference) and _safe_uri(node.get("refuri", "")):
            href = re.sub(r"[\s()<>]", lambda m: f"%{ord(m.group(0)):02X}", node["refuri"])
            out.append(f"[{_inline(node.children)}]({href})")
        elif isinstance(node, (nodes.target, nodes.system_message, nodes.comment)):
            continue
        elif isinstance(node, nodes.Element):
            out.append(_inline(node.children))
    return "".join(out)
