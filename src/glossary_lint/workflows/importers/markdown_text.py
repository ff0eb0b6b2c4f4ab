"""Shared by the Markdown readers: the page's token stream and the plain
text a reader sees in an inline span (a name written as code, bold or a
role is the same name)."""

from __future__ import annotations

import re
import sys
import textwrap
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ...sources.anchors import heading_attributes
from ..conversion.roles import shown_text


def parser() -> MarkdownIt:
    """The checker's parser, definition lists included, so import and check
    read a page alike (built once: building one costs more than a short parse)."""
    from ...sources.markdown import _parser

    return _parser()


def parse(source: str) -> tuple[list[Token], dict[str, Any]]:
    """Tokens and env; Hugo's TOML front matter (``+++``) is read with tomllib,
    its title kept in ``env["title"]`` and its lines blanked (line numbers stay)."""
    env: dict[str, Any] = {}
    lines = source.split("\n")
    if lines and lines[0].strip() == "+++":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "+++"), 0)
        if end:
            if sys.version_info >= (3, 11):
                import tomllib
            else:  # pragma: no cover - Python 3.10 only
                import tomli as tomllib
            try:
                title = tomllib.loads("\n".join(lines[1:end])).get("title")
            except tomllib.TOMLDecodeError:
                title = None
            if isinstance(title, str):
                env["title"] = title
            source = "\n" * end + "\n".join(lines[end:])[3:]
    return parser().parse(source, env), env


def plain(children: list[Token] | None) -> str:
    out = []
    for tok in children or []:
        if tok.type in ("text", "code_inline", "math_inline"):
            out.append(tok.content)
        elif tok.type == "myst_role":
            out.append(shown_text(tok.content, str(tok.meta.get("name", ""))))
        elif tok.type in ("softbreak", "hardbreak"):
            out.append(" ")
        elif tok.type == "image":
            out.append(plain(tok.children))
    return re.sub(r"\s+", " ", "".join(out)).strip()


def heading_text(children: list[Token] | None) -> tuple[str, str | None]:
    """A heading's text as :func:`plain` gives it, without a trailing attribute
    block, and the anchor (``#id``) that block names, if any."""
    text = plain(children)
    found = heading_attributes(text)
    if found is None or found[0] == 0:
        return text, None
    return text[: found[0]], found[1]


def ends_in_code(children: list[Token] | None) -> bool:
    """Whether the last text :func:`plain` shows of ``children`` is code."""
    shown = [tok for tok in children or [] if tok.type in ("text", "code_inline") and tok.content.strip()]
    return bool(shown) and shown[-1].type == "code_inline"


def source_lines(lines: list[str], tokens: list[Token]) -> str:
    """The source of a run of top-level blocks, dedented, as written."""
    spans = [t.map for t in tokens if t.map and t.level == 0]
    if not spans:
        return ""
    start, end = min(s[0] for s in spans), max(s[1] for s in spans)
    return textwrap.dedent("\n".join(lines[start:end])).strip("\n")


def page_title(tokens: list[Token], env: dict[str, Any]) -> tuple[str | None, int]:
    """The page's ``# Title`` (else its front matter's) and the index of the token after it."""
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open" and tok.tag == "h1":
            return heading_text(tokens[i + 1].children)[0], i + 3
        if tok.type == "heading_open":
            break
    for tok in tokens:
        if tok.type == "front_matter":
            found = re.search(r"^title:\s*(.+)$", tok.content, re.M)
            if found:
                return found.group(1).strip().strip("'\""), 0
    return env.get("title"), 0


def intro(tokens: list[Token], start: int, stop: int, lines: list[str]) -> str | None:
    """The paragraphs between the title and the first entry, as written."""
    paragraphs = [
        tokens[i]
        for i in range(start, min(stop, len(tokens)))
        if tokens[i].type == "paragraph_open" and tokens[i].level == 0
    ]
    text = "\n\n".join(source_lines(lines, [p]) for p in paragraphs)
    return text or None
