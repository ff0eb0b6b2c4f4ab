"""How a handbook uses its terms: one pass that ``stats`` and ``suggest`` share.

For every chapter it counts the mentions of each glossary entry (through
the same front-ends and matcher as ``check``), the technical words the
glossary lacks (GL002's candidates), the capitalised multi-word names used
mid-sentence (``Flash Attention``, ``Stable Audio``), and the expansions the
text gives (``Constant-Q Transform (CQT)``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..discovery import discover
from ..engine import Linter, parse_document
from ..rules.case_context import at_sentence_start
from ..rules.undefined import defined_in, undefined_words
from ..sources.reading import UnreadableFile, read_source
from ..sources.segments import BlockKind

#: Two to four capitalised words in a row: a candidate multi-word name.
_NAME = re.compile(r"\b[A-Z][\w-]*[a-z0-9][\w-]*(?: [A-Z][\w-]*){1,3}\b")
_NAME_STOP = frozenset(
    "The This That These Those A An In On At For With From To Of And Or But If When "
    "While Each Every All Some Use Using See Note Step".split()
)


@dataclass
class Usage:
    """Counts over a set of chapters, by chapter path."""

    chapters: list[str] = field(default_factory=list)
    #: term id -> chapter -> mentions
    terms: dict[str, Counter[str]] = field(default_factory=dict)
    #: undefined word -> chapter -> uses
    undefined: dict[str, Counter[str]] = field(default_factory=dict)
    #: multi-word name -> chapter -> uses
    phrases: dict[str, Counter[str]] = field(default_factory=dict)
    #: short form -> long forms the text gives, with counts
    expansions: dict[str, Counter[str]] = field(default_factory=dict)
    #: chapters that could not be read, with why
    unreadable: list[str] = field(default_factory=list)
    #: glossary pages found and left out (they mention every term)
    glossary_pages: list[str] = field(default_factory=list)


def collect(paths: Sequence[Path], linter: Linter) -> Usage:
    usage = Usage()
    known = linter.known_words
    forms = {f.casefold() for f in known}
    for path in discover(paths, linter.config):
        name = str(path)
        if linter.config.is_glossary_page(path):
            usage.glossary_pages.append(name)
            continue
        try:
            document = parse_document(name, read_source(path).text, linter.config)
        except UnreadableFile as exc:
            usage.unreadable.append(f"{name}: {exc}")
            continue
        usage.chapters.append(name)
        mentions = linter.mentions(document)
        for mention in mentions:
            for term in mention.terms:
                usage.terms.setdefault(term.id, Counter())[name] += 1
        for short, long in defined_in(document).items():
            usage.expansions.setdefault(short, Counter())[long] += 1
        for word in undefined_words(document, mentions, known, linter.glossary):
            usage.undefined.setdefault(word.word, Counter())[name] += word.uses
        for segment in document.segments:
            if segment.kind is not BlockKind.PARAGRAPH:
                continue  # headings and tables are Title Case anyway
            for match in _NAME.finditer(segment.text):
                phrase = match.group(0)
                first = phrase.split(" ", 1)[0]
                if (
                    first in _NAME_STOP
                    or at_sentence_start(segment.text, match.start())
                    or segment.in_title_range(match.start(), match.end())
                    or phrase.casefold() in forms
                ):
                    continue
                usage.phrases.setdefault(phrase, Counter())[name] += 1
    return usage
