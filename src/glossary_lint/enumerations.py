"""Lists of names in prose: ``(BERT, RoBERTa, or GPT-2)``, ``Fedora/RHEL/CentOS``.

An acronym among names given as examples is a name itself (a model, a
product, a desktop), introduced by the list it stands in, not an acronym a
reader must have spelled out.  A list counts when every item is one word
written like a name (a capital, a digit or a capital inside) and one item at
least is a name by its shape (``RoBERTa``, ``PyTorch``) or a capitalised word
where no sentence starts (``Plotly``): a list of acronyms alone
(``FP16 or BF16``, ``MDCT, CQT``) introduces nothing.
"""

from __future__ import annotations

import re

#: One item: a word with a capital or a digit in it (``GPT-2``, ``C++``, ``K3D``, ``rST``).
_ITEM = r"[^\W\d_A-Z]*[A-Z0-9](?:[\w+.'’-]*[\w+])?"
#: Between items: a comma (with "and"/"or" after it), "and"/"or", or a slash.
_SEP = r"(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+|/)"
_LIST = re.compile(rf"(?<![\w./-])(?:{_ITEM})(?:{_SEP}(?:{_ITEM}))+(?:,\s*etc\.?)?(?![\w/-])")
_SPLIT = re.compile(_SEP)
_SENTENCE_END = ".!?:;\n|*#>-"


def in_name_list(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an item of a list of names."""
    from .acronyms import NAME, word_kind

    window_start = max(0, start - 200)
    for match in _LIST.finditer(text, window_start, min(len(text), end + 200)):
        if match.end() < end:
            continue
        if match.start() > start:
            return False
        items = [i for i in _SPLIT.split(_ETC.sub("", match.group(0))) if i]
        slashed = "/" in match.group(0) and "," not in match.group(0)
        bracketed = _bracketed(text, match.start(), match.end())
        if len(items) < 3 and not (slashed or bracketed):
            return False
        sentence_start = (
            not text[window_start : match.start()].strip(" \t(\"'“*_")
            or text[window_start : match.start()].rstrip(" \t(\"'“*_")[-1:] in _SENTENCE_END
        )
        return any(
            word_kind(item) == NAME or (_titled(item) and (k > 0 or not sentence_start))
            for k, item in enumerate(items)
        )
    return False


_ETC = re.compile(r",\s*etc\.?$")


def _titled(item: str) -> bool:
    return len(item) > 1 and item[0].isupper() and item[1:].islower()


def _bracketed(text: str, start: int, end: int) -> bool:
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    return before.endswith("(") and after.startswith(")")
