"""What counts as a technical word, and which ones need no glossary entry.

GL002 (undefined term) and the glossary's own definition check both ask the
same question of a word: is it an acronym or a technical name (``CQT``,
``MusicGen``) that a reader may not know?  Units, Roman numerals and a short
list of acronyms every reader knows are not.  The lists are data, kept short
on purpose: a project adds its own words in config (``known-words``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

#: Units of measure: never a finding.
UNITS = frozenset(
    """
Hz kHz MHz GHz dB dBA dBFS dBTP dBu dBV ms ns us µs kbps Mbps Gbps bps fps KB MB GB TB
KiB MiB GiB TiB kB mAh mV kW dBSPL
""".split()
)

#: Acronyms and names every reader of technical prose knows.
UBIQUITOUS = frozenset(
    """
AI ML API GPU CPU TPU RAM ROM SSD HDD URL URI HTTP HTTPS HTML CSS JSON YAML XML CSV SQL PDF PNG JPEG
USB CD DVD TV OK ID UI UX OS PC SDK CLI IDE FAQ DIY USA UK EU US CEO FYI NB PS AM PM TCP UDP IP DNS
SSH REST ASCII UTF README TODO PR CI CD GNU MIT BSD GPL LLC Inc GET POST PUT PATCH DELETE HEAD ZIP
CC BY NC SA ND VR
GitHub GitLab YouTube JavaScript TypeScript macOS iOS iPhone iPad LaTeX PyPI npm
""".split()
)

#: English words written in capitals for emphasis (``### DO`` / ``### DON'T``).
SHOUTED = frozenset(
    """
DO DON NOT NO YES NEVER ALWAYS ONLY MUST AND OR BUT ALL NEW NOTE TIP WARNING IMPORTANT STOP
""".split()
)

#: Roman numerals, also as chord degrees with a flat or sharp (bVII, #IV).
_ROMAN = re.compile(r"[b#♭♯]?(?=[MDCLXVI]{2,}$)M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")
_HAS_LOWER_THEN_UPPER = re.compile(r"[a-z][A-Z]")
#: What follows the stem of a contraction: ``'T`` of ``DON'T``, but not the ``'s`` of ``VAE's``.
_CONTRACTION = re.compile(r"['’](?:T|LL|RE|VE|D|M)(?![^\W_])", re.IGNORECASE)

#: A compound word: words joined by hyphens, as a name like ``HiFi-GAN`` is.
COMPOUND_RE = re.compile(r"[^\W_]+(?:[-‐][^\W_]+)*")


def strip_plural(word: str) -> str:
    """``GPUs`` -> ``GPU``, ``DAW's`` -> ``DAW``: the acronym behind a plural."""
    for suffix in ("'s", "’s", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)]
            if stem[-1].isupper() or stem[-1].isdigit():
                return stem
    return word


def is_technical(word: str) -> bool:
    """Whether a single word (no hyphens) looks like an acronym or a technical name."""
    if not word or not word[0].isalpha():
        return False
    upper = sum(1 for ch in word if ch.isupper())
    if upper >= 2 and not any(ch.islower() for ch in word):
        return True  # CQT, MFCC, FP16, MP3
    return bool(_HAS_LOWER_THEN_UPPER.search(word)) and not _ROMAN.match(word)  # MusicGen, BigVGAN


def is_exempt(word: str, known: frozenset[str] = frozenset()) -> bool:
    """Whether a technical-looking word is one that needs no definition."""
    return word in UNITS or word in UBIQUITOUS or word in SHOUTED or word in known or bool(_ROMAN.match(word))


def technical_words(text: str, known: frozenset[str] = frozenset()) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, word)`` for each technical word in ``text`` that is
    not exempt.  A hyphenated compound whose whole is known (``Wi-Fi``) is
    skipped; otherwise each technical part of it is reported on its own.
    Plural and possessive endings are stripped from what is yielded."""
    for compound in COMPOUND_RE.finditer(text):
        whole = compound.group(0)
        if whole[1:].islower() or whole.isdigit():
            continue  # the common case, "word" or "Word": nothing technical
        if whole in known or whole in UBIQUITOUS or _CONTRACTION.match(text, compound.end()):
            continue  # known, or an English contraction in capitals (CAN'T, WON'T)
        for part in re.finditer(r"[^\W_]+", whole):
            word = strip_plural(part.group(0))
            if is_technical(word) and not is_exempt(word, known):
                start = compound.start() + part.start()
                yield start, start + len(word), word


_PAREN_AFTER = re.compile(r"\(\s*([^\W\d_][\w-]*)\s*\)")
_ACRONYM_BEFORE = re.compile(r"(?<![\w-])([^\W\d_][\w-]*)\s*\(\s*([^()]{3,}?)\s*\)")


def expansions(text: str) -> Iterator[tuple[str, str]]:
    """Yield ``(short, long)`` for each abbreviation the text expands.

    Both orders are recognised: ``Constant-Q Transform (CQT)`` and
    ``CQT (Constant-Q Transform)``.  The long form must have at least two
    words, which keeps ``(e.g. X)`` and ``(see X)`` asides out.
    """
    if "(" not in text:
        return  # both forms need a bracket; most prose has none
    for match in _PAREN_AFTER.finditer(text):
        short = match.group(1)
        if is_technical(short):
            before = text[max(0, match.start() - 80) : match.start()].rstrip()
            long_words = re.findall(r"[^\W_][\w-]*", before)[-len(short) - 1 :]
            # Start the long form at the last word with the acronym's initial.
            starts = [i for i, w in enumerate(long_words) if w[0].casefold() == short[0].casefold()]
            if starts and len(long_words) - starts[0] >= 2 and _initials_fit(short, long_words[starts[0] :]):
                yield short, " ".join(long_words[starts[0] :])
    for match in _ACRONYM_BEFORE.finditer(text):
        short, long = match.group(1), match.group(2)
        # Only an all-capital acronym is expanded this way; "MusicGen (melody-conditioned
        # generation)" describes a name rather than expanding it.
        if (
            short.isupper()
            and is_technical(short)
            and any(ch.islower() for ch in long)
            and len(re.split(r"[\s-]+", long)) >= 2
            and _initials_fit(short, long.split())
        ):
            yield short, long


def _initials_fit(short: str, long_words: list[str]) -> bool:
    """Whether ``long_words`` can spell out ``short``: the long form starts with
    the short form's first letter and holds its other capitals in order
    (``CQT``: ``Constant-Q Transform``; ``WAV``: ``Waveform Audio File Format``;
    ``SI-SDR``: ``Scale-Invariant SDR``), which rules out asides such as
    ``LLM (prompt injection risk)`` or ``WAV (full quality)``."""
    capitals = [ch.casefold() for ch in short if ch.isupper()]
    letters = "".join(long_words).casefold()
    if not capitals or not letters.startswith(capitals[0]):
        return False
    at = 1
    for letter in capitals[1:]:
        at = letters.find(letter, at) + 1
        if not at:
            return False
    return True


def known_words(words: Iterable[str]) -> frozenset[str]:
    """A config word list as the frozen set the functions above take."""
    return frozenset(w.strip() for w in words if w.strip())
