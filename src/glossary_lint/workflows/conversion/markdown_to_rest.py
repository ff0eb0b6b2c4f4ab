"""Markdown (CommonMark with MyST roles and ``$...$`` math) to reST.

Walks markdown-it-py's syntax tree and writes each node as the reST that
shows the same thing.  Text is escaped so that nothing the author wrote as
words becomes markup: a paragraph starting with ``.. include::`` stays a
paragraph, raw HTML and unknown directive fences become literal blocks.
Only what Markdown itself marks up (emphasis, code, links, math, MyST
roles and admonitions) is written as reST markup.
"""

from __future__ import annotations

import re

from markdown_it.tree import SyntaxTreeNode

#: MyST directives that are safe to carry over: their body is prose.
ADMONITIONS = frozenset("note tip hint important caution warning attention danger error seealso".split())
_ROLE_START = re.compile(r"^:[A-Za-z][\w.:+-]*:`")
_ROLE_NAME = re.compile(r"^[A-Za-z][\w.:+-]*$")
_LANGUAGE = re.compile(r"^[\w+#.-]+$")
#: Characters reST may read as inline markup; each is escaped in text.
_INLINE_SPECIAL = re.compile(r"([\\`*_|])")
#: The start of a line reST reads as a list item (``1.``, ``a)``, ``#.``).
_ENUMERATOR = re.compile(r"^(\d+|[A-Za-z]|[ivxlcdmIVXLCDM]+|#)([.)])(\s|$)")
#: Before inline markup, reST wants whitespace or one of these.
_OPENERS = " \t\n'\"([{<-/:"
#: After inline markup, reST wants whitespace or one of these.
_CLOSERS = " \t\n'\")]}>-/:.,;!?\\"


def markdown_to_rest(text: str) -> str:
    from ...sources.markdown import _parser

    tokens = _parser().parse(text)
    lines = text.splitlines()
    return _blocks(SyntaxTreeNode(tokens).children, lines).strip("\n")


def _blocks(nodes: list[SyntaxTreeNode], lines: list[str]) -> str:
    parts = [_block(node, lines) for node in nodes]
    return "\n\n".join(p for p in parts if p)


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line if line else "" for line in text.split("\n"))


def _source(node: SyntaxTreeNode, lines: list[str]) -> str:
    if node.map is None:
        return node.content
    return "\n".join(lines[node.map[0] : node.map[1]])


def _literal_block(body: str, language: str = "") -> str:
    head = f".. code-block:: {language}" if language and _LANGUAGE.match(language) else "::"
    if not body.strip():
        body = "(empty)"
    return head + "\n\n" + _indent(body.rstrip("\n"), "   ")


def _block(node: SyntaxTreeNode, lines: list[str]) -> str:
    kind = node.type
    if kind == "paragraph":
        return _paragraph(node.children[0] if node.children else node)
    if kind == "heading":
        return "**" + _plain(node.children[0]) + "**"
    if kind in ("bullet_list", "ordered_list"):
        marker = "- " if kind == "bullet_list" else "#. "
        items = []
        for item in node.children:
            body = _blocks(item.children, lines) or "\\"
            items.append(marker + _indent(body, " " * len(marker))[len(marker) :])
        return "\n".join(items)
    if kind == "dl":  # ``Term`` over ``: definition``: a reST definition list
        return "\n".join(_definition_part(item, lines) for item in node.children if item.children)
    if kind == "blockquote":
        return _indent(_blocks(node.children, lines), "   ")
    if kind in ("fence", "code_block", "colon_fence"):
        info = node.info.strip()
        directive = re.match(r"^\{([\w-]+)\}\s*(.*)$", info)
        if directive and directive.group(1) in ADMONITIONS:
            inner = markdown_to_rest(node.content)
            return f".. {directive.group(1)}::\n\n" + _indent(inner, "   ")
        if directive:  # another directive: shown as written, never run
            return _literal_block(_source(node, lines))
        return _literal_block(node.content, info.split()[0] if info else "")
    if kind in ("math_block", "math_block_label"):
        return ".. math::\n\n" + _indent(node.content.strip("\n"), "   ")
    if kind in ("hr", "front_matter", "myst_target", "myst_line_comment", "myst_block_break"):
        return ""
    return _literal_block(_source(node, lines))  # tables, raw HTML: shown, never run


def _definition_part(item: SyntaxTreeNode, lines: list[str]) -> str:
    """A definition list's term as a line, or its definition indented under it."""
    if item.type == "dt":
        return _paragraph(item.children[0])
    return _indent(_blocks(item.children, lines), "   ")


def _paragraph(inline: SyntaxTreeNode) -> str:
    return rest_line(_inline(inline.children))


def rest_line(text: str) -> str:
    """A line of inline reST that no block construct can claim: a leading
    ``..``, bullet, enumerator, ``>>>`` or field marker is escaped."""
    if (
        text
        and not text[0].isalnum()
        and not text.startswith(("\\", "*", "`"))
        and not _ROLE_START.match(text)
    ):
        text = "\\" + text  # '.. include::', '- x', '>>> x' stay words
    text = _ENUMERATOR.sub(lambda m: m.group(1) + "\\" + m.group(2) + m.group(3), text)
    if text.endswith("::"):
        text = text[:-1] + "\\:"
    return text


def escape_rest(text: str) -> str:
    """Text that reST shows as written (no inline markup)."""
    return _INLINE_SPECIAL.sub(r"\\\1", text)


def _plain(node: SyntaxTreeNode) -> str:
    """A node's text, escaped, without markup (reST does not nest inline markup)."""
    if node.type in ("text", "code_inline", "math_inline", "myst_role", "html_inline"):
        return escape_rest(node.content)
    if node.type in ("softbreak", "hardbreak"):
        return " "
    return "".join(_plain(child) for child in node.children)


def _inline(children: list[SyntaxTreeNode]) -> str:
    pieces: list[tuple[str, bool]] = []  # (text, is markup)
    for node in children:
        pieces.append(_inline_node(node))
    out = ""
    for index, (piece, markup) in enumerate(pieces):
        if markup:
            if out and out[-1] not in _OPENERS:
                out += "\\ "
            out += piece
            following = pieces[index + 1][0] if index + 1 < len(pieces) else ""
            if following and following[0] not in _CLOSERS:
                out += "\\ "
        else:
            out += piece
    return out


def _inline_node(node: SyntaxTreeNode) -> tuple[str, bool]:
    kind = node.type
    if kind in ("softbreak", "hardbreak"):
        return " ", False
    if kind == "text" or kind == "html_inline":
        return escape_rest(node.content), False
    if kind == "code_inline":
        code = node.content
        if code.strip() == code and code and "``" not in code and not code.endswith("`"):
            return f"``{code}``", True
        return escape_rest(code), False
    if kind == "em":
        return f"*{_plain(node)}*", True
    if kind == "strong":
        return f"**{_plain(node)}**", True
    if kind == "math_inline" and "`" not in node.content:
        return f":math:`{node.content}`", True
    if kind == "myst_role":
        name = str(node.meta.get("name", ""))
        if _ROLE_NAME.match(name) and "`" not in node.content:
            return f":{name}:`{node.content}`", True
        return escape_rest(node.content), False
    if kind == "link":
        return _link(_plain(node), str(node.attrs.get("href", "")))
    if kind == "image":
        return escape_rest(str(node.attrs.get("alt", "") or node.content)), False
    return _plain(node), False


def _link(label: str, href: str) -> tuple[str, bool]:
    label = label.replace("<", "\\<")
    if not href:
        return label, False
    if not re.match(r"^[a-z][a-z0-9+.-]*:", href, re.I) and re.search(r"\.mdx?(#|$)", href):
        doc = re.sub(r"\.mdx?(#.*)?$", "", href)
        doc = re.sub(r"^\./", "", doc)
        if re.match(r"^[\w./-]+$", doc):
            return f":doc:`{label} <{doc}>`", True
    href = re.sub(r"[\s<>`\\]", lambda m: f"%{ord(m.group(0)):02X}", href)
    return f"`{label} <{href}>`__", True
