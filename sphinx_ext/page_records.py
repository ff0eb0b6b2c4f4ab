"""Per-page records kept on the build environment, by document name.

A page's record must go when Sphinx re-reads or removes the page
(``env-purge-doc``), and the records of pages read in parallel processes
must reach the main one (``env-merge-info``); otherwise a parallel or
incremental build would judge links by records of pages as they no longer
are.  Each extension module that keeps such records connects these two
handlers under its own key, so the bookkeeping is written once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class PageRecords:
    """The handlers for one ``env.__dict__`` key holding ``{docname: record}``."""

    def __init__(self, key: str) -> None:
        self.key = key

    def purge(self, app: Any, env: Any, docname: str) -> None:
        env.__dict__.setdefault(self.key, {}).pop(docname, None)

    def merge(self, app: Any, env: Any, docnames: set[str], other: Any) -> None:
        theirs: Mapping[str, Any] = other.__dict__.get(self.key, {})
        env.__dict__.setdefault(self.key, {}).update({d: theirs[d] for d in docnames if d in theirs})

    def connect(self, app: Any) -> None:
        app.connect("env-purge-doc", self.purge)
        app.connect("env-merge-info", self.merge)
