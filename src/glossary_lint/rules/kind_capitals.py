"""A sentence that names kinds of thing with capitals, one of them a term.

Some pages name the types of a data model by capitalising the everyday
nouns that name them, in the middle of a sentence, two or more side by
side::

    The collector turns Readings into Reports, and keeps each Report.

"Readings" and "Reports" are two different English nouns capitalised alone,
each after a lower-case word: the sentence names two kinds of the model as
its author's convention, and a glossary's lower-case ``reading`` written
so there is the convention's capital, no slip.  A slip is a stray: one
capital among the sentence's lower-case words ("the collector keeps each
Reading"), or a capital beside the same word in lower case in the same
sentence.

The sibling must look like a common noun and not a name, nor another
slip: a word of English (:func:`.is_ordinary_word`) capitalised alone (not
a word of a longer name such as "Object Storage"), that heads its phrase
(a mark or a function word after it, not a noun it modifies: "the Salt
master"), that is no glossary term (two capitals of terms in one sentence
may be two slips), and whose lower case the page's paragraphs write as a
common noun, after a determiner ("a report", "the hourly reports"), at
least half as often as they write it capitalised.  A product named with
an English-looking word ("Python", "Salt") or a literal ("True"), which a
page capitalises as a rule, is no such sibling: a name beside a term's
capital says nothing of a convention.

A list's items are parallel, each often a sentence of its own::

    1. the poller - asks each gauge and keeps Readings.
    2. the writer - turns them into Reports, and stores them.

An item's capital passes where the item right before or after it, in the
same list (a marker at the same indent, only blank lines between), names
such a sibling kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..lazy_re import lazy_compile
from ..matching.english import is_ordinary_word
from ..matching.matcher import Mention
from ..matching.words import WORD_RE
from ..sources.segments import BlockKind, Segment

#: The end of a sentence, or of a clause that stands as one: a full stop,
#: question or exclamation mark, semicolon or colon (with closing quotes or
#: brackets) before a blank.
_SENTENCE_END = lazy_compile(r"[.!?;:][\"')\]’”]*\s")
#: A capitalised word alone mid-sentence: after a lower-case word (and maybe a
#: comma) and a blank, and not followed by another capitalised word (a longer name).
_LONE_CAPITAL = lazy_compile(
    r"(?<![^\s(])[a-z][a-z'’]*,?(?:[ \t]+|[ \t]*\n[ \t]*)([A-Z][a-z]+)\b"
    r"(?![-'’.]\w)(?![ \t]*\n?[ \t]*[A-Z0-9])"
)
#: A capitalised word or a digit right after a mention: the mention is a word of a longer name.
_CAPITAL_NEXT = lazy_compile(r"[ \t]*\n?[ \t]*[A-Z0-9]")
#: What may follow a noun that heads its phrase: a mark, the sentence's end, or
#: a function word (``Events and Samples``, ``an Instance in Nova``), not a
#: noun it would modify (``the Salt master``).
_HEAD_END = lazy_compile(
    r"[ \t]*(?:[,.;:!?)\]]|\Z|\n?[ \t]*(?:and|or|nor|but|to|into|in|of|for|from|with|on|at|by|as|than"
    r"|that|which|who|is|are|was|were|be|can|could|may|might|will|would|must|should|has|have|had|do|does)\b)"
)
#: A lower-case word right before a mention, on its line or the one before.
_LOWER_BEFORE = lazy_compile(r"(?<![^\s(])[a-z][a-z'’]*,?(?:[ \t]+|[ \t]*\n[ \t]*)$")
#: A plural ending: the sibling must be another noun, not the term's plural.
_PLURAL = lazy_compile(r"(?:e?s)\Z")


def named_beside_kinds(
    mention: Mention,
    mentions: Sequence[Mention],
    prose: Callable[[], str],
    items: Callable[[Segment], Sequence[Segment]] = lambda segment: (),
) -> bool:
    """Whether a capitalised one-word mention of a paragraph stands alone
    mid-sentence in a sentence that capitalises another everyday noun alone
    mid-sentence, a noun that is no glossary term (none of ``mentions``)
    and that the page's running text (``prose``) also writes in lower
    case, while the sentence never writes the mention's own word in lower
    case; or, in a list item, where an item of the same list (``items``)
    capitalises such a noun (see the module doc)."""
    found = mention.found
    segment = mention.segment
    if segment.kind is not BlockKind.PARAGRAPH or not WORD_RE.fullmatch(found) or not found[1:].islower():
        return False
    text = segment.text
    if _LOWER_BEFORE.search(text, max(0, mention.start - 40), mention.start) is None:
        return False
    if _CAPITAL_NEXT.match(text, mention.end):
        return False  # a word of a longer name ("Sample Store")
    start, end = _sentence(text, mention.start, mention.end)
    own = _stem(found)
    if re.compile(r"(?<![\w-])" + re.escape(own.lower()) + r"(?:e?s)?(?![\w-])").search(text, start, end):
        return False  # the sentence writes the word in lower case too: the capital is a stray
    if _names_kind(segment, start, end, own, mentions, prose):
        return True
    return any(_names_kind(item, 0, len(item.text), own, mentions, prose) for item in items(segment))


def _names_kind(
    segment: Segment, start: int, end: int, own: str, mentions: Sequence[Mention], prose: Callable[[], str]
) -> bool:
    """Whether ``segment.text[start:end]`` capitalises alone an everyday noun
    other than ``own`` that heads its phrase, is none of ``mentions`` and
    that ``prose`` writes as a common noun (:func:`_common_noun`)."""
    text = segment.text
    terms = [(m.start, m.end) for m in mentions if m.segment is segment]
    for match in _LONE_CAPITAL.finditer(text, start, end):
        word = match.group(1)
        if _stem(word) == own or any(a <= match.start(1) < b for a, b in terms):
            continue
        if _HEAD_END.match(text, match.end(1)) is None:
            continue  # 'the Salt master': a name before the noun it modifies
        if is_ordinary_word(word) and _common_noun(word, prose()):
            return True
    return False


#: A list item's marker at the start of its line: a bullet, or a number or
#: letter with a full stop or a bracket, then a blank.
_ITEM_MARKER = lazy_compile(r"[ \t]*(?:[-*+•]|\(?(?:\d+|[a-zA-Z]|#)[.)])[ \t]+")


def list_neighbours(segments: Sequence[Segment], source: str, segment: Segment) -> list[Segment]:
    """The paragraphs right before and after ``segment`` that are items of
    the same list as it: each opens a line with a list marker at the same
    indent, with nothing but blank lines between the two."""
    at = next((i for i, seg in enumerate(segments) if seg is segment), None)
    marker = _marker(source, segment)
    if at is None or marker is None:
        return []
    found = []
    for first, second in ((at - 1, at), (at, at + 1)):
        if first < 0 or second >= len(segments):
            continue
        other = segments[first if second == at else second]
        if other.kind is not BlockKind.PARAGRAPH or _marker(source, other) != marker:
            continue
        line = source.rfind("\n", 0, _extent(segments[second])[0]) + 1
        if not source[_extent(segments[first])[1] : line].strip():
            found.append(other)
    return found


def _extent(segment: Segment) -> tuple[int, int]:
    return segment.source_extent or (0, 0)


def _marker(source: str, segment: Segment) -> int | None:
    """The indent of the list marker that opens ``segment``'s first line, or None."""
    extent = segment.source_extent
    if extent is None:
        return None
    line = source.rfind("\n", 0, extent[0]) + 1
    match = _ITEM_MARKER.match(source, line)
    if match is None or match.end() != extent[0]:
        return None
    return len(match.group(0)) - len(match.group(0).lstrip(" \t"))


def paragraph_text(segments: Sequence[Segment]) -> str:
    """The text of a page's paragraphs, one after another: its running
    text, without headings, tables or code."""
    return "\n\n".join(seg.text for seg in segments if seg.kind is BlockKind.PARAGRAPH)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence of ``text`` that holds ``[start, end)``."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return (ends[-1] if ends else 0), (after.start() if after else len(text))


def _stem(word: str) -> str:
    """``word`` without a plural ending, as far as a word of three letters or more remains."""
    stem = _PLURAL.sub("", word)
    return stem if len(stem) >= 3 else word


#: Words that open a noun phrase: a word after one (or after one and a
#: modifier) is written as a common noun.
_DETERMINERS = r"(?i:a|an|the|each|every|this|that|these|those|any|all|some|many|no|other)"


@lru_cache(maxsize=256)
def _common_noun(word: str, prose: str) -> bool:
    """Whether ``prose`` writes ``word`` (or its stem, or its plural) in
    lower case as a common noun (after a determiner, or after a determiner
    and one more word: ``the individual events``) at least half as often
    as it writes it capitalised: a name the page capitalises as a rule
    ("Salt", "True") is no kind named by its author's convention."""
    stem = re.escape(_stem(word))
    lower = re.findall(
        r"(?<![\w-])"
        + _DETERMINERS
        + r"[ \t\n]+(?:[a-z][\w-]*[ \t\n]+)?"
        + stem.lower()
        + r"(?:e?s)?(?![\w-])",
        prose,
    )
    capital = re.findall(r"(?<![\w-])" + stem + r"(?:e?s)?(?![\w-])", prose)
    return bool(lower) and 2 * len(lower) >= len(capital)
