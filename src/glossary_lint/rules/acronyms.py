"""Acronyms and names in prose, and the expansions that define them.

GL002 (undefined acronym), ``undefined-name``, ``stats`` and ``suggest`` all
ask the same questions of a word, so they are answered here once: is it an
acronym (``CQT``, ``T5``, ``iSTFT``, ``ViSQOL``) or a name (``MusicGen``,
``NumPy``)?  Is it part of something else that is not one (a code
identifier ``AF_INET``, ``AT&T``, ``TL;DR``, a proper name ``FL Studio``,
keywords of a code language such as ``ON DELETE CASCADE``, a quoted
literal)?  And where does a document spell an acronym out?
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from ..lazy_re import lazy_compile, possessive
from ..matching.english import is_ordinary_word
from .acronym_shapes import (
    is_axis_letters,
    is_clock_signal,
    is_digit_template,
    is_numbered_document,
    is_set_off_notation,
    is_unit_symbol,
)
from .acronym_uses import has_numbered_sibling
from .enumerations import in_name_list
from .word_lists import (
    is_common_acronym,
    is_common_name,
    is_slip_of_common_acronym,
    numbered_format_acronyms,
    version_stem,
)

ACRONYM = "acronym"
NAME = "name"

#: Roman numerals of the kind prose uses (chapter parts, chord degrees with a
#: flat or sharp): made of I, V and X only, so ``DC`` and ``CD`` stay acronyms.
_ROMAN = lazy_compile(r"[b#♭♯]?(?=[IVX]{2,}$)X{0,3}(I[XV]|V?I{0,3})$")
#: A note and its octave (``A4``, ``C#3``): a pitch, as music writes it, no acronym.
_NOTE = lazy_compile(r"[A-G][#♯♭]?\d")
#: A lower-case letter before an acronym: ``iSTFT``, ``gRPC``, ``vLLM``.
_LOWER_PREFIXED = lazy_compile(r"[a-z][A-Z][A-Z0-9]+")
#: A word and an acronym run together: ``MelGAN``, ``MySQL`` (but ``ViSQOL`` and
#: ``HuBERT`` spell their first word out too: a prefix of two letters is part of the acronym).
_PREFIXED_ACRONYM = lazy_compile(r"[A-Z][a-z]+([A-Z][A-Z0-9]+)")
#: An exception or warning class, as languages name them (``KeyError``,
#: ``IOException``, ``DeprecationWarnings``): words run into the kind of class.
_EXCEPTION_CLASS = lazy_compile(r"[A-Z]\w*[a-zA-Z](?:Error|Exception|Warning)s?")
#: A number in hexadecimal, as code points are written (``FFFD`` of ``U+FFFD``).
_HEX = lazy_compile(r"[A-F]{4,}")
#: Capitals with a release glued on: ``QRXv2``, ``QRXv10``.
_RELEASED = lazy_compile(r"[A-Z][A-Z0-9]*[A-Z]v\d+")
#: A run of small letters inside a word.
_LOWER_RUN = lazy_compile(r"[a-z]+")
#: Small letters enough to be a word of their own after a capital (``Link``
#: of ``QZLink``); an acronym writes one or two where it spells a word's
#: opening letters (``ViSQOL``, ``HuBERT``, ``QLoRA``).
_WORD_INSIDE = 3
#: A keyword in capitals with an English ending: ``INSERTed``, ``UPDATEd``, ``SELECTion``.
_WORD_IN_CAPITALS = lazy_compile(r"[A-Z]{3,}(?:[a-z]{2,}|d)")
#: A letter and a number after a name: a version, a key or a grade (``HiFi-GAN V1``, ``2012 R2``).
_VERSION = lazy_compile(r"[A-Z]\d{1,3}")
#: One capital and a number: a designation, not words cut to their initials.
_LETTER_AND_NUMBER = lazy_compile(r"[A-Z]\d+")
#: Capitals and numbers taking turns, two numbers or more (``V300R002``,
#: ``X9C120``, a firmware's ``Q2J24``), or a number of two digits or more
#: with capitals on both sides (a chip's ``QK26F``): a model, part or release
#: number, as vendors count them.  Acronyms hold one number at most
#: (``FP16``, ``P2P``, ``MP3``).
_MODEL_NUMBER = lazy_compile(r"[A-Z]+\d+[A-Z]+\d+[A-Z0-9]*|[A-Z]+\d{2,}[A-Z][A-Z0-9]*")
#: A release number written with dots (``3.2.1``), as the word before a qualifier.
_DOTTED_NUMBER = lazy_compile(r"\d+(?:\.\d+)+$")
#: A compound as prose writes it, words joined by hyphens
#: (``[^\W_]+(?:[-‐][^\W_]+)*``, found whole), less those that are a letter
#: or digit then ASCII small letters (``word``, ``Word``, ``re-run``): most
#: words of prose, none of them a candidate, dropped by the regex engine
#: instead of one Python step each.  It starts only where a whole compound
#: starts (not after a letter, nor after a letter and a hyphen) and skips a
#: compound only when the small letters run to its end.
_COMPOUND_NOT_LOWER = lazy_compile(
    r"(?<![^\W_])(?<![^\W_][-‐])"
    r"(?![^\W_][a-z]+(?:[-‐][a-z]+)*(?![^\W_]|[-‐][^\W_]))"
    r"[^\W_]+(?:[-‐][^\W_]+)*"
)
#: A letter or digit other than a small ASCII letter (a capital, a digit, an
#: accented letter) inside a word or a compound, or one that is not followed
#: by a small letter: every candidate holds one.  A word that holds none is
#: a small word, or a capital and small letters (``The``, ``Model``), which
#: :data:`_COMPOUND_NOT_LOWER` leaves, or a single small letter (``a``),
#: which is never a candidate.  It opens with the letter, so the regex
#: engine skips to the next such one: a segment without (most of them) is
#: turned away in one fast search instead of one try at each of its letters.
_MAY_HOLD_CANDIDATE = lazy_compile(r"[^\W_a-z](?:(?<=[^\W_].)|(?<=[-‐].)|(?![a-z]))")
#: What follows the stem of a contraction: ``'T`` of ``DON'T``, but not the ``'s`` of ``VAE's``.
_CONTRACTION = lazy_compile(r"['’](?:T|LL|RE|VE|D|M)(?![^\W_])", re.IGNORECASE)
#: Longest all-capital word taken for an acronym; longer ones are words in
#: capitals or identifiers (``BUILDDIR``, ``AUTOCOMMIT``).
MAX_ACRONYM_LETTERS = 6
_QUOTES_OPEN = "'\"“‘`"
_QUOTES_CLOSE = "'\"”’`"
#: Characters that glue a word to its neighbour into one code token or name.
_GLUE = "_&;.$@#%/\\:=<>~^|"
#: Small words a long form or a Title Case name may hold in lower case: English's,
#: and the articles, prepositions and ``and`` of the other languages whose
#: institutions and projects keep their own names in English prose (French,
#: Spanish, Italian, Portuguese, German, Dutch: ``Fonds de Recherche du
#: Québec – Société et Culture``), none of them an English word.
MINOR_WORDS = frozenset(
    """a an and at by de for from in of on or the to via with
du des et la le les aux del della di da der und für von""".split()
)
_NAME_STOP = frozenset(
    """a an the this that these those and or but nor for in on at by of to with from as is are
was were be if when while see use using via each every all any some no not""".split()
)


def strip_plural(word: str) -> str:
    """``GPUs`` -> ``GPU``, ``DAW's`` -> ``DAW``: the acronym behind a plural."""
    for suffix in ("'s", "’s", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)]
            if stem[-1].isupper() or stem[-1].isdigit():
                return stem
    return word


#: Answers remembered for this many words: a document repeats its acronyms
#: and names, and each answer asks several word lists.
WORD_KINDS_KEPT = 65536


@lru_cache(maxsize=WORD_KINDS_KEPT)
def word_kind(word: str) -> str | None:
    """``"acronym"``, ``"name"`` or None for one word (no hyphens)."""
    if not word or not word[0].isalpha():
        return None
    upper = sum(1 for ch in word if ch.isupper())
    lower = sum(1 for ch in word if ch.islower())
    digits = any(ch.isdigit() for ch in word)
    if _ROMAN.match(word) or _NOTE.fullmatch(word) or is_set_off_notation(word):
        return None  # a numeral, a pitch, a formula or a symbol with an index (CO₂, T₁)
    if is_axis_letters(word) or is_digit_template(word) or is_clock_signal(word):
        return None  # XY, YYMMDD, QCLK: axes of a plane, a template of a number's digits, a clock
    if is_common_name(word):
        return NAME  # NVIDIA, GTK4, T5: a product or a model, not an acronym to expand
    if digits and word in numbered_format_acronyms():
        return NAME  # HDF5, JP2: a file format and its version, named as the format
    if _WORD_IN_CAPITALS.fullmatch(word):
        return None  # INSERTed, SELECTing: a keyword used as a verb
    if _LETTER_AND_NUMBER.fullmatch(word):
        # F10, L2, V100, T1: a key, a norm, a product, a measure's symbol.  One
        # letter stands for no phrase a reader could be given in full (over
        # ten handbooks, none of eleven such findings was acted on).
        return None
    if _MODEL_NUMBER.fullmatch(word):
        return None  # V300R002: a model number, read as a whole, never spelled out
    if not lower:
        if word.isalpha() and is_ordinary_word(word.lower(), short=len(word) <= 3):
            return None  # SELECT, NULL, IN: an English word in capitals, a keyword or emphasis
        if _HEX.fullmatch(word):
            return None  # FFFD, FEFF: a code point in hexadecimal (BF16 is no number)
        if _acronym_and_word(word):
            return None  # SHASUM, HTTPSERVER: a known acronym and a word run together, an identifier
        if upper >= 2 or (upper and digits):  # CQT, FP16, T5
            if upper > MAX_ACRONYM_LETTERS and not digits:
                return None
            return None if _ROMAN.match(word) else ACRONYM
        return None
    if word[0].islower():  # iSTFT is an acronym; maxBytes, webContents are code
        if not _LOWER_PREFIXED.fullmatch(word) or (word[1:].isalpha() and is_ordinary_word(word[1:].lower())):
            return None  # nRESET, xENABLE: an English word in capitals behind a letter, a signal's name
        if digits and word[-1].isdigit():
            # qZX52: a family of parts or a release, numbered as vendors count
            # them; a letter that qualifies an acronym (iSTFT, mTLS) takes no number.
            return NAME
        return ACRONYM
    if _EXCEPTION_CLASS.fullmatch(word):
        return None  # KeyError, TimeoutError: a class a program raises, code in prose, no product
    if _RELEASED.fullmatch(word):
        return NAME  # QRXv2: a release of a product or protocol, which only a name has
    if len(_LOWER_RUN.findall(word)) >= 2:
        return NAME  # PyMySQL, XeLaTeX, RoBERTa: small letters in two places make a name
    prefixed = _PREFIXED_ACRONYM.fullmatch(word)
    if prefixed and _names_a_word(word[: prefixed.start(1)], prefixed.group(1)):
        return NAME  # MelGAN, WebRTC, MySQL, MyST: a word and an acronym make a name
    if lower >= _WORD_INSIDE and word[1].isupper():
        return NAME  # QZLink, QZLinkV2: capitals and a word in Title Case run together, a product's name
    if upper >= 3 and upper > lower:  # ViSQOL, HuBERT, QLoRA
        return ACRONYM
    if upper >= 2:  # MusicGen, NumPy, CentOS
        return NAME
    return None


def _acronym_and_word(word: str) -> bool:
    return len(word) >= 6 and any(
        is_common_acronym(word[:k]) and word[k:].isalpha() and is_ordinary_word(word[k:].lower())
        for k in range(2, len(word) - 2)
    )


def _names_a_word(prefix: str, acronym: str) -> bool:
    """Whether ``prefix`` + ``acronym`` is a word and an acronym run together:
    a prefix of three letters or more, an everyday word (``My``), or an
    acronym every reader knows (``SQL``).  ``ViSQOL`` and ``HuBERT`` spell
    their first word out: a prefix of two letters is part of the acronym."""
    return (
        len(prefix) >= 3
        or is_ordinary_word(prefix.lower(), short=True)
        or is_common_acronym(acronym)
        or is_common_name(acronym)
    )


#: Units of measure: never a finding.
UNITS = frozenset(
    """
Hz kHz MHz GHz dB dBA dBFS dBTP dBu dBV ms ns us µs kbps Mbps Gbps bps fps KB MB GB TB
KiB MiB GiB TiB kB mAh mV kW dBSPL
""".split()
)

#: English words written in capitals for emphasis (``### DO`` / ``### DON'T``).
SHOUTED = frozenset(
    """
DO DON NOT NO YES NEVER ALWAYS ONLY MUST AND OR BUT ALL NEW NOTE TIP WARNING IMPORTANT STOP
""".split()
)


def is_exempt(word: str, known: frozenset[str] = frozenset()) -> bool:
    """Whether a word needs no definition: a unit, a shouted word, a known one
    (also with a number after it: the glossary's ``QZM`` makes ``QZM152`` one
    of its kind), or a common one with a letter dropped."""
    return (
        word in UNITS
        or word in SHOUTED
        or word in known
        or version_stem(word) in known
        or is_common_acronym(word)
        or is_slip_of_common_acronym(word)
    )


@dataclass(frozen=True, slots=True)
class Candidate:
    """A word of a segment that may need a definition."""

    start: int
    end: int
    word: str
    kind: str


def candidates(
    text: str, known: frozenset[str] = frozenset(), unpaired: AbstractSet[str] = frozenset()
) -> Iterator[Candidate]:
    """Acronyms and names in ``text`` that are not exempt, not glued into a
    code token or a name, and not in a run of code keywords.  A hyphenated
    compound is one candidate (``SI-SDR``, ``NExT-GPT``); its plain words
    (``GPU-based``) are dropped.  ``unpaired``: known words that do not make
    their slash partner known (see :func:`_pairs_with_known`)."""
    if not _MAY_HOLD_CANDIDATE.search(text):
        return  # most segments of prose: only small letters after a word's first
    for match in _COMPOUND_NOT_LOWER.finditer(text):
        whole = match.group(0)
        if whole[1:].islower() or whole.isdigit():
            continue  # "naïve", "Straße", "mp3": small letters the regex leaves
        if whole in known or _exempt_compound(whole, known):
            continue  # most capitalised words of prose: known acronyms, CPU-GPU (every part known)
        start, end = match.span()
        if _glued(text, start, end) or _quoted(text, start, end):
            continue
        if _CONTRACTION.match(text, end):
            continue  # CAN'T, WON'T
        found = _compound_candidate(start, whole)
        assert found is not None  # :func:`_exempt_compound` turned away the compounds of no kind
        if found.kind == ACRONYM and (
            _pairs_with_known(text, found.start, found.end, known, unpaired)
            or _in_name(text, found.start, found.end)
            or _in_keyword_run(text, start, end)
            or _place_code(text, found.start, found.end)
            or is_unit_symbol(found.word, text, found.start, found.end)
        ):
            continue
        if found.kind == ACRONYM and (
            in_name_list(text, found.start, found.end, is_name_item, _is_title_name, phrases=True)
            or _pairs_with_name_in_capitals(text, found.start, found.end)
            or _pairs_with_domain(text, found.start, found.end)
            or _names_collection(text, found.end)
            or has_numbered_sibling(found.word, text, found.start, found.end)
        ):
            found = Candidate(found.start, found.end, found.word, NAME)  # an example among names
        yield found


#: A pair joined by a slash (``VR/AR``, ``TX/RX``): the partner after or before the word.
_SLASH_AFTER = lazy_compile(r"/([^\W_][\w]*)(?![\w/])")
_SLASH_BEFORE = lazy_compile(r"(?<![\w/])([^\W_][\w]*)/$")


def _slash_partner(text: str, start: int, end: int) -> str | None:
    """The other half of a pair joined by a slash (``VR/AR``, ``AR/VR``);
    None in a longer run (``A/B/C``: a list, not a pair) or alone."""
    if text[end : end + 1] == "/":
        partner = None if start and text[start - 1] == "/" else _SLASH_AFTER.match(text, end)
    elif start and text[start - 1] == "/":
        partner = _SLASH_BEFORE.search(text, max(0, start - 20), start)
    else:
        return None
    return strip_plural(partner.group(1)) if partner else None


#: The word after a name that says what it names: a collection of data
#: (``the QZD dataset``, ``the QZA atlas``, ``the QZC corpus``).
_COLLECTION = lazy_compile(
    r"[ \t]+(?:datasets?|data[ \t]+sets?|atlas(?:es)?|corpus|corpora"
    r"|drivers?|plug-?ins?|pipelines?|repos|repo|repository|repositories|datums?|geoids?|ellipsoids?)(?![\w-])",
    re.IGNORECASE,
)


def _names_collection(text: str, end: int) -> bool:
    """An acronym before ``dataset``, ``atlas`` or ``corpus`` is that
    collection's name (the one its authors published it under), not a
    phrase of the field to spell out; before ``driver``, ``plugin`` or
    ``pipeline`` (``the QZS driver``, ``the QZQC pipeline``), the name of the
    product or tool the component is built for; before ``repository`` (``the
    QZV repo``), the version-control system or project that keeps it; before
    ``datum``, ``geoid`` or ``ellipsoid`` (``the QZ84 datum``), the published
    geodetic reference a survey names its coordinates by: a
    name, for undefined-name."""
    return _COLLECTION.match(text, end) is not None


#: The word after an acronym that says it names a file format: ``QZF files``,
#: ``the QZF format``, ``the QZF encoding`` (how data is written, a format of
#: it), ``the QZF protocol`` (how messages are written, a wire format); or a
#: file extension in brackets, maybe after a noun in small letters: ``QZF
#: (.qzf)``, ``QZF keyword list (.kwl)``.
_FORMAT_AFTER = lazy_compile(
    r"[ \t]+(?:(?:files?|formats?|encodings?|protocols?)(?![\w-])"
    r"|(?:(?-i:[a-z])[\w-]*[ \t]+){0,2}\(\.[A-Za-z0-9]{1,6}\))",
    re.IGNORECASE,
)


def names_format(text: str, end: int) -> bool:
    """Whether the acronym ending at ``end`` is followed by ``file``,
    ``format``, ``encoding`` or ``protocol`` (the format of the messages
    programs exchange, named as a file's is), or by the extension of its
    files in brackets (``QZF keyword list (.kwl)``): the name of a file
    format (``QZF files``), which a reader meets as a file's kind, like an
    extension, not as a phrase to spell out.  A document that writes it so once names the format by it
    throughout."""
    return _FORMAT_AFTER.match(text, end) is not None


def _pairs_with_known(
    text: str, start: int, end: int, known: frozenset[str], unpaired: AbstractSet[str] = frozenset()
) -> bool:
    """An acronym paired by a slash with a known one names the other half of
    a fixed pair: a reader who knows one knows both.  A partner known only
    because the glossary defines it (``unpaired``, and in no list of common
    acronyms) says nothing of the other: ``PCA/MDS`` is no fixed pair, and
    the glossary defined the one it chose to."""
    partner = _slash_partner(text, start, end)
    if partner is None or not is_exempt(partner, known):
        return False
    return partner not in unpaired or is_exempt(partner)


#: A pair joined by ``or`` or ``and`` (``QZRS or LAMB``): the partner after or before the word.
_OR_AFTER = lazy_compile(r"[ \t]+(?:or|and)[ \t]+([^\W_]+)(?![\w/-])")
_OR_BEFORE = lazy_compile(r"(?<![\w/-])([^\W_]+)[ \t]+(?:or|and)[ \t]+$")


def _or_partner(text: str, start: int, end: int) -> str | None:
    """The other word of a pair joined by ``or`` or ``and`` (``INFO or QZDEBUG``)."""
    partner = _OR_AFTER.match(text, end) or _OR_BEFORE.search(text, max(0, start - 20), start)
    return partner.group(1) if partner else None


#: A site's domain name joined to the word by ``or`` or ``and``, before or after:
#: ``qzlab.org or QZPV``, ``QZPV and qzlab.io``.  Labels of two letters or more,
#: so no ``e.g.`` or ``i.e.``.
_DOMAIN = r"[a-z0-9][a-z0-9-]+(?:\.[a-z0-9-]{2,})*\.[a-z]{2,6}"
_DOMAIN_BEFORE = lazy_compile(rf"(?<![\w./@-]){_DOMAIN}[ \t]+(?:or|and)[ \t]+$")
_DOMAIN_AFTER = lazy_compile(rf"[ \t]+(?:or|and)[ \t]+{_DOMAIN}(?![\w/@-]|\.\w)")


def _pairs_with_domain(text: str, start: int, end: int) -> bool:
    """An acronym paired by ``or`` or ``and`` with a site's domain name
    (``such as qzlab.org or QZPV``): the pair are two names of one kind, a
    site, a standard or a project, which the domain names by its address."""
    before = max(0, start - 60)
    if "." not in text[before : end + 60]:
        return False  # no domain near: the common case, answered without a search
    return bool(_DOMAIN_AFTER.match(text, end) or _DOMAIN_BEFORE.search(text, before, start))


def coordinated_with_known(text: str, start: int, end: int) -> bool:
    """An acronym joined by ``or`` or ``and`` to one a general technical
    reader knows (``QZIDs or DOIs``, ``QZ and AC models``): the pair are
    two of one kind, named side by side as alternatives or counterparts,
    and a reader who knows the one is told what kind of thing the other is."""
    plural = _PLURAL_AFTER.match(text, end)
    partner = _or_partner(text, start, plural.end() if plural else end)
    return partner is not None and is_exempt(strip_plural(partner))


#: The plural ending after an acronym: the ``s`` of ``QZIDs``, the ``'s`` of ``QZID's``.
_PLURAL_AFTER = lazy_compile(r"['’]?s(?![^\W_])")


def _pairs_with_name_in_capitals(text: str, start: int, end: int) -> bool:
    """An acronym paired by a slash, ``or`` or ``and`` with an English word in
    capitals (``QZRS/LAMB optimizers``, ``INFO or QZDBG modes``): the word is
    no acronym, so it is a name written in capitals (an optimizer, a log
    level), and the pair are two names of one kind; so with a name in Title
    Case that is no English word, by a slash only (``Slurm/QZE``: ``Docker
    and QZC`` is a product and what it runs on)."""
    slashed = _slash_partner(text, start, end)
    partner = slashed or _or_partner(text, start, end)
    if partner is None or len(partner) < 3 or not partner.isalpha():
        return False
    if slashed and _is_title_name(partner):
        return True  # Slurm/QZE: a capitalised word that is no English word names the other half
    return _english_in_capitals(partner)


def _english_in_capitals(word: str) -> bool:
    """An English word written in capitals (``LAMB``, ``GO``), not for
    emphasis: no acronym, so a name written so."""
    return (
        word.isalpha()
        and word.isupper()
        and word not in SHOUTED
        and is_ordinary_word(word.lower(), short=len(word) <= 3)
    )


def is_name_item(item: str) -> bool:
    """A list item that is a name by its shape: mixed case (``RoBERTa``), a
    listed name, or an English word in capitals (``GO, Qzbo, QZE``: an
    ontology's name)."""
    word = strip_plural(item.split("-")[0])
    return word_kind(word) == NAME or (len(word) >= 2 and _english_in_capitals(word))


def _is_title_name(item: str) -> bool:
    """A capitalised word that is no English word: ``Bokeh``, ``Mayavi``."""
    return (
        item[:1].isupper()
        and item[1:].isalpha()
        and item[1:].islower()
        and not is_ordinary_word(item.lower())
    )


@lru_cache(maxsize=WORD_KINDS_KEPT)
def _exempt_compound(whole: str, known: frozenset[str]) -> bool:
    """Whether the compound ``whole`` gives no candidate wherever it is
    written: it is of no kind, or every part of its candidate is exempt
    (:func:`is_exempt`).  Asked first, and once per compound and set of
    known words: most capitalised words of prose (``API``, ``GPU``) end
    here, before the tests of their context."""
    found = _compound_kind(whole)
    return found is None or all(is_exempt(p, known) for p in found[1].split("-"))


def _compound_candidate(start: int, whole: str) -> Candidate | None:
    """The candidate of the compound ``whole`` found at ``start``."""
    found = _compound_kind(whole)
    if found is None:
        return None
    offset, word, kind = found
    return Candidate(start + offset, start + offset + len(word), word, kind)


@lru_cache(maxsize=WORD_KINDS_KEPT)
def _compound_kind(whole: str) -> tuple[int, str, str] | None:
    """Where in a compound its candidate starts, the candidate and its kind:
    the same wherever the compound is written, so worked out once."""
    if is_numbered_document(whole):
        return None  # QZR2011-0042: a report's or a standard's number
    parts = [
        (m.start(), m.group(0))
        for m in _LONG_WORD.finditer(whole)
        if not (m.group(0).islower() or m.group(0).isdigit() or m.group(0)[1:].islower())
    ]
    if not parts:
        return None
    first, last = parts[0], parts[-1]
    word = (
        strip_plural(whole[first[0] : last[0] + len(last[1])]) if len(parts) > 1 else strip_plural(first[1])
    )
    kinds = [word_kind(strip_plural(p)) for _, p in parts]
    if len(parts) == 1:
        kind = kinds[0]
        if kind == ACRONYM and _names_compound(whole, first[0] + len(first[1])):
            return first[0], whole[first[0] :], NAME  # QZM-Pack, Open-QZM-Pack, QZM-seq: one name
        if kind == ACRONYM and _LETTER_HYPHEN.fullmatch(whole, 0, first[0]):
            return 0, whole[: first[0]] + word, NAME  # q-QZE, z14-QZ1: the letter and the acronym, one name
    elif all(k == ACRONYM and p.isupper() or p.isdigit() for k, (_, p) in zip(kinds, parts)):
        kind = ACRONYM  # SI-SDR
    elif any(kinds):
        kind = NAME  # NExT-GPT, HiFi-GAN
    else:
        kind = None
    if kind is None:
        return None
    return first[0], word, kind


#: One small letter and a hyphen opening a compound: ``q-`` of ``q-QZE``.
#: A prefix of prose is a word (``non-``, ``pre-``, ``multi-``); a letter
#: alone is no word of English but a symbol the name takes from its maths
#: (the ``t`` of a Student's t distribution, the ``k`` of k neighbours), and
#: the acronym after it is part of that name, not one to cut out of it.
#: So is a small letter with a number after it (``z14-`` of ``z14-QZ1``,
#: ``m3-`` of ``m3-QZE``): a model's or a generation's code, no word of
#: prose either, whose variant the acronym after it names.
_LETTER_HYPHEN = lazy_compile(r"[a-z][0-9]*[-‐]")
#: A hyphen and a word in Title Case: ``-Pack`` of ``QZM-Pack``.
_HYPHEN_TITLE_WORD = lazy_compile(r"[-‐][A-Z][a-z]+(?![^\W_])")


def _title_word_after(whole: str, end: int) -> bool:
    """Whether an acronym ending at ``end`` of the compound ``whole`` is
    joined by a hyphen to a word in Title Case after it (``QZM-Pack``,
    ``QZM-Link``): prose writes the word after the hyphen in small letters
    (``QZM-based``), so the capital makes the compound a proper name, which
    the acronym is part of.  A prefix in Title Case before it (``Non-QZM``,
    a sentence's first word) says nothing of the acronym."""
    return _HYPHEN_TITLE_WORD.match(whole, end) is not None


#: A hyphen and a word of two or three small letters: ``-seq`` of ``QZM-seq``.
_HYPHEN_SHORT_WORD = lazy_compile(r"[-‐]([a-z]{2,3})(?![^\W_])")


def _clipped_word_after(whole: str, end: int) -> bool:
    """Whether an acronym ending at ``end`` of the compound ``whole`` is
    joined by a hyphen to a word of two or three small letters that is no
    everyday English word (``QZM-seq``, ``QZM-py``): a clipped word or a
    coinage.  Prose joins an acronym to an English word whose sense the
    compound takes (``QZM-based``, ``QZM-style``, ``QZM-free``); a clipped
    word makes a coined compound, the name of a method, a tool or a package
    (as ``-seq`` names a sequencing assay), which the acronym is part of."""
    clipped = _HYPHEN_SHORT_WORD.match(whole, end)
    return clipped is not None and not is_ordinary_word(clipped.group(1))


def _names_compound(whole: str, end: int) -> bool:
    """Whether the word after the acronym ending at ``end`` of ``whole``
    makes the compound a name: a word in Title Case (:func:`_title_word_after`)
    or a clipped word (:func:`_clipped_word_after`)."""
    return _title_word_after(whole, end) or _clipped_word_after(whole, end)


def _glued(text: str, start: int, end: int) -> bool:
    """Part of a code token or symbol: ``AF_INET``, ``AT&T``, ``TL;DR``,
    ``os.PathLike``, ``$HOME``, ``KEY=value``, ``FOO()``."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before in "_$@%" or after in "_(":
        return True
    if after == "[" and text[end + 1 : end + 2].isdigit():
        return True  # QZREG[4:0], QZREG[1]: bits of a register or an item of an array
    if before in _GLUE and before != "/" and start >= 2 and text[start - 2].isalnum():
        return True
    return after in _GLUE and after != "/" and end + 1 < len(text) and text[end + 1].isalnum()


def _quoted(text: str, start: int, end: int) -> bool:
    """A literal in quotes: ``'NULL'``, ``"HOWTO"``, and a word inside a quoted
    value with no space in it (``"QZR/mask"``, ``'QZT-2'``): the value is
    written as the program takes it, one token."""
    left = start
    while left and not text[left - 1].isspace() and text[left - 1] not in _QUOTES_OPEN:
        left -= 1
    if not left or text[left - 1] not in _QUOTES_OPEN:
        return False
    right = end
    while right < len(text) and not text[right].isspace() and text[right] not in _QUOTES_CLOSE:
        right += 1
    return right < len(text) and text[right] in _QUOTES_CLOSE


_NEXT_WORD = lazy_compile(r" ([^\W_][\w'’]*)")
_PREV_WORD = lazy_compile(r"([^\W_][\w'’]*) $")


def _in_name(text: str, start: int, end: int) -> bool:
    """An acronym that starts a proper name (``FL Studio``, ``EBU R 128``) or
    a version or grade after one (``HiFi-GAN V1``, ``3.2.1 MU3``: a
    maintenance update of a release)."""
    if _qualifies_release(text, start, end):
        return True
    if _VERSION.fullmatch(text, start, end):
        before = _PREV_WORD.search(text, max(0, start - 40), start)
        name = before.group(1) if before else ""
        if name and (name[0].isupper() or name[0].isdigit()) and name.casefold() not in _NAME_STOP:
            return True
    if _ends_name(text, start):
        return True
    after = _NEXT_WORD.match(text, end)
    if not after:
        return False
    word = after.group(1)
    if len(word) == 1 and word.isupper() or word[0].isdigit() or _VERSION.match(word):
        return True  # EBU R 128, FIPS 140, ANS X9.62: a standard or model and its number
    return word[0].isupper() and word[1:].islower() and word.casefold() not in _NAME_STOP


def _qualifies_release(text: str, start: int, end: int) -> bool:
    """Capitals with a number right after a dotted release number (``3.2.1
    MU3``, ``2.0 SP1``): the update or patch level of that release, part of
    the version a vendor writes, not a phrase to spell out."""
    if not any(ch.isdigit() for ch in text[start:end]):
        return False
    return _DOTTED_NUMBER.search(text[max(0, start - 20) : start].rstrip(" \t")) is not None


#: A word with a capital after a small letter: a name by its shape (``iZotope``).
_CAMEL = lazy_compile(r"[a-z][A-Z]")


def _ends_name(text: str, start: int) -> bool:
    """An acronym after a name's word (``iZotope RX``, ``Windows NT``): a
    word shaped like a name, or capitalised where no sentence starts."""
    before = _PREV_WORD.search(text, max(0, start - 40), start)
    if not before:
        return False
    name = before.group(1)
    if _CAMEL.search(name):
        return True
    if not name[0].isupper() or not name[1:].islower() or name.casefold() in _NAME_STOP:
        return False
    head = text[: before.start()].rstrip(" \t*_")
    return bool(head) and head[-1] not in ".!?:;\n>|-([{\"'`"


#: A place's name and a comma before a region's code: ``Austin, TX``, ``Leeds, UK``.
_PLACE_BEFORE = lazy_compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][a-z]+,\s+$")


def _place_code(text: str, start: int, end: int) -> bool:
    """A two-letter code after a place name that ends the clause (``in
    Austin, TX.``): a state or country, written as addresses write it."""
    if end - start != 2 or (end < len(text) and text[end] not in ".,;:)\n"):
        return False
    return bool(_PLACE_BEFORE.search(text, max(0, start - 40), start))


def _in_keyword_run(text: str, start: int, end: int) -> bool:
    """Keywords of a code language in capitals come in runs (``ON DELETE
    CASCADE``, ``LEFT OUTER JOIN``): an all-capital word next to another,
    one of them an ordinary English word, is code, not an acronym."""
    word = text[start:end]
    if not word.isalpha() or not word.isupper():
        return False
    neighbours = []
    after = _NEXT_WORD.match(text, end)
    if after:
        neighbours.append(after.group(1))
    before = _PREV_WORD.search(text, max(0, start - 40), start)
    if before:
        neighbours.append(before.group(1))
    return any(
        n.isalpha()
        and n.isupper()
        and len(n) >= 2
        and (is_ordinary_word(n.lower()) or is_ordinary_word(word.lower()))
        for n in neighbours
    )


# -- expansions ------------------------------------------------------------------------

_SHORT = r"[^\W\d_][\w-]*[\w]|[^\W\d_][A-Z0-9]"
# The four patterns :func:`expansions` searches are compiled at import, not
# lazily (:mod:`..lazy_re`): :data:`everywhere` is ``re.Pattern.finditer``
# itself, which takes a compiled pattern only.
#: ``Long Form (ACR)``, with a plural (``MFCCs``) or extra words (``DAC, 2023``).
_PAREN_AFTER = re.compile(rf"\(\s*(?P<short>{_SHORT})(?:s|['’]s)?\s*(?:[,;][^()]*)?\)")
#: ``ACR (Long Form)`` or ``ACR (i.e. long form)``.
_PAREN_BEFORE = re.compile(
    rf"(?<![\w-])(?P<short>{_SHORT})\s*\(\s*(?:i\.\s?e\.,?\s*|that is,?\s*)?(?P<long>[^()]{{3,}}?)\s*\)"
)
#: Where a bracket's long form ends and an aside begins: ``(long form; aside)``.
_AFTER_LONG = lazy_compile(r"\s*[;,]\s*")
#: ``(long form; ACR)``, ``(long form, or ACR)``: the acronym after its long
#: form in the same bracket, maybe with the noun both modify after each
#: (``(out of range values; OOR values)``).
_SHORT_IN_BRACKET = re.compile(
    rf"\((?P<long>[^()\n;,]{{3,}}?)\s*[;,]\s*(?:or\s+)?(?P<short>{_SHORT})(?:s|['’]s)?"
    r"(?P<head>(?:\s+[^\W\d_]+){0,2})\s*\)"
)
#: ``ACR = Long Form``, ``ACR: Long Form`` (also after ``**ACR**``), ``ACR — Long Form``.
_DEFINED_AS = re.compile(
    rf"(?<![\w-])(?P<short>{_SHORT})[*_]*\s*(?:=|:|—|–|\s-)\s*(?P<long>[^\n.;:()]{{3,}})"
)
#: ``computer algebra systems, or just CASs``, ``..., also called XYZ``.
_OR_SHORT = re.compile(
    rf",?\s+(?:or\s+(?:just\s+|simply\s+)?|also\s+(?:called|known\s+as)\s+(?:an?\s+|the\s+)?[\"“']?)"
    rf"(?P<short>{_SHORT})"
    r"(?:s|['’]s)?(?![\w-])"
)
#: A reST ``:abbr:`ACR (Long Form)``` role, read from the source.
ABBR_ROLE = lazy_compile(r":abbr:`\s*(?P<short>[^`(<]+?)\s*\((?P<long>[^)`]+)\)\s*`")
_LONG_WORD = lazy_compile(r"[^\W_]+")
#: A word of a long form with its hyphens: ``Constant-Q``.
_LONG_PHRASE_WORD = lazy_compile(r"[^\W_]+(?:[-‐/][^\W_]+)*")
#: Words an acronym writes as X: ``Cross-Site Scripting (XSS)``, ``Transmit (TX)``.
_CROSS = ("cross", "trans")
_STOP_BEFORE = lazy_compile(r"[.;:!?()\[\]|]|\n\s*\n")


#: Searches ``text`` for a pattern's matches: all of them (:func:`everywhere`),
#: or those that may hold an acronym (:func:`where_acronyms_may_be`).
Search = Callable[["re.Pattern[str]", str], Iterable["re.Match[str]"]]


#: Every match: the method itself, so the search of every segment adds no call of Python.
everywhere: Search = re.Pattern.finditer


#: A capital or a digit, or any character beyond ASCII (a superset: cheap to
#: test), written as what it is not: a class up to U+10FFFF costs 17 ms to compile.
_MARK = r"[^\x00-/:-@\[-\x7f]"
#: Two marks in one word, as every acronym (:func:`word_kind`) has (two capitals,
#: or a capital and a digit), with only small letters, ``_`` and ``-`` before
#: each: one way to match, so a search takes time in proportion to the text.
_TWO_MARKS = rf"[a-z_-]*{_MARK}[a-z_-]*{_MARK}"


@dataclass(frozen=True)
class _Gate:
    """Where a costly pattern may find an acronym: ``near`` finds a place for
    one, a word with two marks just before the pattern's bracket or separator
    (searched in the text read backwards, from the bracket or separator, so
    each word is read once) or after its ``or``; no match of the pattern holds
    a character of ``stops`` (but a ``)`` as its last, with ``closing``), so
    the text splits into pieces there, no match crosses from one piece into
    another, and a search of a piece finds what a search of the whole text
    finds in it."""

    near: re.Pattern[str]
    stops: str
    backwards: bool = False
    closing: bool = False


@lru_cache(maxsize=1)
def _gates() -> dict[re.Pattern[str], _Gate]:
    """Compiled on first use: a run whose glossary decides the gate never asks."""
    return {
        # ``ACR (``, read backwards.
        _PAREN_BEFORE: _Gate(re.compile(rf"\(\s*{_TWO_MARKS}"), ")", backwards=True, closing=True),
        # ``ACR**: ``, ``ACR =``, ``ACR -``, read backwards; the stars and
        # underscores taken whole (a look-ahead is never backtracked into).
        _DEFINED_AS: _Gate(
            re.compile(rf"(?:=|:|—|–|-\s)\s*(?=(?P<marks>[*_]*))(?P=marks){_TWO_MARKS}"),
            ".;()",
            backwards=True,
        ),
        _OR_SHORT: _Gate(
            re.compile(rf"(?:or|also)\s+(?:(?:just|simply|called|known|as|an?|the)\s+)*[\"“']?{_TWO_MARKS}"),
            ".;():",
        ),
    }


def where_acronyms_may_be(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` whose short form may be an acronym, in
    order, and maybe others: a costly pattern is searched only in the pieces
    of the text where its :class:`_Gate` finds a place for one.  Counting the
    acronyms a handbook spells out needs no more."""
    gate = _gates().get(pattern)
    if gate is None:
        yield from pattern.finditer(text)
        return
    if gate.backwards:
        last = len(text) - 1
        places = [last - near.start() for near in gate.near.finditer(text[::-1])][::-1]
    else:
        places = [near.start() for near in gate.near.finditer(text)]
    searched = 0
    for at in places:
        if at < searched:
            continue  # in the piece searched last
        start = max(text.rfind(stop, 0, at) for stop in gate.stops) + 1
        ends = [found for stop in gate.stops if (found := text.find(stop, at)) != -1]
        searched = min(ends) + gate.closing if ends else len(text)
        yield from pattern.finditer(text, start, searched)


def expansions(text: str, search: Search = everywhere) -> Iterator[tuple[str, str]]:
    """Yield ``(short, long)`` for each acronym the text spells out.

    Recognised: ``Constant-Q Transform (CQT)``, ``MFCCs`` plurals and extra
    words in the bracket (``(DAC, 2023)``), ``CQT (Constant-Q Transform)``,
    ``X (i.e. ...)``, ``RTF = Real-Time Factor`` and ``HTSAT: Hierarchical
    ...``.  The long form must spell the acronym out (see
    :func:`spells_out`), which keeps asides such as ``LLM (prompt injection
    risk)`` and wrong expansions out.  ``search`` may leave out matches
    whose short form cannot be an acronym (:func:`where_acronyms_may_be`).
    """
    if "(" in text:
        for match in search(_PAREN_AFTER, text):
            short = strip_plural(match.group("short"))
            if word_kind(short.split("-")[0]) is None:
                continue
            at = match.start()
            long = (
                _long_before(short, text, at)
                or _measure_described(short, text, at)
                or _long_before_head(short, text, at)
            )
            if long is not None:
                yield short, long
        for match in search(_PAREN_BEFORE, text):
            short, long_text = strip_plural(match.group("short")), match.group("long")
            if word_kind(short) != ACRONYM:
                continue
            # The bracket may go on after its long form: ``MAD (median
            # absolute deviation; robust to outliers)``, ``(..., 2023)``.
            for long in (long_text, _AFTER_LONG.split(long_text, 1)[0]):
                if _expands(short, _LONG_WORD.findall(long)):
                    yield short, long
                    break
        for match in search(_SHORT_IN_BRACKET, text):
            short = strip_plural(match.group("short"))
            if word_kind(short) == ACRONYM and (long := _long_in_bracket(short, match)) is not None:
                yield short, long
    if " or " in text or " also " in text:
        for match in search(_OR_SHORT, text):
            short = strip_plural(match.group("short"))
            if word_kind(short) != ACRONYM:
                continue
            long = _long_before(short, text, match.start())
            if long is not None:
                yield short, long
    yield from _aka_expansions(text)
    if " for " in text and _STANDS_FOR_WORDS.search(text):
        yield from _named_after(_STANDS_FOR.finditer(text))
    yield from _introduced_expansions(text)
    if "=" in text or ":" in text or "—" in text or "–" in text or " - " in text:
        for match in search(_DEFINED_AS, text):
            found = strip_plural(match.group("short"))
            if word_kind(found.split("-")[0]) == ACRONYM:
                short = found
            elif (label := _label_in_small_letters(found, text, match.start())) is not None:
                short = label
            else:
                continue
            long = _shortest_fit(short, match.group("long"), from_end=False)
            if short != found and long is not None and _base_letters(long).startswith(_base_letters(found)):
                continue  # ``qzrt - qzrts of a shelf``: the word itself, not what it stands for
            if long is not None:
                yield short, long


def _long_in_bracket(short: str, match: re.Match[str]) -> str | None:
    """The long form of a ``(long form; ACR)`` bracket (:data:`_SHORT_IN_BRACKET`):
    the fewest words before the separator that spell the acronym out, once
    the words both end with are taken off (``out of range values; OOR
    values``: the acronym modifies ``values`` as its long form does)."""
    words = match.group("long").split()
    head = match.group("head").split()
    if head and [w.casefold() for w in words[-len(head) :]] == [w.casefold() for w in head]:
        words = words[: -len(head)]
    return _shortest_fit(short, " ".join(words), from_end=True) if words else None


#: What may stand before an item's label: blanks and the markup of emphasis or code.
_LABEL_MARKUP = " \t*_`"


def _label_in_small_letters(short: str, text: str, start: int) -> str | None:
    """The acronym in capitals that a label in small letters at the start
    of a text writes (``qzr - quiet zone resonance``, ``qzr: ...``), or None.

    A list of keys or fields written as the program spells them, each
    followed by what it stands for, defines the acronym as surely as
    ``QZR = Quiet Zone Resonance``: the prose around it writes the same
    acronym in capitals (``the QZR of each channel``).  Only a label that
    opens its text (an item, a line of its own) counts, and the long form
    must still spell it out, and not open with the label itself (``cen -
    center of ...`` shortens one word), so a sentence's ordinary ``word -
    words`` does not."""
    if not (short.isalnum() and short.islower()) or text[:start].strip(_LABEL_MARKUP):
        return None
    upper = short.upper()
    return upper if word_kind(upper) == ACRONYM else None


#: What introduces an acronym's other name: ``(aka``, ``(a.k.a.``, ``, also known as``.
_AKA = lazy_compile(
    r"(?:\(\s*(?:aka|a\.k\.a\.?)|,\s*(?:aka|a\.k\.a\.?|also\s+known\s+as))(?![\w-])"
    r",?\s+(?:(?:an?|the)\s+)?(?P<long>[^()\n.;:]{3,}?)\s*(?:\)|[.;:,]|$)",
    re.IGNORECASE,
)
#: ``QZB stands for quiet zone buffer``, ``QZB is short for ...``.
_STANDS_FOR = lazy_compile(
    rf"(?<![\w-])(?P<short>{_SHORT})[\"”'’]?\s+(?:stands\s+for|is\s+short\s+for)\s+(?:(?:an?|the)\s+)?"
    r"(?P<long>[^()\n.;:,]{3,})"
)
#: The words every match of :data:`_STANDS_FOR` holds: a text without them
#: is not searched with it, whose short form, tried at every word, made it
#: half of the cost of counting a handbook's expansions (a few files in a
#: hundred write either).
_STANDS_FOR_WORDS = lazy_compile(r"(?:stands|short)\s+for")
#: The acronym just before it.
_SHORT_BEFORE = lazy_compile(rf"(?<![\w-])(?P<short>{_SHORT})\s*$")


def _aka_expansions(text: str) -> Iterator[tuple[str, str]]:
    """An acronym and its other name (``LWP (aka lib-www-perl)``): where
    the other name spells the acronym out, it is the long form, in words
    or joined by hyphens as a package name writes it."""
    for match in _AKA.finditer(text):
        before = _SHORT_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if before is None:
            continue
        short = strip_plural(before.group("short"))
        if word_kind(short) != ACRONYM:
            continue
        long = _shortest_fit(short, match.group("long"), from_end=False)
        if long is not None:
            yield short, long


#: What names a short form for a phrase: ``short form``, ``abbreviation``, ``shorthand``.
_SHORT_NAME = r"(?:short[\s-]?form|abbreviation|shorthand)"
#: ``As (a) short form for Long Form, we use ACR``: the long form after ``for``.
_USE_FOR_LONG = lazy_compile(
    rf"(?<![\w-])as\s+(?:an?\s+|the\s+)?{_SHORT_NAME}\s+(?:for|of)\s+(?P<long>[^()\n.;:,]{{3,}}?),?"
    rf"\s+(?:we|I|they|this\s+\w+)\s+(?:use|uses|write|writes)\s+[*_`\"“']*(?P<short>{_SHORT})(?![\w-])",
    re.IGNORECASE,
)
#: ``we use ACR (as a short form) for Long Form``.
_USE_SHORT_FOR = lazy_compile(
    rf"(?<![\w-])(?:we|I|they)\s+(?:use|write)\s+[*_`\"“']*(?P<short>{_SHORT})[*_`\"”']*"
    rf"\s+(?:as\s+(?:an?\s+|the\s+)?{_SHORT_NAME}\s+)?for\s+(?:(?:an?|the)\s+)?(?P<long>[^()\n.;:,]{{3,}})",
    re.IGNORECASE,
)
#: ``Long Form, hereafter ACR``, ``Long Form (abbreviated QZB)``, ``..., abbreviated as ACR``.
_HEREAFTER = lazy_compile(
    rf"[,(]\s*(?:hereafter|hereinafter|henceforth|abbreviated(?:\s+(?:as|to))?|shortened\s+to)"
    rf"\s+[*_`\"“']*(?P<short>{_SHORT})(?![\w-])",
    re.IGNORECASE,
)
#: The words one of the three patterns above needs: a text without any is not searched.
_INTRODUCING = lazy_compile(
    rf"{_SHORT_NAME}|\b(?:we|I|they)\s+(?:use|write)\b|hereafter|hereinafter|henceforth|abbreviated|shortened",
    re.IGNORECASE,
)


def _introduced_expansions(text: str) -> Iterator[tuple[str, str]]:
    """An acronym the text itself introduces as the short form of a phrase
    (``As a short form for quiet zone buffer, we use QZB``, ``we use QZB for
    the quiet zone buffer``, ``the quiet zone buffer, hereafter QZB``,
    ``..., abbreviated QZB``): the writer says in words which phrase it
    shortens, as a bracket would.  The phrase must still spell it out."""
    if not _INTRODUCING.search(text):
        return
    for pattern in (_USE_FOR_LONG, _USE_SHORT_FOR):
        yield from _named_after(pattern.finditer(text))
    for match in _HEREAFTER.finditer(text):
        short = strip_plural(match.group("short"))
        if word_kind(short) == ACRONYM and (long := _long_before(short, text, match.start())) is not None:
            yield short, long


def _named_after(matches: Iterable[re.Match[str]]) -> Iterator[tuple[str, str]]:
    """The acronym of each match (its ``short`` group) and the fewest
    words from the start of its ``long`` group that spell it out."""
    for match in matches:
        short = strip_plural(match.group("short"))
        if word_kind(short) != ACRONYM:
            continue
        long = _shortest_fit(short, match.group("long"), from_end=False)
        if long is not None:
            yield short, long


#: A measure's symbol: letters and a number (``RT60``, ``QZ30``).
_MEASURE_SYMBOL = lazy_compile(r"[A-Z]{1,3}\d+")
#: A plain description just before the bracket: a word, then up to two in small letters.
_DESCRIPTION = lazy_compile(r"(?<![\w-])[A-Za-z][a-z]+(?: [a-z]+){0,2} *$")


def _measure_described(short: str, text: str, at: int) -> str | None:
    """The description a measure's symbol follows (``decay time (RT60)``):
    a symbol with a number is named, not spelled out; its description, whose
    head word gives one of its letters (time: T), tells the reader what it
    measures.  A Title Case long form that misspells an acronym without a
    number (``Music Source Separation Transformer (MSSM)``) stays wrong."""
    if not _MEASURE_SYMBOL.fullmatch(short):
        return None
    described = _DESCRIPTION.search(text, max(0, at - 60), at)
    if described is None:
        return None
    words = described.group(0).split()
    return " ".join(words) if words[-1][0].upper() in short else None


_POSSESSIVE_END = lazy_compile(r"(?<=[^\W_])['’]s?\s*$")


def _long_before(short: str, text: str, at: int) -> str | None:
    """The words just before ``at``, in the same clause, that spell ``short`` out."""
    # ``the Python Packaging Authority's (PyPA) guide``: a possessive ending is
    # the phrase's, not a word of it.
    before = _POSSESSIVE_END.sub(" ", text[max(0, at - 160) : at])
    stops = list(_STOP_BEFORE.finditer(before))
    return _shortest_fit(short, before[stops[-1].end() :] if stops else before, from_end=True)


#: The noun just before a bracket, in small letters: ``decomposition`` of
#: ``generalised eigenvalue decomposition (QZD)``.
_HEAD_NOUN = lazy_compile(r"(?<![\w-])[a-z]{3,}[ \t]*$")


def _long_before_head(short: str, text: str, at: int) -> str | None:
    """The long form before the bracket's head noun (``generalised eigenvalue
    decomposition (GEV)``: the acronym shortens the words that modify
    ``decomposition``, as ``the QZ method`` names the method by them): two
    words or more before one word in small letters that gives no letter.
    Asked only where the words right before the bracket do not spell it."""
    head = _HEAD_NOUN.search(text, max(0, at - 40), at)
    if head is None or head.group(0).strip() in MINOR_WORDS:
        return None
    long = _long_before(short, text, head.start())
    return long if long is not None and " " in long else None


def _shortest_fit(short: str, text: str, from_end: bool) -> str | None:
    """The fewest words before the bracket, or the most words after ``=``
    (``RTF = Real-Time Factor is low``: the definition ends where the
    spelling does), that spell ``short`` out."""
    letters = _letters(short)
    words = list(_LONG_PHRASE_WORD.finditer(text))
    sizes = range(1, min(len(words), len(letters) + 3) + 1)
    for n in sizes if from_end else reversed(sizes):
        chosen = words[-n:] if from_end else words[:n]
        if _expands(short, [w.group(0) for w in chosen]):
            return " ".join(text[chosen[0].start() : chosen[-1].end()].split())
    return None


def _expands(short: str, words: list[str]) -> bool:
    """Whether the long form of an explicit expansion (a bracket, ``=``,
    ``aka``) spells ``short`` out, also where one of its words is a closed
    compound whose second word gives the letter (``Ontology Access Toolkit
    (OAK)``: the K of tool-kit), as it would written with a hyphen."""
    if spells_out(short, words):
        return True
    split = [_compound_parts(w) for w in words]
    return split != words and spells_out(short, split)


#: The shortest word of a closed compound taken apart: ``kit`` of ``toolkit``.
_COMPOUND_PART = 3


@lru_cache(maxsize=4096)
def _compound_parts(word: str) -> str:
    """``tool-kit`` for ``Toolkit``, ``data-base`` for ``Database``: a word
    made of two everyday English words of three letters or more, hyphenated
    where they meet (the first split that works); any other word as it is.
    ``Transformer`` stays whole against ``M``: neither ``trans`` nor ``former``
    starts with it."""
    if not word.isalpha() or len(word) < 2 * _COMPOUND_PART:
        return word
    lower = word.lower()
    for k in range(_COMPOUND_PART, len(word) - _COMPOUND_PART + 1):
        if is_ordinary_word(lower[:k]) and is_ordinary_word(lower[k:]):
            return f"{word[:k]}-{word[k:]}"
    return word


def _letters(short: str) -> str:
    return "".join(ch for ch in _base_letters(short) if ch.isalpha())


def _base_letters(word: str) -> str:
    """``word`` in small letters, each without its accent (``göttingen`` ->
    ``gottingen``): an acronym of Latin capitals takes a letter's base
    letter, as ``GOE`` takes the O of Göttingen."""
    folded = word.casefold()
    if folded.isascii():
        return folded
    return "".join(ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch))


def spells_out(short: str, words: list[str]) -> bool:
    """Whether ``words`` spell out the acronym ``short``.

    Each letter of the acronym comes from a word of the long form, in order:
    a word gives its first letter and may give more of its own letters after
    it (``Overlap-Add``: O, L, A; ``Virtual Speech``: Vi, S).  The first and
    the last word must give letters; of the words in between, ``of``, ``the``
    and the like may give none, and at most one other word.  So ``Music
    Source Separation Transformer`` spells ``MSST`` but not ``MSSM``.
    """
    letters = _letters(short)
    parts = [
        (_base_letters(part), k > 0)
        for word in words
        for k, part in enumerate(p for p in re.split(r"[-‐/]", word) if p and not p.isdigit())
    ]
    if not letters or not parts or len(parts) > len(letters) + 4:
        return False
    return _fit(letters, tuple(parts), 0, 0, 1)


@lru_cache(maxsize=4096)
def _fit(letters: str, parts: tuple[tuple[str, bool], ...], i: int, j: int, skips: int) -> bool:
    """Whether ``parts[j:]`` spell ``letters[i:]``; a part after a hyphen
    (``training`` of ``Pre-training``) may give nothing."""
    if i == len(letters):
        return all(hyphened for _, hyphened in parts[j:])
    if j == len(parts):
        return False
    word, hyphened = parts[j]
    last = j == len(parts) - 1
    if hyphened and _fit(letters, parts, i, j + 1, skips):
        return True
    if j and not last:  # a word in between may give nothing
        if word in MINOR_WORDS and _fit(letters, parts, i, j + 1, skips):
            return True
        if skips and word not in MINOR_WORDS and _fit(letters, parts, i, j + 1, skips - 1):
            return True
    if word[0] != letters[i] and not (letters[i] == "x" and word.startswith(_CROSS)):
        return False
    # The word gives its first letter and then any of its letters in order.
    at, k = 1, i + 1
    if _fit(letters, parts, k, j + 1, skips):
        return True
    while k < len(letters):
        at = word.find(letters[k], at) + 1
        if not at:
            return False
        k += 1
        if _fit(letters, parts, k, j + 1, skips):
            return True
    return False


#: A small letter that qualifies the acronym after it: ``fMRI`` (functional MRI), ``iSTFT``.
_QUALIFIED = lazy_compile(r"[a-z](?P<stem>[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*)")


def qualified_stem(short: str, long: str) -> str | None:
    """The acronym a small letter qualifies (``QZR`` of ``fQZR``), where the
    long form spells both out (``functional quartz zone resonance``): a
    reader told what fQZR stands for has been told what QZR stands for.
    (The reverse does not hold: the glossary's ``QZR`` does not say what
    the ``f`` of ``fQZR`` is.)"""
    match = _QUALIFIED.fullmatch(short)
    if match is None:
        return None
    words = _LONG_PHRASE_WORD.findall(long)
    stem = match.group("stem")
    return stem if len(words) > 1 and spells_out(stem, words[1:]) and spells_out(short, words) else None


def opening_long_form(short: str, definition: str) -> str | None:
    """The long form a glossary definition opens with, when its first words
    spell the headword out (``Functional magnetic resonance imaging is
    ...`` for fMRI); the fewest words that do."""
    letters = _letters(short)
    words = _LONG_PHRASE_WORD.findall(_STOP_BEFORE.split(definition[:200], maxsplit=1)[0])
    for n in range(2, min(len(words), len(letters) + 3) + 1):
        if spells_out(short, words[:n]):
            return " ".join(words[:n])
    return None


def abbr_expansions(source: str) -> Iterator[tuple[str, str]]:
    """``:abbr:`` roles of a reST source: each explains its acronym."""
    if ":abbr:" in source:
        for match in ABBR_ROLE.finditer(source):
            yield match.group("short"), match.group("long")


# -- acronyms a document spells out without brackets -------------------------------------

#: Where a sentence or clause ends, before an acronym: what is spelled out
#: before it must be in the same sentence.
_SENTENCE_END = lazy_compile(r"[.;:!?](?:\s|$)|\n\s*\n")


def spelled_before(short: str, text: str, at: int) -> bool:
    """Whether words just before ``at`` in its sentence give ``short``'s
    letters as their initials, in order (``create a quota group from a QG
    snapshot``): the reader has just read the phrase the acronym shortens.
    Every word gives exactly its first letter (small words such as ``of``
    give none, and may stand between in a phrase of three words or more),
    so a word's inner letters never make a match up; and the phrase ends at
    most :data:`_SPELLED_GAP` words before the acronym, so two words far
    back in a long sentence do not."""
    letters = short.casefold()
    if not (2 <= len(letters) <= MAX_ACRONYM_LETTERS) or not short.isalpha() or not short.isupper():
        return False
    head = text[max(0, at - 240) : at]
    ends = list(_SENTENCE_END.finditer(head))
    words = [
        w.casefold()
        for w in _PHRASE_WORD.findall(head[ends[-1].end() :] if ends else head)
        if not w.isupper()
    ]
    near = len(words) - _SPELLED_GAP
    return any(
        (end := _initials_from(letters, words, k)) >= 0 and end >= near
        for k in range(max(0, near - len(letters) * 2), len(words))
    )


#: Most words between a spelled-out phrase and its acronym (``group from QG``: one).
_SPELLED_GAP = 3


def _initials_from(letters: str, words: list[str], k: int) -> int:
    """Where the phrase starting at ``words[k]`` ends (the index after its
    last word) if its initials are ``letters``; -1 if they are not."""
    i, j = 0, k
    while j < len(words) and i < len(letters):
        word = words[j]
        if word in MINOR_WORDS:
            if i == 0 or len(letters) == 2:
                return -1
        elif word[0] == letters[i]:
            i += 1
        else:
            return -1
        j += 1
    return j if i == len(letters) else -1


#: Link and emphasis markup to drop before reading phrases from a source:
#: ``[Chrome DevTools Protocol][]``, ```Common Weakness Enumeration`_``.
#: Each match opens with one of its four characters, which the regex engine
#: skips to fast, and only then asks for what may follow: a link's target or
#: reference after ``]``, underscores after a backtick.
_MARKUP_AROUND = lazy_compile(r"[\[\]*`](?:(?<=\])(?:\[[^\]\n]*\]|\([^)\n]*\))|(?<=`)_{1,2})?")
#: A word of a phrase: letters with inner hyphens (``Cross-Site``).
_PHRASE_WORD = lazy_compile(r"[^\W\d_][^\W_]*(?:[-‐][^\W_]+)*")
#: A capital letter that starts a word (``(?<![\w-])[A-Z]``), written with the
#: look-behind after the letter: a pattern that opens with a letter lets the
#: regex engine skip to the next capital, where one that opens with a
#: look-behind tries every character (a third to a half of the search's time).
_WORD_CAPITAL = r"[A-Z](?<![\w-].)"
#: A name with capitals inside (``CommonJS``, ``SQLAlchemy``): its capitals abbreviate it.
#: Its runs of letters are possessive (``*+``, as in :data:`_TITLE_RUN`): a
#: letter given back could only meet a letter, where the pattern wants a
#: capital after the small letters and no word character after the name.
_INNER_CAPITALS = lazy_compile(possessive(rf"{_WORD_CAPITAL}[a-z]*+[A-Z][A-Za-z]*+(?![\w-])"))
#: Drops the small letters of a match of :data:`_INNER_CAPITALS`, which holds
#: ASCII letters only: what is left are its capitals, in C, where a loop over
#: its characters took a Python step each.
_NO_SMALL_LETTERS = str.maketrans("", "", string.ascii_lowercase)
#: A phrase in double quotes, as prose names a term (``an "extended validation" certificate``).
_QUOTED_PHRASE = lazy_compile(r"[\"“]([^\"“”\n]{3,80})[\"”]")
#: Words in Title Case, maybe with small words between them, on one line or
#: two: where :func:`initialisms` looks for phrases (the regex skips the rest fast).
#: The word's letters and the blanks between words are taken possessively
#: (``*+``, ``++``): what follows a run of letters is a hyphen, a blank or the
#: match's end, and what follows a run of blanks is a letter or a line break,
#: so a character given back could never be matched by what comes next, and
#: the regex engine no longer tries giving back each one in turn after every
#: capitalised word of prose (the same matches in about a third of the time).
_TITLE_WORD_REST = r"[^\W_]*+(?:[-‐][^\W_]++)*+"
_BLANK = r"(?:[ \t]++|[ \t]*+\n[ \t]*+)"
_TITLE_RUN = lazy_compile(
    possessive(
        rf"{_WORD_CAPITAL}{_TITLE_WORD_REST}"
        rf"(?:{_BLANK}(?:(?:{'|'.join(sorted(MINOR_WORDS))}){_BLANK})*[A-Z]{_TITLE_WORD_REST})+"
    )
)
#: The whole text of a link, as Markdown (``[text](url)``, ``[text][ref]``) or
#: reST (```text <url>`_``, ```text`_``) writes it.
_LINK_PHRASE = lazy_compile(r"\[(?<!!\[)([^\[\]\n]{3,80})\](?=[(\[])|`([^`<\n]{3,80})(?:<[^>`\n]*>)?`_")
#: Longest Title Case phrase read for initials.
_PHRASE_WORDS = 8
_HYPHEN = lazy_compile(r"[-‐]")


#: A hyphenated name whose parts are names with capitals inside or words in
#: capitals: ``KilnRT-QZM``.  Possessive runs, as in :data:`_INNER_CAPITALS`.
_HYPHENATED_NAME = lazy_compile(possessive(rf"{_WORD_CAPITAL}[A-Za-z0-9]*+(?:-[A-Za-z0-9]++)+(?![\w-])"))


def _hyphenated_capitals(text: str) -> Iterator[str]:
    """The short names of hyphenated names (``KilnRT-QZM``): each part's
    capitals, joined by a hyphen (``KRT-QZM``) or run together (``KRTQZM``).
    Each part is a name with capitals inside, two small letters or more
    (``KilnRT``), or a word in capitals (``QZM``), and one part at least is
    such a name: ``Kiln-QZM`` (a word before an acronym) abbreviates nothing."""
    for match in _HYPHENATED_NAME.finditer(text):
        parts = match.group(0).split("-")
        capitals = [part.translate(_NO_SMALL_LETTERS) for part in parts]
        inner = [len(c) >= 2 and len(p) - len(c) >= 2 for p, c in zip(parts, capitals)]
        if any(inner) and all(i or p.isupper() for p, i in zip(parts, inner)):
            yield "-".join(capitals)
            yield "".join(capitals)


def _quoted_or_linked(text: str) -> Iterator[str]:
    """The phrases a text sets apart as names of things: in double quotes,
    or as the whole text of a link (``the [kiln glaze index](url)``), which
    points at the page that explains the thing the phrase names."""
    for match in _QUOTED_PHRASE.finditer(text):
        yield match.group(1)
    for match in _LINK_PHRASE.finditer(text):
        yield match.group(1) or match.group(2).rstrip()


def initialisms(text: str) -> set[str]:
    """Acronyms a text spells out in its own words, without brackets: the
    initials of a Title Case phrase (``Text and Data Mining``: TDM; ``Chrome
    DevTools Protocol``: CDP and CP), of a phrase in quotes (``"extended
    validation"``: EV) or that is a link's whole text (``[kiln glaze
    index](url)``: KGI) and the capitals of a name with capitals
    inside (``CommonJS``: CJS, ``SQLAlchemy``: SQLA), also of each part of a
    hyphenated name (``KilnRT-QZM``: KRT-QZM, the short name a handbook
    writes beside the long one).  A reader meeting TDM
    in a document that writes ``Text and Data Mining`` can tell what it is.

    In a Title Case phrase, a word in capitals that a reader knows (a listed
    acronym or name: ``Multi-Kiln GPU``, MKG) gives its first letter, as
    any word of the phrase does: the long form of a newer acronym is often
    built on an older one, which the reader reads as a word.  An unknown
    word in capitals breaks the phrase (it is an acronym of its own, whose
    letters the reader cannot place)."""
    found: set[str] = set()
    for match in _INNER_CAPITALS.finditer(text):
        name = strip_plural(match.group(0))
        capitals = name.translate(_NO_SMALL_LETTERS)
        if len(capitals) >= 2 and len(name) - len(capitals) >= 2:  # two small letters or more
            found.add(capitals)
    if "-" in text:
        found.update(_hyphenated_capitals(text))
    for phrase in _quoted_or_linked(text):
        words = [w for w in _PHRASE_WORD.findall(phrase) if w.casefold() not in MINOR_WORDS]
        if 2 <= len(words) <= _PHRASE_WORDS:
            found.add("".join(w[0] for w in words).upper())
    for match in _TITLE_RUN.finditer(_MARKUP_AROUND.sub("", text)):
        run: list[str] = []  # initials of the phrase so far; "" for a small word inside it
        for word in _PHRASE_WORD.findall(match.group(0)):
            if word in MINOR_WORDS:
                run.append("")
                continue
            if word.isupper():
                if not (is_common_acronym(word) or is_common_name(word)):
                    run = []
                    continue
                run.append(word[0])  # GPU of Multi-Kiln GPU: a word the reader knows
            elif "-" in word or "‐" in word:
                run.append("".join(part[0] for part in _HYPHEN.split(word) if part[:1].isupper()))
            else:
                run.append(word[0] if word[0].isupper() else "")
            run = run[-_PHRASE_WORDS:]
            for k in range(len(run) - 1):
                if run[k]:
                    found.add("".join(run[k:]).upper())
    return found
