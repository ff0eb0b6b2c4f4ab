"""Where a capitalised glossary word names a kind of thing the page itself names.

A lower-case term capitalised mid-sentence is a slip unless something in the
text gives the capital a reason.  Two forms give one that the surrounding
sentence alone does not show:

* the word before ``object``, ``instance`` or ``class`` (``the corresponding
  Dataset object``), where some file of the handbook writes that word as
  code (``Dataset``): the sentence says the word is the name of a class
  that exists, and a class is named with its capital (the words alone are
  no evidence: ``a Persistent object`` is a slip for the state where no
  class ``Persistent`` is written);
* a page that sets the capitalised word out as the label of a definition
  list (a line of its own with its description indented below it, twice
  or more: ``Change`` then "The target branch of the change."): the page
  names a kind of item so, and its sentences name the same kind with the
  same capital (``jobs run for Changes``).

* the last word of a class name in camel case that the same paragraph
  writes (``a regular Widget`` beside ``SpinningWidget``), where some file
  of the handbook writes the word alone as code: the paragraph names a
  subclass and its base, the class of that name, which keeps its capital
  (a ``SpinningWidget`` alone says nothing of a lone ``Widget``, which may
  be the concept; the code must name the class too).

* a word that opens a class name in camel case which the same sentence
  writes, in prose or as code (``your Widget`` beside
  ``:class:`gears.WidgetResponses```), where some file of the handbook
  writes the word alone as code: a class's companion types are named
  after it, so the sentence speaks of the class and names it with its
  capital (a lone ``Widget`` beside no such name may be the concept);

* the word before ``instance``, ``object`` or ``class`` in a paragraph
  that writes a class name in camel case (``the Sprocket checks it through
  a Ticket instance`` beside ``SprocketChecker``): the paragraph speaks of
  the code's classes, and names one more by its capital though the code
  names it only in longer names;
* a word right after ``class`` or ``classes`` (``provides two classes
  Kilnfile, Shelf``) that the page's code writes letter for letter
  (``Kilnfile(path)``): the sentence names the class as the code does, in
  whatever case the code gives it, where the glossary's term (``KilnFile``,
  the file) is written otherwise;
* the word after the concept of a named vocabulary (``the UML notion of a
  Component``): the sentence says the word is that vocabulary's construct,
  named as the vocabulary names it.

An entry's own definition writing the words in Title Case is no such form:
a definition names a feature in its title's capitals (``Context
Isolation``) as often as it spells a brand (``Read the Docs``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..lazy_re import lazy_compile
from ..matching.matcher import Mention
from ..matching.words import WORD_RE
from ..sources.segments import source_lines

#: A word right after a mention that says it names a class.
_CLASS_WORD = lazy_compile(r"[ \t]+(?:object|instance|class|subclass)(?:e?s)?\b")
#: The word right before a mention that says it names a class: ``the classes Kilnfile, Shelf``.
_CLASS_WORD_BEFORE = lazy_compile(r"(?<![\w-])(?:sub)?class(?:es)?[ \t]+$")
#: How often a page must set a word out as a definition list's label.
_LABEL_USES = 2


def names_a_class(mention: Mention, classes: frozenset[str]) -> bool:
    """``a Dataset object``: a capitalised one-word mention before ``object``,
    ``instance`` or ``class``, one of the handbook's code ``classes``."""
    found = mention.found
    if found not in classes or not WORD_RE.fullmatch(found):
        return False
    return _CLASS_WORD.match(mention.segment.text, mention.end) is not None


def named_as_class(mention: Mention, page_code: Callable[[], frozenset[str]]) -> bool:
    """``two classes Kilnfile, Shelf``: a capitalised one-word mention right
    after ``class`` or ``classes``, written as the page's code writes a
    class's name (``page_code``: :func:`.house_style.code_names` of the page)."""
    found = mention.found
    if not found[:1].isupper() or not WORD_RE.fullmatch(found):
        return False
    text = mention.segment.text
    if _CLASS_WORD_BEFORE.search(text, max(0, mention.start - 20), mention.start) is None:
        return False
    return found in page_code()


def names_base_class(mention: Mention, classes: frozenset[str]) -> bool:
    """``a regular Widget`` beside ``SpinningWidget``: a capitalised
    one-word mention, one of the handbook's code ``classes``, whose
    paragraph writes a longer camel-case name ending in it."""
    found = mention.found
    if found not in classes or not WORD_RE.fullmatch(found) or not found[1:].islower():
        return False
    subclass = re.compile(r"(?<![\w.])[A-Z][a-z0-9]*(?:[A-Z][a-z0-9]*)*?[a-z0-9]" + re.escape(found) + r"\b")
    return subclass.search(mention.segment.text) is not None


def opens_class_names(mention: Mention, classes: frozenset[str], source: str) -> bool:
    """``your Widget`` beside ``gears.WidgetResponses``: a capitalised
    one-word mention, one of the handbook's code ``classes``, whose
    sentence writes a longer camel-case name that opens with it (alone or
    after a dotted path), in prose or as code."""
    found = mention.found
    if found not in classes or not WORD_RE.fullmatch(found) or not found[1:].islower():
        return False
    span = mention.segment.source_span(mention.start, mention.end)
    extent = mention.segment.source_extent
    if span is None or extent is None:
        return False
    # The sentence in the paragraph's source, to the end of its last line
    # (code that closes the paragraph is a placeholder after the text's last
    # piece); a dotted name's dots end no sentence.
    first, last = source_lines(source, *extent)
    ends = [m.end() for m in _SENTENCE_END.finditer(source, first, span[0])]
    start = ends[-1] if ends else first
    after = _SENTENCE_END.search(source, span[1], last)
    end = after.start() if after else last
    companion = re.compile(r"(?<![^\W_])" + re.escape(found) + r"[A-Z][a-z0-9]")
    return companion.search(source, start, end) is not None


#: The end of a sentence in source text: a full stop, question or exclamation
#: mark before a blank (not the dots of ``pkg.mod.Name``).
_SENTENCE_END = lazy_compile(r"[.!?](?=\s)")


#: A name in camel case: a capital, small letters, then a capital (``SprocketChecker``).
_CAMEL_NAME = lazy_compile(r"(?<![\w.])[A-Z][a-z0-9]+[A-Z]\w*")


def instance_beside_class_names(mention: Mention) -> bool:
    """``a Ticket instance`` in a paragraph that writes ``SprocketChecker``:
    a capitalised one-word mention before ``instance``, ``object`` or
    ``class``, whose paragraph writes another name in camel case."""
    found = mention.found
    if not WORD_RE.fullmatch(found) or not found[1:].islower():
        return False
    if _CLASS_WORD.match(mention.segment.text, mention.end) is None:
        return False
    return any(name != found for name in _CAMEL_NAME.findall(mention.segment.text))


#: Before a mention: a vocabulary's name (an acronym or a capitalised word),
#: a word for its idea of a thing, ``of`` and an article (``the UML notion of a``).
_VOCABULARY_CONCEPT = lazy_compile(
    r"(?<![\w.])(?:[A-Z]{2,}|[A-Z][a-z]+)[ \t]+(?:concept|notion|construct|idea|sense)[ \t]+of"
    r"(?:[ \t]+(?:an?|the))?[ \t]+$"
)


def named_in_vocabulary(mention: Mention) -> bool:
    """``the UML notion of a Component``: a capitalised one-word mention
    after a named vocabulary's concept, notion or construct of it."""
    found = mention.found
    if not WORD_RE.fullmatch(found) or not found[:1].isupper():
        return False
    text = mention.segment.text
    return _VOCABULARY_CONCEPT.search(text, max(0, mention.start - 60), mention.start) is not None


def labelled_on_page(mention: Mention, source: str) -> bool:
    """Whether the page sets the mention's capitalised word (singular) out as
    a definition list's label :data:`_LABEL_USES` times or more."""
    found = mention.found
    if not found[:1].isupper() or not WORD_RE.fullmatch(found):
        return False
    return _page_labels(source).get(found, 0) >= _LABEL_USES


#: A line that may be a definition list's label: its indent, its text (from
#: its first character that is no blank: blanks at its end are stripped
#: after) and the line break, before a line indented further that holds
#: more than blanks.  The text is taken whole, not up to its last
#: non-blank, which took the regex engine a step per character.
_LABEL_LINE = lazy_compile(r"^([ \t]*)([^ \t\n][^\n]*)\n(?=\1[ \t]+\S)", re.MULTILINE)


@lru_cache(maxsize=1)
def _page_labels(source: str) -> dict[str, int]:
    """How often ``source`` sets each text out as a label: one scan of the page
    for all its mentions, where a pattern compiled and searched over the
    whole page for each capitalised mention took 6.1 ms of a check of the
    Markdown handbook, about a sixth of GL001's time (one scan: 2.8 ms).

    Counted as a search for one label's line and the start of the line under
    it would count them: a label right under the same label counts only when
    the one above did not (the first search's match runs into its line)."""
    counts: dict[str, int] = {}
    counted_up_to: dict[str, int] = {}  # where the line under the label last counted starts
    for match in _LABEL_LINE.finditer(source):
        label = match.group(2).rstrip(" \t")
        if counted_up_to.get(label) == match.start():
            continue
        counted_up_to[label] = match.end()
        counts[label] = counts.get(label, 0) + 1
    return counts
