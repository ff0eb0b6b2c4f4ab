"""GL004 abbreviation-first-use: a glossary abbreviation used before it is expanded."""

from __future__ import annotations

from collections.abc import Iterator

from .acronyms import expansions
from .base import Hit, Rule, RuleContext
from .findings import Severity


def check_first_use(ctx: RuleContext) -> Iterator[Hit]:
    order = {id(seg): i for i, seg in enumerate(ctx.document.segments)}
    expanded_at: dict[str, int] = {}
    for i, seg in enumerate(ctx.document.segments):
        for short, _ in expansions(seg.text):
            expanded_at.setdefault(short, i)
    seen: set[str] = set()
    for mention in ctx.mentions:
        if mention.ambiguous:
            continue
        term = mention.terms[0]
        short = term.short_form or ""
        if not short or term.id in seen or mention.found != short:
            continue
        seen.add(term.id)
        if short in expanded_at and expanded_at[short] <= order[id(mention.segment)]:
            continue
        if mention.segment.in_link(mention.start, mention.end):
            continue
        span = mention.segment.source_span(mention.start, mention.stem_end)
        if span:
            yield Hit(
                *span,
                f"'{short}' is used before it is expanded: write '{term.long_form} ({short})' "
                "at its first use",
                short,
                term.term,
            )


RULE = Rule(
    "GL004",
    "abbreviation-first-use",
    "A glossary abbreviation is used before the document expands it.",
    "The first time a document uses an abbreviation the glossary defines (CFG, RVQ, FFT), it "
    "should be expanded ('Classifier-Free Guidance (CFG)') or linked to its entry. Off by "
    'default: enable it with select = ["GL004"].',
    "Raise the CFG scale for closer prompt adherence.",
    "Raise the Classifier-Free Guidance (CFG) scale for closer prompt adherence.",
    Severity.INFO,
    check_first_use,
    enabled_by_default=False,
)
