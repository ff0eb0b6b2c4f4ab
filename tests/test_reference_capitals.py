"""GL001 and capitals that a cross-reference or a table label gives a word:
neither is evidence that the handbook names a class or keeps a capital, so
a capitalised everyday term mid-sentence elsewhere stays a slip."""

from __future__ import annotations

import pytest

from glossary_lint.rules.house_style import code_names

GLOSSARY = """terms:
  - id: kettle
    term: kettle
    definition: A pot that boils water.
  - id: ladle
    term: ladle
    definition: A deep spoon.
"""


@pytest.fixture
def gl001(gl001_of_run):
    """The run's GL001 findings, sorted; the glossary above unless given."""

    def check(files: dict[str, str], glossary: str = GLOSSARY) -> list[tuple[str, str | None]]:
        return sorted(gl001_of_run(glossary, files))

    return check


def test_a_glossary_reference_names_no_class():
    text = "Fill the :term:`Kettle` first, then the :term:`ladles <Ladle>`.\n"
    assert code_names(text) == frozenset()
    assert code_names("Fill the {term}`Kettle` and the {term}`ladles <Ladle>`.\n") == frozenset()


def test_a_hyperlink_or_section_reference_names_no_class():
    text = "Read `Kettle`_ and :ref:`Ladle <ladle-page>` and :doc:`Kettle`.\n"
    assert code_names(text) == frozenset()


def test_code_roles_and_literals_still_name_classes():
    text = "Make a :class:`Kettle`, a ``Ladle`` and a :py:class:`~pots.Kettle` here.\n"
    assert code_names(text) == {"Kettle", "Ladle"}


def test_a_capital_beside_glossary_references_is_a_slip(gl001):
    files = {
        f"{n}.rst": f"The :term:`Kettle` is hot and the :term:`Kettle` sings, said page {n}.\n"
        for n in ("one", "two", "three")
    }
    files["four.rst"] = "We boil the water in a kettle, and then the Kettle cools down.\n"
    assert gl001(files) == [("four.rst", "Kettle")]


def test_capitals_of_table_labels_make_no_house_capital(gl001):
    table = (
        "The rota below says who cleans what:\n\n"
        "    +-----------------+------+\n"
        "    | Number of Ladles| 2    |\n"
        "    +-----------------+------+\n"
        "    | Size of Ladles  | 3    |\n"
        "    +-----------------+------+\n\n"
    )
    files = {f"{n}.rst": table + "Each ladle hangs on a hook.\n" for n in ("one", "two", "three")}
    files["four.rst"] = "We stir the soup with a ladle, and then the Ladle is washed.\n"
    assert gl001(files) == [("four.rst", "Ladle")]


GUESSED = """terms:
  - id: gauge
    term: gauge
    case-guessed: true
    definition: A dial that shows a reading.
"""


def test_a_guessed_lower_case_gives_way_to_a_capital_the_handbook_writes_more_often(gl001):
    # The importer guessed 'gauge'; two chapters name the dial 'Gauge'
    # mid-sentence and one writes the lower case once: the capital is the
    # handbook's name for it.  (On one page, one lower case keeps the
    # capitals slips: tests/test_guessed_case.py.)
    files = {
        "a.md": "The panel lists each reading (the Gauge and the Dial Face) in a row.\n",
        "b.md": "Readers compare the values (the Gauge and the Dial Face) by hand.\n",
        "c.md": "A reading is taken from the gauge at noon.\n",
    }
    assert gl001(files, GUESSED) == []


def test_a_guessed_lower_case_the_handbook_writes_as_often_keeps_the_capitals_slips(gl001):
    files = {
        "a.md": "The panel lists each reading (the Gauge and the Dial Face) in a row.\n",
        "b.md": "Readers compare the values (the Gauge and the Dial Face) by hand.\n",
        "c.md": "A reading is taken from the gauge at noon, and the gauge is reset.\n",
    }
    assert gl001(files, GUESSED) == [("a.md", "Gauge"), ("b.md", "Gauge")]
