"""A table cell that names its row's subject, where the rows are labelled with names.

A table whose first column labels each row with a name (platforms,
products, services) speaks, in each row's cells, of the thing the label
names::

    | Platform       | Status                                        |
    |----------------|-----------------------------------------------|
    | FreeBSD        | Supported                                     |
    | macOS          | Supported                                     |
    | Fields (beta)  | Not supported: the daemon needs Fields 3      |

A cell that writes its row label's first word again, with the label's
capital, names the row's subject as the label does: "Fields" is the
product the row is about, not a glossary's lower-case ``field`` with a
slipped capital.  The first column must be a column of names: another row
label at least is a name by its shape (a capital inside a word,
``macOS``, or an acronym, ``WSL``), so the labels are names among names.
A table of kinds labelled in Title Case (``| Shelf | A Shelf holds ...``)
shows no such name, and its capitals stay the slips they look like.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lazy_re import lazy_compile
from ..matching.matcher import Mention
from ..matching.words import WORD_RE
from ..sources.segments import BlockKind, Segment

#: A name by its shape: a capital after a small letter, or two capitals or more.
_NAME_SHAPE = lazy_compile(r"[a-z][A-Z]|\b[A-Z]{2,}")


def names_row_subject(mention: Mention, segments: Sequence[Segment]) -> bool:
    """Whether a capitalised one-word mention in a table's cell is its row
    label's first word, in a table whose other row labels show a name
    (see the module doc)."""
    segment = mention.segment
    if segment.kind is not BlockKind.TABLE_CELL or not WORD_RE.fullmatch(mention.found):
        return False
    labels = _row_labels(segment, segments)
    if labels is None:
        return False
    own, others = labels
    first = WORD_RE.match(own.text.lstrip())
    written = segment.text[mention.start : mention.end]
    return (
        first is not None
        and first.group(0) in (mention.found, written)
        and any(_NAME_SHAPE.search(label.text) for label in others)
    )


def _row_labels(cell: Segment, segments: Sequence[Segment]) -> tuple[Segment, list[Segment]] | None:
    """The label of ``cell``'s row and the other row labels of its table,
    or None where the cell has no row label."""
    at = next((i for i, seg in enumerate(segments) if seg is cell), None)
    if at is None:
        return None
    kinds = (BlockKind.TABLE_HEADER, BlockKind.TABLE_ROW_HEADER, BlockKind.TABLE_CELL)
    start = at
    while start > 0 and segments[start - 1].kind in kinds:
        start -= 1
    end = at
    while end < len(segments) and segments[end].kind in kinds:
        end += 1
    own = next(
        (seg for seg in reversed(segments[start:at]) if seg.kind is BlockKind.TABLE_ROW_HEADER),
        None,
    )
    if own is None:
        return None
    others = [seg for seg in segments[start:end] if seg.kind is BlockKind.TABLE_ROW_HEADER and seg is not own]
    return own, others
