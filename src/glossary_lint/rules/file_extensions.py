"""An acronym in lower case that names its file extension, as the entry says.

Many formats are named after an acronym and stored in files whose
extension is the acronym's letters in lower case: an entry ``WCF`` defined
as "a Widget Configuration File, stored with the *.wcf* extension".  Where
the glossary's own definition gives that extension, the lower-case word in
prose (``a wcf file``, ``loading wcf``) names the file type by its
extension, as a file name writes it, not a slip of the acronym's capitals.
An entry whose definition names no such extension keeps the acronym's
case: its lower case is a slip however often pages write its files
(``app.wcf``), for a page's file names say nothing of how the glossary
spells the format.
"""

from __future__ import annotations

import re

from ..glossary.model import CasePolicy
from ..matching.matcher import Mention


def names_own_extension(mention: Mention) -> bool:
    """Whether a one-word lower-case mention is the extension that the
    definition of its acronym entry (written in capitals, exact case) gives
    with its dot (``.wcf`` for ``WCF``)."""
    found = mention.found
    if mention.typo or not found.isalnum() or not found.islower():
        return False
    # Most lower-case words are no acronym entry's: no pattern is made for them.
    definitions = [
        c.term.definition
        for c in mention.candidates
        if c.spelling.case is CasePolicy.EXACT and c.spelling.text == found.upper()
    ]
    if not definitions:
        return False
    pattern = re.compile(r"(?<![\w./\\-])\." + re.escape(found) + r"(?![\w-])")
    return any(pattern.search(definition) is not None for definition in definitions)
