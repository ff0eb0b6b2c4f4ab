"""The server's one door into glossary-lint: what it uses of the engine.

Every other module of this package imports from here, so a change in the
engine's layout (where a function lives) is mended in one place.  Detection
is never redone here: documents go through :class:`Linter`, the glossary
through the loader and ``glossary check``'s checks.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..config import Config, ConfigError, find_config, load_config
from ..discovery import discover
from ..engine import MARKDOWN_SUFFIXES, REST_SUFFIXES, Linter, parse_document
from ..glossary.checks import ERROR as GLOSSARY_ERROR
from ..glossary.checks import check_glossary
from ..glossary.loader import GlossaryError, parse_glossary, read_glossary_text
from ..glossary.model import Glossary, SpellingKind, Term
from ..matching.matcher import Mention
from ..reporters.fixer import apply_fixes
from ..rules import ALL_CODES, rule_for
from ..rules.docs import explain_text
from ..rules.findings import Finding, Severity
from ..run_evidence import RunEvidence
from ..runner import survey_run
from ..sources.document import TermReference

__all__ = [
    "ALL_CODES",
    "GLOSSARY_ERROR",
    "MARKDOWN_SUFFIXES",
    "REST_SUFFIXES",
    "Analysis",
    "Config",
    "ConfigError",
    "Finding",
    "Glossary",
    "GlossaryError",
    "Linter",
    "RunEvidence",
    "Severity",
    "SpellingKind",
    "Term",
    "TermReference",
    "analyse",
    "apply_fixes",
    "check_glossary",
    "discover",
    "explain_text",
    "find_config",
    "load_config",
    "parse_glossary",
    "read_glossary_text",
    "rule_for",
    "survey_run",
]


@dataclass(frozen=True)
class Analysis:
    """One version of one open document as the engine saw it."""

    text: str
    findings: tuple[Finding, ...]
    #: ``(start, end, term candidates)`` of every mention, source offsets, in order.
    mentions: tuple[tuple[int, int, tuple[Term, ...]], ...]
    references: tuple[TermReference, ...]


def analyse(linter: Linter, path: str, text: str) -> Analysis:
    """Findings, mentions and term references of ``text``, parsed once.

    A document its parser cannot handle is left to :meth:`Linter.lint_text`,
    which reports it (GL000) exactly as ``check`` does.
    """
    try:
        document = parse_document(path, text, linter.config)
    except Exception:  # noqa: BLE001 - the engine turns it into its GL000 finding below
        return Analysis(text, tuple(linter.lint_text(path, text)), (), ())
    mentions = linter.mentions(document)
    findings = linter.lint_document(document, mentions)
    return Analysis(text, tuple(findings), _spans(mentions), document.references)


def _spans(mentions: tuple[Mention, ...]) -> tuple[tuple[int, int, tuple[Term, ...]], ...]:
    spans = []
    for mention in mentions:
        span = mention.segment.source_span(mention.start, mention.stem_end)
        if span is not None:
            spans.append((span[0], span[1], mention.terms))
    return tuple(spans)
