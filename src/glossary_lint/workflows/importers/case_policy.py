"""A term's case policy, guessed from the evidence a page gives.

A name whose spelling settles it needs no person: all lower case is
``sentence``; code (``__init__``, ``is_*``), an abbreviation (``FFT``) or
a name with capitals inside a word (``EnCodec``) is ``exact``.  A name
written in sentence case says how it is spelled (``ASAR integrity``,
``Bound symbols``; ``Zen of Python``, with a capital after a small word, is
a proper name).  A name in title case (``Session``, ``Batch Size``) is
decided by how the page's own definitions write it in the middle of a
sentence: always capitalised is a proper name (``exact``),
in lower case (or another form) is ``sentence`` with that spelling.
Only a name the page never uses mid-sentence is left to review.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ...matching.words import match_key

_CODE = re.compile(r"[_.()*<>=/\\@#$%&|~`\[\]{}]")


@dataclass(frozen=True)
class CaseGuess:
    case: str  # "exact" or "sentence"
    spelling: str | None = None
    review: str | None = None


def is_abbreviation(text: str) -> bool:
    """``FFT``, ``FiLM``, ``VQ-VAE``: no spaces, and a part with two or more capitals."""
    return " " not in text and any(sum(ch.isupper() for ch in part) >= 2 for part in text.split("-"))


def only_exact(name: str) -> bool:
    """Whether only the name exactly as written may count as a mention: a
    code name whose symbols the matcher drops (``is_*`` would otherwise be
    every "is", ``__future__`` every "future") or a single letter."""
    key = match_key(name)
    return len(key) <= 1 or key != re.sub(r"[\s-]+", "", name.casefold())


def _camel(text: str) -> bool:
    return any(re.search(r"[a-z][A-Z]", word) for word in text.split())


def guess_case(name: str, evidence: Evidence) -> CaseGuess:
    letters = [ch for ch in name if ch.isalpha()]
    if not letters or _CODE.search(name) or is_abbreviation(name) or _camel(name):
        return CaseGuess("exact")
    if not any(ch.isupper() for ch in letters):
        return CaseGuess("sentence")
    if not any(ch.islower() for ch in letters):
        return CaseGuess("exact")  # 'V8', 'S': capitals only
    first, *rest = name.split()
    if any(word[0].islower() for word in rest):  # a sentence-case name: the page's spelling
        if any(word[0].isupper() for word in rest):
            return CaseGuess("exact")  # 'Zen of Python': a capital after a small word
        lead = first if is_abbreviation(first) or first.isupper() else first[0].lower() + first[1:]
        spelling = " ".join([lead, *rest])
        return CaseGuess("sentence", None if spelling == name.lower() else spelling)
    forms = Counter(evidence.mid_sentence_forms(name))
    if not forms:
        return CaseGuess(
            "sentence",
            review="case 'sentence' guessed: the page never writes this name mid-sentence; "
            "set 'exact' for a proper name",
        )
    if set(forms) == {name}:
        return CaseGuess("exact")
    lower = name.lower()
    form = max((f for f in forms if f != name), key=lambda f: (forms[f], f == lower))
    return CaseGuess("sentence", None if form == lower else form)


#: A word of running text; hyphens and apostrophes inside it belong to it.
_WORD = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?")


class Evidence:
    """The page's running text, indexed by word once, so that looking up every
    name costs time in proportion to that name's occurrences, not to the page."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[tuple[int, int]] = []
        self.index: dict[str, list[int]] = {}
        for match in _WORD.finditer(text):
            self.index.setdefault(match.group(0).casefold(), []).append(len(self.spans))
            self.spans.append(match.span())

    def mid_sentence_forms(self, name: str) -> list[str]:
        words = _WORD.findall(name)
        if not words:
            return []
        # start from the name's rarest word: its occurrences bound the work
        offset, places = min(
            ((k, self.index.get(word.casefold(), [])) for k, word in enumerate(words)),
            key=lambda pair: len(pair[1]),
        )
        found = []
        for place in places:
            first, last = place - offset, place - offset + len(words) - 1
            if first < 0 or last >= len(self.spans):
                continue
            start, end = self.spans[first][0], self.spans[last][1]
            written = self.text[start:end]
            if written.casefold() == name.casefold() and not self._starts_sentence(start):
                found.append(written)
        return found

    def _starts_sentence(self, start: int) -> bool:
        before = ("\n\n" if start <= 300 else "") + self.text[max(0, start - 300) : start]
        if re.search(r"(\n[ \t]*\n)[ \t]*([-*+]|\d+[.)])?[ \t]*[*_`\"'(\[]*$", before):
            return True  # a paragraph or list item starts here
        before = before.rstrip(" \t\n*_`[\"'(")
        return not before or before[-1] in ".!?:#>|-"
