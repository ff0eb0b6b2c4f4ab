"""Items a page lists twice under one name: a heading entry "FDR (False
Discovery Rate)" and, in the page's list of abbreviations, "**FDR**: False
Discovery Rate".  The second only restates the first, so it is left out
(the reviewer is told what it said) rather than imported as a second
entry, which would make the name two senses of one word."""

from __future__ import annotations

import re

from .case_policy import is_abbreviation
from .page import PageEntry

_BRACKETS = re.compile(r"^(.*?) \((.+)\)$")


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[^\W_]+", text.casefold())) + " "


def _pairs(entry: PageEntry) -> list[tuple[str, str]]:
    """The (name, its other name) pairs a headword that gives an abbreviation
    and its long form gives, both ways ("Function (class)" names a sense and
    gives none)."""
    found = _BRACKETS.match(entry.names[0]) if entry.names else None
    if not found:
        return []
    base, extra = found.group(1).strip(), found.group(2).strip()
    if is_abbreviation(base) == is_abbreviation(extra):
        return []
    return [(base, extra), (extra, base)]


def without_restated(entries: list[PageEntry]) -> list[PageEntry]:
    """``entries`` less the items that restate another's bracketed headword:
    an item named by one side of the bracket whose definition says the other
    side.  The entry kept carries a remark with the item's words."""
    others: dict[str, list[tuple[PageEntry, str]]] = {}
    for entry in entries:
        for name, other in _pairs(entry):
            others.setdefault(name, []).append((entry, other))
    kept: list[PageEntry] = []
    for entry in entries:
        own = entry.names[0] if len(entry.names) == 1 else ""
        body = _words(entry.body)
        match = next(
            (owner for owner, other in others.get(own, []) if owner is not entry and _words(other) in body),
            None,
        )
        if match is None:
            kept.append(entry)
            continue
        said = " ".join(entry.body.split())
        match.remarks.append(
            f"the page lists '{own}' again, as '{said}': left out as a restatement of this entry"
        )
    return kept
