"""Entry ids for any name: readable, stable, unique, and valid (lower-case
letters, digits, hyphens).

Letters and digits are kept as docutils keeps them; a symbol between two
words becomes a hyphen, a symbol at either end is spelled out, so ``>>>``,
``...``, ``C++`` and ``C`` get distinct ids.  A dunder (``__future__``) is
``dunder-future``.  A name with no Latin letters at all is spelled by code
point.  Clashes take ``-2``, ``-3`` in page order.
"""

from __future__ import annotations

import re
import unicodedata

_SYMBOLS = {
    ">": "gt", "<": "lt", ".": "dot", "*": "star", "+": "plus", "-": "minus", "=": "eq",
    "!": "bang", "?": "question", "@": "at", "#": "hash", "$": "dollar", "%": "percent",
    "&": "amp", "|": "pipe", "^": "caret", "~": "tilde", "/": "slash", "\\": "backslash",
    ":": "colon", ";": "semicolon", ",": "comma", "(": "lparen", ")": "rparen",
    "[": "lbracket", "]": "rbracket", "{": "lbrace", "}": "rbrace", "'": "quote",
    '"': "dquote", "`": "backtick", "_": "underscore",
}  # fmt: skip


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def _spelled(symbols: str) -> list[str]:
    return [_SYMBOLS.get(ch, f"u{ord(ch):x}") for ch in symbols if not ch.isspace()]


def name_id(name: str) -> str:
    name = name.strip().strip("`")
    dunder = re.fullmatch(r"__(\w+?)__", name)
    if dunder:
        return "dunder-" + name_id(dunder.group(1))
    text = re.sub(r"(?<=\w)\(\)$", "", _ascii(name))  # 'lambdify()' is the function 'lambdify'
    for opener, closer in ("()", "[]", "{}", "<>"):
        if text.endswith(closer) and opener in text[1:]:
            text = text[:-1]  # 'Function (class)': the bracket closes a part of the name
    core = re.search(r"[a-z0-9].*[a-z0-9]|[a-z0-9]", text)
    if core is None:
        parts = _spelled(name)
        return "-".join(parts) or "entry"
    words = re.sub(r"[^a-z0-9]+", "-", core.group(0)).strip("-")
    head = _spelled(text[: core.start()])
    tail = _spelled(text[core.end() :])
    return "-".join([*head, words, *tail])


def claim(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... whichever is free; it is then taken."""
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    taken.add(candidate)
    return candidate
