"""A term's case policy, guessed from the evidence a page gives.

A name whose spelling settles it needs no person: all lower case is
``sentence``; code (``__init__``, ``is_*``), an abbreviation (``FFT``) or
a name with capitals inside a word (``EnCodec``) is ``exact``.  A name
written in sentence case says how it is spelled (``ASAR integrity``,
``Bound symbols``; ``Zen of Python``, with a capital after a small word, is
a proper name), but for its first capital, which a heading gives any name:
where the page keeps it mid-sentence and never lowers it (``an Eulerian
cradle``), it is the word's own and the name is ``exact``.  A name in
title case (``Session``, ``Batch Size``) is decided by how the page's own
definitions write it in the middle of a sentence: always capitalised is a proper name (``exact``),
in lower case (or another form) is ``sentence`` with that spelling; both,
for a name opened by a designation (``an L7 Policy`` here, ``an L7 policy``
there), keeps the heading's form as a running-text spelling beside it.
A first word in a compound (``Mako-style``) and a plural (``view
lookups``) are uses of the name too.
A name the page writes mid-sentence only as the text of its ``:term:``
references keeps ``exact`` (``a :term:`Verifier` checks``), but as a
guess (``case-guessed``): a reference copies the heading's capitals, so a
chapter that writes the word in lower case as a habit outweighs it
(:mod:`glossary_lint.rules.guessed_case`).

A name the page never writes mid-sentence is guessed from the rest of the
page, and the review line says from what.  Where the page writes most of
its terms in lower case, a capital is the author's choice: a word of the
name that is no everyday English word (``Mako``, ``Alembic``), or one the
page capitalises mid-sentence on its own (``Pyramid`` of ``Pyramid
Community Cookbook``), makes it a proper name; a name of everyday words
the page writes in lower case (``Translation Context``) is ``sentence``.
Where the page capitalises most of its terms (``Autoregressive Model``),
a capital is its heading style and says nothing: ``sentence``, unless the
name's first word opens other names too and the page capitalises it
mid-sentence on its own: a product's name (``Salt`` of ``Salt Cloud``),
or where its definition cites a site named after it (or a documentation
host's pages of it: ``/projects/sieve/en/latest/``), or it is a name the
page capitalises and a version number (``Python 3``).  The words of a web
or e-mail address without a capital are no writing of a name on either
page (:func:`without_addresses`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ...matching.doc_addresses import project_part
from ...matching.english import is_ordinary_word
from ...matching.words import match_key
from ...rules.word_lists import is_proper_name

_CODE = re.compile(r"[_.()*<>=/\\@#$%&|~`\[\]{}]")


@dataclass(frozen=True)
class CaseGuess:
    case: str  # "exact" or "sentence"
    spelling: str | None = None
    review: str | None = None
    #: the name as headed, where the page also writes it so mid-sentence
    #: beside the spelling it writes more often: a running-text spelling too
    also: str | None = None

    @property
    def guessed(self) -> bool:
        """Whether the page's own writing of the name did not settle the
        case: the review line then says what the guess rests on."""
        return self.review is not None


def is_abbreviation(text: str) -> bool:
    """``FFT``, ``FiLM``, ``VQ-VAE``, ``TCP/IP``: no spaces, and a part (between
    hyphens and slashes) with two or more capitals; ``Tiles/Data`` is two words."""
    return " " not in text and any(sum(ch.isupper() for ch in part) >= 2 for part in re.split(r"[-/]", text))


def only_exact(name: str) -> bool:
    """Whether only the name exactly as written may count as a mention: a
    code name whose symbols the matcher drops (``is_*`` would otherwise be
    every "is", ``__future__`` every "future") or a single letter."""
    key = match_key(name)
    return len(key) <= 1 or key != re.sub(r"[\s-]+", "", name.casefold())


def _camel(text: str) -> bool:
    return any(re.search(r"[a-z][A-Z]", word) for word in text.split())


def _designated(name: str) -> bool:
    """A name of several words opened by a designation (``L7 Policy``, ``LB
    Network``: capitals or a digit in the first word), whose capitals after
    it no sentence start can explain: where the page writes them mid-sentence
    they are a way of writing the name, not a title's style."""
    first, *rest = name.split()
    return bool(rest) and (first.isupper() or any(ch.isdigit() for ch in first))


def guess_case(name: str, evidence: Evidence, definition: str = "") -> CaseGuess:
    letters = [ch for ch in name if ch.isalpha()]
    if not letters or _CODE.search(name) or is_abbreviation(name) or _camel(name):
        return CaseGuess("exact")
    if not any(ch.isupper() for ch in letters):
        return CaseGuess("sentence", _proper_name_form(name, evidence))
    if not any(ch.islower() for ch in letters):
        return CaseGuess("exact")  # 'V8', 'S': capitals only
    first, *rest = name.split()
    if any(word[0].islower() for word in rest):  # a sentence-case name: the page's spelling
        if any(word[0].isupper() for word in rest):
            return CaseGuess("exact")  # 'Zen of Python': a capital after a small word
        lead = first if is_abbreviation(first) or first.isupper() else first[0].lower() + first[1:]
        spelling = " ".join([lead, *rest])
        if lead != first and _capital_kept(name, spelling, evidence):
            return CaseGuess("exact")  # 'Eulerian cradle': a proper adjective
        if lead != first and is_proper_name(first) and spelling not in evidence.mid_sentence_forms(name):
            # 'Aitken acceleration': the first capital is the name's, not the heading's
            return CaseGuess(
                "exact", review=_name_review("exact", [first], "a heading gives any name its first capital")
            )
        return CaseGuess("sentence", None if spelling == name.lower() else spelling)
    forms = Counter(evidence.mid_sentence_forms(name))
    if not forms:
        return _guess_from_page(name, evidence, definition)
    if set(forms) == {name}:
        if evidence.only_in_references(name):
            return CaseGuess(
                "exact",
                review=f"case 'exact' guessed: the page writes '{name}' mid-sentence only in term "
                "references, which copy the heading; set 'sentence' if it is an everyday word",
            )
        return CaseGuess("exact")
    lower = name.lower()
    form = max((f for f in forms if f != name), key=lambda f: (forms[f], f == lower))
    written = None if form == lower else form
    if not _designated(name):
        return CaseGuess("sentence", written)
    # Both forms are the page's usage ('an L7 Policy' and 'an L7 policy'):
    # after a designation, a capital the page writes itself is no slip, in
    # this name or in another the same designation opens ('L7 Rule').
    if forms[name]:
        because = f"the page writes both '{name}' and '{form}' mid-sentence"
    elif name.split()[0] in evidence.capitalised_designations:
        because = (
            f"the page writes '{form}' mid-sentence and capitalises after '{name.split()[0]}' in another name"
        )
    else:
        return CaseGuess("sentence", written)
    review = (
        f"case 'sentence' guessed: {because}, so both are kept as running-text spellings; "
        "drop the alias if one is a slip"
    )
    return CaseGuess("sentence", written, review=review, also=name)


def _proper_name_form(name: str, evidence: Evidence) -> str | None:
    """How the page writes a headword of several words that it lists in
    lower case, where every use in the definitions writes it as a proper
    name: with a capital after a lower-case small word (``Read the Docs``
    for a headword ``read the docs``), a form no sentence start or habit
    of lower-case headwords explains, as ``Zen of Python`` is a name.  A
    page that lists all its names in lower case (``python``, ``pypi``)
    says nothing of their case; the name's own writing does."""
    if " " not in name.strip():
        return None
    forms = set(evidence.mid_sentence_forms(name, anywhere=True))
    if len(forms) != 1:
        return None
    (form,) = forms
    rest = form.split()[1:]
    small = next((i for i, w in enumerate(rest) if w[:1].islower()), None)
    if small is not None and any(w[:1].isupper() and not w.isupper() for w in rest[small + 1 :]):
        return form  # (an acronym's capitals, 'standard MIDI file', make no name)
    return None


def _capital_kept(name: str, lowered: str, evidence: Evidence) -> bool:
    """Whether the page writes a sentence-case name's first capital in the
    middle of a sentence (``an Eulerian cradle``), and never the name with
    it lowered: the capital is the word's own (a person's or place's name
    made adjective), not the heading's sentence start."""
    forms = evidence.mid_sentence_forms(name)
    return name in forms and lowered not in forms


def _guess_from_page(name: str, evidence: Evidence, definition: str = "") -> CaseGuess:
    """A capitalised name the page never writes mid-sentence: what the rest
    of the page says about its words and about the page's own style, and
    what its own ``definition`` cites (:func:`named_site`)."""
    unused = "the page never writes this name mid-sentence"
    lower_page = evidence.style == "lower"
    words = [w for w in _WORD.findall(name) if not is_abbreviation(w) and not w.isupper()]
    # Only where the page writes its terms in lower case is a word that is no
    # everyday English a sign of a name; on a page that capitalises its terms,
    # 'Highstate' or 'Outputter' are as likely its own lower-case jargon.
    # There, a word capitalised mid-sentence is a name (``Nyquist``) but the
    # headword need not be one (``Nyquist frequency``), unless the word opens
    # a family of headwords: the product's name (``Salt Cloud``, ``Salt SSH``).
    names = [
        w
        for w in words
        if (lower_page or evidence.opens_names(w))
        and evidence.word_is_name(w, alone=lower_page and len(words) == 1)
    ]
    if names:
        listed = ", ".join(f"'{w}'" for w in names) + (" is a name" if len(names) == 1 else " are names")
        because = (
            f"the page writes most terms in lower case and {listed} "
            "(capitalised mid-sentence, or no everyday English word)"
            if lower_page
            else f"{listed} (the page capitalises it mid-sentence on its own)"
        )
        return CaseGuess(
            "exact", review=f"case 'exact' guessed: {unused}, but {because}; set 'sentence' if it is not"
        )
    site = named_site(name, definition)
    if site is not None:
        return CaseGuess(
            "exact",
            review=f"case 'exact' guessed: {unused}, but its definition cites {site}, a site named "
            "after it; set 'sentence' if it is not",
        )
    named = _versioned_name(name, evidence)
    if named is not None:
        return CaseGuess(
            "exact",
            review=f"case 'exact' guessed: {unused}, but it is '{named}' with a version number, and the "
            f"page capitalises '{named}' mid-sentence outside term references; set 'sentence' if it is not",
        )
    if _capital_after_hyphen(name) and evidence.heads_in_sentence_case:
        return CaseGuess(
            "exact",
            review=f"case 'exact' guessed: {unused}, but a word after a hyphen is capitalised, "
            "which the page's headwords in sentence case give no other word; set 'sentence' if it is not",
        )
    named_words = _with_names_kept(name)
    if named_words is not None:
        return named_words
    if not lower_page:
        says = "capitalises most of its terms" if evidence.style else "has too few terms to show its style"
        return CaseGuess(
            "sentence",
            review=f"case 'sentence' guessed: {unused}, and the page {says}, "
            "so a capital says nothing; set 'exact' for a proper name",
        )
    return CaseGuess(
        "sentence",
        review=f"case 'sentence' guessed: {unused}, and its words are everyday English or "
        "written in lower case on the page; set 'exact' for a proper name",
    )


def _with_names_kept(name: str) -> CaseGuess | None:
    """A capitalised name the page never writes mid-sentence whose words
    include names English writes only with their capital
    (:func:`~glossary_lint.rules.word_lists.is_proper_name`: ``Fourier``,
    ``Gaussian``, ``Markov``): whatever the page's style, those capitals are
    the words' own, and a guess of sentence case must not lower them
    (``Fourier Transform``: ``Fourier transform``, not ``fourier transform``,
    which ``--fix`` would write into the prose).  The name's other words are
    lowered as sentence case lowers them; a name of such words alone
    (``Jacobi``) is ``exact``.  None where no word is one."""
    named = [w for w in _WORD.findall(name) if is_proper_name(w)]
    if not named:
        return None
    spelling = _WORD.sub(lambda m: m.group(0) if _keeps_capitals(m.group(0)) else m.group(0).lower(), name)
    if spelling == name:
        return CaseGuess(
            "exact", review=_name_review("exact", named, "the page never writes this name mid-sentence")
        )
    return CaseGuess(
        "sentence",
        spelling,
        review=_name_review("sentence", named, "the page never writes this name mid-sentence"),
    )


def _keeps_capitals(word: str) -> bool:
    """A word whose capitals a sentence-case spelling keeps: a name English
    writes with its capital, or an abbreviation (``FFT``, ``VQ-VAE``)."""
    return is_proper_name(word) or word.isupper() or is_abbreviation(word)


def _name_review(case: str, named: list[str], unsettled: str) -> str:
    """The review line of a case that names English writes with a capital
    settle, where the page's ``unsettled`` evidence did not."""
    words = ", ".join(f"'{w}'" for w in named)
    return (
        f"case '{case}' guessed: {unsettled}, but {words} "
        f"{'is a name' if len(named) == 1 else 'are names'} English writes with a capital (WordNet); "
        "set 'case' or 'spelling' if the page means otherwise"
    )


#: A web address's host (``https://www.keepjars.org/``), without ``www.``.
_HOST = re.compile(r"https?://(?:www\.)?([\w.-]+)", re.IGNORECASE)


def named_site(name: str, definition: str) -> str | None:
    """The host of a web address that ``definition`` cites whose site is
    named after a capitalised name: a label of the host, but for its last
    (the top-level domain), made of the name's words in their order, each
    whole or cut short to two letters or more (``jamjarspec`` or ``jamjar``
    for "Jam Jar Spec"; ``jjs`` names nothing).  A standard, a project or a
    service that has a site named after it is a proper name, capitalised as
    its site writes it ("Keep a Changelog" at keepachangelog.com), where a
    phrase of everyday words the page happens to capitalise ("Translation
    Context") has none.  A name of one word counts only where it is no
    everyday English word (``Quillbox`` at quillbox.org): a site's label
    that is one (``forum.``, ``docs.``, ``status.``) names a part of some
    project's site, not the headword.  A documentation host's address that
    names the project in its path, before a language and a release
    (``/projects/sieve/en/latest/``), names it too, an everyday word or not
    (:func:`_documented_project`): the address is returned whole then."""
    words = [w.casefold() for w in _WORD.findall(name)]
    if "://" not in definition or not words:
        return None
    documented = _documented_project(words, definition)
    if documented is not None:
        return documented
    if len(words) == 1 and (len(words[0]) < 3 or is_ordinary_word(words[0])):
        return None
    for match in _HOST.finditer(definition):
        host = match.group(1).rstrip(".")
        labels = host.casefold().split(".")[:-1]
        if any(_names(label.replace("-", ""), words) for label in labels):
            return host
    return None


#: A web address in a definition, up to the space or bracket that ends it.
_ADDRESS_IN_TEXT = re.compile(r"https?://[^\s<>`\"'()\[\]]+", re.IGNORECASE)


def _documented_project(words: list[str], definition: str) -> str | None:
    """The address ``definition`` cites of a project's documentation named
    after the name of ``words``: the name's words run together as the path's
    part before a language and a release (``/projects/quillbox/en/latest/``),
    the layout of a documentation host, which versions the manual of a
    project.  That layout names the project even where its name is an
    everyday word (a form library ``Deform``), as a host's label may not."""
    for match in _ADDRESS_IN_TEXT.finditer(definition):
        address = match.group(0).rstrip(".,;:")
        part, closing = project_part(address)
        if part is not None and closing >= 2 and part.casefold().replace("-", "") == "".join(words):
            return address
    return None


def _names(label: str, words: list[str]) -> bool:
    """Whether a host's ``label`` names the name of ``words``: one word
    whole (cut short, ``qu`` of "Quillbox", it names anything), several
    run together (:func:`_abbreviates`)."""
    return label == words[0] if len(words) == 1 else _abbreviates(label, words)


def _abbreviates(label: str, words: list[str]) -> bool:
    """Whether ``label`` is the ``words`` run together, each whole or its
    first two letters or more (a word shorter than two letters whole)."""
    if not words:
        return not label
    word, rest = words[0], words[1:]
    return any(
        label.startswith(word[:k]) and _abbreviates(label[k:], rest)
        for k in range(len(word), min(len(word), 2) - 1, -1)
    )


#: A version number standing as a word of a name (``3``, ``2.7``, ``v10``).
_VERSION = re.compile(r"v?\d+(?:\.\d+)*")


def _versioned_name(name: str, evidence: Evidence) -> str | None:
    """The name in a headword that is a name and a version number (``Python
    3``, ``Windows 11``): its words but the number, where the page writes
    each of them capitalised mid-sentence, outside its term references,
    more often than not.  A version numbers a release of a product or a
    language, which English names with a capital; the page's own capitals
    tell the name from a numbered common noun (``step 3``), and a word of
    a phrase that is no name (``Nyquist frequency``) keeps the headword
    from counting."""
    words = name.split()
    named = [w for w in words if not _VERSION.fullmatch(w)]
    if not named or len(named) == len(words):
        return None
    if all(evidence.capitalises_itself(w) for w in named):
        return " ".join(named)
    return None


def _capital_after_hyphen(name: str) -> bool:
    """``Build-Tag``: a part after a hyphen that opens with a capital and goes
    on in small letters (an abbreviation's capitals, ``Build-ID``, are
    settled before)."""
    return any(part[:1].isupper() and part[1:].islower() for part in name.split("-")[1:])


def heads_in_sentence_case(names: list[str]) -> bool:
    """Whether a page heads its names of several spaced words in sentence
    case (``Declared dependency``) more often than in Title Case (``Batch
    Size``): there a heading's capitals stop at the first word, and a capital
    after a hyphen (``Build-Tag``) is the name's own, not the page's style.
    Names whose later words are code, abbreviations or mixed say nothing."""
    sentence = title = 0
    for name in names:
        plain = re.sub(r"\s*\(.*\)$", "", name)
        first, *rest = plain.split()
        if not rest or _CODE.search(plain) or not first[:1].isupper():
            continue
        later = [w for w in rest if not is_abbreviation(w) and not w.isupper()]
        if later and all(w[:1].islower() for w in later):
            sentence += 1
        elif later and all(w[:1].isupper() for w in later):
            title += 1
    return sentence > title


def page_style(names: list[str]) -> str | None:
    """How a page writes its terms: ``"capitals"`` (``Batch Size``,
    ``Vocoder``: a capital is its heading style, not a name's), ``"lower"``
    (a capital is the author's choice) or None when too few names say.
    A bracket after a name, abbreviations, code and names with inner
    capitals say nothing."""
    plain = [re.sub(r"\s*\(.*\)$", "", n) for n in names]
    plain = [n for n in plain if not (_CODE.search(n) or is_abbreviation(n) or _camel(n))]
    judged = [n for n in plain if n[:1].isalpha() and not n.split()[0].isupper()]
    capitalised = sum(n[0].isupper() for n in judged)
    if len(judged) < 3:
        return None
    return "capitals" if capitalised * 2 > len(judged) else "lower"


#: A word of running text; apostrophes inside it belong to it, a hyphen
#: parts a compound (``Mako-style``: its first part is a use of ``Mako``).
_WORD = re.compile(r"[^\W_](?:[\w'’]*[^\W_])?")
#: Endings of a plural of a name's last word (``view lookups``).
_PLURAL = ("s", "es")


#: A web address (``https://sphinx.example.org/``, ``www.example.org/win``)
#: or an e-mail address.
_ADDRESS = re.compile(
    r"\b(?:[a-z][a-z0-9+.-]*://|www\.)[^\s<>`\"'()\[\]]*[^\s<>`\"'()\[\].,;:!?]"
    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b",
    re.IGNORECASE,
)


def without_addresses(text: str) -> str:
    """``text`` with the words of its web and e-mail addresses that have no
    capital blanked (spaces keep every other word's place).  Addresses are
    written in lower case whatever a name's case (a host ignores it, and
    paths follow the host's habit): ``See http://sphinx.example.org/``
    writes no lower-case "sphinx", and ``runs on Windows`` beside
    ``example.com/windows`` is the page's one way of writing the name.  A
    capital in an address (``/projects/Quillbox/``) is the site's own
    choice of how the name is spelled, and stays."""
    return _ADDRESS.sub(lambda m: _WORD.sub(_blank_lower, m.group(0)), text)


def _blank_lower(word: re.Match[str]) -> str:
    """A word of an address, blanked unless it has a capital."""
    text = word.group(0)
    return text if any(ch.isupper() for ch in text) else " " * len(text)


class Evidence:
    """The page's running text, indexed by word once, so that looking up every
    name costs time in proportion to that name's occurrences, not to the page."""

    def __init__(self, text: str, names: list[str] | None = None, unreferenced: str | None = None) -> None:
        self.text = without_addresses(text)
        #: The same text without its term references, where it differs: a
        #: reference copies its headword's capitals (indexed on first need).
        self._unreferenced = unreferenced if unreferenced != text else None
        self._plain: Evidence | None = None
        self.style = page_style(names or [])
        #: whether the page's names of several words are headed in sentence case
        self.heads_in_sentence_case = heads_in_sentence_case(names or [])
        #: words the page's own names write in lower case (``expiring`` beside ``Expiring``)
        self.listed_lower = {
            w for n in names or [] if not _CODE.search(n) for w in _WORD.findall(n) if w.islower()
        }
        #: how many of the page's names each first word opens (``Salt`` of ``Salt Cloud``, ``Salt SSH``)
        self.first_words = Counter(n.split()[0] for n in names or [] if " " in n.strip())
        self.spans: list[tuple[int, int]] = []
        self.index: dict[str, list[int]] = {}
        for match in _WORD.finditer(text):
            self.index.setdefault(match.group(0).casefold(), []).append(len(self.spans))
            self.spans.append(match.span())
        #: designations the page writes a capital after mid-sentence in one of
        #: its names (``L7`` of ``an L7 Policy``)
        self.capitalised_designations = {
            n.split()[0]
            for n in names or []
            if _designated(n)
            and any(w[0].isupper() for w in n.split()[1:])
            and n in self.mid_sentence_forms(n)
        }

    def mid_sentence_forms(self, name: str, anywhere: bool = False) -> list[str]:
        """How the page writes ``name`` in the middle of its sentences, or
        ``anywhere``: each use, a plural's ending left off."""
        words = _WORD.findall(name)
        if not words:
            return []
        # start from the name's rarest word: its occurrences bound the work
        offset, places = min(
            ((k, self.index.get(word.casefold(), [])) for k, word in enumerate(words)),
            key=lambda pair: len(pair[1]),
        )
        if offset == len(words) - 1:  # the last word may be a plural
            places = sorted(
                places + [p for end in _PLURAL for p in self.index.get((words[-1] + end).casefold(), [])]
            )
        found = []
        for place in places:
            first, last = place - offset, place - offset + len(words) - 1
            if first < 0 or last >= len(self.spans):
                continue
            start, end = self.spans[first][0], self.spans[last][1]
            written = self.text[start:end]
            for ending in ("", *_PLURAL):
                if written.casefold() == (name + ending).casefold() and (
                    anywhere or not self._starts_sentence(start)
                ):
                    found.append(written[: len(written) - len(ending)])
                    break
        return found

    def only_in_references(self, name: str) -> bool:
        """Whether every mid-sentence use of ``name`` is a term reference's text."""
        if self._unreferenced is None:
            return False
        return not self._without_references().mid_sentence_forms(name)

    def capitalises_itself(self, word: str) -> bool:
        """Whether the page writes ``word`` mid-sentence, outside its term
        references (which copy a heading's capitals), capitalised more often
        than not."""
        forms = self._without_references().mid_sentence_forms(word)
        return bool(forms) and sum(f[:1].isupper() for f in forms) * 2 > len(forms)

    def _without_references(self) -> Evidence:
        """The page's text with its term references left out, indexed once."""
        if self._unreferenced is None:
            return self
        if self._plain is None:
            self._plain = Evidence(self._unreferenced)
        return self._plain

    def opens_names(self, word: str) -> bool:
        """Whether two or more of the page's names of several words start with ``word``."""
        return self.first_words[word] >= 2

    def word_is_name(self, word: str, alone: bool) -> bool:
        """A word the page capitalises mid-sentence more often than not, or,
        for a name of one word the page never writes mid-sentence nor lists
        in lower case, no everyday English word.  Inside a phrase, a rare
        word (``Fallback Language Code``) is no sign of a name."""
        forms = self.mid_sentence_forms(word)
        if forms:
            return sum(f[0].isupper() for f in forms) * 2 > len(forms)
        return alone and word.lower() not in self.listed_lower and not is_ordinary_word(word)

    def _starts_sentence(self, start: int) -> bool:
        before = ("\n\n" if start <= 300 else "") + self.text[max(0, start - 300) : start]
        if re.search(r"(\n[ \t]*\n)[ \t]*([-*+]|\d+[.)])?[ \t]*[*_`\"'(\[]*$", before):
            return True  # a paragraph or list item starts here
        before = before.rstrip(" \t\n*_`[\"'(")
        return not before or before[-1] in ".!?:#>|-"
