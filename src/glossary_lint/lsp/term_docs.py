"""A glossary entry as the editor shows it: hover text and completion items.

The definition is Markdown already (the glossary's own format); math is
wrapped in code spans so that ``$x_i$`` stays as written instead of turning
into emphasis.  Names from the glossary are escaped: they are data.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .adapter import SpellingKind, Term

_MATH = re.compile(r"\$\$.*?\$\$|\$[^$\n]+\$", re.S)
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def escape(text: str) -> str:
    """``text`` shown literally in Markdown."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def math_as_source(definition: str) -> str:
    def code(match: re.Match[str]) -> str:
        body = match.group(0)
        fence = "``" if "`" in body else "`"
        return f"{fence} {body} {fence}" if fence == "``" else f"`{body}`"

    return _MATH.sub(code, definition)


def hover_markdown(term: Term, chapter_link: Callable[[str], str | None]) -> str:
    """Heading, definition, other spellings and "See" links of ``term``.

    ``chapter_link`` turns a chapter path into a link target (or None when
    the chapter is not found), so the links open the handbook's own files.
    """
    parts = [f"**{escape(term.heading)}**", math_as_source(term.definition)]
    accepted = [s.text for s in term.spellings() if s.kind is not SpellingKind.VARIANT]
    wrong = list(term.variants)
    spellings = f"Write: {', '.join(f'`{s}`' for s in dict.fromkeys(accepted))}"
    if wrong:
        spellings += f"; not: {', '.join(f'`{s}`' for s in wrong)}"
    parts.append(spellings)
    if term.see:
        links = []
        for link in term.see:
            target = chapter_link(link.doc)
            title = escape(link.title)
            links.append(f"[{title}]({target})" if target else f"{title} (`{link.doc}`)")
        parts.append("See: " + ", ".join(links))
    return "\n\n".join(parts)


def canonical(term: Term, typed: str) -> str:
    """The spelling to complete ``typed`` with: the entry's running-text
    form, with a capital first letter when the writer typed one and the
    entry allows it (a sentence start)."""
    spelling = term.spelling
    if typed[:1].isupper() and spelling[:1].islower() and term.case.value == "sentence":
        return spelling[:1].upper() + spelling[1:]
    return spelling


def starts_with(term: Term, typed: str) -> bool:
    """Does any spelling or name of the entry begin with what was typed?"""
    folded = typed.casefold()
    names = (term.term, *(s.text for s in term.spellings() if s.kind is not SpellingKind.VARIANT))
    return any(name.casefold().startswith(folded) for name in names)
