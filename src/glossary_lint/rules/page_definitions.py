"""Word breaks of a term that the page itself defines in bold.

A page that opens a definition with the phrase in bold ("A **shelf unit**
is a frame of boards ...", "**Shelf units** are ...") chose how its readers
see the words spaced: a glossary entry closed up (``shelfunit``, an API's
attribute name) or hyphenated does not make that a slip, on this page.
Only the spacing is the page's: the letters' case is still judged against
the glossary (as for :func:`.house_style.house_spelled`).  A phrase in bold
that no verb of definition follows (a label, an emphasis) defines nothing,
and so does a definition whose spacing the page never writes again: one
bold phrase alone may be the slip itself ("An **end point** is ..." on a
page titled "Endpoints"), where a page that names its topic so twice, in
its heading and its definition, has chosen the spacing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lazy_re import lazy_compile
from ..matching.matcher import Mention
from ..matching.words import WORD_RE, broken_as
from .house_style import respaced_mention

#: The verbs and marks that make the bold phrase before them a definition.
_DEFINES = r"(?:is|are|means|refers\s+to)\b"
#: The end of any bold phrase followed by a verb of definition: a page without
#: one defines no phrase in bold.
_BOLD_END_DEFINES = lazy_compile(r"\*\*\s+" + _DEFINES, re.IGNORECASE)


@lru_cache(maxsize=4)
def _defines_in_bold(source: str) -> bool:
    """Whether some bold phrase of the page may be a definition: asked once
    per page, where a pattern of each mention's words searched the page (most
    pages define nothing so)."""
    return "**" in source and _BOLD_END_DEFINES.search(source) is not None


def spaced_as_page_defines(mention: Mention, source: str) -> Mention | None:
    """The mention respaced (:func:`.house_style.respaced_mention`) where the
    page defines the term in bold with the mention's word breaks, else None."""
    if mention.typo or mention.ambiguous or not mention.separators or not _defines_in_bold(source):
        return None
    words = WORD_RE.findall(mention.found)
    if len(words) != len(mention.separators) + 1:
        return None
    body = broken_as(words, list(mention.separators))
    pattern = r"\*\*" + body + r"(?:e?s)?\*\*\s+" + _DEFINES
    if re.search(pattern, source, re.IGNORECASE) is None:
        return None
    uses = re.findall(r"(?<![\w\-])" + body + r"(?:e?s)?(?![\w\-])", source, re.IGNORECASE)
    return respaced_mention(mention) if len(uses) > 1 else None
