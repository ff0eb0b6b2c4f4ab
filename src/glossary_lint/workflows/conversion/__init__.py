"""Definitions carried from one markup to the other (Markdown <-> reST).

A definition is kept in the markup it was written in; these converters are
used only where a page in the other markup is written (``export``, the
Sphinx extension).  Both work from a parser's tree, never from patterns,
and both treat the text they carry as data: whatever markup the target
language would act on (a directive, raw HTML, an include) is escaped or
shown as a literal block, never made live.
"""

from __future__ import annotations

from ...glossary.model import Markup


def convert(text: str, source: Markup, target: Markup) -> str:
    """``text`` written in ``source`` markup, rewritten for a ``target`` page."""
    if source is target:
        return text
    if target is Markup.REST:
        from .markdown_to_rest import markdown_to_rest

        return markdown_to_rest(text)
    from .rest_to_markdown import rest_to_markdown

    return rest_to_markdown(text)
