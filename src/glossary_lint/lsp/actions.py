"""Code actions: the fixer's replacements and the markup's suppression comments.

Nothing is detected here: a quick fix is a finding's own replacement, "fix
all" is :func:`apply_fixes` over the file's findings, and "disable" writes
the comment that :mod:`glossary_lint.sources.suppression` reads in that markup.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

from lsprotocol import types

from .adapter import MARKDOWN_SUFFIXES, Finding, apply_fixes
from .positions import Positions

FIX_ALL_TITLE = "Fix all glossary spellings in this file"
FIX_ALL_KIND = f"{types.CodeActionKind.SourceFixAll.value}.glossary-lint"
#: A Markdown line that ends in a hard break keeps it after the comment.
_HARD_BREAK = re.compile(r"(\\|[ \t]{2,})?$")


def edit(uri: str, edits: list[types.TextEdit]) -> types.WorkspaceEdit:
    return types.WorkspaceEdit(changes={uri: edits})


def fix_action(
    uri: str, positions: Positions, finding: Finding, diagnostic: types.Diagnostic
) -> types.CodeAction:
    replacement = finding.replacement or ""
    return types.CodeAction(
        title=f"Write '{replacement}'",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        is_preferred=True,
        edit=edit(uri, [types.TextEdit(positions.range(finding.start, finding.end), replacement)]),
    )


def fix_all_action(
    uri: str, positions: Positions, findings: tuple[Finding, ...], kind: str
) -> types.CodeAction | None:
    _, applied = apply_fixes(positions.text, findings)
    if not applied:
        return None
    edits = [types.TextEdit(positions.range(f.start, f.end), f.replacement or "") for f in applied]
    return types.CodeAction(title=FIX_ALL_TITLE, kind=kind, edit=edit(uri, edits))


def disable_action(
    uri: str, path: str, positions: Positions, finding: Finding, diagnostic: types.Diagnostic
) -> types.CodeAction | None:
    """Suppress ``finding``'s rule on its line with the comment its markup reads."""
    suffix = os.path.splitext(path)[1].lower()
    if suffix == ".mdx":
        return None  # MDX has no HTML comments, and the engine reads no {/* */} directives
    line = finding.line - 1
    if suffix in MARKDOWN_SUFFIXES:
        edits = list(_markdown_comment(positions, line, finding.code))
        title = f"Disable {finding.code} on this line"
    else:
        edits, title = _rest_comments(positions, line, finding.code)
    return types.CodeAction(
        title=title, kind=types.CodeActionKind.QuickFix, diagnostics=[diagnostic], edit=edit(uri, edits)
    )


def _markdown_comment(positions: Positions, line: int, code: str) -> Iterator[types.TextEdit]:
    """``<!-- glossary-lint: disable-line CODE -->`` at the end of the line,
    inline, so a paragraph is not split in two."""
    start, end = positions.starts[line], positions.line_end(line)
    text = positions.text[start:end]
    match = _HARD_BREAK.search(text)
    cut = start + (match.start() if match and match.group(1) else len(text.rstrip(" \t")))
    comment = f" <!-- glossary-lint: disable-line {code} -->"
    yield types.TextEdit(positions.range(cut, cut), comment)


def _rest_comments(positions: Positions, line: int, code: str) -> tuple[list[types.TextEdit], str]:
    """A reST comment is a block of its own: before the line when it starts
    its block (``disable-next-line``), else ``disable``/``enable`` around the
    paragraph, each followed by the blank line reST wants."""
    lines = re.split(r"\r\n?|\n", positions.text)
    newline = "\r\n" if "\r\n" in positions.text else "\n"

    def blank(i: int) -> bool:
        return i < 0 or i >= len(lines) or not lines[i].strip()

    indent = re.match(r"[ \t]*", lines[line] if line < len(lines) else "").group(0)  # type: ignore[union-attr]
    at = positions.position(positions.starts[line])
    if blank(line - 1):
        text = f"{indent}.. glossary-lint: disable-next-line {code}{newline}{newline}"
        return [types.TextEdit(types.Range(at, at), text)], f"Disable {code} on this line"
    first = line
    while not blank(first - 1):
        first -= 1
    last = line
    while not blank(last + 1):
        last += 1
    indent = re.match(r"[ \t]*", lines[first]).group(0)  # type: ignore[union-attr]
    top = positions.position(positions.starts[first])
    bottom = positions.position(positions.line_end(last))
    return [
        types.TextEdit(types.Range(top, top), f"{indent}.. glossary-lint: disable {code}{newline}{newline}"),
        types.TextEdit(
            types.Range(bottom, bottom), f"{newline}{newline}{indent}.. glossary-lint: enable {code}"
        ),
    ], f"Disable {code} in this paragraph"
