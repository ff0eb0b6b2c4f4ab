"""A term hyphen-joined after a name is no link where the handbook writes that
compound more often than the term alone: the compound is then a name of its own.

``CMSIS-DAP`` is Arm's debug probe protocol, not the chip's Debug Access Port
an entry ``DAP`` defines, while ``AHB-AP`` and ``AXI-AP`` are access ports of
one kind each and ``LAION-CLAP`` is a CLAP model.  Nothing in the words tells
these apart (both are a name in capitals, a hyphen and the entry's acronym),
but the handbook's usage does: a handbook about the protocol writes
``CMSIS-DAP`` 37 times and ``DAP`` alone 6, so its readers know the compound
as one word, where the kinds of a term are written now and then beside many
mentions of the term alone (``AHB-AP`` 7 times, ``AP`` alone 38).  How often
each is written is known only once every document is read (with ``-j``, in
several processes), so the read links such mentions with the joined name
(:data:`.build_checks.JOINED_ATTRIBUTE`), each page counts its mentions
(:data:`.build_checks.JOINED_PAGES`), and at ``doctree-resolved`` a link in a
compound written at least twice and more often than its term alone becomes
plain text again.  A word in small letters before the hyphen (``non-``,
``multi-``, ``log-mel``) is a prefix or a modifier and is not counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from docutils import nodes

from .build_checks import JOINED_ATTRIBUTE, JOINED_PAGES, TERM_ATTRIBUTE
from .page_records import PageRecords

#: A compound written fewer times than this is no evidence of a name.
MIN_COMPOUNDS = 2
#: The environment's attribute: the compounds found names of their own by the last build.
_LAST = "glossary_lint_joined_names"

Counts = tuple[Counter[tuple[str, str]], Counter[str]]


def own_names(pages: Iterable[Counts]) -> frozenset[tuple[str, str]]:
    """The (entry id, joined name) compounds that the pages write at least
    :data:`MIN_COMPOUNDS` times and more often than the entry alone."""
    joined: Counter[tuple[str, str]] = Counter()
    alone: Counter[str] = Counter()
    for page_joined, page_alone in pages:
        joined.update(page_joined)
        alone.update(page_alone)
    return frozenset(key for key, count in joined.items() if count >= MIN_COMPOUNDS and count > alone[key[0]])


def drop_own_names(app: Any, doctree: nodes.document, docname: str) -> None:
    # Summed once per build after the read (rewrite_all_on_change), not once per page.
    names = app.env.__dict__.get(_LAST)
    if names is None:
        names = own_names(app.env.__dict__.get(JOINED_PAGES, {}).values())
    if not names:
        return
    for link in list(doctree.findall(nodes.reference)):
        joined = link.get(JOINED_ATTRIBUTE)
        if joined is not None and (link.get(TERM_ATTRIBUTE), joined) in names:
            link.parent.replace(link, nodes.Text(link.astext()))


def rewrite_all_on_change(app: Any, env: Any) -> list[str]:
    """Every document, when the compounds that are names of their own changed
    since the last build: an edit to one page (three more ``VOLTA-QP``) can
    take links off pages an incremental build would not write again."""
    names = own_names(env.__dict__.get(JOINED_PAGES, {}).values())
    before = env.__dict__.get(_LAST)
    setattr(env, _LAST, names)
    return sorted(env.found_docs) if before is not None and before != names else []


_RECORDS = PageRecords(JOINED_PAGES)


def setup(app: Any) -> None:
    _RECORDS.connect(app)
    app.connect("env-get-updated", rewrite_all_on_change)
    app.connect("doctree-resolved", drop_own_names, priority=400)  # before references.resolve
