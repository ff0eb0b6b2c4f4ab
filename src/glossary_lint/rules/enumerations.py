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
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: One item: a word with a capital or a digit in it (``GPT-2``, ``C++``, ``K3D``, ``rST``).
_ITEM = r"[^\W\d_A-Z]*[A-Z0-9](?:[\w+.'’-]*[\w+])?"
#: Between items: a comma (with "and"/"or" after it), "and"/"or", or a slash.
_SEP = r"(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+|/)"
_LIST = re.compile(rf"(?<![\w./-])(?:{_ITEM})(?:{_SEP}(?:{_ITEM}))+(?:,\s*etc\.?)?(?![\w/-])")
_SPLIT = re.compile(_SEP)
_SEP_AFTER = re.compile(rf"[+.'’\w-]*{_SEP}")
_SEP_BEFORE = re.compile(rf"{_SEP}$")
_ETC = re.compile(r",\s*etc\.?$")
#: What introduces a list of examples, just before its first item.
_EXAMPLES = re.compile(
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
) -> bool:
    """Whether ``text[start:end]`` is an item of a list of names: three items
    or more, or two in brackets of their own (``(PyTorch, JAX)``) or joined
    by a slash (``PowerShell/CMD``).  ``is_name`` tells a name by its shape,
    ``is_title_name`` a capitalised word that is no English word (``Bokeh``)."""
    if not (_SEP_AFTER.match(text, end) or _SEP_BEFORE.search(text, max(0, start - 6), start)):
        return False  # the common case, and cheap: no separator beside the word
    for match in _LIST.finditer(text, max(0, start - _REACH), min(len(text), end + _REACH)):
        if match.end() < end:
            continue
        if match.start() > start:
            return False
        items = [i for i in _SPLIT.split(_ETC.sub("", match.group(0))) if i]
        slashed = "/" in match.group(0) and "," not in match.group(0)
        if len(items) < 3 and not (slashed or _bracketed(text, match.start(), match.end())):
            return False
        if any(is_name(item) for item in items):
            return True
        word = text[start:end]
        others = [item for item in items if item != word]
        return (
            _EXAMPLES.search(text, max(0, match.start() - 24), match.start()) is not None
            and len(others) >= 2
            and all(is_title_name(item) for item in others)
        )
    return False


def _bracketed(text: str, start: int, end: int) -> bool:
    return text[:start].rstrip().endswith("(") and text[end:].lstrip().startswith(")")
