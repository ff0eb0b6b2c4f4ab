"""Prose segments: the text the matcher reads, mapped back to exact source offsets.

A front-end (Markdown, reST, a Sphinx doctree) turns a document into
segments, one per block of prose (a paragraph, a heading, a table cell).
A segment's text holds only prose; everything else that sits inside the
block (inline code, math, HTML tags, roles) is replaced by one
:data:`PLACEHOLDER` character, which no word can contain or cross.  Each
run of prose characters remembers where it came from, so any span of the
text maps back to the exact characters of the source file.
"""

from __future__ import annotations

import bisect
import html
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter

from ..lazy_re import lazy_compile
from ..quick_init import quick_init

#: The first item of a tuple: a piece's start in its segment's text.
_first = itemgetter(0)

#: Stands for a piece of non-prose (code, math, a tag) inside a segment.
PLACEHOLDER = "\ufffc"


class BlockKind(str, Enum):
    """What kind of block a segment is: rules treat titles differently."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    TABLE_HEADER = "table-header"
    TABLE_CELL = "table-cell"
    #: The first cell of a body row: a row label, Title Case like a header.
    TABLE_ROW_HEADER = "table-row-header"
    CAPTION = "caption"

    def __init__(self, value: str) -> None:
        #: Blocks written in Title Case by convention.  An attribute of each
        #: kind, not a property: it is asked of every segment, and reading a
        #: property is a Python call.
        self.is_title = value in ("heading", "table-header", "table-row-header")


@quick_init
@dataclass(frozen=True, slots=True)
class Segment:
    """One block of prose with its map back to the source."""

    text: str
    kind: BlockKind
    #: ``(text_start, source_start, length)`` runs copied verbatim, sorted.
    pieces: tuple[tuple[int, int, int], ...]
    #: Ranges of ``text`` where Title Case is conventional (link text, bold labels).
    title_ranges: tuple[tuple[int, int], ...] = ()
    #: Ranges of ``text`` that are the text of a link.
    link_ranges: tuple[tuple[int, int], ...] = ()
    #: For a heading: whether its anchor is set explicitly (``{#id}``, a
    #: ``(label)=`` or ``.. _label:`` target), so rewording it keeps links.
    explicit_anchor: bool = False
    #: A bibliography entry (a reST ``.. [Key]`` citation): it quotes another
    #: work's title, venue and identifiers, short forms its author chose.
    cited: bool = False
    #: Written in a cell of a reST grid or simple table whose right edge a border
    #: fixes: a fix must keep the length of each line, or the borders move.
    fixed_width: bool = False
    #: The headword of a definition: a definition list's term (a glossary
    #: directive's item; Markdown's ``Term`` over ``: definition``), an
    #: anchored headword (:mod:`.headwords`).  It names what the definition
    #: under it defines.
    headword: bool = False
    #: Where each of :attr:`pieces` starts in :attr:`text`, for the binary
    #: searches below: worked out when first asked (:meth:`_piece_starts`), not
    #: for each of the thousands of segments a walk makes, most of which no
    #: mention ever maps back.
    _starts: tuple[int, ...] = field(default=(), init=False, repr=False, compare=False)

    def _piece_starts(self) -> tuple[int, ...]:
        starts = self._starts
        if not starts and self.pieces:
            # By map in C, not a generator.
            starts = tuple(map(_first, self.pieces))
            _set_starts(self, starts)
        return starts

    def source_offset(self, index: int) -> int | None:
        """Source offset of text character ``index``; None for a placeholder."""
        i = bisect.bisect_right(self._starts or self._piece_starts(), index) - 1
        if i < 0:
            return None
        start, source, length = self.pieces[i]
        return source + index - start if index < start + length else None

    @property
    def source_extent(self) -> tuple[int, int] | None:
        """Source ``(start, end)`` from the first copied run to the end of the
        last: the block as written, its markup between runs included; None
        for a segment with no run copied from the source."""
        if not self.pieces:
            return None
        last = self.pieces[-1]
        return self.pieces[0][1], last[1] + last[2]

    def source_span(self, start: int, end: int) -> tuple[int, int] | None:
        """Source ``(start, end)`` of text ``[start, end)``, or None if unmapped."""
        first = self.source_offset(start)
        last = self.source_offset(end - 1)
        if first is None or last is None:
            return None
        return first, last + 1

    def is_verbatim(self, start: int, end: int) -> bool:
        """Whether text ``[start, end)`` is one unbroken copy of the source, so
        that replacing the source span replaces exactly this text."""
        i = bisect.bisect_right(self._starts or self._piece_starts(), start) - 1
        if i < 0:
            return False
        p_start, _, length = self.pieces[i]
        return end <= p_start + length

    def in_title_range(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.title_ranges)

    def in_link(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.link_ranges)


#: Sets a segment's :attr:`Segment._starts` past its frozen ``__setattr__``, as
#: ``object.__setattr__`` would, without looking the name up on the class
#: (what a segment keeps for its own look-ups, not a field anyone sets).
_set_starts = Segment._starts.__set__  # type: ignore[misc, attr-defined]


class SegmentBuilder:
    """Accumulates one segment's text while a front-end walks its block."""

    def __init__(self, kind: BlockKind) -> None:
        self.kind = kind
        self._parts: list[str] = []
        self._length = 0
        self._pieces: list[list[int]] = []
        self._titles: list[tuple[int, int]] = []
        self._title_starts: list[tuple[int, bool]] = []
        self._links: list[tuple[int, int]] = []
        self.explicit_anchor = False
        self.cited = False
        self.fixed_width = False
        self.headword = False

    @property
    def length(self) -> int:
        return self._length

    def add_mapped(self, text: str, offsets: Sequence[int]) -> None:
        """Append prose whose character ``i`` is source character ``offsets[i]``."""
        for i, source in enumerate(offsets):
            last = self._pieces[-1] if self._pieces else None
            if last and last[0] + last[2] == self._length + i and last[1] + last[2] == source:
                last[2] += 1
            else:
                self._pieces.append([self._length + i, source, 1])
        self._parts.append(text)
        self._length += len(text)

    def add_verbatim(self, text: str, source_start: int) -> None:
        """Append prose copied unchanged from ``source_start``."""
        if not text:
            return
        last = self._pieces[-1] if self._pieces else None
        if last and last[0] + last[2] == self._length and last[1] + last[2] == source_start:
            last[2] += len(text)
        else:
            self._pieces.append([self._length, source_start, len(text)])
        self._parts.append(text)
        self._length += len(text)

    def add_prose(self, text: str, offsets: Sequence[int]) -> None:
        """Append prose, turning the URLs and file paths written in it into
        placeholders: ``https://x.org/encodec`` is not a mention of EnCodec."""
        if not may_hold_non_prose(text):
            self._add(text, offsets)  # most text: nothing _NON_PROSE could match
            return
        at = 0
        for match in _NON_PROSE.finditer(text):
            self._add(text[at : match.start()], offsets[at : match.start()])
            self.add_placeholder()
            at = match.end()
        self._add(text[at:], offsets[at:])

    def add_copied(self, text: str, source_start: int) -> None:
        """:meth:`add_prose` of text written unchanged from ``source_start``
        on: most lines of a reST block, which need no offset of each
        character worked out (a walk places tens of thousands of them)."""
        if may_hold_non_prose(text):
            self.add_prose(text, range(source_start, source_start + len(text)))
        else:
            self.add_verbatim(text, source_start)

    def _add(self, text: str, offsets: Sequence[int]) -> None:
        if not text:
            return
        if offsets[-1] - offsets[0] == len(offsets) - 1:
            self.add_verbatim(text, offsets[0])
        else:
            self.add_mapped(text, offsets)

    def add_placeholder(self) -> None:
        """Stand in for a piece of non-prose."""
        if not self._parts or not self._parts[-1].endswith(PLACEHOLDER):
            self._parts.append(PLACEHOLDER)
            self._length += 1

    def begin_title(self, link: bool = False) -> None:
        """Start a range where Title Case is conventional (bold, link text)."""
        self._title_starts.append((self._length, link))

    def end_title(self) -> None:
        if self._title_starts:
            start, link = self._title_starts.pop()
            self._titles.append((start, self._length))
            if link:
                self._links.append((start, self._length))

    def build(self) -> Segment | None:
        text = "".join(self._parts)
        if not text.strip(PLACEHOLDER + " \t\n"):
            return None
        return Segment(
            text,
            self.kind,
            tuple(map(tuple, self._pieces)),  # type: ignore[arg-type]
            tuple(self._titles),
            tuple(self._links),
            self.explicit_anchor,
            self.cited,
            self.fixed_width,
            self.headword,
        )


def may_hold_non_prose(text: str) -> bool:
    """Whether :data:`_NON_PROSE` may match in ``text``: each of its matches
    holds one of these."""
    return "/" in text or "www." in text or "mailto:" in text or "@" in text


#: URLs (with a scheme or without: ``example.org/x``), file and folder paths
#: and e-mail addresses: written in prose, but not prose.
_NON_PROSE = lazy_compile(
    r"(?<![\w+.-])(?:[a-zA-Z][a-zA-Z+.-]*://|www\.|mailto:)[^\s<>\[\]]*[^\s<>\[\].,;:!?)'\"]"
    r"|(?<![\w./~-])[\w.~-]*/[\w./-]*\.[A-Za-z]\w*"
    # A path of three names or more joined by slashes with no space, its
    # folders in small letters as folders are named and its file's name
    # capitalised (``examples/kiln/Recipe``, a ``Makefile``): a file, even
    # with no extension.  Two words and a slash are English's alternatives
    # (``and/or``), and so are three in small letters (``move/copy/delete``)
    # and names in capitals (``CPU/GPU/TPU``, ``PCA/t-SNE``): left to the words.
    r"|(?<![\w./~@-])[a-z0-9_](?:[\w.-]*\w)?(?:/[a-z0-9_](?:[\w.-]*\w)?)+/[A-Z](?:[\w.-]*\w)?(?![\w/])"
    # An e-mail address (``kiln-users@lists.example.org``): a mailbox and a
    # host name with a dot, names of the mail system, not words.
    r"|(?<![\w.%+-])\w[\w.%+-]*@(?:[A-Za-z0-9](?:[\w-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}(?![\w-])"
    # A URL without its scheme: a host name with a dot, then a path.
    r"|(?<![\w./~@-])(?:[A-Za-z0-9](?:[\w-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}(?::\d+)?/[^\s<>\[\]]*[^\s<>\[\].,;:!?)'\"]"
)
_PLAIN_PREFIX = lazy_compile(r"[^\\&*_`\[\]<>\n]+")
_ENTITY = lazy_compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: Characters of inline markup that may sit between the characters of a text
#: token in the source (escapes are handled separately).
_MARKUP = frozenset("*_~`[]!<>")
_NO_MARKUP = str.maketrans("", "", "".join(_MARKUP))
#: What a parser's text leaves out of its source: the indentation after a
#: line break, and in Markdown a backslash before escaped ASCII punctuation
#: and character references, which it decodes.  docutils keeps each escaping
#: backslash as a NUL character in its text (``\\*`` is ``"\\x00*"``).
_MARKDOWN_ELIDED = lazy_compile(
    r"(?P<escape>\\)[!-/:-@\[-`{-~]|(?P<entity>" + _ENTITY.pattern + r")|(?<=\n)[ \t]+"
)
_REST_ELIDED = lazy_compile(r"(?P<nul>\\)[\s\S]|(?<=\n)[ \t]+")


class SourceText:
    """A source file and its *parsed view*: the text with escapes, character
    references and continuation indentation undone, which is how a parser
    reports the text, mapped back to source offsets.

    Finding a parser's text in the view is one forward search that either
    succeeds where the text is or fails at once (see :meth:`locate`); finding
    it in the raw source fails, scanning to the end of the block, whenever the
    source escapes a character, which made a line of escapes quadratic.
    """

    def __init__(self, source: str, markdown: bool) -> None:
        self.source = source
        self._markdown = markdown
        self._view: str | None = None
        #: Runs of the view: view start, source start, view length, source length.
        self._runs: list[tuple[int, int, int, int]] = []
        self._source_starts: list[int] = []

    def _build(self) -> str:
        source, runs = self.source, self._runs
        parts: list[str] = []
        at = view = 0
        for match in (_MARKDOWN_ELIDED if self._markdown else _REST_ELIDED).finditer(source):
            if match.start() > at:
                runs.append((view, at, match.start() - at, match.start() - at))
                parts.append(source[at : match.start()])
                view += match.start() - at
            at = match.end()
            if match.lastgroup == "escape":
                at = match.start() + 1  # the escaped character starts the next run
            elif match.lastgroup == "nul":
                runs.append((view, match.start(), 1, 1))
                parts.append("\x00")
                view += 1
                at = match.start() + 1
            elif match.lastgroup == "entity":
                decoded = html.unescape(match.group())
                runs.append((view, match.start(), len(decoded), len(match.group())))
                parts.append(decoded)
                view += len(decoded)
        if at < len(source):
            runs.append((view, at, len(source) - at, len(source) - at))
            parts.append(source[at:])
        self._source_starts = [r[1] for r in runs]
        self._view = "".join(parts)
        return self._view

    def _to_view(self, pos: int) -> int:
        """View index of the first view character at or after source ``pos``."""
        runs = self._runs
        i = bisect.bisect_left(self._source_starts, pos)
        if i < len(runs) and runs[i][1] == pos:
            return runs[i][0]
        if i == 0:
            return 0
        view, start, length, source_length = runs[i - 1]
        if pos < start + source_length:
            return view + min(pos - start, length) if length == source_length else view + length
        return view + length

    def locate(self, pos: int, limit: int, text: str) -> tuple[Sequence[int], int] | None:
        """Find ``text`` in ``source[pos:limit]`` as a parser reported it.

        Returns the source offset of each character and the offset just after
        the last one, or None if it cannot be found.  The view is searched
        first, in one pass; a text that still differs from its source (markup
        between its characters) is walked character by character from the
        first occurrence of its plain opening words.
        """
        found = self.source.find(text, pos, min(limit, pos + 2 * len(text) + 64))
        if found >= 0:  # the common case, near the cursor: no view needed
            return range(found, found + len(text)), found + len(text)
        view = self._view if self._view is not None else self._build()
        start = view.find(text, self._to_view(pos), self._to_view(limit))
        if start >= 0:
            return self._offsets(start, len(text))
        return _walk_anywhere(self.source, pos, limit, text)

    def _offsets(self, start: int, length: int) -> tuple[Sequence[int], int]:
        runs = self._runs
        i = bisect.bisect_right(runs, (start, len(self.source) + 1)) - 1
        view, source, run_length, source_length = runs[i]
        first = source + start - view if run_length == source_length else source
        if run_length == source_length and start + length <= view + run_length:
            return range(first, first + length), first + length
        offsets: list[int] = []
        end = first
        while len(offsets) < length:
            view, source, run_length, source_length = runs[i]
            take = min(length - len(offsets), view + run_length - start)
            if run_length == source_length:
                first = source + start - view
                offsets.extend(range(first, first + take))
                end = first + take
            else:  # a character reference: each of its characters is at its "&"
                offsets.extend([source] * take)
                end = source + source_length
            start += take
            i += 1
        return offsets, end


def locate(source: str, pos: int, limit: int, text: str, marks: str = "") -> tuple[Sequence[int], int] | None:
    """Find ``text`` in ``source[pos:limit]`` as a parser reported it.

    Returns the source offset of each character and the offset just after
    the last one, or None if it cannot be found.  For callers that bound
    ``limit`` to the lines the text comes from (the reST placement); a
    whole document's text is found through :class:`SourceText`.  ``marks``
    are the characters of a reST ``csv-table``'s own syntax, its quote and
    its escape character (``:escape: '``): where the text does not have
    one, it stands for nothing, or, before a character, for that character.
    """
    found = source.find(text, pos, limit)
    if found >= 0:  # the common case: a range, not a list of every offset
        return range(found, found + len(text)), found + len(text)
    if not _walkable(source, pos, limit, text, marks):
        return None
    return _walk_anywhere(source, pos, limit, text, marks)


def may_locate(source: str, pos: int, limit: int, text: str, marks: str = "") -> bool:
    """False only where :func:`locate` surely finds no ``text`` in
    ``source[pos:limit]``: one test of a span of lines instead of a try on
    each line of it (a window of each line lies inside the span's)."""
    return source.find(text, pos, limit) >= 0 or _walkable(source, pos, limit, text, marks)


def _walkable(source: str, pos: int, limit: int, text: str, marks: str = "") -> bool:
    """Whether a walk may find ``text``, not written as it is, in ``source[pos:limit]``.

    Without references, escapes or a CSV cell's doubled quotes in reach, a
    walk steps over markup characters only: a text whose markup-free form is not in the markup-free
    source cannot be walked there (a block's first line tried on the lines
    around it; most are not it).  Two calls instead of a walk from every
    place the text's first character is written."""
    if "\n" in text:
        return True
    window = source[pos:limit]
    return (
        "&" in window
        or "\\" in window
        or any(mark in window for mark in marks)
        or ('""' in window and '"' in text)
        or _markup_free(text) in _markup_free(window)
    )


@lru_cache(maxsize=1024)
def _markup_free(text: str) -> str:
    """``text`` without :data:`_MARKUP` characters.  Remembered: the reST walk
    tries a block's opening on the same few lines with each of its tests,
    and these failed tries were a tenth of the walk."""
    return text.translate(_NO_MARKUP)


def _walk_anywhere(
    source: str, pos: int, limit: int, text: str, marks: str = ""
) -> tuple[Sequence[int], int] | None:
    """Map ``text`` onto the source, stepping over markup, escapes and
    references, from the first occurrence of its plain opening words."""
    # Start the walk where the text's plain opening words are, skipping any
    # markup between the cursor and the text (a directive line, a bullet).
    # Those words may hold escaped characters (``\\theta``): then the walk
    # starts from the cursor, or from the next few places the text's first
    # character (or an escape or entity standing for it) is written.
    plain = _PLAIN_PREFIX.match(text)
    if plain and len(plain.group(0)) >= 3:
        anchor = source.find(plain.group(0), pos, limit)
        if anchor >= 0:
            return _walk_from(source, anchor, limit, text, marks)
    starts = _places(source, pos, limit, (text[0], "&", "\\", *marks))
    for start in (pos, *itertools.islice(starts, _RETRIES)):
        walked = _walk_from(source, start, limit, text, marks)
        if walked is not None:
            return walked
    return None


#: How many more places :func:`_walk_anywhere` tries when its text is not at the cursor.
_RETRIES = 16


def _places(source: str, pos: int, limit: int, chars: tuple[str, ...]) -> Iterator[int]:
    """The offsets in ``source[pos:limit]`` that hold one of ``chars``, in
    order: found by ``str.find``, not by testing every character in Python."""
    after = {c: source.find(c, pos, limit) for c in chars}
    while True:
        found = [j for j in after.values() if j >= 0]
        if not found:
            return
        at = min(found)
        yield at
        for c, j in after.items():
            if j == at:
                after[c] = source.find(c, at + 1, limit)


def _walk_from(
    source: str, i: int, limit: int, text: str, marks: str = ""
) -> tuple[Sequence[int], int] | None:
    """Match ``text`` character by character from ``source[i]``; ``marks``,
    a csv-table's quote and escape characters (:func:`locate`)."""
    offsets: list[int] = []
    for ch in text:
        while True:
            if i >= limit:
                return None
            c = source[i]
            if c == "&":
                m = _ENTITY.match(source, i, limit)
                if m and html.unescape(m.group(0)) == ch:
                    offsets.append(i)
                    i = m.end()
                    break
            if (c == "\\" or c in marks) and i + 1 < limit and source[i + 1] == ch:
                # An escaped character stands for itself, and is taken at once:
                # in ``\\\\`` (two escaped backslashes) the escaped one is no
                # escape of the next.
                offsets.append(i + 1)
                i += 2
                break
            if c == ch:
                offsets.append(i)
                i += 1
                break
            if c == "\\" and i + 1 < limit and source[i + 1] in " \n":
                i += 2  # reST's escaped white space stands for nothing
                continue
            if c == '"' and offsets and offsets[-1] == i - 1 and source[i - 1] == '"':
                i += 1  # a CSV cell's doubled quote ("") stands for one
                continue
            # Indentation after a line break, and markup, have no counterpart in the text.
            if c in _MARKUP or c in marks or (c.isspace() and (not offsets or source[offsets[-1]] == "\n")):
                i += 1
                continue
            return None
    return offsets, i


#: Line endings as CommonMark and editors count them: LF, CRLF and a lone CR.
LINE_BREAK = lazy_compile(r"\r\n?|\n")


def next_line_break(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """Start and end of the first line ending in ``text[pos:limit]``."""
    match = LINE_BREAK.search(text, pos, limit)
    return (match.start(), match.end()) if match else None


def source_lines(source: str, start: int, end: int) -> tuple[int, int]:
    """Where the line (or lines) of ``source`` holding ``source[start:end]``
    begin and end, without the final line break: what a rule reads when the
    evidence is the mention's own line (a list item, a row of a table)."""
    line_end = source.find("\n", end)
    return source.rfind("\n", 0, start) + 1, len(source) if line_end < 0 else line_end


class LineIndex:
    """Offsets of line starts: converts source offsets to 1-based line and column."""

    def __init__(self, source: str) -> None:
        if "\r" in source:
            self.starts = [0, *(m.end() for m in LINE_BREAK.finditer(source))]
        else:  # each line's start from the lengths of the lines before it, in C
            self.starts = list(accumulate(map((1).__add__, map(len, source.split("\n"))), initial=0))[:-1]
        self.length = len(source)

    def line_start(self, line0: int) -> int:
        """Offset of 0-based line ``line0`` (the end of the source past the last)."""
        return self.starts[line0] if line0 < len(self.starts) else self.length

    def position(self, offset: int) -> tuple[int, int]:
        """1-based ``(line, column)``; columns count Unicode characters."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1
