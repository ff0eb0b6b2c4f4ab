"""A headword as the entry's name: without the colon a ``Term:`` habit adds,
or the number a page's numbered headings put before it.

Writers used to "Term: definition" carry the colon into a Sphinx glossary's
term lines or a definition list's terms (``Bagging:``), where it is no part
of the name: Sphinx shows it, but ``:term:`bagging``` never reaches it, and
the linter would look for a name nobody writes with a colon.  Some real
names do end in one, and keep it:

- anything the page sets as code (``else:``, ``std::`` in literals);
- a drive or device name (``C:``, ``COM1:``, ``PRN:``), capitals and at most
  one digit, no longer than a device name gets;
- a single lower-case word: a URL scheme or a namespace prefix (``mailto:``,
  ``xlink:``), which a glossary of schemes writes with its colon;
- a name with another colon in it (``urn:isbn:``, ``::``), or one that opens
  with one (``:smile:``), where colons are the name's own syntax.

A phrase (``Ensemble learning:``), a capitalised word (``Bagging:``) and an
identifier that no device is named like (``IS_A:``) lose the colon.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: Names whose final colon is their own (see the module docstring).
_OWN_COLON = re.compile(
    r"^(?:[A-Z]{1,4}\d?|[a-z][a-z0-9+.-]*)$"  # a device (C, COM1) or a scheme/prefix (mailto, xlink)
)


def without_stray_colon(name: str, code_tail: bool = False) -> str:
    """``name`` without a final colon that is not part of it; ``code_tail``
    says the name ends in text the page sets as code."""
    if code_tail or not name.endswith(":") or name.endswith("::"):
        return name
    before = name[:-1].rstrip()
    if not before or ":" in before or _OWN_COLON.match(before):
        return name
    return before


def headword(shown: str, code_tail: bool, remarks: list[str]) -> str:
    """The entry's name for a headword as shown; a dropped colon is noted in
    ``remarks`` for the editor, since the page's own cross-references (a
    Sphinx ``:term:`` without the colon) miss the headword until it goes
    there too."""
    name = without_stray_colon(shown, code_tail)
    if name != shown:
        remarks.append(
            f"the page writes {shown!r}: the colon is read as no part of the name; drop it there too"
        )
    return name


#: A headword with a bracket at its end: "FDR (False Discovery Rate)".
_BRACKETS = re.compile(r"^(.*?) \((.+)\)$")


def split_brackets(name: str) -> tuple[str, str | None]:
    """A headword's name and the bracket at its end (an expansion, an
    abbreviation or a sense, which the importer tells apart), or the name
    and None."""
    match = _BRACKETS.match(name)
    return (match.group(1), match.group(2)) if match else (name, None)


#: A section number before a heading's name, closed by a full stop or a
#: bracket: "1. ", "12) ", "3.2. ".
_NUMBERED = re.compile(r"^\d{1,3}(?:\.\d{1,3})*[.)]\s+")


def without_number(name: str) -> str:
    """A heading's name without the section number a page that numbers its
    entries writes before it (``### 3. Coverage Fee``): the number orders
    the page, and no sentence writes it with the name.  A number of the
    name's own has no full stop or bracket right after it (``3D audio``,
    ``2.4 GHz band``); a heading of nothing but a number keeps it."""
    found = _NUMBERED.match(name)
    if found is None:
        return name
    rest = name[found.end() :]
    return rest if any(ch.isalpha() for ch in rest) else name


#: A note of the plural in a headword's bracket: "plural: ansätze", "pl. data".
_PLURAL_NOTE = re.compile(
    r"^(?:plural|pl\.?)\s*:?\s+(?P<plural>[^\s,;:()]+(?: [^\s,;:()]+)?)$", re.IGNORECASE
)


def noted_plural(extra: str) -> str | None:
    """The plural a headword's bracket notes (``ansatz (plural: ansätze)``):
    a running-text form of the name, which a regular plural ending does not
    give; None for any other bracket."""
    found = _PLURAL_NOTE.match(extra.strip())
    return found.group("plural") if found else None


#: Separators a headword puts between two names of one thing: a spaced slash
#: ("CRS / SRID"), a spaced dash ("ZTS — Zenon Token Standard") or a comma
#: before a short form ("Ingestion service, HIS").
_ALTERNATIVES = re.compile(r"\s+/\s+|\s+[–—-]\s+|,\s+")


def split_alternatives(name: str, same_thing: Callable[[str, str], bool]) -> list[str]:
    """A headword that writes two or more names of one thing as the entry's
    names, the first the headword: where each name is an abbreviation of
    another or holds it (``GTFS / GTFS feed``), as ``same_thing`` of two names
    tells.  A pair of words that make one name together (``Input / Output``,
    ``Peak / Band``, ``Fast, cheap``) stays whole."""
    parts = [p.strip() for p in _ALTERNATIVES.split(name)]
    if len(parts) < 2 or not all(any(ch.isalpha() for ch in p) for p in parts):
        return [name]
    first = parts[0]
    if all(same_thing(first, other) or same_thing(other, first) for other in parts[1:]):
        return parts
    if all(p.isupper() for p in parts) and _SLASHED.search(name):
        return parts  # "CRS / SR / SRID": abbreviations side by side
    return [name]


_SLASHED = re.compile(r"\s/\s")
