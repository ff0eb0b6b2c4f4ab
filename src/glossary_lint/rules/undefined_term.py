"""GL002 undefined-term: an acronym neither in the glossary nor expanded in the document."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..vocabulary import expansions, technical_words
from .base import Hit, Rule, RuleContext


def check_undefined(ctx: RuleContext) -> Iterator[Hit]:
    doc = ctx.document
    defined_here = {
        part
        for seg in doc.segments
        for short, _ in expansions(seg.text)
        for part in (short, *short.split("-"))
    }
    covered: dict[int, list[tuple[int, int]]] = {}
    for m in ctx.mentions:
        covered.setdefault(id(m.segment), []).append((m.start, m.end))
    first: dict[str, tuple[int, int]] = {}
    counts: dict[str, int] = {}
    for seg in doc.segments:
        spans = covered.get(id(seg), ())
        for start, end, word in technical_words(seg.text, ctx.known_words):
            if word in defined_here or any(s < end and start < e for s, e in spans):
                continue
            counts[word] = counts.get(word, 0) + 1
            if word not in first:
                src = seg.source_span(start, end)
                if src is not None:
                    first[word] = src
    for word, (start, end) in first.items():
        n = counts[word]
        uses = "1 use" if n == 1 else f"{n} uses"
        yield Hit(
            start,
            end,
            f"'{word}' is not defined in the glossary nor expanded in this document ({uses})",
            word,
        )


RULE = Rule(
    "GL002",
    "undefined-term",
    "An acronym or technical name is neither in the glossary nor expanded in the document.",
    "Readers meet acronyms (CQT, MFCC) and technical names (MusicGen, BigVGAN) that the "
    "glossary does not define. Either add the term to the glossary, expand it in the document "
    "('Constant-Q Transform (CQT)' anywhere in the same document counts), or list it under "
    "'known-words' in the configuration. Reported once per document, at its first use, with "
    "the number of uses. Units (Hz, dB, ms), Roman numerals and ubiquitous acronyms (API, GPU, "
    "URL, JSON, ...) are never reported.",
    "Compute the CQT of each clip before training.",
    "Compute the Constant-Q Transform (CQT) of each clip before training.",
    Severity.WARNING,
    check_undefined,
)
