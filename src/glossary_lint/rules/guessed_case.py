"""A case policy the importer guessed gives way to the page's own usage.

``import`` must guess a term's case when the glossary page never writes the
name mid-sentence (a heading ``Boutiques`` on a page whose headings are all
capitalised says nothing about the framework's name), and marks the entry
``case-guessed``.  A guess is weaker evidence than the chapters: where a
page writes the name mid-sentence with the letters of a mention (``a
Boutiques descriptor``, ``from Boutiques``) twice or more, and never with
the glossary's letters there, that is how the handbook spells the name, and
the mention is no slip.  One use is a stray and says nothing; a single use
of the glossary's letters keeps every other form a slip.  A capital where
any word may take one (a sentence start, a title, link text) is no choice
of the writer's and counts for neither side; a name set alone in bold
mid-sentence (``the word **Quillbox**``) is, bold there adding no
capitals.  An entry whose case the author set (no ``case-guessed``) is
judged by its policy alone.

The chapters together weigh the same way where no one page says enough: a
name guessed ``exact`` from its heading alone (``Quill-to-Glyph``) that the
handbook writes in lower case on three pages or more (``a quill-to-glyph
table``), and never in the glossary's capitals where a
writer chose them, is a lower-case term there (:func:`lowered_by_house`,
counted by the survey: :attr:`.house_style.HouseStyle.lowered_guesses`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..glossary.model import CasePolicy, SpellingKind
from ..matching.matcher import Candidate, Mention
from .case_context import at_sentence_start, capital_allowed
from .item_labels import english_word_lowered

#: How often a page must write a guessed name's other case, and never the
#: glossary's, for that case to be its spelling.
USAGE_USES = 2


class GuessedCaseUsage:
    """The mentions of one page, grouped by term on first need: most pages
    have no mention of a guessed entry written in another case."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.mentions = mentions
        self._by_term: dict[str, list[Mention]] | None = None
        #: Answers by term, spelling and form: a page with many mentions of
        #: one form counts the term's mentions once.
        self._answers: dict[tuple[str, str, str], tuple[int, int]] = {}

    def spells(self, mention: Mention) -> bool:
        """Whether ``mention`` differs from a guessed entry's spelling in
        letter case only, as the page's own usage writes the name."""
        if mention.typo or mention.ambiguous:
            return False
        found = mention.one_line
        return any(
            c.term.case_guessed
            and c.spelling.kind is not SpellingKind.VARIANT
            and _case_only(found, c.spelling.text)
            and self._usage(c.term.id, c.spelling.text, found)
            for c in mention.candidates
        )

    def lowers_dictionary_word(self, mention: Mention) -> bool:
        """Whether ``mention`` writes a guessed ``exact`` Title Case name with
        a dictionary word of it lowered (``WSGI middleware`` for "WSGI
        Middleware"; everyday words are taken by the spelling rule itself:
        :func:`.item_labels.english_word_lowered`) on a page that never writes
        the glossary's capitals where a writer chose them: the field's common
        noun, as the page uses it.  A page that also writes ``the Event
        Annotator`` mid-sentence names a thing by it, and ``Event annotator``
        there is a slip."""
        if mention.typo or mention.ambiguous:
            return False
        found = mention.one_line
        return any(
            _guessed_exact_spelling(c)
            and english_word_lowered(found, c.spelling.text, dictionary=True)
            and not self._tally(c.term.id, c.spelling.text, found)[1]
            for c in mention.candidates
        )

    def _usage(self, term: str, wanted: str, found: str) -> bool:
        agree, other = self._tally(term, wanted, found)
        return agree >= USAGE_USES and not other

    def _tally(self, term: str, wanted: str, found: str) -> tuple[int, int]:
        """How often the page writes ``found``'s letters where ``wanted``
        differs, and how often other letters (the glossary's among them)
        where a writer chose them."""
        key = (term, wanted, found)
        if key not in self._answers:
            self._answers[key] = self._count(term, wanted, found)
        return self._answers[key]

    def _count(self, term: str, wanted: str, found: str) -> tuple[int, int]:
        if self._by_term is None:
            self._by_term = {}
            for m in self.mentions:
                if not (m.typo or m.ambiguous):
                    self._by_term.setdefault(m.terms[0].id, []).append(m)
        differ = [i for i, (a, b) in enumerate(zip(found, wanted)) if a != b]
        letters = [found[i] for i in differ]
        agree = other = 0
        for m in self._by_term.get(term, ()):
            written = m.one_line
            if not _case_only(written, wanted) and written != wanted:
                continue
            these = [written[i] for i in differ]
            if (
                any(ch.isupper() for ch in these)
                and capital_allowed(m.segment, m.start, m.stem_end)
                and not set_alone_in_bold(m)
            ):
                continue  # a capital any word may take there: no choice of the writer's
            if these == letters:
                agree += 1
            else:
                other += 1
        return agree, other


def guessed_exact(mention: Mention) -> bool:
    """Whether the mention writes, in the glossary's letters, a name with
    capitals whose case the importer guessed ``exact``."""
    found = mention.one_line
    return (
        not (mention.typo or mention.ambiguous)
        and found != found.lower()
        and any(_guessed_exact_spelling(c) and c.spelling.text == found for c in mention.candidates)
    )


def lowers_guessed_exact(mention: Mention) -> bool:
    """Whether the mention writes in lower case a name with capitals whose
    case the importer guessed ``exact``."""
    found = mention.one_line
    return (
        not (mention.typo or mention.ambiguous)
        and found == found.lower()
        and any(_guessed_exact_spelling(c) and _case_only(found, c.spelling.text) for c in mention.candidates)
    )


def lowered_by_house(mention: Mention, lowered: frozenset[str]) -> bool:
    """Whether the mention writes in lower case a name the importer guessed
    ``exact`` in the lower case the handbook's chapters write as their
    habit (``lowered``: :attr:`.house_style.HouseStyle.lowered_guesses`)."""
    return mention.one_line in lowered and lowers_guessed_exact(mention)


def _guessed_exact_spelling(candidate: Candidate) -> bool:
    return (
        candidate.term.case_guessed
        and candidate.spelling.case is CasePolicy.EXACT
        and candidate.spelling.kind is not SpellingKind.VARIANT
    )


def set_alone_in_bold(mention: Mention) -> bool:
    """Whether the mention is the whole of a bold span that stands
    mid-sentence (``we call them **Kilnfolk** here``): emphasis set on the
    name alone, not a label opening a line or a phrase in Title Case, so its
    capitals are the writer's spelling of the name.  Link text is another
    page's title, in that title's case."""
    segment = mention.segment
    if segment.kind.is_title or at_sentence_start(segment.text, mention.start):
        return False
    return any(
        segment.text[s:e].strip() == segment.text[mention.start : mention.end]
        for s, e in segment.title_ranges
        if s <= mention.start and mention.end <= e and (s, e) not in segment.link_ranges
    )


def _case_only(found: str, wanted: str) -> bool:
    """Whether two forms differ in the case of some letters and nothing else."""
    return found != wanted and len(found) == len(wanted) and found.casefold() == wanted.casefold()
