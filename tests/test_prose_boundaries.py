"""Only prose is checked: a misspelling inside any non-prose construct is never
reported, and the same misspelling in each prose construct always is."""

from __future__ import annotations

import pytest

NOT_PROSE_MARKDOWN = {
    "inline code": "Call `Encodec.load()` first.\n",
    "fenced code": "```python\nmodel = Encodec()\n```\n",
    "tilde fence": "~~~\nEncodec\n~~~\n",
    "indented code": "Text.\n\n    Encodec here is code\n",
    "inline math": "The rate $\\text{Encodec}_{t}$ is fixed.\n",
    "display math": "$$\n\\mathcal{D}_{\\text{finetune}}\n$$\n",
    "inline bracket math": "The gain \\( g = Encodec + 1 \\) stays below one.\n",
    "inline bracket math of one word": "We call it \\(Encodec\\) below.\n",
    "display bracket math": "Its rate is\n\n\\[\nR = n \\cdot Encodec\n\\]\n\nper frame.\n",
    "display bracket math in a paragraph": "Its rate \\[ R = Encodec^2 \\] is fixed.\n",
    "autolink": "See <https://example.org/Encodec> now.\n",
    "bare url": "See https://example.org/Encodec/hifi-gan for more.\n",
    "link target": "Read [the notes](../Encodec/mel-spectrogram.md) again.\n",
    "image target": "![a diagram](img/Encodec.png)\n",
    "html attribute": 'A <span title="Encodec">tag</span> here.\n',
    "jsx block": '<Tabs groupId="Encodec">\n<TabItem value="Encodec">\n</TabItem>\n</Tabs>\n',
    "code in an html block": "<div>\n<pre>Encodec = 1</pre> and <code>Encodec</code>\n</div>\n",
    "script in an html block": "<div>\n<script>let Encodec = 1;</script>\n</div>\n",
    "front matter": "---\ntitle: Encodec\ndescription: mel-spectrogram\n---\n\nBody.\n",
    "myst code directive": "```{code-block} python\nEncodec = 1\n```\n",
    "directive options": "```{note}\n:class: Encodec\n\nBody text.\n```\n",
    "file path": "Edit docs/Encodec/setup.md by hand.\n",
    "folder path with no extension": "Copy samples/recipes/Encodec by hand.\n",
    "e-mail address": "Mail Encodec@lists.example.org with questions.\n",
    "myst role": "Use {py:class}`Encodec` here.\n",
    "html comment": "<!-- Encodec -->\n",
}

PROSE_MARKDOWN = {
    "paragraph": "We use Encodec here.\n",
    "heading": "## Why Encodec Works\n",
    "link text": "Read [about Encodec](x.md).\n",
    "table cell": "| Model | Codec |\n|---|---|\n| A | Encodec |\n",
    "list item": "- the Encodec path\n",
    "block quote": "> We use Encodec.\n",
    "docusaurus admonition": ":::note\nWe use Encodec.\n:::\n",
    "myst admonition": "```{note}\nWe use Encodec.\n```\n",
    "myst colon admonition": ":::{tip}\nWe use Encodec.\n:::\n",
    "myst tab inside a tab set": "::::{tab-set}\n:::{tab-item} One\nWe use Encodec.\n:::\n::::\n",
    "myst card inside a grid": "::::{grid} 1 2 2 2\n:::{grid-item-card} A card\nWe use Encodec.\n:::\n::::\n",
    "image alt text": "![the Encodec encoder](img.png)\n",
    "emphasis": "We use *Encodec* and **more**.\n",
    "escaped brackets around words": "The codec map\\[Encodec\\] holds it.\n",
    "escaped brackets as a link's text": "See [\\[Encodec notes\\]](x.md).\n",
    "bracket math closed only after a blank line": "A \\( rate\n\nWe use Encodec \\) here.\n",
    "html block": "<div>\nEncodec in raw HTML\n</div>\n",
    "html table cell": "<table>\n<tr><td>codec</td><td>We use Encodec.</td></tr>\n</table>\n",
    "two alternatives joined by a slash": "Pick Encodec/SoundStream first.\n",
    "names in capitals joined by slashes": "Pick Encodec/SoundStream/Opus first.\n",
    "three verbs joined by slashes": "The tool can load/save/check Encodec weights.\n",
    "a word before an at sign with no host": "Ask Encodec@home users.\n",
}


NOT_PROSE_REST = {
    "inline literal": "Call ``Encodec.load()`` first.\n",
    "literal block": "Code::\n\n    Encodec = 1\n",
    "code-block": ".. code-block:: python\n\n   Encodec = 1\n",
    "math role": "The rate :math:`\\text{Encodec}` is fixed.\n",
    "math directive": ".. math::\n\n   \\text{Encodec}\n",
    "code role": "Use :code:`Encodec` and :class:`Encodec` here.\n",
    "url": "See https://example.org/Encodec for more.\n",
    "link target": "Read `the notes <https://example.org/Encodec>`_ again.\n",
    "unknown directive argument": ".. madeup-directive:: Encodec\n\n   Body.\n",
    "unknown code-like directive": ".. madeup-code:: python\n\n   Encodec = 1\n",
    "unknown role": "Use :madeup:`Encodec` here.\n",
    "literalinclude": ".. literalinclude:: Encodec.py\n",
    "toctree": ".. toctree::\n\n   Encodec\n",
    "comment": ".. Encodec is in a comment\n",
    "directive option": ".. note::\n   :class: Encodec\n\n   Body.\n",
    "domain directive signature": ".. py:function:: Encodec()\n\n   Body.\n",
    "confval name": ".. confval:: Encodec\n   :type: str\n\n   Body.\n",
    "option name": ".. option:: --Encodec\n\n   Body.\n",
    "title reference (default role)": "Set `Encodec` here.\n",
    "folder path in a broken link": "* Sample <samples/recipes/Encodec>`\n",
    "e-mail address": "Send questions to Encodec@lists.example.org.\n",
    "e-mail address as link text": "Write to `Encodec@lists.example.org <mailto:x@example.org>`_ now.\n",
}

PROSE_REST = {
    "paragraph": "We use Encodec here.\n",
    "title": "Why Encodec Works\n=================\n",
    "link text": "Read `about Encodec <https://x.org>`_ now.\n",
    "list item": "- the Encodec path\n",
    "note": ".. note::\n\n   We use Encodec.\n",
    "versionadded": ".. versionadded:: 2.0\n   We use Encodec.\n",
    "seealso": ".. seealso::\n\n   We use Encodec.\n",
    "table cell": "=====  =======\nA      B\n=====  =======\nx      Encodec\n=====  =======\n",
    "definition list": "Codecs\n   We use Encodec.\n",
    "domain directive body": ".. py:function:: codec()\n\n   We use Encodec.\n",
    "confval body": ".. confval:: codec_name\n   :type: str\n\n   We use Encodec.\n",
    "rst directive body": ".. rst:directive:: .. codec::\n\n   We use Encodec.\n",
    "unknown directive body": ".. madeup-directive:: x\n\n   We use Encodec.\n",
    "field list body": ":Codec: We use\n   Encodec.\n",
    "footnote": ".. [1] We use Encodec.\n",
    "line block": "| A line.\n| We use Encodec.\n",
    "grid table cell": (
        "+-----+-------------+\n| A   | B           |\n+=====+=============+\n"
        "| x   | or a cell   |\n|     | on Encodec. |\n+-----+-------------+\n"
    ),
    "list-table cell": ".. list-table::\n\n   * - x\n     - We use\n       Encodec.\n",
    "csv-table cell": '.. csv-table::\n\n   "a, b", "We use Encodec"\n',
    "only": ".. only:: html\n\n   We use Encodec.\n",
    "tab-set": ".. tab-set::\n\n   .. tab-item:: One\n\n      We use Encodec.\n",
    "versionchanged text under the version": ".. versionchanged:: 2.0\n   The model\n   uses Encodec.\n",
}


def _cases(md: dict[str, str], rst: dict[str, str]) -> list:
    return [pytest.param("md", text, id=f"md-{name}") for name, text in sorted(md.items())] + [
        pytest.param("rst", text, id=f"rst-{name}") for name, text in sorted(rst.items())
    ]


@pytest.mark.parametrize("suffix,text", _cases(NOT_PROSE_MARKDOWN, NOT_PROSE_REST))
def test_non_prose_is_never_reported(lint, suffix, text):
    assert [f for f in lint(text, f"doc.{suffix}") if f.code == "GL001"] == []


@pytest.mark.parametrize("suffix,text", _cases(PROSE_MARKDOWN, PROSE_REST))
def test_prose_is_checked(lint, suffix, text):
    findings = [f for f in lint(text, f"doc.{suffix}") if f.code == "GL001"]
    assert len(findings) == 1
    f = findings[0]
    assert (f.found, f.suggestion) == ("Encodec", "EnCodec")
    line = text.splitlines()[f.line - 1]
    assert line[f.column - 1 : f.end_column - 1] == "Encodec"


def test_rest_unknown_constructs_do_not_break_later_prose(lint):
    text = (
        ".. madeup::\n   :opt: 1\n\n   body\n\n:madeup:`x` then\n\n"
        ".. py:class:: Foo\n\n   Stuff.\n\nFinally Encodec.\n"
    )
    findings = [f for f in lint(text, "doc.rst") if f.code == "GL001"]
    assert [(f.line, f.column) for f in findings] == [(12, 9)]


def test_rest_parse_leaves_the_docutils_registry_as_it_found_it(lint):
    from docutils.parsers.rst import directives, roles

    before = (dict(directives._directives), dict(roles._roles))
    lint(".. code-block:: python\n\n   x\n\n:term:`Codec`\n", "doc.rst")
    assert (dict(directives._directives), dict(roles._roles)) == before
