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
