"""Where GL001 reads a word as a label, a name or a command, not a word of a sentence.

Reference pages and overviews set words out of running prose: an item of a
list that names kinds (``* Widgets or Gadget Pools -- the common kind``),
a line started after a hard line break (``**Access**: read-only \\`` then
``Target memory layout.``), a command's synopsis after a ``Usage:`` label,
the thing a list item's label gives, named as the description opens
(``**hub** - The Hub is ...``), and the words of a hyphenated identifier
written as a Title Case name (``a *Relay Queue*``, ``the Brook API`` for
``brook-api``).  Their capitals and spacing are the label's, the line's or
the name's; a writer's slip of a term stands inside a sentence, after a
lower-case word, in the term's own words.  One more reason is the
glossary page's: a Title Case headword whose case the importer guessed
gives its English words capitals the prose rightly lowers (``KVF format``).

These are GL001's reasons only: the auto-linker's sense check
(:mod:`..glossary.link_sense`) asks other questions of a capital, and shares
none of them.
"""

from __future__ import annotations

import re

from ..lazy_re import lazy_compile
from ..matching.english import is_known_word, is_ordinary_word
from ..matching.words import WORD_RE
from ..sources.segments import Segment
from .code_spellings import SETTING_OUT

#: A list item's marker, alone before the item's text on its source line.
_LIST_MARKER = lazy_compile(r"[ \t]*(?:[-*+\u2022]|\d{1,3}[.)]|#\.|[a-z][.)])[ \t]+")
#: Where the label of a list item ends and its description starts.
_LABEL_END = lazy_compile(r"\s+(?:--|[-\u2013\u2014])\s|:\s|:$|\s*\(")
#: Small words a list of names joins its names with (``Classes or Concepts``).
_JOINING_WORDS = frozenset("or and of the a an for to in on with vs nor".split())


def in_list_label(segment: Segment, source: str, start: int, end: int) -> bool:
    """Whether the span lies in the label that opens a list item, made of
    capitalised words and the small words joining them (``Knobs or Dial
    Types``, up to ``--``, a dash, a colon or a bracket, or the whole item):
    a list of the names of kinds, written as names are.  An item that is a
    sentence (``Each run makes Gadget Pools``) has lower-case words in it."""
    first = segment.source_offset(0)
    if first is None:
        return False
    line_start = source.rfind("\n", 0, first) + 1
    if not (
        _LIST_MARKER.fullmatch(source, line_start, first) or _after_item_target(source, line_start, first)
    ):
        return False
    text = segment.text
    label_end = _LABEL_END.search(text)
    stop = label_end.start() if label_end else len(text)
    if end > stop:
        return False
    words = WORD_RE.findall(text[:stop])
    return bool(words) and all(w[:1].isupper() or w in _JOINING_WORDS for w in words)


#: A list item's marker line that holds nothing but a reST hyperlink
#: target (``- .. _widgets-index:``), then blank lines, up to the indent of
#: the item's first paragraph (the named group).
_ITEM_TARGET = lazy_compile(
    r"(?:^|\n)([ \t]*(?:[-*+\u2022]|\d{1,3}[.)]|#\.)[ \t]+)"
    r"\.\.[ \t]+_[^\n]*:[ \t]*\n(?:[ \t]*\n)+(?P<indent>[ \t]*)$"
)


def _after_item_target(source: str, line_start: int, first: int) -> bool:
    """Whether the text at ``first`` (``line_start`` its line's start) is
    the first paragraph of a reST list item whose marker line holds only a
    hyperlink target (``- .. _widgets-index:``, a blank line, then
    ``Widgets and Gadget Pools`` indented under the item): a target is
    markup the reader never sees, so that paragraph opens the item as if it
    stood after the marker, indented as the item's text is."""
    if source[line_start:first].strip():
        return False
    found = _ITEM_TARGET.search(source, max(0, line_start - 300), first)
    return found is not None and len(found.group(1)) == len(found.group("indent"))


#: A label opening a text, its separator, and an article opening the description.
_LABEL_OPENING = lazy_compile(
    r"([^\W\d_][\w'’ -]*?)\s*(?:\s[-\u2013\u2014]|:)\s+(?:(?:the|a|an)\s+)?", re.IGNORECASE
)


def names_labelled_item(text: str, start: int, end: int) -> bool:
    """Whether the span opens the description of an item whose label is the
    same word (``**hub** - The Hub is the centre``): the description names
    the thing its label introduces, as the name of that part."""
    opening = _LABEL_OPENING.match(text)
    if opening is None or opening.end() != start:
        return False
    return opening.group(1).casefold() == text[start:end].casefold()


#: A label that opens a command's synopsis (``**Usage**: tool {start,stop}``).
_USAGE_LABEL = lazy_compile(r"[ \t]*(?:usage|synopsis)[ \t]*:", re.IGNORECASE)


def in_usage_line(text: str, start: int) -> bool:
    """Whether the span stands on a line that a ``Usage:`` or ``Synopsis:``
    label opens: the rest of that line is a command as it is typed, with
    its own names (``probeserver``, ``show mem-ap``), not prose."""
    line_start = text.rfind("\n", 0, start) + 1
    label = _USAGE_LABEL.match(text, line_start)
    return label is not None and label.end() <= start


def title_case_identifier(found: str, wanted: str, segment: Segment, source: str, start: int) -> bool:
    """``*Relay Queue*`` or ``the Brook API`` for the identifier
    ``relay-queue``, ``brook-api``: a lower-case hyphenated name (a key, a
    service, a command) written as words that each start with a capital,
    set out in emphasis or quotes or with an acronym in its own capitals, is
    the name the prose gives the thing; a slip of the identifier keeps its
    lower case (``a relay queue``, ``a Relay queue``), and plain capitals
    mid-sentence (``into Relay Queue``) are no more than capitals."""
    if " " in wanted or "-" not in wanted or not wanted.islower():
        return False
    got, want = WORD_RE.findall(found), WORD_RE.findall(wanted)
    if len(got) < 2 or [g.casefold() for g in got] != want:
        return False
    gaps = WORD_RE.split(found)[1:-1]
    if not all(g.isspace() for g in gaps) or not all(w[:1].isupper() for w in got):
        return False
    if any(len(w) > 1 and w.isupper() for w in got):
        return True
    offset = segment.source_offset(start)
    return offset is not None and offset > 0 and source[offset - 1] in SETTING_OUT


def english_word_lowered(found: str, wanted: str, dictionary: bool = False) -> bool:
    """``KVF format`` for a Title Case headword ``KVF Format`` whose case the
    importer guessed: a glossary page that capitalises every headword gives
    its English words capitals the prose writes in lower case.  Only such
    words may be lowered: everyday ones, or with ``dictionary`` any word a
    dictionary has (``QZR middleware``; a coined one, ``QZR glimbox``, stays
    a slip), and a word with capitals of its own must keep them (``Kvf
    format``, ``kvf format`` stay slips)."""
    english = is_known_word if dictionary else is_ordinary_word
    got, want = WORD_RE.findall(found), WORD_RE.findall(wanted)
    if len(got) != len(want) or WORD_RE.split(found)[1:-1] != WORD_RE.split(wanted)[1:-1]:
        return False
    lowered = kept = 0
    for g, w in zip(got, want):
        if g == w:
            kept += any(ch.isupper() for ch in w)
        elif w[:1].isupper() and w[1:].islower() and g == w.lower() and english(g):
            lowered += 1
        else:
            return False
    return lowered > 0 and kept > 0
