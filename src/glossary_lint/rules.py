"""The rule registry: each rule is its description plus one check function.

``glossary-lint rules``, ``glossary-lint explain`` and docs/rules.md are all
generated from :data:`RULES`; adding a rule means adding one entry here.
A check function reads a :class:`RuleContext` and yields :class:`Hit`\\ s
(source spans with a message and, where it can be fixed, the replacement);
the engine turns hits into findings.  Rules detect; they never edit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .anchors import anchors_differ
from .case_context import capital_allowed, title_allowed
from .document import Document
from .findings import Severity
from .glossary import CasePolicy, Glossary, SpellingKind
from .matcher import Candidate, Mention
from .segments import LINE_BREAK, BlockKind, Segment
from .vocabulary import expansions, technical_words
from .words import WORD_RE, capitalize_first, title_case


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule found: a source span, a message and optional fix."""

    start: int
    end: int
    message: str
    found: str | None = None
    term: str | None = None
    suggestion: str | None = None
    replacement: str | None = None


@dataclass(frozen=True)
class RuleContext:
    document: Document
    glossary: Glossary
    mentions: tuple[Mention, ...]
    #: Words that need no definition: the glossary's own forms and config words.
    known_words: frozenset[str]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    summary: str
    explanation: str
    bad: str
    good: str
    severity: Severity
    check: Callable[[RuleContext], Iterator[Hit]]
    enabled_by_default: bool = True
    fixable: bool = False


# -- GL001 term spelling ------------------------------------------------------


def check_spelling(ctx: RuleContext) -> Iterator[Hit]:
    for mention in ctx.mentions:
        hit = _spelling_hit(mention, ctx.document.source)
        if hit is not None:
            yield hit


def _spelling_hit(mention: Mention, source: str) -> Hit | None:
    segment, found = mention.segment, re.sub(r"\s+", " ", mention.found)
    start, end = mention.start, mention.stem_end
    span = segment.source_span(start, end)
    if span is None:
        return None
    if not mention.typo and any(
        _accepts(c, found, segment, start, end)
        for c in mention.candidates
        if c.spelling.kind is not SpellingKind.VARIANT
    ):
        return None
    proper = [c for c in mention.candidates if c.spelling.kind is not SpellingKind.VARIANT]
    targets = proper or [Candidate(c.term, next(c.term.spellings())) for c in mention.candidates]
    suggestions = {_fitted(c, found, segment, start, end) for c in targets}
    if len(suggestions) != 1:
        return None  # the spelling found is right for no sense, but which to use needs a person
    suggestion = suggestions.pop()
    terms = {c.term.term for c in targets}
    term = terms.pop() if len(terms) == 1 else suggestion
    if mention.typo:
        return Hit(*span, f"'{found}' looks like a typo of '{suggestion}'", found, term, suggestion, None)
    reason = _reason(found, suggestion, mention)
    message = f"'{found}' should be written '{suggestion}' ({reason})"
    replacement = None if mention.ambiguous else _replacement(mention, suggestion, source)
    if replacement is not None and segment.kind is BlockKind.HEADING and not segment.explicit_anchor:
        text = segment.text
        if anchors_differ(text, text[:start] + suggestion + text[end:]):
            replacement = None
            message += (
                "; not fixed automatically: the heading's anchor would change (give it an explicit one)"
            )
    return Hit(*span, message, found, term, suggestion, replacement)


def _accepts(candidate: Candidate, found: str, segment: Segment, start: int, end: int) -> bool:
    """Whether ``found`` is a right way to write this spelling where it stands."""
    wanted = candidate.spelling.text
    if found == wanted:
        return True
    if _compound_modifier(found, wanted, segment.text, end):
        return True
    if candidate.spelling.case is CasePolicy.EXACT or _words_and_gaps(found)[1] != _words_and_gaps(wanted)[1]:
        return False
    if found == capitalize_first(wanted) and capital_allowed(segment, start, end):
        return True
    return title_allowed(segment, start, end) and _is_title_form(found, wanted)


def _compound_modifier(found: str, wanted: str, text: str, end: int) -> bool:
    """``mel-spectrogram-based``: a spaced term hyphenated as part of a compound
    modifier is correct English, not a misspelling."""
    if not re.match(r"[-\u2010\u2011][^\W_]", text[end : end + 2]):
        return False
    return found.replace("-", " ").replace("\u2010", " ").replace("\u2011", " ") in (
        wanted,
        capitalize_first(wanted),
    )


def _is_title_form(found: str, wanted: str) -> bool:
    """``Fine-Tuning`` or ``Fine-tuning`` for ``fine-tuning``: only first letters changed."""
    got, want = WORD_RE.findall(found), WORD_RE.findall(wanted)
    return len(got) == len(want) and all(g == w or g == capitalize_first(w) for g, w in zip(got, want))


def _fitted(candidate: Candidate, found: str, segment: Segment, start: int, end: int) -> str:
    """The allowed spelling closest to what the author wrote, in context."""
    wanted = candidate.spelling.text
    if candidate.spelling.case is CasePolicy.EXACT or not found[:1].isupper():
        return wanted
    if title_allowed(segment, start, end) and all(w[:1].isupper() for w in WORD_RE.findall(found)):
        return title_case(wanted)
    if capital_allowed(segment, start, end):
        return capitalize_first(wanted)
    return wanted


def _words_and_gaps(text: str) -> tuple[list[str], list[str]]:
    words = WORD_RE.findall(text)
    gaps = [g if g.strip() else " " for g in WORD_RE.split(text)[1:-1]]
    return words, gaps


def _reason(found: str, suggestion: str, mention: Mention) -> str:
    if any(
        c.spelling.kind is SpellingKind.VARIANT
        and found in (c.spelling.text, capitalize_first(c.spelling.text))
        for c in mention.candidates
    ):
        return "a known wrong spelling"
    if found.casefold() == suggestion.casefold():
        return "letter case"
    if WORD_RE.findall(found.casefold()) == WORD_RE.findall(suggestion.casefold()):
        return "hyphenation or spacing"
    return "spelling"


def _replacement(mention: Mention, suggestion: str, source: str) -> str | None:
    """The text that replaces the source span: the suggestion, keeping a line
    break (and the prefix that follows it) where the term spans two lines.
    None when the span holds markup inside the term (``mel **spectrogram**``)."""
    segment = mention.segment
    found_words = list(WORD_RE.finditer(mention.found))
    sugg_words, sugg_gaps = _words_and_gaps(suggestion)
    word_spans = []
    for w in found_words:
        ws = segment.source_span(mention.start + w.start(), mention.start + w.end())
        if ws is None or not segment.is_verbatim(mention.start + w.start(), mention.start + w.end()):
            return None
        word_spans.append(ws)
    # Gaps between words in the source must be plain separators.
    text_gaps = [mention.found[a.end() : b.start()] for a, b in zip(found_words, found_words[1:])]
    source_gap_lengths = [b[0] - a[1] for a, b in zip(word_spans, word_spans[1:])]
    for gap, length in zip(text_gaps, source_gap_lengths):
        if not LINE_BREAK.search(gap) and length != len(gap):
            return None
    if len(found_words) != len(sugg_words):
        return suggestion if not any(LINE_BREAK.search(g) for g in text_gaps) else None
    out = []
    for k, word in enumerate(sugg_words):
        out.append(word)
        if k < len(sugg_gaps):
            if LINE_BREAK.search(text_gaps[k]) and sugg_gaps[k] == " ":
                out.append(source[word_spans[k][1] : word_spans[k + 1][0]])
            else:
                out.append(sugg_gaps[k])
    return "".join(out)


# -- GL002 undefined term ------------------------------------------------------


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


# -- GL003 unknown term reference ---------------------------------------------


def check_references(ctx: RuleContext) -> Iterator[Hit]:
    names = ctx.glossary.names
    anchors = ctx.glossary.anchors
    for ref in ctx.document.references:
        if ref.kind == "anchor":
            if ref.name in anchors:
                continue
            suggestion = ctx.glossary.close_anchors.closest(ref.name)
            what = f"links to glossary anchor '#{ref.name}', which no entry has"
        else:
            if ref.name.casefold() in names:
                continue
            suggestion = ctx.glossary.close_names.closest(ref.name.casefold())
            what = f"refers to term '{ref.name}', which the glossary does not have"
        hint = f" (did you mean '{suggestion}'?)" if suggestion else ""
        yield Hit(ref.start, ref.end, f"{what}{hint}", ref.name, None, suggestion)


# -- GL004 abbreviation not expanded on first use -----------------------------


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


RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        Rule(
            "GL001",
            "term-spelling",
            "A glossary term is spelled otherwise than the glossary allows.",
            "A mention of a glossary term must use the glossary's spelling: its letter case (per the "
            "entry's case policy), its hyphens and spaces, and not a known wrong variant or a likely "
            "typo. Capitals are allowed where the handbook's style puts them: at a sentence start, in "
            "Title Case headings, table headers, link text and bold labels, inside names such as "
            "'Flash Attention', and in an expansion right before its acronym. Plural and possessive "
            "endings are kept. Fixable, except likely typos and ambiguous senses.",
            "The model uses Encodec tokens and a mel-spectrogram input.",
            "The model uses EnCodec tokens and a mel spectrogram input.",
            Severity.WARNING,
            check_spelling,
            fixable=True,
        ),
        Rule(
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
        ),
        Rule(
            "GL003",
            "unknown-term-reference",
            "Explicit term markup names a term the glossary does not have.",
            "A {term}`X` role (MyST), a :term:`X` role (reST) or a link to an anchor of the glossary "
            "page must name an entry of the glossary, by its name, an alias, its abbreviation or its "
            "anchor. Otherwise the link is dead once the site is built.",
            "See {term}`Mel Spectrum` for the details.",
            "See {term}`Mel Spectrogram` for the details.",
            Severity.ERROR,
            check_references,
        ),
        Rule(
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
        ),
    )
}

#: Not a rule over prose: a file that cannot be read or decoded.  It has a
#: code so that reporters and configuration treat it like any finding.
UNREADABLE = Rule(
    "GL000",
    "unreadable-file",
    "A file could not be read or is not valid UTF-8.",
    "The file was skipped: it could not be read (permissions, a broken link, a vanished file) or "
    "its bytes are not UTF-8 text. The other files are still checked.",
    "(a Latin-1 encoded chapter)",
    "(the same chapter saved as UTF-8)",
    Severity.ERROR,
    lambda ctx: iter(()),
)

ALL_CODES = frozenset(RULES) | {UNREADABLE.code}


def rule_for(code: str) -> Rule:
    return UNREADABLE if code == UNREADABLE.code else RULES[code]
