"""Items a page lists twice under one name: a heading entry "FDR (False
Discovery Rate)" and, in the page's list of abbreviations, "**FDR**: False
Discovery Rate".  The second only restates the first, so it is left out
(the reviewer is told what it said) rather than imported as a second
entry, which would make the name two senses of one word."""

from __future__ import annotations

import re

from .case_policy import is_abbreviation
from .headwords import split_brackets
from .page import PageEntry


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[^\W_]+", text.casefold())) + " "


def _pairs(entry: PageEntry) -> list[tuple[str, str]]:
    """The (name, its other name) pairs a headword that gives an abbreviation
    and its long form gives, both ways ("Function (class)" names a sense and
    gives none)."""
    base, extra = split_brackets(entry.names[0]) if entry.names else ("", None)
    if extra is None:
        return []
    base, extra = base.strip(), extra.strip()
    if is_abbreviation(base) == is_abbreviation(extra):
        return []
    return [(base, extra), (extra, base)]


def without_restated(entries: list[PageEntry]) -> list[PageEntry]:
    """``entries`` less the items that restate another's bracketed headword:
    an item named by one side of the bracket whose definition opens with the
    other side.  The entry kept carries a remark with the item's words.

    An item named by the abbreviation whose definition names the headword
    only after other words ("**CV**: Coefficient of Variation ... OR
    Cross-Validation") gives the abbreviation meanings of its own: it stays
    an entry, and the headword keeps only its long form, so that the short
    one leads to the item that says what it may mean."""
    others: dict[str, list[tuple[PageEntry, str]]] = {}
    for entry in entries:
        for name, other in _pairs(entry):
            others.setdefault(name, []).append((entry, other))
    kept: list[PageEntry] = []
    for entry in entries:
        own = entry.names[0] if len(entry.names) == 1 else ""
        body = _words(entry.body)
        found = next(
            (
                (owner, other)
                for owner, other in others.get(own, [])
                if owner is not entry and _words(other) in body
            ),
            None,
        )
        if found is None:
            kept.append(entry)
            continue
        owner, other = found
        said = " ".join(entry.body.split())
        if body.startswith(_words(other)):
            owner.remarks.append(
                f"the page lists '{own}' again, as '{said}': left out as a restatement of this entry"
            )
            continue
        owner.names[0] = other
        owner.remarks.append(
            f"the page gives '{own}' an item of its own, '{said}': the abbreviation is left to that entry"
        )
        kept.append(entry)
    return kept
