"""A parsed document: what every front-end hands to the engine.

The engine and the rules only ever see this: the source text, its prose
segments, the explicit term references the markup makes, and the inline
suppression comments.  Nothing here knows which markup it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .segments import LineIndex, Segment


@dataclass(frozen=True, slots=True)
class TermReference:
    """Explicit term markup: ``{term}`X```, ``:term:`X```, a link to a glossary anchor."""

    name: str
    #: ``"role"`` for a term role, ``"anchor"`` for a link to a glossary anchor.
    kind: str
    start: int
    end: int

    def __post_init__(self) -> None:
        # A role wrapped over two lines names 'root document', as Sphinx reads it.
        object.__setattr__(self, "name", " ".join(self.name.split()))


@dataclass(frozen=True, slots=True)
class Comment:
    """A comment that may hold an inline suppression directive."""

    text: str
    #: 1-based first and last line of the comment.
    line: int
    end_line: int


@dataclass(frozen=True)
class Document:
    path: str
    source: str
    segments: tuple[Segment, ...]
    references: tuple[TermReference, ...] = ()
    comments: tuple[Comment, ...] = ()
    #: The source's line starts; a front-end that built them already passes them.
    lines: LineIndex = field(default=None, repr=False, compare=False)  # type: ignore[assignment]
    #: Source offsets of lines holding prose the front-end could not map back
    #: to the source: not checked, and reported so (never dropped silently).
    unplaced: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if self.lines is None:
            object.__setattr__(self, "lines", LineIndex(self.source))
