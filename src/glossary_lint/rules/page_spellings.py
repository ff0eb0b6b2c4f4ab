"""Spellings a page sets up for itself, and names it writes as code or as roles.

GL001 reads a mention against the glossary's spelling; these cues read it
against what the page around it does:

* :func:`abbreviated_forms`: a capitalised form the page introduces with its
  abbreviation (``the Widget Store (or WS)``, ``Widget Store (WS)``) is the
  page's defined name; its later capitalised uses on the page are that name,
  when the page writes it capitalised at least as often as in lower case.
* :func:`own_case_spelling`: a form that differs from the glossary's in case
  only, all in capitals (``WURL`` for ``wURL``), that the page writes as its
  rule (:data:`OWN_USES` times or more, and :data:`OWN_SHARE` times as often
  as the glossary's form, or more) beside the glossary's form, which it
  writes too, is the page's convention for the acronym, not a slip: a slip
  is a stray among the right spelling, not twenty uses against one.  A page
  that never writes the glossary's form may not know it, and its form stays
  a slip; so does any other case of a name (``Widgetron``), however often.
  Only case: a page that writes ``widget-store`` beside ``widget store``
  mixes two spellings, and its hyphens stay slips.
* :func:`names_quoted_key`: a hyphenated or underscored lower-case form the
  page writes as a quoted key (``"widget-store": ...``) names that key where
  it stands bare, without an article (``for widget-id and widget-store``);
  ``the widget-store`` is a noun phrase of prose, and a slip.
* :func:`in_role_series`: a lower-case term in Title Case mid-sentence in a
  sentence that names another lower-case term of the glossary in Title Case
  as well, one the page or the handbook keeps capitalised (``to the
  Dispatcher and the Widget Store``): the sentence names roles in Title
  Case, as the page writes its other role.
* :func:`after_at_sign`: a word right after ``@`` (``@widget-store``) is a
  route, a handle or a decorator, named as code names it.  Where the
  glossary has an entry for that very name, ``@`` and all
  (:func:`at_names`), the name is held to the entry's spelling:
  ``@widget store`` or ``@Widget-Store`` for the glossary's
  ``@widget-store`` is the route's name slipped (:func:`at_name_slip`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Sequence

from ..glossary.model import Glossary
from ..glossary.tables import TableKind, glossary_table
from ..lazy_re import lazy_compile
from ..matching.matcher import Mention
from ..matching.words import match_key
from .case_context import _FUNCTION_WORDS, beside_acronym, capital_allowed, named_with_abbreviation
from .house_style import PageForm, page_form
from .kind_capitals import _sentence

#: How often a page must write a form of its own, at least, for it to be the page's spelling.
OWN_USES = 10
#: How many times as often as the glossary's form a page must write its own.
OWN_SHARE = 10

#: How far apart, in characters, two roles of one series may stand.
SERIES_REACH = 80

_PLURAL = lazy_compile(r"(?:e?s)\Z")


def _base(word: str) -> str:
    """``word`` without a plural ending, as far as three characters or more remain."""
    stem = _PLURAL.sub("", word)
    return stem if len(stem) >= 3 else word


def _uses(source: str, word: str) -> int:
    """How often ``source`` writes ``word``, or its plural, as a whole word, in this very case."""
    pattern = r"(?<![\w-])" + re.escape(_base(word)) + r"(?:e?s)?(?![\w-])"
    return len(re.findall(pattern, source))


def abbreviated_forms(capitalised: Sequence[Mention], mentions: Iterable[Mention]) -> frozenset[PageForm]:
    """The capitalised forms (of ``capitalised``, mentions of lower-case terms)
    that the page introduces beside their abbreviation, and writes
    capitalised at least as often as in lower case."""
    introduced = {
        page_form(m)
        for m in capitalised
        if named_with_abbreviation(m.segment.text, m.start, m.stem_end)
        or beside_acronym(m.segment.text, m.start, m.stem_end)
    }
    if not introduced:
        return frozenset()
    terms = {term for term, _, _ in introduced}
    lower = Counter(
        m.terms[0].id for m in mentions if m.terms[0].id in terms and m.found == m.found.casefold()
    )
    capitals = Counter(m.terms[0].id for m in capitalised if m.terms[0].id in terms)
    return frozenset(form for form in introduced if capitals[form[0]] >= lower[form[0]])


def own_case_spelling(found: str, wanted: str, source: str) -> bool:
    """Whether ``found``, ``wanted`` in another case, is the page's own spelling (module doc)."""
    if found == wanted or _base(found).casefold() != _base(wanted).casefold():
        return False
    if not _in_capitals(_base(found)):
        return False
    own, glossarys = _uses(source, found), _uses(source, wanted)
    return glossarys > 0 and own >= OWN_USES and own >= OWN_SHARE * glossarys


def _in_capitals(word: str) -> bool:
    """All in capitals (``WURL`` for ``wURL``): the way many write every
    acronym, a convention a page may keep.  Another case (``Widgetron``,
    ``WidGet``) of a name is its slip however often a page writes it."""
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) > 1 and all(ch.isupper() for ch in letters)


_BARE_BEFORE = lazy_compile(r"(?i:\b(?:a|an|the|this|that|its|each|every|their|our|your)\s+)\Z")


def names_quoted_key(mention: Mention, source: str) -> bool:
    """Whether a hyphenated or underscored lower-case mention stands bare for
    a key the page writes quoted (module doc)."""
    found = mention.one_line
    if found != found.lower() or not re.search(r"[^\W_][-_][^\W_]", found):
        return False
    if _BARE_BEFORE.search(mention.segment.text, max(0, mention.start - 12), mention.start):
        return False
    return re.search(r"[\"'“]" + re.escape(found) + r"[\"'”]\s*[:,]", source) is not None


def in_role_series(
    mention: Mention,
    mentions: Sequence[Mention],
    capitalised: Callable[[Mention], bool],
    kept: Container[PageForm],
    house_kept: Callable[[Mention], bool],
) -> bool:
    """Whether the sentence of a capitalised mention names another term in
    capitals that the page or the handbook keeps so (module doc); a
    name some entry spells so (``Widgetron``, both a product and its
    lower-case command) is that entry's name, no role in capitals.  Both
    terms must be headed in lower case by the glossary itself: a Title Case
    headword read as a lower-case term, or a case the importer guessed,
    says nothing of how the glossary names its roles."""
    if not _headed_in_lower_case(mention):
        return False
    text = mention.segment.text
    if not _title_cased(mention):
        return False  # 'Widget store': capitals on some words only name nothing
    if not _named_alone(text, mention.start, mention.end):
        return False
    start, end = _sentence(text, mention.start, mention.end)
    for other in mentions:
        if (
            other.segment is mention.segment
            and other is not mention
            and start <= other.start < end
            and abs(other.start - mention.start) <= SERIES_REACH
            and other.terms[0].id != mention.terms[0].id
            and capitalised(other)
            and _headed_in_lower_case(other)
            and _title_cased(other)
            and _named_alone(other.segment.text, other.start, other.end)
            and not any(c.spelling.text == other.one_line for c in other.candidates)
            and not capital_allowed(other.segment, other.start, other.stem_end)
            and (page_form(other) in kept or house_kept(other))
        ):
            return True
    return False


_WORD_BEFORE = lazy_compile(r"([A-Za-z][\w'’-]*)[ \t]*\n?[ \t]*\Z")
_WORD_AFTER = lazy_compile(r"[ \t]*\n?[ \t]*([A-Za-z][\w'’-]*)")


def _named_alone(text: str, start: int, end: int) -> bool:
    """Whether a name stands as a noun phrase of its own: after a small word
    (``the``, ``and``, ``to``) or nothing, and before no lower-case word but
    a small one.  ``an authentication Token`` is a common noun with a stray
    capital, and ``the Dispatcher service`` names a service, no role."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and before.group(1).casefold() not in _FUNCTION_WORDS:
        return False
    after = _WORD_AFTER.match(text, end)
    return after is None or not after.group(1).islower() or after.group(1) in _FUNCTION_WORDS


def _title_cased(mention: Mention) -> bool:
    """Whether every word of the mention opens with a capital (``Widget Store``)."""
    return all(word[:1].isupper() for word in mention.one_line.split())


def _headed_in_lower_case(mention: Mention) -> bool:
    term = mention.terms[0]
    return not term.case_guessed and term.term == term.term.lower()


def after_at_sign(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows ``@`` straight (``@widget-store``)."""
    return text[start - 1 : start] == "@"


@glossary_table(TableKind.STRING_MAP)
def at_names(glossary: Glossary) -> dict[str, str]:
    """The glossary's spellings that open with ``@`` and a word
    (``@widget-store``), by the case- and separator-blind key of their words."""
    names: dict[str, str] = {}
    for term in glossary:
        for spelling in term.spellings():
            text = spelling.text
            if text[:1] == "@" and text[1:2].isalnum():
                names.setdefault(match_key(text), text)
    return names


def at_name_slip(found: str, names: dict[str, str]) -> str | None:
    """The glossary's ``@`` name that ``found``, written right after an ``@``,
    spells otherwise (``widget store`` for ``@widget-store``); None where
    the glossary has no such name or ``found`` writes it as the glossary does."""
    if not names:
        return None
    name = names.get(match_key(found))
    return None if name is None or name[1:] == found else name
