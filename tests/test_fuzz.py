"""Fuzz: random Markdown and reST through check, fix and the Sphinx linking step.

No exception escapes, every finding's span is inside the document, and a fix
replaces exactly the spans it reports: the fixed text, cut at the applied
spans, is the original text cut at the same places with the replacements in
between.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glossary_lint.reporters.fixer import apply_fixes

PIECES = [
    "Encodec",
    "mel-spectrogram",
    "Lora",
    "fine tuning",
    "MusicGen",
    "CQT (Constant-Q Transform)",
    "`code`",
    "``lit``",
    "$x$",
    "$$",
    "[link](glossary.md#encodec)",
    "{term}`Mel`",
    ":term:`Foo`",
    "**bold**",
    "*em*",
    "<!-- glossary-lint: disable -->",
    ".. note::",
    "```",
    ":::note",
    "---",
    "# ",
    "- ",
    "> ",
    "| a | b |",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "   ",
    "(",
    ")",
    "\\",
    "&amp;",
    "<b>",
    "https://x.org/Encodec",
    "é",
    "\u2028",
    "\x0b",
    "Mel Spectrogram",
    "VAEs",
    "U-Net's",
    "film",
]

documents = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=40).map("".join)

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def check_fix(linter, text: str, name: str) -> None:
    findings = linter.lint_text(name, text)
    for f in findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert f.line >= 1 and f.column >= 1
    fixed, applied = apply_fixes(text, findings)
    rebuilt, last = [], 0
    for f in applied:
        rebuilt += [text[last : f.start], f.replacement]
        last = f.end
    rebuilt.append(text[last:])
    assert fixed == "".join(rebuilt)
    for f in applied:  # every replaced span is what the finding said it found
        assert " ".join(text[f.start : f.end].split()) == " ".join((f.found or "").split())


@FUZZ
@given(documents)
def test_markdown(linter, text):
    check_fix(linter, text, "doc.md")


@FUZZ
@given(documents)
def test_rest(linter, text):
    check_fix(linter, text, "doc.rst")


@FUZZ
@given(documents)
def test_sphinx_linking_step(linter, text):
    """The extension's read step (doctree walk, mentions, link marks) on a docutils
    doctree of the same text."""
    from docutils import nodes, utils
    from docutils.parsers.rst import Parser

    from glossary_lint.sources import rest
    from glossary_lint.sources.doctree import walk_doctree
    from glossary_lint_sphinx.build_checks import TERM_ATTRIBUTE, link_mentions

    if len(text.split("\n")) and max(len(line) for line in text.split("\n")) > rest.MAX_LINE:
        return
    document = utils.new_document("doc.rst", rest._settings())
    with rest._sphinx_stand_ins():
        try:
            Parser().parse(text, document)
        except RecursionError:
            return
    text_nodes: dict = {}
    doc = walk_doctree("doc.rst", text, document, term_target=lambda node: None, text_nodes=text_nodes)
    mentions = linter.mentions(doc)
    before = document.astext()
    link_mentions(mentions, text_nodes, "every")
    assert document.astext() == before  # linking only wraps text, never changes it
    for link in document.findall(nodes.reference):
        if TERM_ATTRIBUTE in link:
            assert link[TERM_ATTRIBUTE] in linter.glossary.by_id
