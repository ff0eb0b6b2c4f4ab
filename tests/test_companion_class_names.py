"""GL001 and a capitalised word that opens a class name in camel case in
the same sentence (``a Crate`` beside ``:class:`yard.CrateLabels```):
where the handbook's code writes the word alone as a class, the sentence
speaks of that class and its companions, and the capital is the class's."""

from __future__ import annotations

import pytest

GLOSSARY = """terms:
  - id: crate
    term: crate
    definition: A box of parts shipped together.
"""

#: A page that writes the class alone as code.
CODE_PAGE = {"api.rst": "Subclass :class:`yard.Crate` to ship more.\n"}


def gl001(check, files: dict[str, str]) -> list[str | None]:
    return [found for _, found in check(GLOSSARY, files)]


@pytest.mark.parametrize(
    "text",
    [
        "To label a Crate, subclass :class:`yard.labels.CrateLabels` and set ``names``.\n",
        "- To label a Crate, subclass :class:`yard.CrateLabels` and set\n  ``names`` on your Crate ``LabelSet``.\n",
        "Each Crate keeps a CrateLog of its trips.\n",
    ],
)
def test_a_capital_beside_a_class_name_it_opens_names_the_class(gl001_of_run, text):
    assert gl001(gl001_of_run, {"guide.rst": text, **CODE_PAGE}) == []


@pytest.mark.parametrize(
    "files",
    [
        # no class of that name in the code: the capital is a slip
        {"guide.rst": "To label a Crate, subclass :class:`yard.CrateLabels`.\n"},
        # the class name stands in another sentence of the paragraph
        {"guide.rst": "You ship a Crate by truck. See :class:`yard.CrateLabels` for labels.\n", **CODE_PAGE},
        # a name that only holds the word further in
        {"guide.rst": "To label a Crate, subclass :class:`yard.WoodCrateish`.\n", **CODE_PAGE},
    ],
)
def test_without_the_class_or_in_another_sentence_the_capital_stays_a_slip(gl001_of_run, files):
    assert gl001(gl001_of_run, files) == ["Crate"]
