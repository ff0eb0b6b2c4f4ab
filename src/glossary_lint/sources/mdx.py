"""MDX (Docusaurus and friends): the Markdown of a ``.mdx`` file without its JSX.

MDX adds to Markdown what is never prose: ``import``/``export`` lines
(ECMAScript modules), JSX tags that may span lines (``<Tabs
groupId="os">``), and ``{...}`` expressions.  CommonMark would read most
of that as paragraphs.  :func:`mdx_masked` blanks each of them to spaces,
keeping every line break and offset, so the Markdown front-end parses
what is left (the prose between and inside components) at the right
places.  Code spans and fenced code are left as they are.
"""

from __future__ import annotations

from ..lazy_re import lazy_compile
from .segments import PLACEHOLDER

_FENCE = lazy_compile(r" {0,3}(`{3,}|~{3,})")
_ESM = lazy_compile(
    r"(?:import\s+(?:type\s+)?[\w*{'\"]|export\s+(?:const|let|var|default|function|class|async|type|interface|\{|\*))"
)
_TAG = lazy_compile(r"</?[A-Za-z][\w.-]*(?=[\s/>{])|<>|</>")
#: A tag or expression longer than this is taken for prose with a stray bracket.
_MAX_SPAN = 4000


def mdx_masked(source: str) -> str:
    """``source`` with its ESM blocks, JSX tags and expressions blanked."""
    out = list(source)
    code: list[tuple[int, int]] = []
    offset = 0
    fence: tuple[str, int] | None = None
    in_esm = False
    blank_before = True
    for line in source.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        marker = _FENCE.match(line)
        if fence is not None:
            if marker and marker.group(1)[0] == fence[0][0] and len(marker.group(1)) >= len(fence[0]):
                code.append((fence[1], end))
                fence = None
        elif marker:
            fence = (marker.group(1), start)
        elif in_esm or (blank_before and _ESM.match(line)):
            in_esm = bool(line.strip())
            _blank(out, start, end)
        blank_before = not line.strip() or line.strip() == "---"  # or front matter's end
    if fence is not None:
        code.append((fence[1], len(source)))
    _mask_inline(source, out, code)
    return "".join(out)


def _mask_inline(source: str, out: list[str], code: list[tuple[int, int]]) -> None:
    """Blank tags and expressions outside fenced code and code spans."""
    i, n = 0, len(source)
    blocks = iter(code)
    block = next(blocks, None)
    while i < n:
        if block is not None and i >= block[0]:
            i = max(i, block[1])
            block = next(blocks, None)
            continue
        c = source[i]
        if c == "`":
            j = i
            while j < n and source[j] == "`":
                j += 1
            close = source.find(source[i:j], j, min(n, j + _MAX_SPAN))
            i = close + (j - i) if close >= 0 else j
            continue
        if c == "\\":
            i += 2
            continue
        end = None
        if c == "{":
            end = _closing(source, i, "{", "}")
        elif c == "<" and _TAG.match(source, i):
            end = _closing(source, i, "<", ">")
        if end is not None:
            _blank(out, i, end)
            line_start = source.rfind("\n", 0, i) + 1
            if source[line_start:i].strip():  # inside a line of prose: words must not join across it
                out[i] = PLACEHOLDER
            i = end
        else:
            i += 1


def _closing(source: str, start: int, opening: str, closing: str) -> int | None:
    """Offset past the bracket closing the one at ``start``; quotes and nested
    braces are stepped over.  None if it is not closed soon enough."""
    depth = 0
    quote: str | None = None
    i = start
    stop = min(len(source), start + _MAX_SPAN)
    while i < stop:
        c = source[i]
        if quote:
            if c == "\\":
                i += 2
                continue
            if c == quote:
                quote = None
        elif c in "\"'`" and (opening == "{" or depth > 0):
            quote = c
        elif c == "{" and opening == "<":
            end = _closing(source, i, "{", "}")
            if end is None:
                return None
            i = end
            continue
        elif c == opening:
            depth += 1
        elif c == closing:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return None


def _blank(out: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if out[i] not in "\r\n":
            out[i] = " "
