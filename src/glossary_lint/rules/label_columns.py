"""A table column whose cells are labels in Title Case, as a header's are.

A table may sort its rows into kinds in a column of their own, each cell
a label naming the row's kind or status::

    | Package      | Status   | Kind                        | About                    |
    |--------------|----------|-----------------------------|--------------------------|
    | quarry-core  | Required | Stonecutter                 | Cuts the stone.          |
    | quarry-cart  | Optional | Rubble Carrier              | Moves what is cut.       |
    | quarry-crane | Optional | Rubble Carrier (Heavy Load) | Lifts what carts cannot. |

Such a cell is no sentence but a label, written in Title Case as a header
row or a row label is, and a term of lower-case words there (``rubble
carrier``) takes the label's capitals, no slip.  The whole column shows it:
every cell of it is a label (a few words, each capitalised but a small
word inside, ``Rubble Carrier (Heavy Load)``), in two rows or more.  A
column that holds a sentence or a lower-case value anywhere ("| moves what
is cut |", "| optional |") is one of values or prose, and a Title Case
term in it stays a slip, as it does in a paragraph; so does the cell
"About" describes its row in.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lazy_re import lazy_compile
from ..matching.words import TITLE_SMALL_WORDS, WORD_RE
from ..sources.segments import Segment
from .code_columns import body_columns

#: Fewest rows a column of labels has, and most words a label holds.
_ROWS = 2
_LABEL_WORDS = 6
#: A mark that ends or divides a sentence, inside a cell or at its end.
_SENTENCE_MARK = lazy_compile(r"[.!?;:](?:\s|$)")


def label_cells(segments: Sequence[Segment]) -> set[int]:
    """The ``id()`` of every cell of ``segments`` that stands in a column of
    Title Case labels (see the module doc)."""
    found: set[int] = set()
    for cells in body_columns(segments, _ROWS):
        written = [cell for cell in cells if cell.text.strip()]
        if len(written) >= _ROWS and all(_is_label(cell.text) for cell in written):
            found.update(id(cell) for cell in written)
    return found


def _is_label(text: str) -> bool:
    """Whether a cell's text is a label in Title Case: a few words, the
    first capitalised and each other capitalised or small, and no mark of
    a sentence."""
    words = WORD_RE.findall(text)
    if not words or len(words) > _LABEL_WORDS or _SENTENCE_MARK.search(text.strip()):
        return False
    return words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.casefold() in TITLE_SMALL_WORDS for w in words[1:]
    )
