"""Which acronyms the files of one run spell out as names.

An acronym is spelled out in the document that uses it, or the reader of that
page is left without it: a reader arrives at any page from a search, and
style guides (and Vale's per-file scope) ask for the long form on each
page.  So GL002 does not take an expansion in one chapter for the others:
over the tuned handbooks that would have dropped four real findings (`CQT`,
`ViSQOL`, `MFCC`, a `DCM` spelled out in another chapter of the same
handbook) along with the false ones.

What one chapter's long form does tell the others is what the acronym is:
where it is the name of a product, project or collection, its long form is
that name in Title Case ending in a word that says so (``Grain Pacing
Toolkit (GPK)``, ``the Kiln Glaze Ontology (KGO)``, ``GPK stands for Grain
Pacing Kit``).  Such an acronym is the thing's name wherever the handbook
writes it (``In GPK, ...``, ``the GPK developers``): a name, for
``undefined-name``, not an acronym to spell out on every page.  A run of one
file (a pre-commit hook's) sees its own long forms only.

So does a compact identifier's prefix (``KZG:0042``): an acronym the
handbook's identifiers are keyed by is the name of the ontology, database or
registry that issues them (``terms of KZG``), in every file.

So does a word in capitals one file assigns a value to (``QZSEL=1``) or
writes as a usage line's placeholder escaped for HTML (``&lt;QZSEL&gt;``):
the name of a register's field, a variable or an argument, which another
chapter's prose writes as the program does (``the QZSEL value``), no phrase
to spell out.  So does an attribute in capitals that code reads from an
object (``cell.QZT``): a field of the data, which the prose names as the
data does (``the QZT number``), and a word in capitals quoted as an item
of a list of values (``['QZA', 'QZT']``): a key the program's data uses.
(GL002 also reads the first two in the file it checks, :mod:`.undefined`;
they are as true of the handbook's other files.)

And so does the noun an acronym modifies, where that noun is a product, a
part of one or a published collection (``the QRX library``, ``the QRX
command``, ``the QRX vocabulary``), or files, which come in formats
(``QRX files``), and a release written after it or asking for it (``QRX
v4.1``, ``QRX 4.1.2``, ``version 2 of QRX``): what has files, commands and
releases is a thing with a name.  A kind of product is no name: ``a QRX
library`` or ``QRX libraries`` (an OCR library is any library that does
OCR), so the product nouns count in the singular without ``a`` or ``an``.
Nor is what one file holds (``the QRX file``: the file of the QRX, a
certificate list or a process id) or a format's description (``the QRX
format``: the way a QRX is written, or a number format such as FP16's);
a document that writes them so does not report the word
(:func:`.names_format`), but they say nothing of it elsewhere.

Where the acronym is also one that freedesktop.org's database of file types
gives a format (data/mime-acronyms.txt: ``HDF5``, ``JP2``), ``the QRX file``
and ``the QRX format`` name that format too: the database says the acronym
names a format, the handbook that it means the format.  Neither alone is
enough: ``FP16 format`` is a number format, and the database's ``PSF``
(a font format) is a point spread function in a microscope's handbook.

So does a file extension in capitals before ``files`` (``.QRX files``):
the files come in that format, and the format has a name.

So does a link whose text holds the acronym (alone, or among a few words:
``[QRX](https://qrx.example.org)``, ```QRX convert command
<https://qrx.example.org/convert>`_``) to a site named after it (a label of
its host, not the top-level domain) or to its repository
(``https://github.com/owner/qrx``): the link points at the thing's home.  A
page about it on another site (an encyclopedia's) explains it instead.  And
so does a repository's address anywhere in the text whose owner or project
is written in capitals as the acronym is (``https://github.com/QRXLAB/kiln``):
the organisation or project spells its own name so, and the handbook writes
that name.

Over the 26 tuned handbooks these moved nine false GL002 findings
(``GDAL``, ``DICOM``, ``OMO``) and no real one; the links moved none.

And so does a name the run writes with a small first letter and capitals
after it (``qzKF``, a project that spells itself so): written with a capital
(``QzKF`` at the start of a sentence), it is that name, not an acronym of
its own.  Only a prefix of small letters (two or more) counts: one small
letter qualifies an acronym (``iSTFT``, the inverse STFT), which ``ISTFT``
then misspells.

And so does an example of a kind of source, format, standard or program
(``standards such as QZ-XCHG``, ``file formats such as QZW``, ``programs such
as QZIS``, ``QZIS or similar software``): the chapter
that gives it names what it is, a standard's or a format's title, which
another chapter writes as that title (``modelled on QZ-XCHG filesets``),
as GL002 reads it in the chapter itself (:func:`.example_of_source`).

And so does a camel-case name's short form in capitals, its words'
initials with a short word kept whole (``KCPY`` of ``KilnCraftPy``):
the name clipped (:mod:`.clipped_names`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from ..lazy_re import lazy_compile
from ..matching.words import occurrences
from .acronym_uses import examples_of_sources
from .acronyms import ACRONYM, MINOR_WORDS, expansions, word_kind
from .clipped_names import clipped_forms
from .word_lists import format_acronyms

#: The head words of a long form that names a product, project or collection.
NAME_HEADS = (
    "Toolkit Toolbox Kit Library Framework Ontology Ontologies Thesaurus Database Dataset Corpus "
    "Atlas Archive Repository Project Foundation Consortium Initiative Institute".split()
)
#: A head word in Title Case: the only places a name's long form can end.  No
#: ``\b`` in front: the pattern then opens with its words' first letters, which
#: the regex engine skips to in C (a seventh of the time); the start is checked after.
_HEAD = lazy_compile(rf"(?:{'|'.join(NAME_HEADS)})\b")
#: How far around a head word its expansion is searched.
_BEFORE, _AFTER = 200, 60
#: Where a compact identifier's prefix ends: a colon before a number (``KZG:0042``),
#: searched alone (the prefix's pattern, tried at every capital, took five times as long).
_COLON_NUMBER = lazy_compile(r":\d")
#: Nouns whose modifier, in the singular and not after ``a``/``an``, names a
#: product or a published collection: ``the QRX library``.
PRODUCT_NOUNS = (
    "library package module framework toolkit plugin plug-in software command "
    "vocabulary ontology thesaurus database".split()
)
#: Nouns whose modifier names a file format: ``QRX files``.
FORMAT_NOUNS = ["files"]
#: Nouns whose modifier names a file format where the database of file types
#: names one so too (:func:`.format_acronyms`): ``the QRX file``, ``the QRX format``.
LISTED_FORMAT_NOUNS = ["file", "format", "formats"]
#: What may not follow a noun for it to stand as one (``libraryless``, ``files-only``).
_NOUN_GOES_ON = lazy_compile(r"[\w-]")
#: A word standing alone, with its markup (``**QRX**``, ``:term:`QRX```).
_MARKED_WORD = r"[`*]{0,2}(?<![\w.:/-])(?P<word>[A-Za-z][A-Za-z0-9]*)[`*]{0,2}"
#: The word before a noun, and an indefinite article before that word.
_MODIFIER = lazy_compile(rf"(?:(?<!\w)(?P<article>[Aa]n?)[ \t]+)?{_MARKED_WORD}[ \t]+$")
#: An attribute in capitals that code reads from an object named in small
#: letters (``cell.QZT``, ``rows[0].QZT``), not called, and followed as code
#: goes on (a comma, a bracket, an operator, the line's end), not by a word
#: as a file's name in prose is (``kiln.QZF files``): a field of the data.
_CAPITALS_ATTRIBUTE = lazy_compile(
    r"(?<=[a-z0-9_\])])\.(?P<word>[A-Z][A-Z0-9]+)(?=[,)\]\[]|\.\w|[ \t]*(?:$|[-+*/=<>!%]))", re.MULTILINE
)
#: A word in capitals quoted as an item of a list of values, a comma on one
#: side at least (``['QZA', 'QZT', 'QZB']``): a literal a program takes or
#: gives, a key of its data.  Only in a list in square brackets
#: (:func:`_in_list_literal`): a call's quoted argument (``f(a, 'QZM', m)``)
#: may name a method the prose writes as an acronym to spell out.
_QUOTED_ITEM = lazy_compile(r"([,\[(])\s*(['\"])(?P<word>[A-Z][A-Z0-9]+)\2[ \t]*(?=([,\])]))")
#: A file extension in capitals before ``file(s)``: ``.QRX files``, the format's name.
_EXTENSION_FILES = lazy_compile(r"\.(?P<word>[A-Z][A-Z0-9]+)[ \t]+files?(?![\w-])")
#: A release after a word: ``v4.1``, ``4.1.2`` (one dot, ``4.5``, is as often a
#: value) or ``version 2``; found by its start, then the word before it.
_RELEASE = lazy_compile(r"[ \t](?:v\d+(?:\.\d+)*|\d+\.\d+\.\d+|version[ \t]+\d)(?![\w-])")
#: A release that asks for a word: ``version 2 of QRX``.
_VERSION_OF = lazy_compile(
    rf"versions?[ \t]+(?:v?\d[\w.]*[ \t]+)?of[ \t]+(?:the[ \t]+)?{_MARKED_WORD}(?![\w-])"
)
#: The address that ends a link, found first (a pattern that opened with the
#: link's text was tried at every bracket and backtick: a third of the
#: survey's names part on a reST handbook): Markdown's ``](url)``, reST's
#: `` <url>`_``; the text is read back from it to its opening.
_MD_LINK_URL = lazy_compile(r"\]\([ \t]*(https?://[^)\s]+)")
_RST_LINK_URL = lazy_compile(r"<(https?://[^>\s]+)>`")
#: Longest link text read, a few words on one line.
_LINK_TEXT_CHARS = 80
#: A word of a link's text.
_LINK_WORD = lazy_compile(r"(?<![\w.-])[A-Za-z][A-Za-z0-9]*(?![\w-])")
#: A repository's address in the text, link or not: its owner and its project
#: (``https://github.com/QRXLAB/qrx-tools``).
_REPOSITORY_URL = lazy_compile(
    r"https?://(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)"
    r"/(?P<owner>[\w.-]*\w)(?:/(?P<project>[\w.-]*\w))?"
)
#: Hosts of repositories, whose first two path parts are the owner and the project.
REPOSITORY_HOSTS = frozenset({"github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "sourceforge.net"})
#: How far before a noun or a release its word is looked for.
_MODIFIER_REACH = 40
#: The capitals that end a name with small letters first (``KF`` of
#: ``qzKF``), found by their first capital (which the regex engine skips to:
#: a pattern opening with the small letters took four times as long); where
#: the small letters start is read after.
_CAPITALS_AFTER_LOWER = lazy_compile(r"[A-Z](?<=[a-z]{2}[A-Z])[A-Z0-9]+(?![\w-])")
#: A word of a long form with its hyphens.
_WORD = lazy_compile(r"[^\W_]+(?:[-‐][^\W_]+)*")


def is_name_long_form(long: str) -> bool:
    """Title Case words ending in a head word (``Grain Pacing Toolkit``):
    a proper name.  ``grain pacing toolkit`` or ``Constant-Q Transform``
    is not."""
    words = _WORD.findall(long)
    return (
        len(words) >= 2
        and words[-1] in NAME_HEADS
        and all(w[0].isupper() or w.casefold() in MINOR_WORDS for w in words)
    )


class RunNames:
    """The acronyms the run's texts spell out as names, read from the raw
    sources with :func:`expansions` near each head word (a run without one
    costs a search for the head words only), and the prefixes of their
    compact identifiers."""

    def __init__(self) -> None:
        self.names: set[str] = set()

    def add(self, text: str) -> None:
        for colon in _COLON_NUMBER.finditer(text):
            prefix = _prefix_before(text, colon.start())
            if prefix:
                self._add_acronym(prefix)
        for field in _field_names(text):
            self._add_acronym(field)
        for attribute in _CAPITALS_ATTRIBUTE.finditer(text):
            self._add_acronym(attribute.group("word"))
        items = (
            [m for m in _QUOTED_ITEM.finditer(text) if "," in (m.group(1), m.group(4))]
            if "'" in text or '"' in text
            else []
        )
        if items:
            brackets = _innermost_brackets(text)
            for item in items:
                if _in_list_literal(brackets, item.end(1)):
                    self._add_acronym(item.group("word"))
        searched = 0
        for head in _HEAD.finditer(text):
            if head.start() < searched or (head.start() and text[head.start() - 1].isalnum()):
                continue
            searched = min(len(text), head.end() + _AFTER)
            window = text[max(0, head.start() - _BEFORE) : searched]
            for short, long in expansions(window):
                if is_name_long_form(long):
                    self._add_acronym(short)

        self._add_named(text)

    def _add_named(self, text: str) -> None:
        """The acronyms ``text`` writes as a product's or a format's name."""
        for at, noun in noun_places(text):
            if at and text[at - 1].isalnum():
                continue  # "profile", "subversion"
            before = _MODIFIER.search(text, max(0, at - _MODIFIER_REACH), at)
            if before is None:
                continue
            if noun in LISTED_FORMAT_NOUNS:
                if before.group("word") in format_acronyms():
                    self._add_acronym(before.group("word"))
            elif noun in FORMAT_NOUNS or before.group("article") is None:
                self._add_acronym(before.group("word"))
        for extension in _EXTENSION_FILES.finditer(text):
            at = extension.start()
            if not (at and (text[at - 1].isalnum() or text[at - 1] in "._")):
                self._add_acronym(extension.group("word"))  # not a name's own dot: ``setup.QRX files``
        for release in _RELEASE.finditer(text):
            before = _MODIFIER.search(text, max(0, release.start() - _MODIFIER_REACH), release.start() + 1)
            if before:
                self._add_acronym(before.group("word"))
        for link_text, url in _links(text):
            for word in _LINK_WORD.findall(link_text):
                if _home_of(word, url):
                    self._add_acronym(word)
        for repository in _REPOSITORY_URL.finditer(text):
            for part in repository.group("owner", "project"):
                if part and part.isupper():
                    self._add_acronym(part)  # github.com/QRXLAB/...: the organisation's own spelling
        for version in _VERSION_OF.finditer(text):  # no ``\b`` in front: a third of the time
            if not (version.start() and text[version.start() - 1].isalnum()):
                self._add_acronym(version.group("word"))
        for capitals in _CAPITALS_AFTER_LOWER.finditer(text):
            start = capitals.start() - 2
            while start and text[start - 1].islower() and text[start - 1].isascii():
                start -= 1
            if not (start and (text[start - 1].isalnum() or text[start - 1] in "_.:/-")):
                self._add_acronym(text[start].upper() + text[start + 1 : capitals.end()])
        for form in clipped_forms(text):
            self._add_acronym(form)
        for example in examples_of_sources(text):
            self._add_acronym(example)

    def _add_acronym(self, word: str) -> None:
        if word_kind(word) == ACRONYM:
            self.names.add(word)

    def result(self) -> frozenset[str]:
        return frozenset(self.names)

    @staticmethod
    def spelled_out(text: str) -> frozenset[str]:
        """The names one text spells out: its part of a run's names, which the
        run's survey may keep between runs (:mod:`glossary_lint.survey_cache`)."""
        alone = RunNames()
        alone.add(text)
        return alone.result()

    def merge(self, names: frozenset[str]) -> None:
        """Count one text's :meth:`spelled_out`."""
        self.names |= names


#: A bracket, opening or closing.
_BRACKET = lazy_compile(r"[()\[\]]")


def _innermost_brackets(text: str) -> tuple[list[int], list[str]]:
    """After each bracket of ``text`` (its place, in order), the innermost
    bracket left open there (``""`` if none): read once, for every item."""
    places: list[int] = []
    innermost: list[str] = []
    stack: list[str] = []
    for bracket in _BRACKET.finditer(text):
        ch = bracket.group(0)
        if ch in "([":
            stack.append(ch)
        elif stack:
            stack.pop()
        places.append(bracket.start())
        innermost.append(stack[-1] if stack else "")
    return places, innermost


def _in_list_literal(brackets: tuple[list[int], list[str]], at: int) -> bool:
    """Whether the innermost bracket left open before ``at`` is ``[`` (a long
    list wraps over lines): the item is one of a list's, not a call's argument."""
    places, innermost = brackets
    k = bisect.bisect_left(places, at)
    return k > 0 and innermost[k - 1] == "["


def noun_places(text: str) -> list[tuple[int, str]]:
    """Where ``text`` writes a noun of :data:`PRODUCT_NOUNS` or
    :data:`FORMAT_NOUNS` not followed by a letter, digit or hyphen, in order:
    each noun searched for alone by ``str.find``, which skips to it in C (a
    pattern of all of them was tried at every letter they open with).  No
    two such places overlap: a noun's letters and hyphens would follow the
    one it overlaps."""
    found: list[tuple[int, str]] = []
    for noun in _NOUNS:
        ends = len(noun)
        found.extend((at, noun) for at in occurrences(text, noun) if not _NOUN_GOES_ON.match(text, at + ends))
    found.sort()
    return found


_NOUNS = tuple(PRODUCT_NOUNS + FORMAT_NOUNS + LISTED_FORMAT_NOUNS)


def _links(text: str) -> Iterator[tuple[str, str]]:
    """Each link's text (one line, :data:`_LINK_TEXT_CHARS` at most) and
    address: Markdown's ``[QRX tools](url)``, reST's ```QRX tools <url>`_``."""
    for pattern, opening, not_inside in ((_MD_LINK_URL, "[", "]\n"), (_RST_LINK_URL, "`", "<\n")):
        if opening == "[" and "](" not in text:
            continue
        for link in pattern.finditer(text):
            at = link.start()
            if opening == "`" and text[at - 1 : at] not in (" ", "\t"):
                continue  # reST writes a blank between a link's text and its address
            start = text.rfind(opening, max(0, at - _LINK_TEXT_CHARS - 2), at)
            inner = text[start + 1 : at]
            if start >= 0 and inner.strip() and not any(ch in inner for ch in not_inside):
                yield inner, link.group(1)


def _home_of(word: str, url: str) -> bool:
    """Whether ``url`` is the site (a label of its host: ``qrx.example.org``,
    ``kiln-qrx.example.net``) or the repository (``github.com/owner/qrx``) of
    the thing ``word`` names."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    host, key = (parts.hostname or "").lower(), word.lower()
    if host.removeprefix("www.") in REPOSITORY_HOSTS:
        path = parts.path.strip("/").lower().split("/")
        return len(path) >= 2 and key in re.split(r"[-_.]", path[1])
    return key in re.split(r"[-.]", host.rpartition(".")[0])  # not the top-level domain (``io``)


#: A placeholder escaped for HTML, as a usage line writes it: ``&lt;QZSEL&gt;``.
_ESCAPED_PLACEHOLDER = lazy_compile(r"&lt;([A-Z][A-Z0-9]+)&gt;")


def _field_names(text: str) -> Iterator[str]:
    """The words in capitals ``text`` assigns a value to, glued (``QZSEL=1``,
    ``QZMODE=fast``), or writes as a usage line's placeholder escaped for
    HTML (``&lt;QZSEL&gt;``): the names of a register's field, a variable or
    an argument, found with ``str.find`` (most texts have few ``=``)."""
    at = text.find("=")
    while at >= 0:
        if text[at + 1 : at + 2].isalnum():
            name = _prefix_before(text, at)
            if name:
                yield name
        at = text.find("=", at + 1)
    if "&lt;" in text:
        yield from _ESCAPED_PLACEHOLDER.findall(text)


def _prefix_before(text: str, end: int) -> str | None:
    """The capitals and digits just before ``end``, opening with a capital
    and standing alone (not after a letter, ``:`` or ``.``: ``obo:QZ``,
    ``x.QZ`` are parts of longer tokens)."""
    start = end
    while start and (text[start - 1].isupper() or text[start - 1].isdigit()):
        start -= 1
    if end - start < 2 or not text[start].isupper():
        return None
    if start and (text[start - 1].isalnum() or text[start - 1] in ":._"):
        return None
    return text[start:end]
