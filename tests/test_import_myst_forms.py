"""``import`` of the MyST glossary forms beyond Sphinx's line rules: a
``{glossary}`` body written as a Markdown definition list (mystmd, Jupyter
Book 2), in either fence and with ``:sorted:``; and a ``.. glossary::``
inside an ``{eval-rst}`` block, read as the reST it is."""

from __future__ import annotations

import pytest

from glossary_lint.glossary.checks import check_glossary
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.glossary.model import Markup
from glossary_lint.workflows.importers import Imported, import_page, to_yaml


def load(page: str) -> Imported:
    """Import a Markdown page, and check the YAML as ``glossary check`` would."""
    imported = import_page(page, ".md")
    glossary = parse_glossary(to_yaml(imported), "imported.yaml")
    assert not [d for d in check_glossary(glossary) if d.severity == "error"]
    return imported


def fenced(fence: str, body: str) -> str:
    close = "```" if fence.startswith("`") else ":::"
    return f"# Pantry words\n\nWhat the cooks call things.\n\n{fence}{{glossary}}\n{body}{close}\n"


DEFINITION_LIST = """\
Colander
: A bowl with holes, for draining pasta.

Whisk
: Loops of wire on a handle.
  It beats air into cream.

  Use a {term}`colander` first when the cream is wet.

Mandoline
: A flat blade on a frame, for thin slices.
"""


@pytest.mark.parametrize("fence", ["```", ":::"])
def test_a_definition_list_body_gives_every_item(fence: str) -> None:
    imported = load(fenced(fence, DEFINITION_LIST))
    assert [t["term"] for t in imported.terms] == ["Colander", "Whisk", "Mandoline"]
    assert imported.terms[0]["definition"] == "A bowl with holes, for draining pasta."
    assert imported.terms[1]["definition"] == (
        "Loops of wire on a handle.\nIt beats air into cream.\n\nUse a {term}`colander` first when the cream is wet."
    )
    assert imported.title == "Pantry words" and imported.intro == "What the cooks call things."
    assert imported.markup is Markup.MARKDOWN


@pytest.mark.parametrize("fence", ["```", ":::"])
def test_a_sorted_definition_list_body_is_in_the_order_sphinx_shows(fence: str) -> None:
    imported = load(fenced(fence, ":sorted:\n\n" + DEFINITION_LIST))
    assert [t["term"] for t in imported.terms] == ["Colander", "Mandoline", "Whisk"]


@pytest.mark.parametrize("fence", ["```", ":::"])
def test_a_sorted_body_by_sphinx_rules_is_read_as_before(fence: str) -> None:
    body = ":sorted:\n\nTrivet\n   A stand for a hot pan.\n\nLadle\nScoop\n   A deep spoon.\n"
    imported = load(fenced(fence, body))
    assert [t["term"] for t in imported.terms] == ["Ladle", "Trivet"]
    assert imported.terms[0]["aliases"] == ["scoop"]


def test_a_colon_inside_an_indented_definition_does_not_make_a_definition_list() -> None:
    body = "Sieve\n   A fine mesh.\n   : not a marker, only a stray colon line\n\nTongs\n   Two arms.\n"
    imported = load(fenced("```", body))
    assert [t["term"] for t in imported.terms] == ["Sieve", "Tongs"]


def test_a_glossary_nested_in_a_definition_list_item_gives_entries_of_its_own() -> None:
    body = (
        "Knife\n: A blade. Two kinds:\n\n  ```{glossary}\n  Paring knife\n     A short one.\n\n"
        "  Bread knife\n     A serrated one.\n  ```\n\nBoard\n: Where cutting happens.\n"
    )
    imported = load(fenced(":::", body))
    assert [t["term"] for t in imported.terms] == ["Knife", "Paring knife", "Bread knife", "Board"]
    knife = imported.terms[0]
    assert knife["definition"].startswith("A blade. Two kinds:") and "aliases" not in knife
    assert "{term}`Paring knife`" in knife["definition"]
    assert imported.terms[3]["definition"] == "Where cutting happens."


EVAL_RST = """\
(pantry)=

# Pantry words

````{eval-rst}
.. glossary::

    Colander
        A bowl with holes, see :term:`sieve`.

    Sieve
    Strainer
        A fine mesh:

        - for flour
        - for sauces
````

[unused]: https://example.org
"""


def test_a_glossary_in_an_eval_rst_block_is_read_as_rest() -> None:
    imported = load(EVAL_RST)
    assert [t["term"] for t in imported.terms] == ["Colander", "Sieve"]
    assert imported.terms[1]["aliases"] == ["strainer"]
    assert imported.terms[1]["definition"] == "A fine mesh:\n\n- for flour\n- for sauces"
    assert imported.terms[0]["definition"] == "A bowl with holes, see :term:`sieve`."
    assert imported.title == "Pantry words"
    assert imported.markup is Markup.REST  # the definitions are reST


def test_an_eval_rst_introduction_stands_in_for_a_missing_one() -> None:
    page = "# Pantry\n\n```{eval-rst}\nTools we keep.\n\n.. glossary::\n\n   Trivet\n      A stand.\n```\n"
    imported = load(page)
    assert [t["term"] for t in imported.terms] == ["Trivet"]
    assert imported.intro == "Tools we keep."


def test_eval_rst_and_myst_glossaries_on_one_page_keep_page_order() -> None:
    page = (
        "# Pantry\n\n```{glossary}\nApron\n: Cloth worn in front.\n```\n\n"
        "```{eval-rst}\n.. glossary::\n\n   Trivet\n      A stand.\n```\n"
    )
    imported = load(page)
    assert [t["term"] for t in imported.terms] == ["Apron", "Trivet"]
    # each definition keeps the markup it is written in
    assert imported.markup is Markup.MARKDOWN and "markup" not in imported.terms[0]
    assert imported.terms[1]["markup"] == "rst"


def test_an_eval_rst_block_without_a_glossary_leaves_the_page_to_its_layout() -> None:
    page = (
        "# Pantry\n\n```{eval-rst}\n.. note:: Wash every tool.\n```\n\n"
        "## Apron\n\nCloth worn in front.\n\n## Trivet\n\nA stand for a hot pan.\n"
    )
    imported = load(page)
    assert [t["term"] for t in imported.terms] == ["Apron", "Trivet"]
