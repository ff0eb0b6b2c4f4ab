"""Labels quoted in Title Case: a bracketed list of them, a Title Case heading.

A page names the parts of an interface, the options of a menu or the
methods a panel offers as they are labelled, in brackets after the thing
they belong to: "choose a method (Radius Cutoff or Edge Touch)", "the
settings (Colours, Limits, Smoothing)".  Every item of the bracket is
written in Title Case and none is a sentence: the list quotes labels in
the labels' capitals, and a lower-case glossary term among them (``edge
touch``) is the label's name there, no slip (:func:`in_title_case_list`).
A capital alone among lower-case items ("(colours, Limits)") is still a
slip, and so are two glossary terms capitalised side by side: the other
items must be no terms of the glossary.

A heading in Title Case capitalises each word of a hyphenated term as a
word of its own ("Dual Port Buffers" where the handbook's prose writes
"dual-port buffer"): the heading's style sets the words apart, and the
hyphen the prose keeps is no word of the title (:func:`spaced_by_title`).
Only the hyphen's space is let pass, and only on a page that never writes
the term hyphenated itself: a heading "Lite Routines" over a section that
writes "lite-routines" drops its own page's hyphen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazy_re import lazy_compile
from ..matching.matcher import Mention
from ..matching.words import TITLE_SMALL_WORDS, WORD_RE
from ..sources.segments import BlockKind

#: How far from the mention its brackets are looked for.
_REACH = 120
#: Between two items of a list: a comma (and "and"/"or" after it), or "and"/"or".
_ITEM_SEPARATOR = lazy_compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
#: An item: one to three words, each opening with a capital, the rest small letters.
_TITLE_ITEM = lazy_compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}")


def in_title_case_list(mention: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether the mention is a whole item of a bracketed list of two items
    or more, each in Title Case, where no other item is a glossary term
    (none of ``mentions`` stands in the brackets but this one)."""
    text = mention.segment.text
    opening = text.rfind("(", max(0, mention.start - _REACH), mention.start)
    closing = text.find(")", mention.end, mention.end + _REACH)
    if opening < 0 or closing < 0:
        return False
    if ")" in text[opening : mention.start] or "(" in text[mention.end : closing]:
        return False
    inside = text[opening + 1 : closing]
    items = [item for item in _ITEM_SEPARATOR.split(inside.strip()) if item]
    if len(items) < 2 or not all(_TITLE_ITEM.fullmatch(item) for item in items):
        return False
    if text[mention.start : mention.end] not in items:
        return False
    return not any(
        m is not mention and m.segment is mention.segment and opening < m.start < closing for m in mentions
    )


def spaced_by_title(mention: Mention, source: str) -> bool:
    """Whether the mention stands in a heading in Title Case and differs from
    a spelling of its term only by spaces where the spelling has hyphens,
    on a page (``source``) that never writes that spelling: where the page
    itself hyphenates the term (under the heading, in a reference or a
    label), the heading's space is a slip of the page's own spelling."""
    segment = mention.segment
    if segment.kind is not BlockKind.HEADING or mention.typo or "-" in mention.one_line:
        return False
    words = WORD_RE.findall(segment.text)
    if len(words) < 2 or not all(w[:1].isupper() or w.casefold() in TITLE_SMALL_WORDS for w in words):
        return False
    found = mention.one_line.casefold()
    hyphenated = [
        c.spelling.text
        for c in mention.candidates
        if "-" in c.spelling.text and c.spelling.text.casefold().replace("-", " ") == found
    ]
    return bool(hyphenated) and not any(
        re.search(r"(?<![\w-])" + re.escape(h), source, re.IGNORECASE) for h in hyphenated
    )
