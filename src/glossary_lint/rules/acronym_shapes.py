"""Capitals whose own shape, or the symbols beside them, say they are no
acronym to spell out.

* Letters of the coordinate axes (``XY``, ``XYZ``, ``YZ``): a plane or a
  space as geometry names it, each letter an axis, no phrase.
* A template of a number's digits (``YYMMDD``, ``QQRRR0``): each letter
  repeated as often as its field has digits, so two runs of a repeated letter
  or more; an acronym's letters are initials of different words, which seldom
  repeat one after another twice.
* A clock signal (``QCLK``, ``SYSQCLK``): digital design names each clock
  of a chip by its domain and ``CLK``, the schematic's abbreviation of
  clock, as a datasheet writes it; the letters before it name the domain,
  no phrase.
* A numbered document (``QZR2011-0042``): capitals, a number and a hyphen
  and a second number, as a laboratory numbers its reports or a body its
  standards; an acronym holds one number at most.
* A unit symbol (``MW``, ``GV``): an SI prefix and a unit (BIPM, *The
  International System of Units*, 9th edition 2019: the prefixes of its
  table 7, the units of its tables 2, 4 and 8), where a number stands right
  before it (``5 MW``) or its line writes the unit alone too (``from W to
  MW``): a measure written as physics writes it.  The shape alone is not
  enough: ``MC`` or ``PC`` would be megacoulomb and petacoulomb.
* A character set below or above the line (``CO₂``, ``NOₓ``, ``T₁``,
  ``R²``): Unicode's subscript and superscript forms (the ``<sub>`` and
  ``<super>`` tags of their compatibility decomposition) are how chemistry
  writes a formula's counts, and mathematics an index or a power.  No
  acronym holds one, so the word is notation, not initials to spell out.
  (A formula written in ASCII, ``CO2``, cannot be told from a number
  format's ``FP16`` by its shape: ``F`` and ``P`` are elements too.)
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..lazy_re import lazy_compile

#: Two or three different letters of the axes x, y and z.
_AXES = lazy_compile(r"(?!(.).?\1)(?!.(.)\2)[XYZ]{2,3}")
#: A run of one capital repeated.
_REPEATED_RUN = lazy_compile(r"([A-Z])\1+")
#: Capitals that end in ``CLK``: a clock's domain and the clock.
_CLOCK = lazy_compile(r"[A-Z]{1,4}CLK")
#: Capitals glued to a number, then a hyphen and another number.
_NUMBERED_DOCUMENT = lazy_compile(r"[A-Z]+\d+(?:[-‐]\d+)+")

#: SI prefixes written in capitals or as the symbol of a capital-led unit
#: (BIPM table 7): kilo and smaller are small letters, which GL002 never
#: takes for an acronym's first letter.
_PREFIXES = "QRYZEPTGM"
#: SI units written with a capital (BIPM tables 2, 4 and 8): the ones a
#: prefix in capitals turns into a word of capitals alone.
_UNITS = ("A", "K", "N", "J", "W", "C", "V", "F", "S", "T", "H", "L")
_PREFIXED_UNIT = lazy_compile(rf"[{_PREFIXES}]({'|'.join(_UNITS)})")
#: A number just before a word: ``5 MW``, ``1.5MW``.
_NUMBER_BEFORE = lazy_compile(r"\d[ \t\u00a0]?$")


def is_axis_letters(word: str) -> bool:
    """``XY``, ``XZ``, ``XYZ``: letters of the coordinate axes, a plane or a space."""
    return _AXES.fullmatch(word) is not None


def is_digit_template(word: str) -> bool:
    """``YYMMDD``, ``QQRRR0``: two runs of a repeated capital, the template
    of a number whose fields the letters name."""
    runs = [run.group(1) for run in _REPEATED_RUN.finditer(word)]
    return len(set(runs)) >= 2


def is_clock_signal(word: str) -> bool:
    """``QCLK``: a clock signal, named by its domain and ``CLK``."""
    return _CLOCK.fullmatch(word) is not None


@lru_cache(maxsize=1024)
def _set_off(ch: str) -> bool:
    """Whether Unicode writes ``ch`` as a subscript or a superscript form."""
    return unicodedata.decomposition(ch).startswith(("<sub>", "<super>"))


def is_set_off_notation(word: str) -> bool:
    """``CO₂``, ``NOₓ``, ``T₁``, ``R²``: a formula, an index or a power, by a
    character written below or above the line."""
    return not word.isascii() and any(_set_off(ch) for ch in word)


def is_numbered_document(compound: str) -> bool:
    """``QZR2011-0042``: a report's or a standard's number, read as a whole."""
    return _NUMBERED_DOCUMENT.fullmatch(compound) is not None


def is_unit_symbol(word: str, text: str, start: int, end: int) -> bool:
    """Whether ``word`` at ``text[start:end]`` is a prefixed SI unit by its
    context: a number right before it, or its unit alone on its line."""
    unit = _PREFIXED_UNIT.fullmatch(word)
    if unit is None:
        return False
    if _NUMBER_BEFORE.search(text, max(0, start - 3), start):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return re.search(rf"(?<![^\s(]){unit.group(1)}(?![^\s),.;:])", line) is not None
