"""The word lists kept as data: acronyms every technical reader knows (a
hand-kept list, and those of GNU V.E.R.A., of WordNet, of CSpell's
software terms, of SCOWL and of PyPI's Trove classifiers that the
generators in tools/ select), names of products, projects and
organisations written like acronyms, and the words English writes only as
names (from WordNet).

Each list is read once per process, and only when a rule asks about a word
(GL002, GL005, ``suggest``), so that a run without them reads no file.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from ..lazy_re import lazy_compile

#: A version after a name or an acronym: ``HTML5``, ``SMBv2``, ``ES2015``, ``GTK4``.
_VERSIONED = lazy_compile(r"(?P<stem>[A-Za-z][A-Za-z+]*?[A-Za-z+])v?\d+(?:\.\d+)*")


def _read(name: str) -> frozenset[str]:
    text = resources.files("glossary_lint").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


@cache
def common_acronyms() -> frozenset[str]:
    """The acronyms a general technical reader knows (data/common-acronyms.txt)."""
    return _read("common-acronyms.txt")


#: The lists generated from reference works, each by the tool its header names:
#: GNU V.E.R.A.'s acronyms of computing (tools/vera_acronyms.py), WordNet's
#: acronyms of general English, science and medicine (tools/wordnet_acronyms.py)
#: CSpell's lists of computing and networking acronyms, newer than both
#: (tools/cspell_acronyms.py), and the capitals of SCOWL's general American
#: English spelling list, of three characters or more (tools/scowl_acronyms.py),
#: and the acronyms of PyPI's Trove topic classifiers (tools/trove_acronyms.py).
REFERENCE_LISTS = (
    "vera-acronyms.txt",
    "wordnet-acronyms.txt",
    "cspell-acronyms.txt",
    "scowl-acronyms.txt",
    "trove-acronyms.txt",
)


@cache
def reference_acronyms() -> frozenset[str]:
    """Acronyms taken from reference works (:data:`REFERENCE_LISTS`),
    selected by the works' own data, never by a handbook's."""
    return frozenset().union(*(_read(name) for name in REFERENCE_LISTS))


@cache
def format_acronyms() -> frozenset[str]:
    """Acronyms that name file formats (data/mime-acronyms.txt, from
    shared-mime-info: tools/mime_acronyms.py): ``HDF5``, ``JP2``.  Not
    acronyms a reader knows (``PSF`` is also a point spread function): asked
    only where a text writes one as a format's name."""
    return _read("mime-acronyms.txt")


@cache
def numbered_format_acronyms() -> frozenset[str]:
    """The format acronyms of :func:`format_acronyms` that hold a number
    (``JP2``, ``HDF5``, ``WOFF2``): the number is the format's version or
    generation, so the acronym with it is that format's name wherever it is
    written.  A field's acronym the database happens to share (its ``PSF``)
    is written without one."""
    return frozenset(w for w in format_acronyms() if any(ch.isdigit() for ch in w))


#: The lists of names written like acronyms: the hand-kept one, and the
#: organisations WordNet and V.E.R.A. both name by their initials
#: (tools/organisation_names.py: ``NSF``, ``NIST``).
NAME_LISTS = ("common-names.txt", "organisation-names.txt")


@cache
def common_names() -> frozenset[str]:
    """Names written like acronyms (:data:`NAME_LISTS`): ``NVIDIA``, ``GTK``,
    ``T5``, an agency's ``NSF``."""
    return frozenset().union(*(_read(name) for name in NAME_LISTS))


@cache
def licence_identifiers() -> frozenset[str]:
    """The SPDX License List's identifiers (data/spdx-licences.txt, from
    tools/spdx_licences.py: ``MIT``, ``ISC``, ``BSD-3-Clause``,
    ``ODbL-1.0``), and each one's stems before its version: ``BSD`` and
    ``GPL`` of ``GPL-3.0-only``, ``CC-BY-SA`` and ``CC`` of ``CC-BY-SA-4.0``,
    the forms prose names a licence family by.  Names of licences, asked
    only where a text speaks of licences (:mod:`.licence_names`)."""
    found = set()
    for identifier in _read("spdx-licences.txt"):
        parts = identifier.split("-")
        found.add(identifier)
        for k in range(1, len(parts)):
            found.add("-".join(parts[:k]))
            if parts[k][:1].isdigit():
                break  # GPL of GPL-2.0-only, not GPL-2.0
    return frozenset(found)


@cache
def proper_names() -> frozenset[str]:
    """Words English writes only as names, with their capital
    (data/wordnet-names.txt, from tools/wordnet_names.py: ``Fourier``,
    ``Gaussian``, ``Markov``).  Asked by ``import`` only, where a page's
    Title Case hides which capitals are the words' own."""
    return _read("wordnet-names.txt")


def is_proper_name(word: str) -> bool:
    """Whether ``word`` is written as such a name (:func:`proper_names`)."""
    return word in proper_names()


def is_licence_identifier(word: str) -> bool:
    """Whether ``word`` names a licence as the SPDX License List writes it
    (:func:`licence_identifiers`), also with a version glued on (``GPLv3``)."""
    names = licence_identifiers()
    return word in names or version_stem(word) in names


def version_stem(word: str) -> str | None:
    """The name or acronym before a version or number (``HTML`` of
    ``HTML5``, ``SMB`` of ``SMBv2``), or None."""
    versioned = _VERSIONED.fullmatch(word)
    return versioned.group("stem") if versioned else None


def _forms(word: str) -> tuple[str, ...]:
    """The word, its mixed-case form in capitals (``ePUB``), and its stem
    before a version (``SMBv2``)."""
    forms = [word]
    if not word.isupper() and word.upper() != word:
        forms.append(word.upper())
    stem = version_stem(word)
    if stem:
        forms.append(stem)
    return tuple(forms)


#: A lower-case letter before an acronym in capitals: ``mTLS``, ``cURL``, ``vCPU``.
_LOWER_PREFIX = lazy_compile(r"[a-z](?=[A-Z][A-Z0-9]+$)")


def _unprefixed(word: str) -> str | None:
    """The known acronym a lower-case letter qualifies (``mTLS``: mutual TLS,
    ``vCPU``: virtual CPU): a reader who knows TLS reads mTLS.  Only for the
    list's acronyms: a glossary's ``STFT`` does not define ``iSTFT``."""
    return word[1:] if _LOWER_PREFIX.match(word) else None


def is_common_acronym(word: str) -> bool:
    """Whether a general technical reader knows the acronym.  The hand-kept
    list's acronyms are known in their forms (``HTML5``, ``mTLS``, ``ePUB``);
    those of reference works (V.E.R.A., WordNet, CSpell) only as written: a
    number or a letter added to one of them makes another term (``BF16`` is a
    number format, not V.E.R.A.'s ``BF``)."""
    return is_listed_acronym(word) or word in reference_acronyms()


def is_listed_acronym(word: str) -> bool:
    """Whether the hand-kept list knows the acronym, in any of its forms.
    Asked alone where a lower-case word is read as an acronym written small
    (``db``, ``os``): V.E.R.A.'s two-letter entries (``ON``, ``AT``) are
    everyday words there."""
    known = common_acronyms()
    stem = _unprefixed(word)
    return any(form in known for form in _forms(word)) or (stem is not None and stem in known)


def is_common_name(word: str) -> bool:
    names = common_names()
    return any(form in names for form in _forms(word))


def is_slip_of_common_acronym(word: str) -> bool:
    """A known acronym of five letters or more with one letter dropped
    (``RDMS`` for RDBMS): the reader reads the acronym they know; what is
    wrong is its spelling, not a missing definition."""
    if len(word) < 4 or not word.isalpha() or not word.isupper():
        return False
    known = common_acronyms()
    return any(
        word[:i] + letter + word[i:] in known
        for i in range(len(word) + 1)
        for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    )
