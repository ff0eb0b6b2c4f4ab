"""Whether a handbook spells out its acronyms at all: the gate of GL002.

An undefined acronym is a slip only in a handbook that defines its
acronyms.  One that does shows it twice over: its glossary has entries for
acronyms (``DAW``, ``LUFS``, each with its long form), or its chapters
spell acronyms out in prose (``Constant-Q Transform (CQT)``), many of them.
A handbook that does neither writes for readers who know its field's
short forms (a task queue's guide names RDB, AOF, IAM and SQS of the
products it runs on and expands none): every acronym it uses would be a
finding, and none would be acted on.  Measured over ten real handbooks
(README, accuracy section): every GL002 finding in the six without the
habit was false (37 of 37), and 36 of 51 in the four with it were real.

The glossary signal needs no prose, so a single file checked alone (a
pre-commit hook's run, the language server, the Sphinx extension) has it;
the prose signal counts only what the files of the run expand.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain

from ..glossary.model import Glossary
from .acronyms import ACRONYM, abbr_expansions, expansions, where_acronyms_may_be, word_kind

#: Share of a glossary's entries that must be acronyms for it to show the habit.
GLOSSARY_SHARE = 0.10
#: Distinct acronyms the run's prose must spell out for the prose to show it:
#: the handbooks measured spell out 3 to 9 (without the habit) or 15 to 72
#: (with it; sympy 31, whose glossary has no acronym); 15 stands between, with
#: room on both sides.
PROSE_MIN = 15


def is_acronym_entry(term_text: str, expansion: str | None, abbreviation: str | None) -> bool:
    """An entry for an acronym: its headword is one (``LUFS``, ``fMRI``) or
    it gives a long or short form (``expansion``/``abbreviation``)."""
    if expansion or abbreviation:
        return True
    words = term_text.split()
    return len(words) == 1 and _may_be_acronym(words[0]) and word_kind(words[0]) == ACRONYM


def _may_be_acronym(word: str) -> bool:
    """Whether :func:`~.acronyms.word_kind` could call ``word`` an acronym:
    each way it does needs two capitals, or one and a digit.  Most headwords
    have neither, and the gate asks of every entry (10,000 terms: 35 ms of
    ``word_kind``, every run, against 2 ms of this test)."""
    upper = sum(map(str.isupper, word))
    return upper >= 2 or (upper == 1 and any(map(str.isdigit, word)))


def glossary_defines_acronyms(glossary: Glossary) -> bool:
    """Whether acronyms make at least :data:`GLOSSARY_SHARE` of the entries:
    a glossary with one stray acronym among twenty terms (``ETA``) shows no
    habit, one with an acronym among three short entries does."""
    count = sum(
        1
        for t in glossary
        if t.expansion or t.abbreviation or not _never_acronym(t.term)
        if is_acronym_entry(t.term, t.expansion, t.abbreviation)
    )
    return count > 0 and count >= GLOSSARY_SHARE * len(glossary)


def _never_acronym(text: str) -> bool:
    """Whether the headword ``text`` can be no acronym: one word of letters
    with no capital after its first (:func:`_may_be_acronym` needs two
    capitals, or one and a digit), or more than one word.  Two string tests
    in C: the gate asks of every entry, and most headwords are such."""
    return (text.isalpha() and (len(text) < 2 or text[1:].islower())) or " " in text.strip()


class ProseHabit:
    """The prose signal counted file by file, so the run's one read of its
    files (:func:`glossary_lint.runner.lint_files`) serves the house survey
    and the gate alike.  Read from the raw sources, with the same expansion
    forms GL002 accepts: markup may hide an odd one, the count need not be
    exact.  A name spelled out (``MyClass (a mapped class)``) is no
    acronym.  Counting stops once the habit is shown."""

    def __init__(self, enough: int = PROSE_MIN) -> None:
        self.enough = enough
        self.seen: set[str] = set()

    @property
    def shown(self) -> bool:
        return len(self.seen) >= self.enough

    def add(self, text: str) -> None:
        """Count the acronyms ``text`` spells out, up to the threshold."""
        seen = self.seen
        if self.shown:
            return
        for short, _ in chain(expansions(text, where_acronyms_may_be), abbr_expansions(text)):
            if short not in seen and word_kind(short.split("-")[0]) == ACRONYM:
                seen.add(short)
                if self.shown:
                    return

    def spelled_out(self, text: str) -> frozenset[str]:
        """The acronyms ``text`` spells out, up to the threshold: the file's
        part of the count, which the run's survey may keep between runs
        (:mod:`glossary_lint.survey_cache`); :meth:`merge` counts it."""
        alone = ProseHabit(self.enough)
        alone.add(text)
        return frozenset(alone.seen)

    def merge(self, spelled_out: frozenset[str]) -> None:
        """Count one file's :meth:`spelled_out`: the habit shows once the
        run's files spell out :attr:`enough` acronyms between them, as
        when each text is :meth:`add`-ed (a text's first :attr:`enough`
        are all that can tell)."""
        self.seen |= spelled_out


def prose_expands_acronyms(texts: Iterable[str], enough: int = PROSE_MIN) -> bool:
    """Whether the texts spell out ``enough`` distinct acronyms between them
    (:class:`ProseHabit`)."""
    habit = ProseHabit(enough)
    for text in texts:
        habit.add(text)
        if habit.shown:
            return True
    return False


#: ``report-acronyms``: the gate decides (``auto``) or is open (``always``).
ALWAYS = "always"


def glossary_gate(glossary: Glossary, setting: str = "auto") -> bool:
    """The gate as far as the glossary answers it: open when the
    configuration says ``report-acronyms = "always"`` (a handbook whose
    readers are told every acronym, whatever its glossary shows)."""
    return setting == ALWAYS or glossary_defines_acronyms(glossary)
