"""Labels of real findings, kept as data, and how findings are matched to them.

A labels file is tab-separated, one finding a line::

    path<TAB>line<TAB>found<TAB>code<TAB>verdict<TAB>kind<TAB>note

``path`` is relative to the corpus root; a backslash, tab or line break in a
cell is escaped as in a Python string (a found text may span lines);
``verdict`` is ``real`` or ``false``,
``kind`` names the kind of slip or of false alarm (see README.md), ``note`` is
free text.  Lines starting with ``#`` and blank lines are ignored.

A label matches a finding with the same path, code and found text on the same
line, or failing that on the nearest line within :data:`LINE_TOLERANCE`, so an
edit above a finding does not orphan its label.  Each label matches at most one
finding; a finding nobody labelled counts as "not labelled", never as real.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from glossary_lint.reporters.escaping import printable

VERDICTS = ("real", "false")
LINE_TOLERANCE = 3
COLUMNS = ("path", "line", "found", "code", "verdict", "kind", "note")


class LabelError(ValueError):
    """A labels file line that cannot be read; the message names file and line."""


@dataclass(frozen=True)
class Label:
    path: str
    line: int
    found: str
    code: str
    verdict: str
    kind: str
    note: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.path, self.code, self.found)


class Located(Protocol):
    """What matching needs of a finding."""

    @property
    def path(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def code(self) -> str: ...
    @property
    def found(self) -> str: ...


def parse_labels(text: str, source: str = "<labels>") -> list[Label]:
    labels = []
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if len(cells) < 6:
            raise LabelError(
                f"{source}:{number}: expected {len(COLUMNS)} tab-separated columns, got {len(cells)}"
            )
        path, line, found, code, verdict, kind = (unescape(c) for c in cells[:6])
        note = unescape("\t".join(cells[6:]))
        if verdict not in VERDICTS:
            raise LabelError(f"{source}:{number}: verdict {verdict!r} is not one of {', '.join(VERDICTS)}")
        if not line.isdigit():
            raise LabelError(f"{source}:{number}: line {line!r} is not a number")
        if not kind:
            raise LabelError(f"{source}:{number}: no kind")
        labels.append(Label(path, int(line), found, code, verdict, kind, note))
    return labels


def read_labels(path: Path) -> list[Label]:
    """The labels in ``path``; none if the file does not exist yet."""
    if not path.exists():
        return []
    return parse_labels(path.read_text(encoding="utf-8"), str(path))


def drop_labels(
    text: str,
    drop: Iterable[Hashable],
    source: str = "<labels>",
    parse: Callable[[str, str], Sequence[Hashable]] | None = None,
) -> str:
    """``text`` without the lines of the labels in ``drop``, comments and order kept.
    ``parse`` reads one line's label (default: a findings label; the links files
    pass theirs).

    Why: labels that match no finding or link any more (the text changed, or a
    rule no longer reports it) would otherwise pile up and hide which labels
    still count.  A label listed twice in ``drop`` removes two identical lines,
    not every copy.
    """
    read = parse or parse_labels
    pending: dict[Hashable, int] = {}
    for label in drop:
        pending[label] = pending.get(label, 0) + 1
    kept = []
    for raw in text.splitlines(keepends=True):
        if raw.strip() and not raw.startswith("#"):
            (label,) = read(raw, source)
            if pending.get(label, 0) > 0:
                pending[label] -= 1
                continue
        kept.append(raw)
    return "".join(kept)


_ESCAPES = {"\\": "\\\\", "\t": "\\t"}
_UNESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


def escape(cell: str) -> str:
    """A cell on one line, and safe to print: tab and backslash escaped, and
    every control character (a NUL a reST escape leaves in a doctree's text,
    a line break, ESC) as the reporters show it (``\\n``, ``\\x00``)."""
    return printable("".join(_ESCAPES.get(c, c) for c in cell))


def unescape(cell: str) -> str:
    return re.sub(
        r"\\(x[0-9a-f]{2}|u[0-9a-f]{4}|.)",
        lambda m: (
            chr(int(m.group(1)[1:], 16)) if len(m.group(1)) > 1 else _UNESCAPES.get(m.group(1), m.group(0))
        ),
        cell,
    )


def format_label(label: Label) -> str:
    cells = (label.path, str(label.line), label.found, label.code, label.verdict, label.kind, label.note)
    return "\t".join(escape(c) for c in cells)


@dataclass
class Matching:
    """Each finding's label (or None), and the labels that matched nothing."""

    labels: list[Label | None]
    stale: list[Label] = field(default_factory=list)


def match(findings: Sequence[Located], labels: Iterable[Label], tolerance: int = LINE_TOLERANCE) -> Matching:
    """Pair findings with labels: exact lines first, then the nearest line within ``tolerance``."""
    pool: dict[tuple[str, str, str], list[Label]] = {}
    for label in labels:
        pool.setdefault(label.key, []).append(label)
    result: list[Label | None] = [None] * len(findings)
    for exact in (True, False):
        for i, finding in enumerate(findings):
            if result[i] is not None:
                continue
            candidates = pool.get((finding.path, finding.code, finding.found), [])
            best = None
            for label in candidates:
                distance = abs(label.line - finding.line)
                if (distance == 0 if exact else distance <= tolerance) and (
                    best is None or distance < abs(best.line - finding.line)
                ):
                    best = label
            if best is not None:
                candidates.remove(best)
                result[i] = best
    stale = [label for group in pool.values() for label in group]
    return Matching(result, stale)


@dataclass
class Tally:
    findings: int = 0
    real: int = 0
    false: int = 0

    @property
    def unlabelled(self) -> int:
        return self.findings - self.real - self.false

    @property
    def precision(self) -> float | None:
        """Real over labelled findings; None when none is labelled."""
        labelled = self.real + self.false
        return self.real / labelled if labelled else None


def tally(findings: Sequence[Located], matching: Matching) -> dict[str, Tally]:
    """Counts per rule code, in code order."""
    counts: dict[str, Tally] = {}
    for finding, label in zip(findings, matching.labels):
        t = counts.setdefault(finding.code, Tally())
        t.findings += 1
        if label is not None:
            if label.verdict == "real":
                t.real += 1
            else:
                t.false += 1
    return dict(sorted(counts.items()))


def false_kinds(matching: Matching) -> dict[str, int]:
    """How many findings each kind of false alarm accounts for, most first."""
    counts: dict[str, int] = {}
    for label in matching.labels:
        if label is not None and label.verdict == "false":
            counts[label.kind] = counts.get(label.kind, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
