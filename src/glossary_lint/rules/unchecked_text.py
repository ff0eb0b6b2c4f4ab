"""GL090 unchecked-text: prose the reader could not place in the source.

A front-end that cannot say where a piece of text stands must not drop it
silently: CI would be green over a chapter nobody read.  The front-ends
record such places in ``Document.unplaced``; this rule makes each a finding.
"""

from __future__ import annotations

from collections.abc import Iterator

from .base import Hit, Rule, RuleContext
from .findings import Severity


def check_unplaced(ctx: RuleContext) -> Iterator[Hit]:
    for offset in ctx.document.unplaced:
        yield Hit(
            offset,
            offset,
            "text on this line could not be mapped to its place in the source and was not checked",
        )


RULE = Rule(
    "GL090",
    "unchecked-text",
    "Prose that could not be placed in the source was not checked.",
    "The reader places each piece of text the parser reports on the source line it comes "
    "from (inside a table, within its cell's columns). Text that it cannot place there -- "
    "text a directive or substitution generates, or markup the reader does not know -- is "
    "not checked, and this finding names its line, so that nothing is skipped silently. "
    "Write the text as plain prose, or suppress the finding for that line.",
    "(a table cell whose text the reader cannot find within the cell's columns)",
    "(the same text in a paragraph or a well-formed table)",
    Severity.WARNING,
    check_unplaced,
)
