"""``path:line:column: CODE message`` lines, then a one-line summary."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import click

from ..rules.findings import Finding, Severity
from . import Tally
from .escaping import line_start, printable

_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


def stream(findings: Iterable[Finding], files: int) -> Iterator[str]:
    """Colour codes are always added; click strips them when not on a terminal.
    File names and messages are escaped first, so one finding is one line and
    stripping touches only the colours."""
    tally = Tally()
    for f in tally.count(findings):
        where = click.style(f"{line_start(f.path)}:{f.line}:{f.column}:", bold=True)
        code = click.style(f.code, fg=_COLOURS[f.severity], bold=True)
        mark = " [*]" if f.fixable else ""
        yield f"{where} {code} {printable(f.message)}{mark}\n"
    yield summary(tally, files) + "\n"


def counted(n: int, noun: str, plural: str = "") -> str:
    """``1 file``, ``2 files``: summaries read as sentences."""
    return f"{n} {noun}" if n == 1 else f"{n} {plural or noun + 's'}"


def summary(tally: Tally, files: int) -> str:
    if not tally.total:
        return f"All clear: no findings in {counted(files, 'file')}."
    by_code = ", ".join(f"{code} {n}" for code, n in tally.by_code.items())
    extra = f"; {tally.fixable} fixable with --fix" if tally.fixable else ""
    return f"Found {counted(tally.total, 'finding')} in {counted(files, 'file')} ({by_code}{extra})."


#: A rule "dominates" a run when it gives at least this many findings ...
DOMINANT_AT_LEAST = 20
#: ... and at least this share of them: the first run over a real handbook.
DOMINANT_SHARE = 0.6


def advice(tally: Tally) -> str | None:
    """What to do when one rule drowns the rest (printed to stderr after the
    summary, text format only): a wall of one code is a glossary to complete
    or a rule to turn off, not hundreds of edits."""
    counts = tally.by_code
    if not counts:
        return None
    code, n = max(counts.items(), key=lambda item: item[1])
    if n < DOMINANT_AT_LEAST or n < DOMINANT_SHARE * tally.total:
        return None
    ways = []
    if code == "GL002":
        ways += [
            "'glossary-lint suggest' ranks the missing terms with YAML stubs for the glossary",
            "'known-words' in the configuration lists names that need no entry",
        ]
    ways += [
        f"'--ignore {code}' (or ignore = [\"{code}\"] in the configuration) turns the rule off",
        f"'glossary-lint explain {code}' says what it checks",
    ]
    return f"hint: {n} of {counted(tally.total, 'finding')} are {code}: " + "; ".join(ways) + "."
