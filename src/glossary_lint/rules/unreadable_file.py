"""GL000 unreadable-file: not a rule over prose, a file that cannot be read or decoded."""

from __future__ import annotations

from .base import Rule
from .findings import Severity

#: Not a rule over prose: a file that cannot be read or decoded.  It has a
#: code so that reporters and configuration treat it like any finding.
UNREADABLE = Rule(
    "GL000",
    "unreadable-file",
    "A file could not be read, decoded or parsed.",
    "The file was skipped: it could not be read (permissions, a broken link, a vanished file), its "
    "bytes are neither UTF-8 (with or without a byte-order mark) nor UTF-16 with a byte-order mark, "
    "or its parser gave up on it. The other files are still checked.",
    "(a Latin-1 encoded chapter)",
    "(the same chapter saved as UTF-8)",
    Severity.ERROR,
    lambda ctx: iter(()),
)
