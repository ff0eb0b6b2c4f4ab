"""Source offsets to LSP positions and back.

The engine counts characters; LSP counts lines split at CR, LF and CRLF
only, and columns in the code units the client and server agreed on
(UTF-16 unless the client offers another).  Astral characters (emoji, some
CJK) are where the two differ.
"""

from __future__ import annotations

import bisect
import re

from lsprotocol import types

_BREAK = re.compile(r"\r\n?|\n")


def _units(text: str, encoding: str) -> int:
    if encoding == "utf-32":
        return len(text)
    if encoding == "utf-8":
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


class Positions:
    """Converter for one version of one document's text."""

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        self.text = text
        self.encoding = encoding
        self.starts = [0, *(m.end() for m in _BREAK.finditer(text))]

    def position(self, offset: int) -> types.Position:
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        return types.Position(line, _units(self.text[self.starts[line] : offset], self.encoding))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(self.position(start), self.position(end))

    def line_end(self, line: int) -> int:
        """Offset of the end of 0-based ``line``, before its line break."""
        if line + 1 < len(self.starts):
            end = self.starts[line + 1]
            return end - (2 if self.text[end - 2 : end] == "\r\n" else 1)
        return len(self.text)

    def line_range(self, line: int) -> types.Range:
        """The whole of 0-based ``line`` (the first line when negative, the end past the last)."""
        line = max(line, 0)
        if line >= len(self.starts):
            return self.range(len(self.text), len(self.text))
        return self.range(self.starts[line], self.line_end(line))

    def offset(self, position: types.Position) -> int:
        if position.line >= len(self.starts):
            return len(self.text)
        start = self.starts[position.line]
        end = self.line_end(position.line)
        if self.encoding == "utf-32":
            return min(start + position.character, end)
        units = 0
        for i in range(start, end):
            if units >= position.character:
                return i
            units += _units(self.text[i], self.encoding)
        return end
