"""Heading anchors as static-site generators derive them.

A fix inside a heading must not silently change the heading's anchor and
break every link to it.  These are the two derivations in use: the one of
GitHub, Docusaurus and MyST (lower case, punctuation dropped, spaces to
hyphens) and the one of docutils/Sphinx (lower case, ASCII, every run of
other characters to one hyphen).
"""

from __future__ import annotations

import re
import unicodedata

from ..lazy_re import lazy_compile

#: One attribute of a heading's attribute block: ``#anchor``, ``.class`` or ``key=value``.
_ATTRIBUTE = r"(?:[#.][\w:.-]+|[\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\s}]+))"
#: A heading's attribute block at its end, as Pandoc, kramdown (``{: #id}``),
#: Hugo, MyST and markdown-it-attrs write it: ``{#anchor .class key=value}``.
#: It names the heading's anchor, not its words, and the parser leaves it in the text.
_ATTRIBUTES = lazy_compile(r"\s*\{:?\s*(" + _ATTRIBUTE + r"(?:\s+" + _ATTRIBUTE + r")*)\s*\}\s*$")


def heading_attributes(text: str) -> tuple[int, str | None] | None:
    """Where the attribute block that ends a heading's ``text`` starts, and
    the anchor (``#id``) it names, if any; None when the text ends in none."""
    found = _ATTRIBUTES.search(text)
    if found is None:
        return None
    anchor = next((a[1:] for a in found.group(1).split() if a.startswith("#")), None)
    return found.start(), anchor


def heading_slug(heading: str) -> str:
    """GitHub/Docusaurus/MyST: ``Mel Spectrogram (2D)`` -> ``mel-spectrogram-2d``."""
    slug = re.sub(r"[^\w\s-]", "", heading.casefold())
    return re.sub(r"\s", "-", slug.strip())


def docutils_id(heading: str) -> str:
    """docutils/Sphinx section ids: ``Mel-Spectrogram Basics`` -> ``mel-spectrogram-basics``."""
    ascii_text = unicodedata.normalize("NFKD", heading).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def anchors_differ(before: str, after: str) -> bool:
    """Whether rewriting a heading from ``before`` to ``after`` moves its anchor."""
    return heading_slug(before) != heading_slug(after) or docutils_id(before) != docutils_id(after)
