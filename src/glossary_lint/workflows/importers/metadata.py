"""glossary-lint's own metadata comment, which ``export --with-metadata``
writes under each entry and every reader takes back."""

from __future__ import annotations

import json
import re
from typing import Any

from ..export import METADATA_MARK

_COMMENT = re.compile(r"^\s*(?:<!--|\.\.)\s*" + METADATA_MARK + r"\s+(\{.*\})\s*(?:-->)?\s*$", re.S)


def metadata_comment(text: str) -> dict[str, Any] | None:
    """The fields of a metadata comment, or None when ``text`` is not one."""
    found = _COMMENT.match(text)
    if not found:
        return None
    try:
        data = json.loads(found.group(1))
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def split_metadata(body: str) -> tuple[str, dict[str, Any] | None]:
    """A definition without its closing metadata comment, and the comment's fields."""
    lines = body.rstrip().split("\n")
    meta = metadata_comment(lines[-1]) if lines else None
    if meta is None:
        return body, None
    return "\n".join(lines[:-1]).rstrip(), meta
