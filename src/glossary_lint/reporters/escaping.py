"""Document text and file names as data in every output.

A file name or a found text may hold line breaks, terminal controls (ESC,
BEL, an OSC sequence), C1 controls or bidirectional overrides.  Printed raw,
a line break followed by ``::error`` becomes a GitHub workflow command, and
the controls drive the terminal or hide text in a CI log.  Every reporter
passes such text through one of these helpers, which show each unsafe
character as a visible escape (``\\n``, ``\\x1b``, ``\\u202e``) and leave
every other character, so the reported path is still recognisably the same.
"""

from __future__ import annotations

import re

from ..lazy_re import lazy_compile

#: C0 controls but tab, DEL and C1 controls, the bidirectional marks,
#: embeddings, overrides and isolates, and the Unicode line separators.
_UNSAFE = lazy_compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)
_NAMED = {"\n": "\\n", "\r": "\\r"}
#: What JSON leaves raw in a string though a terminal acts on it (JSON
#: itself escapes the C0 controls).
_JSON_UNSAFE = lazy_compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _escape(match: re.Match[str]) -> str:
    ch = match.group(0)
    code = ord(ch)
    return _NAMED.get(ch) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def printable(text: str) -> str:
    """``text`` on one line with every control character shown as an escape."""
    return _UNSAFE.sub(_escape, text)


def line_start(text: str) -> str:
    """:func:`printable`, for text that opens an output line: a line that
    starts with ``::`` is a workflow command to the GitHub Actions runner, so
    its first colon is escaped too."""
    text = printable(text)
    stripped = text.lstrip()
    if stripped.startswith("::"):
        at = len(text) - len(stripped)
        text = text[:at] + "\\x3a" + text[at + 1 :]
    return text


def json_safe(serialized: str) -> str:
    """Serialized JSON with the characters terminals act on written as
    ``\\uXXXX``: the same JSON value, and nothing raw when it is shown."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", serialized)
