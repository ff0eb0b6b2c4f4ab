"""Spellings of a term that are names in the handbook's code, not slips.

A handbook's code names things as code spells them: the API resource
``loadbalancer``, the program ``haproxy``, the service ``manila-share``, the
configuration key ``config-projects``.  Three kinds of prose spelling follow.

- The prose writes the code's name: ``a loadbalancer create operation`` for
  the glossary's "load balancer".  A spaced term closed up into a name the
  code uses (in :data:`.house_style.CODE_FILES` files or more) and that the prose writes
  as a habit (:data:`.house_style.KEPT_USES` times or more, in :data:`.house_style.CODE_FILES` files
  or more) is that name.  A name in lower case (``haproxy`` for "HAProxy",
  or hyphenated) is also a case or spacing slip a writer makes, so it is
  the house's only where the prose writes it at least as often as the
  glossary's spelling, too.  (A capital the code writes, ``Callable``, is a
  class name: :mod:`.house_style` weighs those.)
- The glossary's entry is the identifier and the prose writes its words
  spaced, the English phrase (``config project``, ``manila share``) with a
  sense of its own (:mod:`..glossary.identifier_entries`): where the code
  writes the identifier in :data:`CODE_PAGES` files or more and the prose
  writes the phrase as a habit (as above), the phrase is no slip of the
  identifier, unless a program word after it says it names the program
  (``the manila share service``).  An identifier that a directive of the
  handbook's markup declares (:func:`declared_names`: ``.. attr::
  config-projects``, the key documented) is a name of its own code on
  however few pages: the page count guards against a page quoting another
  program's name, and a handbook documents no other program's keys.

- The glossary's name has capitals and the code writes it in lower case
  (``octavia``, the package and the program, for "Octavia") in
  :data:`CODE_PAGES` files or more: the lower case followed by a program
  word (``the octavia processes``) or by inline code, the command typed to
  it, names the program as the code does; after a folder or repository
  word (``Directory containing octavia``) it names the program's folder.

- A name the code writes, set out on its own in emphasis or quotes
  (``prepared for *required-projects*``), or listed in a series of
  lower-case words beside another of the code's names (``loadbalancers,
  listeners, pools, healthmonitors``): the prose quotes or lists the code's
  names, once or as often as it likes.

- A section heading that is a lower-case name and nothing else (``###
  widgetd`` for "Widgetd"), on a page that writes that very name as inline
  code (```widgetd```): the heading names the program or package the page
  sets in code, spelled as the code is.

A slip is a stray, once or twice; what the code and the prose both write
many times is the handbook's usage.  The code is what the survey puts
aside as code (:func:`.house_style.prose_text`): inline literals and
roles, fenced and literal blocks, doctest and shell lines.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain
from typing import cast

from ..glossary.identifier_entries import (
    CODE_PAGES,
    CODE_TOKEN,
    is_identifier,
    names_program,
    spaced_identifier,
)
from ..glossary.model import SpellingKind
from ..lazy_re import lazy_compile
from ..matching.matcher import Matcher, Mention
from ..matching.words import WORD_RE, match_key
from ..sources.segments import PLACEHOLDER, BlockKind


@dataclass(frozen=True)
class CodeSpellings:
    """What :class:`CodeSpellingCount` found: ``(term id, form)`` pairs."""

    #: Forms other than the glossary's that the code and prose write (first kind above).
    names: frozenset[tuple[str, str]] = frozenset()
    #: Spaced identifiers, case-folded, that the prose writes as a habit (second kind).
    phrases: frozenset[tuple[str, str]] = frozenset()
    #: Lower-case forms of a name the code writes in :data:`CODE_PAGES` files or
    #: more: the program's name where a program word follows (third kind).
    programs: frozenset[tuple[str, str]] = frozenset()
    #: Forms other than the glossary's that the code writes in
    #: :data:`.house_style.CODE_FILES` files or more and the prose writes at
    #: least once: the code's names, whatever the prose's habit (fourth kind).
    code_forms: frozenset[str] = frozenset()
    #: Such forms that the code writes in one file at least.
    code_once: frozenset[str] = frozenset()


#: A reST directive whose whole argument is one name (no space, as a title
#: or a sentence would have): ``.. attr:: config-projects``.  The name is
#: what the directive documents (a key, an option, a variable), or a file it reads.
_REST_DIRECTIVE_NAME = lazy_compile(r"^[ \t]*\.\.[ \t]+[\w:.-]+::[ \t]+(\S+)[ \t]*$", re.MULTILINE)
#: The same in MyST, a fence opening the directive: ``{option} --tide-level``.
_MYST_DIRECTIVE_NAME = lazy_compile(r"^[ \t]*(?:`{3,}|:{3,})\{[\w:.-]+\}[ \t]+(\S+)[ \t]*$", re.MULTILINE)


def declared_names(text: str, rest: bool) -> list[str]:
    """The names that the directives of a page's markup (reST when ``rest``,
    else MyST) take as their whole argument: the names the handbook documents."""
    if rest:
        return _REST_DIRECTIVE_NAME.findall(text) if ".. " in text else []
    return _MYST_DIRECTIVE_NAME.findall(text) if "{" in text else []


#: What :meth:`CodeSpellingCount.result` reads of a form's first mention:
#: the spellings of its candidates that are not listed variants, and
#: whether the form is one of the listed variants.
FirstMention = tuple[tuple[str, ...], bool]


def _first_mention(mention: Mention, form: str) -> FirstMention:
    proper = tuple(c.spelling.text for c in mention.candidates if c.spelling.kind is not SpellingKind.VARIANT)
    return proper, _listed_variant(mention, form)


@dataclass(frozen=True)
class CodeSpellingPart:
    """One file's part of a :class:`CodeSpellingCount`."""

    #: The forms of glossary terms its code writes (each once).
    forms: frozenset[str]
    #: ``(term id, one-line form)`` of its prose mentions, by the number of uses.
    in_prose: Counter[tuple[str, str]]
    #: :data:`FirstMention` of each such form's first mention in the file.
    first: dict[tuple[str, str], FirstMention]
    #: The forms of glossary terms that its directives declare (:func:`declared_names`).
    declared: frozenset[str] = frozenset()


#: How many tokens' stems a count keeps (its memory is bounded, however many
#: names a run's code writes); more, and it starts again.
STEMS_KEPT = 65536


class CodeSpellingCount:
    """Counts, file by file, the names of glossary terms in code and the
    forms of the terms in prose."""

    def __init__(self, matcher: Matcher, code_files: int, kept_uses: int) -> None:
        self.index = matcher.index
        self.code_files, self.kept_uses = code_files, kept_uses
        #: Exact forms written in code, by the number of files.
        self.in_code: Counter[str] = Counter()
        #: ``(term id, one-line form)`` of prose mentions, by the number of uses.
        self.in_prose: Counter[tuple[str, str]] = Counter()
        #: ``(term id, phrase form)``: the files whose prose writes the form (:func:`_phrase_form`).
        self.phrase_files: Counter[tuple[str, str]] = Counter()
        #: What :meth:`result` reads of the first mention of each ``(term id,
        #: one-line form)``: its proper spellings and whether the form is a listed variant.
        self.first: dict[tuple[str, str], FirstMention] = {}
        #: Exact forms that a directive declares in some file (:func:`declared_names`).
        self.declared: set[str] = set()
        #: :meth:`_stem` of each token met so far: code repeats its names
        #: (sqlalchemy's code has 139,000 tokens, 7,800 of them distinct).
        self._stems: dict[str, str | None] = {}

    def add(self, code: Iterable[str], mentions: Iterable[Mention], declared: Iterable[str] = ()) -> None:
        self.merge(self.count(code, mentions, declared))

    def count(
        self, code: Iterable[str], mentions: Iterable[Mention], declared: Iterable[str] = ()
    ) -> CodeSpellingPart:
        """One file's part of the counts: the forms its code writes, the
        forms its directives declare (``declared``, their arguments:
        :func:`declared_names`), and its prose's mentions (plain values,
        which the run's survey may keep between runs: :mod:`.survey_parts`)."""
        # Each distinct token of a file once, its stem from a memo kept for
        # the run: code repeats its names within a file and across files.
        tokens = set(chain.from_iterable(map(CODE_TOKEN.findall, code)))
        stems = self._stems
        if len(stems) >= STEMS_KEPT:
            stems.clear()
        for token in tokens.difference(stems):
            stems[token] = self._stem(token)
        forms = set(map(stems.__getitem__, tokens))
        forms.discard(None)
        names = {self._stem(name) for name in declared}
        names.discard(None)
        in_prose: Counter[tuple[str, str]] = Counter()
        first: dict[tuple[str, str], FirstMention] = {}
        for mention in mentions:
            if mention.ambiguous:
                continue
            key = (mention.terms[0].id, mention.one_line)
            in_prose[key] += 1
            if key not in first:
                first[key] = _first_mention(mention, key[1])
        return CodeSpellingPart(
            frozenset(cast("set[str]", forms)), in_prose, first, frozenset(cast("set[str]", names))
        )

    def merge(self, part: CodeSpellingPart) -> None:
        """Count one file's :meth:`count`."""
        self.in_code.update(part.forms)
        self.declared |= part.declared
        self.in_prose.update(part.in_prose)
        for key, seen in part.first.items():
            self.first.setdefault(key, seen)
        self.phrase_files.update({(term_id, _phrase_form(form)) for term_id, form in part.in_prose})

    def _stem(self, token: str) -> str | None:
        """The token without a plural ending, if it spells a glossary term."""
        key = match_key(token)
        if key in self.index:
            return token
        for ending in ("s", "es"):
            if key.endswith(ending) and key[: -len(ending)] in self.index:
                return token[: -len(ending)]
        return None

    def _own_name(self, identifier: str) -> bool:
        """Whether the handbook's code names something ``identifier``: it
        writes it in :data:`CODE_PAGES` files or more, or a directive
        declares it (see the module doc)."""
        return self.in_code[identifier] >= CODE_PAGES or identifier in self.declared

    def result(self) -> CodeSpellings:
        written = {form for form, n in self.in_code.items() if n >= self.code_files}
        if not self.in_code and not self.declared:
            return CodeSpellings()
        names, phrases, programs, code_forms, code_once = set(), set(), set(), set(), set()
        spaced: Counter[tuple[str, str]] = Counter()
        for (term_id, form), n in self.in_prose.items():
            # A glossary spelling is no use of another form: 'Widgetd' at a
            # sentence start is counted with 'widgetd', but not where the
            # glossary's own spelling is 'Widgetd' (its uses are the name's).
            if form not in self.first[(term_id, form)][0]:
                spaced[(term_id, _phrase_form(form))] += n
        for (term_id, form), (proper, listed) in self.first.items():
            if not proper or form in proper or listed:
                continue
            if form in self.in_code:
                code_once.add(form)
                if form in written:
                    code_forms.add(form)
            if form.islower() and self.in_code[form] >= CODE_PAGES and any(p.lower() == form for p in proper):
                programs.add((term_id, form))
            phrase = (term_id, _phrase_form(form))
            habit = spaced[phrase] >= self.kept_uses and self.phrase_files[phrase] >= self.code_files
            if any(spaced_identifier(form, p) and self._own_name(p) for p in proper):
                if habit:
                    phrases.add(phrase)
            elif (
                form in written
                and habit
                and (
                    _closed_up(form, proper)
                    or (
                        form.islower()
                        and all(self.in_prose[(term_id, form)] >= self.in_prose[(term_id, p)] for p in proper)
                    )
                )
            ):
                names.add((term_id, form))
        return CodeSpellings(
            frozenset(names),
            frozenset(phrases),
            frozenset(programs),
            frozenset(code_forms),
            frozenset(code_once),
        )


#: Characters that set a span out of its sentence, emphasis, quotes and
#: brackets: each opener with its closer.
SETTING_OUT = {"*": "*", "_": "_", '"': '"', "'": "'", "“": "”", "‘": "’", "(": ")"}


def set_out_code_name(mention: Mention, spellings: CodeSpellings, source: str) -> bool:
    """Whether the mention is a name the code writes (:attr:`CodeSpellings.code_forms`)
    set out on its own in emphasis, quotes or brackets (``repos prepared for
    *required-projects*``, ``the Harbour (ferry-lane) endpoint``): the prose
    quotes the key, option or service by its name, once or as often as it
    likes.  In running text the same form is the code's only where the
    prose writes it as a habit (:func:`written_as_code`).  A form that
    differs from the glossary's in case alone (``(asar)`` for "ASAR") is the
    name's case slipped, set out or not: only the code's spacing counts."""
    if mention.typo or mention.ambiguous or mention.one_line not in spellings.code_forms:
        return False
    if any(c.spelling.text.casefold() == mention.one_line.casefold() for c in mention.candidates):
        return False
    span = mention.segment.source_span(mention.start, mention.stem_end)
    if span is None or span[0] == 0 or source[span[0] - 1] not in SETTING_OUT:
        return False
    rest = re.match(r"[\w'’]*", source[span[1] : span[1] + 20])
    close = span[1] + (rest.end() if rest else 0)
    return source[close : close + 1] == SETTING_OUT[source[span[0] - 1]]


#: A series of three lower-case words or more, joined by commas (the last maybe by "and"/"or").
_SERIES = lazy_compile(r"(?<![\w./-])[a-z][\w-]*(?:,\s+(?:(?:and|or)\s+)?[a-z][\w-]*){2,}(?![\w/-])")


def listed_with_code_names(mention: Mention, spellings: CodeSpellings) -> bool:
    """Whether the mention, a name the code writes (:attr:`CodeSpellings.code_once`),
    stands in a series of lower-case words beside another of the code's names
    that the prose writes as a habit or the code in several files
    (``loadbalancers, listeners, pools, healthmonitors``): a list of the
    API's resources, each named as the code names it.  A series of English
    words alone (``pools, members, healthmonitors``) names nothing so."""
    if mention.typo or mention.ambiguous or mention.one_line not in spellings.code_once:
        return False
    text, start = mention.segment.text, mention.start
    known = spellings.code_forms | {form for _, form in spellings.names}
    for series in _SERIES.finditer(text, max(0, start - 120), min(len(text), mention.end + 120)):
        if series.start() <= start < series.end():
            items = re.findall(r"[a-z][\w-]*", series.group())
            others = [i for i in items if i not in ("and", "or") and not i.startswith(mention.one_line)]
            return any(not known.isdisjoint((i, i[:-1], i[:-2])) for i in others)
    return False


#: Inline code right after a word, on its line or the next: a command or an option.
_CODE_AFTER = lazy_compile(rf"[ \t]*(?:\n[ \t]*)?{PLACEHOLDER}")


#: A place of the file system named right before a word, maybe with a word
#: that says what it holds: ``Directory containing tidepool``, ``a checkout
#: of tidepool``.  The program's lower-case name there is its folder's or
#: repository's name, spelled as the code spells the program.
_FOLDER_BEFORE = lazy_compile(
    r"\b(?:director(?:y|ies)|folders?|repositor(?:y|ies)|repos?|checkouts?|clones?)"
    r"[ \t]+(?:(?:containing|holding|of|for|with)[ \t]+)?(?:the[ \t]+)?$",
    re.IGNORECASE,
)


def _before_command(text: str, end: int) -> bool:
    """``query tidepool `tide show```: the program's lower-case name right
    before inline code, the command typed to it, names the program."""
    return _CODE_AFTER.match(text, end) is not None


def _phrase_form(form: str) -> str:
    """How the prose's uses of a form are counted together: with its first
    letter in lower case (a sentence's start), the other letters as written
    (``Manila API`` is another phrase than ``manila api``)."""
    return form[:1].lower() + form[1:]


def _listed_variant(mention: Mention, form: str) -> bool:
    return any(
        c.spelling.kind is SpellingKind.VARIANT and c.spelling.text == form for c in mention.candidates
    )


def _closed_up(form: str, proper: tuple[str, ...]) -> bool:
    """``loadbalancer`` for "load balancer": one word where the glossary writes several."""
    return len(WORD_RE.findall(form)) == 1 and all(len(WORD_RE.findall(p)) > 1 for p in proper)


def written_as_code(mention: Mention, spellings: CodeSpellings) -> bool:
    """Whether the mention is a spelling the handbook's code uses (see the module
    doc): the code's own name in prose, or a spaced identifier the prose
    writes as a habit, where no program word after it says it is the program."""
    if mention.typo or mention.ambiguous:
        return False
    term_id, form = mention.terms[0].id, mention.one_line
    if (term_id, form) in spellings.names:
        return True
    text = mention.segment.text
    if (term_id, form) in spellings.programs and (
        names_program(text, mention.end)
        or _before_command(text, mention.end)
        or _FOLDER_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None
    ):
        return True
    if (term_id, _phrase_form(form)) not in spellings.phrases:
        return False
    return not names_program(mention.segment.text, mention.end) and any(
        is_identifier(c.spelling.text) for c in mention.candidates
    )


def heads_code_name(mention: Mention, source: str) -> bool:
    """A heading that holds only the mention, in lower case, where the page
    writes the same letters as inline code (see the module doc)."""
    found = mention.one_line
    if mention.typo or mention.segment.kind is not BlockKind.HEADING or not found.islower():
        return False
    if mention.segment.text.strip() != found:
        return False
    return re.search(rf"(?<![`\w])``?{re.escape(found)}``?(?![`\w])", source) is not None
