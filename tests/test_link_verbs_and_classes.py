"""Auto-links and forms that make a term's word something else: a noun entry
in its ``-s`` form that opens a second predicate after a comma ("which
resolves with the answer, or failbacks with the error": the verb), or after
"to" where a verb makes its object do it ("cause the promise to failback"), a
capitalised word in a series the sentence calls classes ("two classes Ledger,
Satchel": a class), and an acronym that another class inherits from ("inherits
from TCK": the class that implements the model)."""

from __future__ import annotations

import pytest

from glossary_lint.glossary.compound_heads import inherited_from, listed_as_class
from link_checks import first_mention_links
from test_sphinx import links_by_section

GLOSSARY = """terms:
  - id: failback
    term: failback
    definition: A handler hung on a pending promise that runs when the promise breaks.
  - id: satchel
    term: satchel
    definition: A folder a run keeps its inputs, outputs and logs in.
  - id: tck
    term: TCK
    case: exact
    definition: Tide Current Kernel, the model that predicts a harbour's currents.
  - id: rig
    term: RIG
    case: exact
    definition: The class that wraps one sensor of the harbour.
"""


def linked(text: str, word: str) -> bool:
    """Whether the mention of ``word`` at its first place in ``text`` becomes a link."""
    return first_mention_links(GLOSSARY, text, word)


def test_an_s_form_parallel_to_an_earlier_verb_is_the_verb():
    text = "It hands back a promise which settles with the value, or failbacks with the fault."
    assert not linked(text, "failbacks")
    assert not linked("A promise that always ends in a value, and failbacks in a fault.", "failbacks")


def test_nouns_in_a_series_keep_their_link():
    # No comma before the conjunction: two nouns joined.
    assert linked("Add resolvers or failbacks to the promise before it settles.", "failbacks")
    # A comma, but no subject before an earlier "-s with": a series of things.
    assert linked("Lists with one item, sets with two, or failbacks with three are kept.", "failbacks")
    # The earlier verb takes another preposition.
    assert linked("The promise which settles on a value, or failbacks with it, is done.", "failbacks")


def test_a_name_in_a_series_called_classes_is_a_class():
    assert not linked("The client offers two classes Ledger, Satchel to keep the files.", "Satchel")
    assert not linked("Import the classes Satchel and Ledger first.", "Satchel")
    # In small letters, or not after "classes", the word is the folder.
    assert linked("The client offers two classes to keep a satchel of files.", "satchel")
    assert linked("Keep a Satchel of your own for each run.", "Satchel")
    assert not listed_as_class("Satchel", "one class Satchel", len("one class "), "A folder.")


def test_an_entry_defined_as_a_class_keeps_its_link_in_a_series_of_classes():
    assert listed_as_class("Satchel", "two classes Ledger, Satchel", len("two classes Ledger, "), "A folder.")
    assert not listed_as_class(
        "Satchel", "two classes Ledger, Satchel", len("two classes Ledger, "), "The class that keeps files."
    )


def test_an_acronym_inherited_from_is_the_class():
    assert not linked("TideSolver inherits from TCK and adds a cache.", "TCK")
    assert not linked("Write a subclass of TCK for each harbour.", "TCK")
    assert linked("The solver is derived from the TCK predictions.", "TCK")
    assert linked("TideSolver inherits from RIG and adds a cache.", "RIG")  # the entry is that class
    text = "Flows derived from Ledger"
    assert not inherited_from("Ledger", text, text.index("Ledger"), "A book.")  # no acronym


verbs_and_classes = pytest.mark.sphinx("html", testroot="verbs-and-classes", freshenv=True)


@verbs_and_classes
def test_a_build_links_neither_the_verb_nor_the_classes(app):
    links = links_by_section(app)
    assert links["second-verb"] == []
    assert links["made-to"] == []  # the object is inline code
    assert links["listed-classes"] == []
    assert links["base-class"] == []


@verbs_and_classes
def test_a_build_links_the_nouns_and_the_model(app):
    links = links_by_section(app)
    assert links["handlers"] == ["failbacks"]
    assert links["satchels"] == ["satchel"]
    assert links["model"] == ["TCK"]


def test_after_to_what_a_verb_makes_its_object_do_is_the_verb():
    assert not linked("Closing the port should cause the promise to failback, with a timeout.", "failback")
    assert not linked("A broken pipe may force it to failback at once.", "failback")
    # "to" before a noun: where something goes, or after "access".
    assert linked("If a resolver raises, the promise switches to failback.", "failback")
    assert linked("The settings allow access to failback logs.", "failback")
