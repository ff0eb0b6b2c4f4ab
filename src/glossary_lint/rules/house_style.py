"""What the files of one run show about how the handbook writes names.

A capitalised glossary word mid-sentence is a case slip, unless the
handbook uses it as a name: the name of a class its code shows
(``Session``, written ```Session``` or ``Session(`` somewhere), or a word it
capitalises mid-sentence as often as not (``the Declarative extension``,
where the glossary page lists "declarative" in lower case) or in many
chapters (``the Master``, though most chapters write "the master").  One
chapter may not show that; the other chapters of the run do.  The survey
reads the raw text of every file once, before the run, with regular
expressions and the run's matcher: it is far cheaper than parsing, and its
counts need not be exact, only tell a house style (dozens of uses) from a
stray slip (one or two).  Capitals and lower case are counted in the text's
prose (:func:`prose_text`): ``from typing import Callable`` in a code block
is no capital a writer chose.

The survey also counts how the prose spaces each term it meets: a handbook
whose glossary lists "thread local" but whose chapters write ``threadlocal``
more often has its own spelling (:func:`house_spelled`).  Only prose counts:
inline code, literal and code blocks and dotted or underscored names
(``pyramid.threadlocal``) are code, spelled as the code is, and say nothing
about the prose's spelling.  The forms are found by the run's matcher (a
dictionary look-up per word, whatever the glossary's size) and counted only
for the terms met, so what the survey keeps grows with the handbook's
vocabulary, not with its files or the glossary.  A run of one file surveys
that file.

A page may have a capitalisation of its own that the run does not share:
one chapter writes "the Minion" and "the Master" as the names of its two
roles, where the rest of the handbook writes them in lower case.  Each
page is judged by its own mentions too (:func:`page_capitals`), when it is
checked; nothing of it is kept for the run.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

from ..glossary.model import CasePolicy, Glossary, SpellingKind, Term
from ..glossary.tables import TableKind, glossary_table
from ..lazy_re import lazy_compile
from ..matching.matcher import Candidate, Matcher, Mention
from ..matching.words import WORD_RE
from ..sources.segments import PLACEHOLDER, BlockKind, Segment
from .case_context import at_sentence_start, capital_allowed, capitals_can_only_be_slips
from .class_nouns import ClassNounCount, ClassNouns
from .code_spellings import CodeSpellingCount, CodeSpellingPart, CodeSpellings, declared_names
from .dotted_names import dotted_names
from .guessed_case import USAGE_USES, guessed_exact, lowers_guessed_exact
from .house_names import two_word_names
from .linked_forms import linked_forms
from .styled_names import styled_term
from .word_roles import modifies_next_noun

#: A capitalised name written as code: ```Expr```, ``:class:`~.Boolean` ``,
#: ``pkg.Table.c``, or called: ``Expr(x)`` (prose puts a space before a bracket).
#: A word before ``(s)`` or ``(es)`` is no call: English writes an optional
#: plural so (``the Widget(s) named``).
#: The pattern reads the whole of every file, so it opens with the set of
#: characters a name's match can start with: the regex engine then skips
#: to the next of them in one loop in C, instead of trying the pattern at
#: every character (a look-ahead in front does not let it).  The character
#: is captured: a called name begins with it (the match's groups: that
#: character, a name after a mark, the rest of a called name).
_CODE_NAME = lazy_compile(
    r"([`.~<A-Z])(?:(?<=[`.~<])([A-Z]\w*)(?=[`(.>])|(?<![\w.`~<-].)(?<=[A-Z])(\w*)(?=\((?!e?s\))))"
)
#: A capitalised word right after a lower-case one: mid-sentence.  Searched
#: in a text with a space before it: the lower-case word starts after a space
#: or a bracket, which the pattern opens with (so the regex engine skips to
#: the next one) rather than looking behind at every character.
#: (``(?=(x*))\1`` is an atomic ``x*``: no step back into the word, which
#: could never be followed by a comma or a space anyway.)
_CAPITAL_AFTER_LOWER = lazy_compile(r"[\s(](?=([a-z][a-z'’]*))\1,?[ \t]+([A-Z][a-z]+)\b")

#: How often a capitalised form must be written mid-sentence for it to be a
#: name the text keeps rather than a slip (a slip is a stray).
KEPT_USES = 3


def keeps_capitals(capitalised: int, lower: int) -> bool:
    """Whether a text that writes a word capitalised mid-sentence
    ``capitalised`` times and in lower case ``lower`` times names something
    with the capital: often, and at least half as often as the lower case."""
    return capitalised >= KEPT_USES and 2 * capitalised >= lower


def capitalised_lower_term(mention: Mention) -> bool:
    """A capitalised form of a lower-case term: only such a form may be a
    proper name or a class name (a listed variant, or a wrong case of an
    exact-case term, stays a slip however often it is written).  A line
    break between its words is a space."""
    found = mention.one_line
    return (
        not mention.typo
        and not mention.ambiguous
        and found[:1].isupper()
        and any(
            c.spelling.kind is not SpellingKind.VARIANT
            and c.spelling.case is CasePolicy.SENTENCE
            and c.spelling.text == c.spelling.text.lower() == found.lower()
            for c in mention.candidates
        )
    )


#: How often a handbook must capitalise a lower-case term mid-sentence, in
#: :data:`KEPT_USES` files or more, for the capital to be a usage of its own
#: though its lower case is more common (:func:`house_capitals`).
HOUSE_USES = 5
#: How many times more often than a hyphenated second spelling of a closed
#: compound the closed form may be written for the hyphens still to be the
#: house's (:meth:`_SpacingCount._opened_in_chapters`).
OPENED_SHARE = 10
#: How many times more pages than a hyphenated second spelling of a closed
#: compound the closed form may stand on for the hyphens still to be the
#: house's (:meth:`_SpacingCount._opened_in_chapters`).
OPENED_PAGES = 2


def house_capitals(capitalised: int, files: int) -> bool:
    """Whether a handbook that capitalises a lower-case term mid-sentence
    ``capitalised`` times, in ``files`` files, names something with the
    capital as one of its usages, however often it writes the lower case:
    some chapters call a component "the Master" where others write "the
    master".  A slip is a stray, a capital or two in a chapter or two;
    five and more, over three chapters or more, is a habit of the house."""
    return files >= KEPT_USES and capitalised >= HOUSE_USES


#: How far around a mention the survey reads to judge its capital: farther
#: than :mod:`.case_context` looks (a quoted title, the words of a name).
_CONTEXT = 300
#: The underline of a title in the raw text (reST, or Markdown's setext).
_UNDERLINE = lazy_compile(r"\n[ \t]*([=\-~^\"'`*+#:.])\1{2,}[ \t]*(?:\n|\Z)")


def _prose_capital(mention: Mention) -> bool:
    """A capitalised form of a lower-case term (:func:`capitalised_lower_term`)
    in a file's prose text where only the author's choice explains the
    capital, as GL001 would judge it (:func:`capitals_can_only_be_slips`):
    after a lower-case word of its sentence, with no sentence start, title,
    name, link text, emphasis or quotation to give it a reason, and not in a
    heading (a ``#`` line, or a line over its underline) or a table's row.  A first word in
    capitals (``CHECK constraint``) is a keyword, not a name's capital.
    Judged from the text of its block around it, so each capital costs the
    same however long the file."""
    return capitalised_lower_term(mention) and _chosen_capital(mention)


def _chosen_capital(mention: Mention) -> bool:
    """The test of :func:`_prose_capital` but for the term's case: a
    capital where only the author's choice explains it."""
    if mention.found[1:2].isupper():
        return False
    text, start, end = mention.segment.text, mention.start, mention.stem_end
    line = _title_line(mention)
    if line is None:
        return False
    near = _block_start(text, start, line)
    window = text[near : end + _CONTEXT]
    around = Segment(window, BlockKind.PARAGRAPH, ((0, 0, len(window)),))
    start, end = start - near, end - near
    return not at_sentence_start(window, start) and capitals_can_only_be_slips(around, window, start, end)


def _title_line(mention: Mention) -> int | None:
    """Where the line of the mention's text starts, or None where the line
    is a heading (a ``#`` line, or a line over its underline) or a table's
    row, whose capitals are its style."""
    text, start, end = mention.segment.text, mention.start, mention.stem_end
    before = text.rfind("\n", max(0, start - _CONTEXT), start)
    line = before + 1 if before >= 0 or start <= _CONTEXT else start  # a long line is no title
    line_end = text.find("\n", end, end + _CONTEXT)
    if text[line:start].lstrip().startswith(_NOT_PROSE_LINE) or (
        line_end >= 0 and _UNDERLINE.match(text, line_end)
    ):
        return None
    return line


def _alone_on_line(mention: Mention) -> bool:
    """Whether the mention is all its line holds: a headword over its
    definition, a label, written as the entry is headed."""
    text = mention.segment.text
    line = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    after = text[mention.end : len(text) if end < 0 else end]
    return not (text[line : mention.start].strip() or after.strip())


def _kept_capitals(mention: Mention) -> bool:
    """Whether a name guessed ``exact`` is written in the glossary's letters
    where a writer chose them: in running text, not a heading, a table's
    row or a line of its own (a headword), with a capital after its first
    letter (``the Quill-to-Glyph maps``, ``the Ink Well``) or its first
    capital mid-sentence."""
    if not guessed_exact(mention) or _title_line(mention) is None or _alone_on_line(mention):
        return False
    found = mention.one_line
    return any(ch.isupper() for ch in found[1:]) or not at_sentence_start(mention.segment.text, mention.start)


#: How a line opens that is no running text: a Markdown heading, or a row of a
#: table (``| Number of Servers | 2 |``), whose cells are labels in Title Case.
_NOT_PROSE_LINE = ("#", "|")
_INDENT = lazy_compile(r"[ \t]*")


def _block_start(text: str, start: int, line: int) -> int:
    """Where the text that ``start`` is judged in begins: the line it opens,
    if that line is indented deeper than the one before it (a definition
    under its term: a parser would give it a block of its own, whose first
    word starts a sentence); else :data:`_CONTEXT` before it."""
    near = max(0, start - _CONTEXT)
    if line > near and not text[line:start].strip():
        previous = text.rfind("\n", near, line - 1) + 1 or near
        if _indent(text, line) > _indent(text, previous):
            return line
    return near


def _indent(text: str, line: int) -> int:
    return _INDENT.match(text, line).end() - line  # type: ignore[union-attr]


#: A term's id and where its capitals stand in a written form (:func:`capital_shape`).
CapitalForm = tuple[str, tuple[int, ...]]


def capital_shape(form: str) -> tuple[int, ...]:
    """Where the capitals of a written form stand: ``(0,)`` for ``Pantry``
    and ``Websocket``, ``(0, 3)`` for ``WebSocket``, ``(0, 7, 8)`` for
    ``Minion ID``."""
    return tuple(i for i, c in enumerate(form) if c.isupper())


@dataclass(frozen=True)
class CapitalPart:
    """One file's part of a :class:`_CapitalCount`."""

    #: How often the file writes each term (by id) in lower case.
    lower: Counter[str]
    #: How often it capitalises each :data:`CapitalForm` mid-sentence.
    capitals: Counter[CapitalForm]
    #: Ids of those terms whose case the importer guessed.
    guessed: set[str]
    #: How often it writes each headword set in capitals in Title Case
    #: mid-sentence (:func:`.styled_names.styled_term`), by term id.
    styled: Counter[str] = field(default_factory=Counter)
    #: How often it writes a capitalised name whose case the importer
    #: guessed ``exact`` in the glossary's letters by choice
    #: (:func:`_kept_capitals`), by the form case-folded.
    kept: Counter[str] = field(default_factory=Counter)
    #: How often it writes such a name in lower case, by the form.
    lowered: Counter[str] = field(default_factory=Counter)


class _CapitalCount:
    """How often the prose of a run capitalises each lower-case term
    mid-sentence, form by form and in how many files, and how often it
    writes the term in lower case: counted from the mentions the spacing
    survey reads anyway.  Capitals are counted by where they stand
    (:func:`capital_shape`): ``WebSocket`` and ``Websocket`` of "websocket"
    apart, so the house's capital excuses the capital it writes, not another
    one a writer slipped into; ``Pantry`` and ``Larder``, an entry and its
    alias each with its first letter up, together."""

    def __init__(self) -> None:
        self.capitals: Counter[CapitalForm] = Counter()
        self.files: Counter[CapitalForm] = Counter()
        self.lower: Counter[str] = Counter()
        #: Ids of the terms met whose case the importer guessed.
        self.guessed: set[str] = set()
        #: :attr:`CapitalPart.styled` of the run, and in how many files.
        self.styled: Counter[str] = Counter()
        self.styled_files: Counter[str] = Counter()
        #: :attr:`CapitalPart.kept` and :attr:`CapitalPart.lowered` of the
        #: run, and in how many files each form is written in lower case.
        self.kept: Counter[str] = Counter()
        self.lowered: Counter[str] = Counter()
        self.lowered_files: Counter[str] = Counter()

    @staticmethod
    def count(mentions: Iterable[Mention]) -> CapitalPart:
        """One file's part of the counts, from its prose mentions."""
        part = CapitalPart(Counter(), Counter(), set())
        for mention in mentions:
            if mention.typo or mention.ambiguous:
                continue
            term = mention.terms[0].id
            if mention.found == mention.found.casefold():
                part.lower[term] += 1
                if lowers_guessed_exact(mention):
                    part.lowered[mention.one_line] += 1
            elif _prose_capital(mention):
                part.capitals[(term, capital_shape(mention.one_line))] += 1
                if mention.terms[0].case_guessed:
                    part.guessed.add(term)
            elif (styled := styled_term(mention)) is not None and _chosen_capital(mention):
                part.styled[styled] += 1
            elif _kept_capitals(mention):
                part.kept[mention.one_line.casefold()] += 1
        return part

    def merge(self, part: CapitalPart) -> None:
        """Count one file's :meth:`count`."""
        self.lower.update(part.lower)
        self.capitals.update(part.capitals)
        self.files.update(part.capitals.keys())
        self.guessed |= part.guessed
        self.styled.update(part.styled)
        self.styled_files.update(part.styled.keys())
        self.kept.update(part.kept)
        self.lowered.update(part.lowered)
        self.lowered_files.update(part.lowered.keys())

    def house_terms(self) -> frozenset[CapitalForm]:
        """:attr:`HouseStyle.capitalised_terms`."""
        return frozenset(
            form
            for form, n in self.capitals.items()
            if keeps_capitals(n, self.lower[form[0]])
            or house_capitals(n, self.files[form])
            or (form[0] in self.guessed and outvotes_guess(n, self.files[form], self.lower[form[0]]))
        )

    def lowered_guesses(self) -> frozenset[str]:
        """:attr:`HouseStyle.lowered_guesses`: the lower-case forms of names
        guessed ``exact`` written on :data:`KEPT_USES` pages or more, where
        the run never writes the glossary's capitals by choice
        (:func:`_kept_capitals`).  Not a vote, as :func:`outvotes_guess` is:
        one capital a writer chose keeps the lower case slips, however
        often the lower case is written (a name lowered in many places is
        many slips of one name)."""
        return frozenset(f for f in self.lowered if self.lowered_files[f] >= KEPT_USES and not self.kept[f])

    def styled_names(self) -> frozenset[str]:
        """:attr:`HouseStyle.styled_names`."""
        return frozenset(t for t, n in self.styled.items() if house_capitals(n, self.styled_files[t]))


def outvotes_guess(capitalised: int, files: int, lower: int) -> bool:
    """Whether a handbook that writes a term the importer guessed to be in
    lower case (``case-guessed``) capitalised mid-sentence ``capitalised``
    times in ``files`` files, and in lower case ``lower`` times, spells it
    with the capital: a guess is weaker evidence than the chapters
    (:mod:`.guessed_case`), so a capital written twice or more, on more
    than one page, and more often than the guessed lower case, is the
    handbook's spelling of the name (``the metrics (Precision and F1
    Score)`` where the glossary page only heads an entry "Precision").  On
    one page, one use of the glossary's case keeps the capitals slips."""
    return capitalised >= USAGE_USES and files >= USAGE_USES and capitalised > lower


#: A written form of a term on a page: its id, its letters as found and
#: whether it is a plural (``Minions``).
PageForm = tuple[str, str, bool]

#: A plural's ending after a term's stem: ``s``, ``es``, and ``ies`` for a final ``y``
#: (:attr:`~glossary_lint.matching.matcher.Mention.replaced`).
_PLURAL_ENDING = lazy_compile(r"(?:i?e)?s", re.IGNORECASE)


def page_form(mention: Mention) -> PageForm:
    """The form :func:`page_capitals` counts a mention under; a possessive
    (``Minion's``) is the singular, and a term broken over two lines is the
    same form as on one."""
    return mention.terms[0].id, mention.one_line, bool(_PLURAL_ENDING.match(mention.suffix))


def page_capitals(
    mentions: Iterable[Mention], capitalised: Iterable[Mention] | None = None
) -> frozenset[PageForm]:
    """The capitalised forms of lower-case terms that a page writes as its
    style: mid-sentence (not at a sentence start or in a title), as a
    rule (:func:`keeps_capitals`) for the term or for its singular or plural
    alone.  A page may write "the Minion" as the name of a role and
    "minions" for the many machines: its singular capital is its style
    however many plurals it writes.  A slip is a stray, one capital among
    lower-case uses, never the form a page keeps.  Counted from the
    mentions the check has anyway: the cost grows with the terms the page
    meets, and nothing is kept once the page is checked.  The lower-case
    forms are counted only for the terms the page capitalises: most pages
    capitalise none, and count nothing.  ``capitalised``, when the caller
    has it, is the mentions :func:`capitalised_lower_term` picks, in order."""
    counted = [m for m in mentions if not (m.typo or m.ambiguous)]
    if capitalised is None:
        capitalised = filter(capitalised_lower_term, counted)
    capitals: Counter[PageForm] = Counter(
        page_form(m)
        for m in capitalised
        if m.found != m.found.casefold() and not capital_allowed(m.segment, m.start, m.stem_end)
    )
    if not capitals:
        return frozenset()
    capital_terms = {term for term, _, _ in capitals}
    lower: Counter[PageForm] = Counter(
        page_form(m) for m in counted if m.terms[0].id in capital_terms and m.found == m.found.casefold()
    )
    kept = set()
    for (term, found, plural), n in capitals.items():
        both = n + capitals[(term, found, not plural)]
        lowered = found.casefold()
        if keeps_capitals(n, lower[(term, lowered, plural)]) or keeps_capitals(
            both, lower[(term, lowered, plural)] + lower[(term, lowered, not plural)]
        ):
            kept.add((term, found, plural))
    return frozenset(kept)


def code_names(source: str) -> frozenset[str]:
    """Capitalised names a text writes as code: there they are class names,
    and the same name in prose is the class, not a term's slip.

    The survey reads every file's names, and GL001 reads a checked file's
    again: the answer is kept by the text's digest (a few bytes per file, for
    up to :data:`_CODE_NAMES_KEPT` texts), so the second read is a look-up."""
    key = text_digest(source)
    found = _CODE_NAMES.get(key)
    if found is None:
        text = _REFERENCE.sub(" ", source) if "`" in source else source
        found = frozenset(marked or first + rest for first, marked, rest in _CODE_NAME.findall(text))
        remember_code_names(key, found)
    return found


def text_digest(text: str) -> bytes:
    """A digest of a text (16 bytes of BLAKE2b) that names it in the memo of
    :func:`code_names` and in the survey's cache (:mod:`glossary_lint.survey_cache`)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def remember_code_names(digest: bytes, names: frozenset[str]) -> None:
    """Keep :func:`code_names` of the text whose :func:`text_digest` is
    ``digest``: a survey read from the cache hands GL001 the names it kept."""
    if len(_CODE_NAMES) >= _CODE_NAMES_KEPT:
        _CODE_NAMES.clear()
    _CODE_NAMES[digest] = names


#: Backticked text that is a reference, not code: a glossary, section or
#: document reference (reST's ``:term:`Kettle```, MyST's ``{term}`Kettle```,
#: with a target or not), an abbreviation or UI label, and a reST hyperlink
#: reference (```Kettle`_``).  Its capital is a headword's or a title's,
#: which names no class: a glossary whose headwords are in Title Case
#: (``Synonym``) would otherwise make every one of them a class name of the
#: handbook, and every slip of its capital a class's name.
#: (Each branch opens with the character it needs, and a hyperlink's
#: look-behind comes after its backtick: the regex engine then skips to the
#: next ``:``, ``{`` or backtick in C, as for :data:`_CODE_NAME`.)
_REFERENCE = lazy_compile(
    r"[:{](?:std:)?(?:term|ref|doc|numref|abbr|dfn|guilabel|menuselection|download)[:}]`[^`]*`"
    r"|`(?<![`\w]`)[^`\n]+`__?(?![\w`])"
)


#: :func:`code_names` by the digest of the text.
_CODE_NAMES: dict[bytes, frozenset[str]] = {}
_CODE_NAMES_KEPT = 8192


@dataclass(frozen=True)
class HouseStyle:
    """Names the run's files show; empty for a document checked alone."""

    #: Capitalised words of lower-case terms that are class names in this
    #: handbook (``Table`` of "table metadata"): written as code in :data:`CODE_FILES` files or more, and
    #: capitalised mid-sentence in :data:`KEPT_USES` files or more.
    class_names: frozenset[str] = frozenset()
    #: Capitals of lower-case terms (:data:`CapitalForm`) that the handbook
    #: writes mid-sentence as a rule (:func:`keeps_capitals`) or as a habit of
    #: many chapters (:func:`house_capitals`).
    capitalised_terms: frozenset[CapitalForm] = frozenset()
    #: ``(term id, spacing form)``: a joined, hyphenated or spaced form of a
    #: term (:func:`spacing_form`) that the prose writes :data:`KEPT_USES`
    #: times or more and at least as often as the glossary's own form (or
    #: closed up, as the name of a module of the handbook's code; or a closed
    #: compound hyphenated in several files), and that the entry does not list
    #: as a wrong variant.
    spacings: frozenset[tuple[str, str]] = frozenset()
    #: Headwords named after classes, and the nouns the prose writes for them.
    class_nouns: ClassNouns = ClassNouns()
    #: ``(term id, text)``: how the handbook's own term links write a term (:mod:`.linked_forms`).
    linked_forms: frozenset[tuple[str, str]] = frozenset()
    #: Spellings of terms that are names in the handbook's code (:mod:`.code_spellings`).
    code_spellings: CodeSpellings = CodeSpellings()
    #: Ids of one-word terms the prose writes closed :data:`KEPT_USES` times
    #: or more and split by a space never as often (:meth:`_SpacingCount.closed_terms`):
    #: the survey may miss a chapter's split, so none need be seen.
    closed_terms: frozenset[str] = frozenset()
    #: Capitalised words of lower-case terms that some file of the run writes
    #: as code (``Dataset`` of "dataset"): a class of that name exists.
    code_classes: frozenset[str] = frozenset()
    #: Two-word names opening with a term's word that the prose writes in
    #: capitals mid-sentence :data:`KEPT_USES` times or more (:mod:`.house_names`).
    names: frozenset[tuple[str, str]] = frozenset()
    #: ``(term id, form)``: a multi-word term's distinctive word that the
    #: prose writes hyphenated as its habit, case-folded (:meth:`_SpacingCount.opened_words`).
    opened_words: frozenset[tuple[str, str]] = frozenset()
    #: Ids of entries headed by a word set in capitals (``OSPREY``) whose
    #: Title Case (``Osprey``) the prose writes mid-sentence as a habit of
    #: several chapters (:func:`house_capitals`): the handbook's styling of
    #: the name (:mod:`.styled_names`).
    styled_names: frozenset[str] = frozenset()
    #: Lower-case forms of names the importer guessed ``exact`` that the
    #: handbook writes on several pages and never in the glossary's capitals
    #: by choice (:meth:`_CapitalCount.lowered_guesses`): the chapters'
    #: spelling of the name.
    lowered_guesses: frozenset[str] = frozenset()


#: In how many files a name must be written as code to be a class name of
#: the handbook: one mention (a dotted path, a table of another language's
#: functions) says little.
CODE_FILES = 2


def survey(texts: Iterable[str], glossary: Glossary, matcher: Matcher) -> HouseStyle:
    """The house style of the texts of one run."""
    count = HouseSurvey(glossary, matcher)
    for text in texts:
        count.merge(count.part(text))
    return count.result()


@dataclass(frozen=True)
class SurveyPart:
    """What one file adds to the run's survey: plain counts of its text,
    which decide the survey's answer with the other files' parts
    (:meth:`HouseSurvey.merge`), and which the runner may keep between
    runs by the text's digest (:mod:`.survey_parts`)."""

    spacing: SpacingPart
    in_code: CodeSpellingPart
    capitals: CapitalPart
    #: :func:`code_names` of the text.
    code_names: frozenset[str]
    #: :meth:`ClassNounCount.lower_uses` of the text.
    noun_lower: Counter[str]
    #: :func:`linked_forms` of the text.
    linked: frozenset[tuple[str, str]]
    #: Capitalised words of lower-case terms the prose writes after a lower-case word.
    prose_capitals: frozenset[str]
    #: :func:`.house_names.two_word_names` of the prose.
    names: Counter[tuple[str, str]]


class HouseSurvey:
    """The counts of a run's survey, file by file: :meth:`part` reads one
    file's text, :meth:`merge` adds a part, :meth:`result` weighs them."""

    def __init__(self, glossary: Glossary, matcher: Matcher) -> None:
        self.glossary = glossary
        self.parts = _lower_parts(glossary)
        self.code_files: Counter[str] = Counter()
        self.prose_files: Counter[str] = Counter()
        self.spacings = _SpacingCount(matcher)
        self.capitals = _CapitalCount()
        self.nouns = ClassNounCount(glossary)
        self.linked: set[tuple[str, str]] = set()
        self.in_code = CodeSpellingCount(matcher, CODE_FILES, KEPT_USES)
        self.names: Counter[tuple[str, str]] = Counter()

    def part(self, text: str, rest: bool = False) -> SurveyPart:
        """What the file whose text is ``text`` adds to the survey (a reST
        page when ``rest``, else Markdown: :func:`prose_text`)."""
        # Capitals and lower case are counted in prose only: ``from typing
        # import Callable`` in a code block is no capital a writer chose.
        code: list[str] = []
        prose = prose_text(text, code, rest)
        spacing, mentions = self.spacings.count(text, prose)
        parts = self.parts
        return SurveyPart(
            spacing,
            self.in_code.count(code, mentions, declared_names(text, rest)),
            self.capitals.count(mentions),
            code_names(text),
            self.nouns.lower_uses(text),
            frozenset(linked_forms(text, self.glossary)),
            frozenset(w for _, w in _CAPITAL_AFTER_LOWER.findall(" " + prose) if w.lower() in parts),
            two_word_names(prose, parts),
        )

    def merge(self, part: SurveyPart) -> None:
        """Add one file's part to the run's counts."""
        self.spacings.merge(part.spacing)
        self.in_code.merge(part.in_code)
        self.capitals.merge(part.capitals)
        self.nouns.merge(part.code_names, part.noun_lower)
        self.linked |= part.linked
        self.code_files.update(name for name in part.code_names if name.lower() in self.parts)
        self.prose_files.update(part.prose_capitals)
        self.names.update(part.names)

    def result(self) -> HouseStyle:
        """The house style of the files merged."""
        prose_files, code_files = self.prose_files, self.code_files
        return HouseStyle(
            frozenset(w for w, n in prose_files.items() if n >= KEPT_USES and code_files[w] >= CODE_FILES),
            self.capitals.house_terms(),
            self.spacings.house_forms(),
            self.nouns.result(KEPT_USES, CODE_FILES, OPENED_SHARE),
            frozenset(self.linked),
            self.in_code.result(),
            self.spacings.closed_terms(),
            frozenset(code_files),
            frozenset(name for name, n in self.names.items() if n >= KEPT_USES),
            self.spacings.opened_words(),
            self.capitals.styled_names(),
            self.capitals.lowered_guesses(),
        )


def _lower_spellings(glossary: Glossary) -> Iterable[tuple[str, str]]:
    """The lower-case spellings of terms whose case may vary, each with its
    term's id."""
    for term in glossary:
        for spelling in term.spellings():
            if (
                spelling.kind is not SpellingKind.VARIANT
                and spelling.case is CasePolicy.SENTENCE
                and spelling.text.islower()
            ):
                yield spelling.text, term.id


@glossary_table(TableKind.STRINGS)
def _lower_parts(glossary: Glossary) -> frozenset[str]:
    """The words of :func:`_lower_spellings` with their plurals, and :func:`_lower_words`."""
    parts = {part for spelling, _ in _lower_spellings(glossary) for part in spelling.split()}
    parts |= {part + ending for part in parts for ending in ("s", "es")} | set(_lower_words(glossary))
    return frozenset(parts)


@glossary_table(TableKind.STRING_MAP)
def _lower_words(glossary: Glossary) -> Mapping[str, str]:
    """The one-word spellings of :func:`_lower_spellings` and their plurals
    (``Windows`` counts as a capitalised ``window``), by spelling."""
    words: dict[str, str] = {}
    for text, term in _lower_spellings(glossary):
        if text.isalpha():
            words.setdefault(text, term)
    for text, term in list(words.items()):
        for plural in (text + "s", text + "es"):
            words.setdefault(plural, term)
    return words


_HYPHENS = lazy_compile("[\u2010\u2011]")
_SPACES = lazy_compile(r"\s+")


def spacing_form(text: str) -> str:
    """How a phrase joins its words: ``thread-local`` and ``thread\u2011local``
    are one form, ``threadlocal`` and ``thread local`` others.  The letters
    keep their case but for the first (a sentence's start), so a name that
    capitalises a term's words (``ORM Annotated Declarative``) is no use of
    the term ``ORM-annotated`` spaced."""
    # Most mentions are one word, with nothing to respace: no pattern is run.
    form = text if text.isalnum() else _HYPHENS.sub("-", _SPACES.sub(" ", text))
    return form[:1].lower() + form[1:]


#: Inline code (reST ``\`\`x\`\```, roles' targets, Markdown ``\`x\```) on one line or two;
#: a reference to a glossary entry (``:term:\`thread local\```, MyST's ``{term}``) is
#: prose and stays, without the target of ``:term:\`text <target>\```.
#: (Each branch opens with its own character, so the regex engine skips to
#: the next ``:``, ``{`` or backtick in C, as for :data:`_CODE_NAME`.)
_INLINE_CODE = lazy_compile(
    r":term:`([^`\n]+(?:\n[^`\n]+)?)`|\{term\}`([^`\n]+(?:\n[^`\n]+)?)`|`(?:`[^`]+?``|[^`\n]+(?:\n[^`\n]+)?`)"
)
_TARGET = lazy_compile(r"\s*<[^<>]*>\Z")
#: A reference to a page of the handbook (reST's ``:doc:`kiln-loads```, MyST's
#: ``{doc}`kiln-loads```): the page's file name, spelled as files are named,
#: neither prose nor a name of the code, so put out of the way as no code.
_DOC_ROLE = lazy_compile(r"(?::doc:|\{doc\})`[^`]*`")
#: A fenced code block of Markdown or MyST.
_FENCE = lazy_compile(r"^[ \t]*(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]*\1[^\n]*$|\Z)", re.M | re.S)
#: A line that opens a reST literal block: a paragraph ending in ``::``, or a
#: directive whose content is code.
_LITERAL_START = lazy_compile(
    r"^(?![ \t]*\.\. )[^\n]*::[ \t]*$"
    r"|^[ \t]*\.\. (?:code-block|code|sourcecode|literalinclude|testcode|testoutput|doctest"
    r"|productionlist|math|parsed-literal)::",
    re.IGNORECASE,  # docutils reads directive names in any case (``code-blocK``)
)
#: A line that only names a link target: reST's ``.. _name:``, MyST's ``(name)=``.
_TARGET_LINE = lazy_compile(r"\.\. _|\([^()\s]*\)=\s*$")
#: A name in code around a word: ``pkg.name``, ``name_x``, ``path/name``.
_CODE_BEFORE = lazy_compile(r"[\w)][./]$|[_/]$")
_CODE_AFTER = lazy_compile(r"[./]\w|_")
#: How a line that :func:`prose_text` may blank or cut opens, after its
#: indent: a prompt, a doctest's continuation, an explicit markup start or a
#: MyST target; the other such line ends in ``::`` (:data:`_LITERAL_MARK`).
#: Most Markdown files have neither (a ``$ `` of inline math, a ``::`` inside a
#: line, is no such line), and their text is kept as it is without a Python
#: step per line (:func:`_has_marked_line`).
_MARKED_LINE = lazy_compile(r"[^\S\n]*(?:>>>|\.\.\. |\$ |\.\. |\([^()\s]*\)=)")
#: :data:`_MARKED_LINE` after a line break: the regex engine skips from one
#: line break to the next in C, as for ``::`` here.
_MARKED_LINE_AFTER = lazy_compile(r"\n" + _MARKED_LINE.pattern)
_LITERAL_MARK = lazy_compile(r"::[ \t]*$", re.M)


def _has_marked_line(text: str) -> bool:
    """Whether a line of ``text`` may be blanked or cut by :func:`prose_text`."""
    return bool(_MARKED_LINE.match(text) or _LITERAL_MARK.search(text) or _MARKED_LINE_AFTER.search(text))


def prose_text(text: str, code: list[str] | None = None, rest: bool = False) -> str:
    """The raw text of a document with code put out of the way: inline
    code and fenced blocks become a :data:`PLACEHOLDER` (no word joins
    across it), the lines of literal blocks, doctests and link targets
    blank lines (the paragraphs around them stay apart).  Rough, as the
    survey may be, and far cheaper than parsing.  The code put aside is
    appended to ``code`` when given (:mod:`.code_spellings` reads it).

    ``rest``: the text is a reST page, which has no fenced block (its
    literal blocks are ``::`` paragraphs and code directives): a run of
    tildes or backquotes there is a section title's underline or
    overline, and read as a fence it would hide the text up to the next
    such line from the survey."""
    # Each pass is skipped where the text lacks what every match of it
    # holds (most files of a reST handbook have no fence, and most of a
    # Markdown one no literal block): the survey reads every file whole.
    if not rest and ("```" in text or "~~~" in text):
        text = _FENCE.sub(_put_aside(code, lambda m: PLACEHOLDER), text)
    if "`" in text:
        if "doc" in text:
            text = _DOC_ROLE.sub(PLACEHOLDER, text)
        text = _INLINE_CODE.sub(_put_aside(code, _inline_prose), text)
    if not _has_marked_line(text):
        return text
    return _blank_code_lines(text, code)


def _blank_code_lines(text: str, code: list[str] | None) -> str:
    """The lines of literal blocks, doctests, prompts and link targets of
    ``text`` blanked (:func:`prose_text`); the code among them appended to ``code``."""
    kept: list[str] = []
    block_indent: int | None = None  # inside a literal block opened at this indent
    for line in text.split("\n"):
        stripped = line.lstrip()
        indent = len(line) - len(stripped)
        if block_indent is not None:
            if not stripped or indent > block_indent:
                kept.append("")
                if code is not None:
                    code.append(line)
                continue
            block_indent = None
        if stripped.startswith((">>>", "... ", "$ ")) or _TARGET_LINE.match(stripped):
            kept.append("")
            if code is not None and not _TARGET_LINE.match(stripped):
                code.append(line)
            continue
        if _LITERAL_START.match(line):
            block_indent = indent
            # A paragraph before its block is prose; a directive's arguments
            # (``.. code-block:: jinja``) name a language, and are none.
            line = "" if stripped.startswith(".. ") else line.rstrip().removesuffix("::")
        kept.append(line)
    return "\n".join(kept)


def _inline_prose(code: re.Match[str]) -> str:
    """A glossary reference's text, kept in its backticks: its words are the
    prose's (their spacing counts), but a capital it has is the headword's
    as the link writes it, which :func:`_prose_capital` must not take for a
    capital the prose chose (GL001 lets a marked-up capital pass too)."""
    term = code.group(1) or code.group(2)
    return f"`{_TARGET.sub('', term)}`" if term else PLACEHOLDER


def _put_aside(
    code: list[str] | None, prose: Callable[[re.Match[str]], str]
) -> Callable[[re.Match[str]], str]:
    """``prose``, also keeping the text of each piece that it puts out of the way in ``code``."""
    if code is None:
        return prose

    def replace(match: re.Match[str]) -> str:
        kept = prose(match)
        if kept == PLACEHOLDER:
            code.append(match[0])
        return kept

    return replace


@dataclass(frozen=True)
class SpacingPart:
    """One file's part of a :class:`_SpacingCount`."""

    #: How often its prose writes each ``(term id, spacing form)``.
    counts: Counter[tuple[str, str]]
    #: The parts of its dotted names that are keys of the glossary's index.
    code_parts: frozenset[str]
    #: The terms met, by id.
    terms: Mapping[str, Term]
    #: How often its prose writes a multi-word term's distinctive word as
    #: two, by ``(term id, spacing form)``, the form case-folded (``top-level``).
    opened: Counter[tuple[str, str]]
    #: How often its prose writes each distinctive word closed up, case-folded
    #: (:meth:`Matcher.distinct_words`).
    closed: Counter[str]


class _SpacingCount:
    """How often the prose writes each spacing form of the terms it meets,
    and in how many files; and in how many files a joined form is a part of
    a dotted name in code (the module ``pyramid.threadlocal``)."""

    def __init__(self, matcher: Matcher) -> None:
        self.matcher = matcher
        self.counts: Counter[tuple[str, str]] = Counter()
        self.files: Counter[tuple[str, str]] = Counter()
        self.code_files: Counter[str] = Counter()
        #: The terms met, by id: only their forms are weighed at the end.
        self.terms: dict[str, Term] = {}
        #: :attr:`SpacingPart.opened` and :attr:`SpacingPart.closed` of the run, and their files.
        self.opened: Counter[tuple[str, str]] = Counter()
        self.opened_files: Counter[tuple[str, str]] = Counter()
        self.closed: Counter[str] = Counter()
        self.closed_files: Counter[str] = Counter()

    def add(self, text: str, prose: str | None = None) -> list[Mention]:
        """Count the forms of ``text``, whose :func:`prose_text` is ``prose``
        (worked out here when not given); return its prose mentions, which
        the other counts of the survey read too (one pass of the matcher)."""
        part, mentions = self.count(text, prose)
        self.merge(part)
        return mentions

    def count(self, text: str, prose: str | None = None) -> tuple[SpacingPart, list[Mention]]:
        """One file's part of the counts (:meth:`add`), and its prose mentions.
        A spaced term hyphenated before the noun it modifies (``a white-noise
        level``) is English hyphenating a compound modifier, no spelling of
        the term the house keeps: counted, it would let the same hyphens pass
        where the term stands as the noun (``the white-noise is``)."""
        if prose is None:
            prose = prose_text(text)
        index = self.matcher.index
        parts = {part.casefold() for name in dotted_names(text) for part in name.split(".")}
        segment = Segment(prose, BlockKind.PARAGRAPH, ())
        counts: Counter[tuple[str, str]] = Counter()
        opened: Counter[tuple[str, str]] = Counter()
        terms: dict[str, Term] = {}
        mentions = []
        for mention in self.matcher.mentions(segment, typos=False, distinct=True):
            if _CODE_BEFORE.search(prose, max(0, mention.start - 2), mention.start):
                continue
            if _CODE_AFTER.match(prose, mention.end):
                continue
            if mention.typo:  # a distinctive word written as two (``top-level``): no mention of its term
                opened.update((term.id, spacing_form(mention.found).casefold()) for term in mention.terms)
                continue
            mentions.append(mention)
            form = spacing_form(mention.found)
            modifier = "-" in form and modifies_next_noun(prose, mention.start, mention.end)
            for term in mention.terms:
                if not (modifier and " " in term.spelling):
                    terms.setdefault(term.id, term)
                    counts[(term.id, form)] += 1
        closed = self.matcher.distinct_words(prose)
        code_parts = frozenset(part for part in parts if part in index)
        return SpacingPart(counts, code_parts, terms, opened, closed), mentions

    def merge(self, part: SpacingPart) -> None:
        """Count one file's :meth:`count`."""
        self.code_files.update(part.code_parts)
        for term_id, term in part.terms.items():
            self.terms.setdefault(term_id, term)
        self.counts.update(part.counts)
        self.files.update(part.counts.keys())
        self.opened.update(part.opened)
        self.opened_files.update(part.opened.keys())
        self.closed.update(part.closed)
        self.closed_files.update(part.closed.keys())

    def closed_terms(self) -> frozenset[str]:
        """Closed compounds the handbook writes whole as its spelling
        (``waveform``, dozens of times) and split by a space only as a stray
        (``wave form``, once or twice): a chapter that writes only the split
        form has slipped, though it never writes the word whole itself.  A
        split written as often as :data:`KEPT_USES` is a phrase of the
        handbook (``memory view``) and leaves the term out."""
        closed: Counter[str] = Counter()
        split: Counter[str] = Counter()
        for (term_id, form), n in self.counts.items():
            if not any(c.isspace() for c in form):
                closed[term_id] += n
            elif " " not in self.terms[term_id].spelling:
                split[term_id] = max(split[term_id], n)
        return frozenset(t for t, n in closed.items() if n >= KEPT_USES and split[t] < KEPT_USES)

    def house_forms(self) -> frozenset[tuple[str, str]]:
        """The forms the prose keeps (:attr:`HouseStyle.spacings`): written
        as often as the glossary's form, or, hyphenating a closed compound,
        in several chapters (:func:`_opened_in_chapters`), or, closed up, as
        the name of a module the code shows (:func:`_code_name`).  Not a
        distinctive word of a longer term written as two (``bi-directional``
        of "bidirectional relationship"): the word closed up is no mention
        of its term, so the survey cannot weigh the two, and a handbook
        split between them keeps the glossary's."""
        kept = set()
        for (term_id, form), n in self.counts.items():
            if n < KEPT_USES:
                continue
            key = "".join(WORD_RE.findall(form)).casefold()
            allowed = set()
            for spelling in self.terms[term_id].spellings():
                if spelling.key != key:
                    continue
                if spelling.kind is SpellingKind.VARIANT and spacing_form(spelling.text) == form:
                    allowed = {form}  # listed as wrong: never the house's spelling
                    break
                if spelling.kind is not SpellingKind.VARIANT:
                    allowed.add(spacing_form(spelling.text))
            if not allowed or any(form.casefold() == a.casefold() for a in allowed):
                continue  # listed as wrong, or spaced as the glossary spaces it
            if (
                all(n >= self.counts[(term_id, a)] for a in allowed)
                or self._opened_in_chapters(term_id, form, allowed, n)
                or self._code_name(term_id, form)
            ):
                kept.add((term_id, form))
        return frozenset(kept)

    def opened_words(self) -> frozenset[tuple[str, str]]:
        """:attr:`HouseStyle.opened_words`: ``top-level``, the distinctive word
        of "toplevel dependency" hyphenated into the English words it is made
        of, as English writes them, in :data:`KEPT_USES` files or more, and
        on more pages and more often than the prose writes the word closed
        up (as a word of its own or inside the term): the handbook's own
        spelling of the word, whatever the glossary's headword mirrors (a
        name in the code).  A page's stray (one ``auto-regressive`` beside
        the handbook's ``autoregressive``) stays a slip, and so does the
        word split by a space (``top level``), as a closed compound's is."""
        kept = set()
        for (term_id, form), files in self.opened_files.items():
            if files < KEPT_USES or " " in form or "-" not in form:
                continue
            key = "".join(WORD_RE.findall(form))
            if files > self.closed_files[key] and self.opened[(term_id, form)] > self.closed[key]:
                kept.add((term_id, form))
        return frozenset(kept)

    def _opened_in_chapters(self, term_id: str, form: str, allowed: set[str], uses: int) -> bool:
        """``in-place`` beside the glossary's ``inplace``: a one-word
        compound (often a name from the code) hyphenated into the English
        words it is made of, as English writes ``re-use`` or ``e-mail``, in
        :data:`KEPT_USES` files or more, is the house's second spelling even
        where the closed form is written more often; a slip is a stray of one
        page.  Not where the closed form outnumbers it :data:`OPENED_SHARE`
        times or more (three ``change-set`` beside hundreds of ``changeset``),
        nor where the closed form stands on more than :data:`OPENED_PAGES`
        times as many pages (one ``plug-ins`` on each of three pages, beside
        ``plugin`` on eight): a spelling the house keeps is no such rarity,
        strays on a few pages are.  Pages, not uses, say how widely a
        spelling is kept: a page that explains the term writes it many
        times, a stray is written once on each page it slips into.  Split
        by a space (``data set``, ``code book``) it stays a slip: English
        closes such words up.  The other way, a spaced term
        closed up is a code name, kept only as one (:func:`_code_name`)."""
        return (
            self.files[(term_id, form)] >= KEPT_USES
            and " " not in form
            and "-" in form
            and all(WORD_RE.fullmatch(a) for a in allowed)
            and uses * OPENED_SHARE > max(self.counts[(term_id, a)] for a in allowed)
            and self.files[(term_id, form)] * OPENED_PAGES >= max(self.files[(term_id, a)] for a in allowed)
        )

    def _code_name(self, term_id: str, form: str) -> bool:
        """``the threadlocal stack`` beside the module ``pyramid.threadlocal``:
        a closed-up form that the code names a module or attribute by (in
        :data:`CODE_FILES` files or more) and the prose writes in
        :data:`KEPT_USES` files or more names that code, as a class name
        written as code does (:attr:`HouseStyle.class_names`)."""
        return (
            WORD_RE.fullmatch(form) is not None
            and self.code_files[form.casefold()] >= CODE_FILES
            and self.files[(term_id, form)] >= KEPT_USES
        )


def house_spelled(mention: Mention, house: HouseStyle) -> Mention | None:
    """The mention as it would stand if the glossary spaced the term the way
    the house does (``threadlocal`` for "thread local"), or None when the
    house has no spelling of its own for it.  Only the spacing is the
    house's: the rule still judges the letters' case against the glossary
    (``ThreadLocal`` for an exact-case ``threadlocal`` stays a slip)."""
    if mention.typo or mention.ambiguous or not house.spacings:
        return None
    form = spacing_form(mention.found)
    if all(c.spelling.text.islower() for c in mention.candidates):
        form = form.casefold()  # the capitals of a lower-case term are the rule's business
    if (mention.terms[0].id, form) not in house.spacings:
        return None
    return respaced_mention(mention)


def house_opened(mention: Mention, house: HouseStyle) -> bool:
    """Whether the mention is a distinctive word written as two the way the
    handbook writes it as a habit (:attr:`HouseStyle.opened_words`)."""
    if not (mention.typo and mention.separators and house.opened_words):
        return False
    return (mention.terms[0].id, spacing_form(mention.one_line).casefold()) in house.opened_words


def respaced_mention(mention: Mention) -> Mention | None:
    """The mention with its candidates spelled with their own letters and
    the found form's word breaks (:func:`_respaced`), or None when no
    candidate can be: what a spacing the handbook allows is judged as."""
    respaced = tuple(
        Candidate(c.term, replace(c.spelling, text=spaced))
        for c in mention.candidates
        if c.spelling.kind is not SpellingKind.VARIANT
        and (spaced := _respaced(c.spelling.text, mention.found)) is not None
    )
    return replace(mention, candidates=respaced) if respaced else None


#: A spelling made of words and the separators a spacing form changes.
_PLAIN_PHRASE = lazy_compile(r"[^\W_]+(?:[\s\-\u2010\u2011][^\W_]+)*")


def _respaced(wanted: str, found: str) -> str | None:
    """The letters of ``wanted`` (its case) with the word breaks of ``found``.
    A spelling with capitals (``HatStand``) keeps them only where the words
    stay whole: respaced (``Hat Stand``) it would read as Title Case, so its
    house form must be written with the glossary's very letters."""
    if not _PLAIN_PHRASE.fullmatch(wanted) or not _PLAIN_PHRASE.fullmatch(found):
        return None
    letters = "".join(WORD_RE.findall(wanted))
    if not letters.islower() and letters != "".join(WORD_RE.findall(found)):
        return None
    out, at = [], 0
    for piece in re.split(r"([^\W_]+)", found)[1:-1]:
        if WORD_RE.fullmatch(piece):
            out.append(letters[at : at + len(piece)])
            at += len(piece)
        else:
            out.append(" " if piece.isspace() else piece)
    return "".join(out) if at == len(letters) else None
