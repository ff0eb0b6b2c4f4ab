"""Where a section uses the entry's word for a kind of file of another
program: there the word is that program's thing, not the one the glossary
defines.

A handbook defines its own sense of an everyday noun (a benchmark's
``workflow``: "a combination of tools and their parameters").  Another
program the handbook tells the reader to run may use the same noun for a
file of its own, and a section that sets that program up shows it by
writing a file named after the program with the noun as its extension
(``herdsman.runbook`` beside "Herdsman").  In that section the noun is the
program's ("load the Fast_Herd runbook", "once the runbook finishes, export
the table"): its named presets and its runs, which the definition does not
describe.

The evidence must be all there, or the word keeps the handbook's sense.
The file's stem is a program's name that the section's prose writes with a
capital, and one the glossary never names: the handbook's own project
(``mopidy.backend`` beside "Mopidy") and the things its glossary is about
name modules and files after themselves, in the entry's sense.  A code that
does not open with such a name is an attribute (``request.matchdict``) or a
file of a format (``package.json``).  The scope is the section that writes
the file name; an entry whose definition calls it a file is that kind of
file itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..matching.words import WORD_RE
from .model import Glossary
from .tables import TableKind, glossary_table

#: An inline code that is a file's name, maybe after folders, and its stem
#: and extension: ``herdsman.runbook``, ``runs/herdsman.runbook``.
_FILE_NAME = re.compile(r"(?:[\w.-]+/)*([A-Za-z]\w*)\.([a-z]{3,})")
#: A definition that opens by calling the entry a file: "A state file that ...",
#: "Files containing parameters ...".
_A_FILE = re.compile(r"\W*(?:(?:an?|the|one)\s+)?(?:[\w-]+\s+){0,3}?files?\b", re.IGNORECASE)


@glossary_table(TableKind.STRINGS)
def glossary_words(glossary: Glossary) -> frozenset[str]:
    """Every word of the glossary's names and definitions, in small letters
    (a table of the glossary: the Sphinx build asks it for every page)."""
    words: set[str] = set()
    for term in glossary:
        for text in (term.term, term.definition, *(s.text for s in term.spellings())):
            words.update(w.casefold() for w in WORD_RE.findall(text))
    return frozenset(words)


def file_kinds(codes: Iterable[str], prose: str, known: frozenset[str]) -> frozenset[str]:
    """The extensions, in small letters, of the files among ``codes`` (a
    section's inline code texts) named after another program: one that
    ``prose`` (the section's text) names with a capital and the glossary's
    words (``known``) do not."""
    programs = {w.casefold() for w in WORD_RE.findall(prose) if not w.islower()} - known
    kinds = set()
    for code in codes:
        match = _FILE_NAME.fullmatch(code.strip())
        if match is not None and match.group(1).casefold() in programs:
            kinds.add(match.group(2))
    return frozenset(kinds)


def names_program_file(found: str, definition: str, kinds: frozenset[str]) -> bool:
    """Whether the one-word mention ``found`` is a kind of another program's
    file that its section names (``kinds``, from :func:`file_kinds`), of an
    entry whose definition does not call it a file."""
    return found.casefold() in kinds and _A_FILE.match(definition) is None
