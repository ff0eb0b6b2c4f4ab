"""Lists of names in prose: ``(BERT, RoBERTa, or GPT-2)``, ``Fedora/RHEL/CentOS``.

An acronym among names given as examples is a name itself (a model, a
product, a desktop), introduced by the list it stands in, not an acronym a
reader must have spelled out.  A list counts when every item is one word
written like a name (with a capital or a digit) and one item at least is a
name by its shape or a listed one (``RoBERTa``, ``PyTorch``, ``GNOME``).  A
list of acronyms alone (``FP16 or BF16``, ``MDCT, CQT``) introduces
nothing, and neither do capitalised words (``Butterworth, Chebyshev and
FIR``: a filter's designer is no product), unless the list gives examples
(``for example, Bokeh, Plotly, Mayavi, QZ3D``) and every other item is such a
word: examples named alike are things of one kind, and a name among names.

For GL002 an item may also be a name of two or three words, each opening
with a capital (``GHDL, Quartz Forge, KilnSim and Glazer``): products are
often named by a maker's or a family's word and the product's own, and the
list stays one list of names across them.  A word of such an item is asked
alone whether it is a name by its shape (``QZ8 Mixing`` is no name).  In a
list of examples, such an item counts beside the capitalised words that are
no English word (``such as QZT, Kilnbury, Quartz Corpus``: the acronym is
one name among names), as long as one such word is there.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lazy_re import lazy_compile

#: One item: a word with a capital or a digit in it (``GPT-2``, ``C++``, ``K3D``, ``rST``).
_ITEM = r"[^\W\d_A-Z]*[A-Z0-9](?:[\w+.'’-]*[\w+])?"
#: Between items: a comma (with "and"/"or" after it), "and"/"or", or a slash.
_SEP = r"(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+|/)"
_LIST = lazy_compile(rf"(?<![\w./-])(?:{_ITEM})(?:{_SEP}(?:{_ITEM}))+(?:,\s*etc\.?)?(?![\w/-])")
#: An item of two or three words, the others in Title Case after a blank: ``Quartz Forge``.
_PHRASE_ITEM = rf"{_ITEM}(?:[ ][A-Z][a-z]+){{0,2}}"
_PHRASE_LIST = lazy_compile(
    rf"(?<![\w./-])(?:{_PHRASE_ITEM})(?:{_SEP}(?:{_PHRASE_ITEM}))+(?:,\s*etc\.?)?(?![\w/-])"
)
_SPLIT = lazy_compile(_SEP)
_SEP_AFTER = lazy_compile(rf"[+.'’\w-]*{_SEP}")
_SEP_BEFORE = lazy_compile(rf"{_SEP}$")
_ETC = lazy_compile(r",\s*etc\.?$")
#: What introduces a list of examples, just before its first item.
_EXAMPLES = lazy_compile(
    r"(?:for example|for instance|e\.g\.|such as|including|namely)[,:]?\s*$", re.IGNORECASE
)
#: How far around the word a list is looked for.
_REACH = 200


def in_name_list(
    text: str,
    start: int,
    end: int,
    is_name: Callable[[str], bool],
    is_title_name: Callable[[str], bool],
    phrases: bool = False,
) -> bool:
    """Whether ``text[start:end]`` is an item of a list of names: three items
    or more, or two in brackets of their own (``(PyTorch, JAX)``) or joined
    by a slash (``PowerShell/CMD``).  ``is_name`` tells a name by its shape,
    ``is_title_name`` a capitalised word that is no English word (``Bokeh``).
    With ``phrases``, an item may be a name of a few capitalised words
    (``Quartz Forge``), each word asked alone."""
    if not (_SEP_AFTER.match(text, end) or _SEP_BEFORE.search(text, max(0, start - 6), start)):
        return False  # the common case, and cheap: no separator beside the word
    pattern = _PHRASE_LIST if phrases else _LIST
    for match in pattern.finditer(text, max(0, start - _REACH), min(len(text), end + _REACH)):
        if match.end() < end:
            continue
        if match.start() > start:
            return False
        items = [i for i in _SPLIT.split(_ETC.sub("", match.group(0))) if i]
        slashed = "/" in match.group(0) and "," not in match.group(0)
        if len(items) < 3 and not (slashed or _bracketed(text, match.start(), match.end())):
            return False
        if any(is_name(word) for item in items for word in item.split(" ")):
            return True
        word = text[start:end]
        others = [item for item in items if item != word]
        return (
            _EXAMPLES.search(text, max(0, match.start() - 24), match.start()) is not None
            and len(others) >= 2
            and all(is_title_name(item) or _title_phrase(item) for item in others)
            and any(is_title_name(item) for item in others)
        )
    return False


def _title_phrase(item: str) -> bool:
    """An item of several words, each in Title Case (``Quartz Corpus``): a
    proper name of a few words, as a list of examples names one beside a
    name of one word (``such as QZT, Kilnbury, Quartz Corpus``)."""
    words = item.split(" ")
    return len(words) > 1 and all(w[:1].isupper() and w[1:].isalpha() and w[1:].islower() for w in words)


def _bracketed(text: str, start: int, end: int) -> bool:
    return text[:start].rstrip().endswith("(") and text[end:].lstrip().startswith(")")


#: An item of a bulleted or numbered list: its marker, and its text after it.
_ITEM_LINE = lazy_compile(r"[ \t]*(?:[-*+•]|\d+[.)])[ \t]+(?P<text>\S.*)")
#: Markup around an item's words: ``**QZD**``, ``[QZD](...)``.
_ITEM_MARKUP = lazy_compile(r"[*`_\[\]]")
#: A list of names, one a line, has at least this many items, each of this many words at most
#: (``ROBOT templates``; an item that says something about its word is a sentence).
_COLUMN_ITEMS = 3
_COLUMN_WORDS = 3
#: How many items each way are read for a name: a long list costs no more per word.
_COLUMN_REACH = 12


def in_name_column(source: str, start: int, end: int, is_name: Callable[[str], bool]) -> bool:
    """Whether the word at ``source[start:end]`` opens an item of a list,
    one item a line, of a few words each, where another item opens with a
    name by its shape: the vertical form of ``BERT, RoBERTa, or GPT-2``::

        - ROBOT templates
        - QZDPs
        - LinkML-OWL

    A list of things of one kind, each named and none described, names
    them all."""
    line_start = source.rfind("\n", 0, start) + 1
    item = _item(source, line_start)
    if item is None or len(item.split()) > _COLUMN_WORDS or not _opens_with(item, source[start:end]):
        return False
    marker = _marker(source, line_start)
    siblings: list[str] = []
    for step in (-1, 1):
        at, read = _next_line(source, line_start, step), 0
        while at is not None and read < _COLUMN_REACH:
            line = _line(source, at)
            if line.strip():  # a reST list may leave a blank line between its items
                sibling = _item(source, at)
                if sibling is None or _marker(source, at) != marker:
                    break
                if len(sibling.split()) > _COLUMN_WORDS:
                    return False
                siblings.append(sibling)
                read += 1
            at = _next_line(source, at, step)
    return len(siblings) + 1 >= _COLUMN_ITEMS and any(is_name(w) for i in siblings for w in i.split()[:1])


def _line(source: str, at: int) -> str:
    end = source.find("\n", at)
    return source[at : len(source) if end < 0 else end]


def _next_line(source: str, at: int, step: int) -> int | None:
    """Where the line after (``step`` 1) or before (-1) the one at ``at`` starts."""
    if step > 0:
        end = source.find("\n", at)
        return None if end < 0 or end + 1 >= len(source) else end + 1
    return None if at == 0 else source.rfind("\n", 0, at - 1) + 1


def _item(source: str, at: int) -> str | None:
    """An item's words without their markup, or None for a line that is no item."""
    match = _ITEM_LINE.fullmatch(_line(source, at))
    return _ITEM_MARKUP.sub("", match.group("text")).strip() if match else None


def _marker(source: str, at: int) -> str:
    """An item's indent and marker, its numbers as one: the items of one list share it."""
    line = _line(source, at)
    text = _ITEM_LINE.fullmatch(line)
    return re.sub(r"\d+", "0", line[: text.start("text")].rstrip()) if text else ""


def _opens_with(item: str, word: str) -> bool:
    first = item.split()[0] if item.split() else ""
    return first == word or first in (word + "s", word + "'s", word + "’s")
