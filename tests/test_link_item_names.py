"""Auto-links and three kinds of mention that are not the entry: a word in its
``-ing`` form with an object (the verb), the label of a command or a menu,
and a process named in Title Case before "service" (a product's name)."""

from __future__ import annotations

from glossary_lint.glossary.compound_heads import labels_item_after, names_offering
from link_checks import first_mention_links

GLOSSARY = """terms:
  - id: slicing
    term: slicing
    definition: Picking cells of a grid by the labels of its axes.
  - id: earring
    term: earring
    definition: A ring worn on the ear, sold by the pair.
  - id: flow
    term: Flow
    case: exact
    definition: An object that keeps a list of steps and runs them in turn.
  - id: load-sharing
    term: Load Sharing
    definition: Spreading incoming calls over several back-end hosts.
  - id: rollout
    term: rollout
    definition: A command that ships a build to every host.
"""


def linked(text: str, word: str) -> bool:
    """Whether the first mention of ``word`` in ``text`` becomes a link."""
    return first_mention_links(GLOSSARY, text, word)


def test_an_ing_word_with_an_object_is_the_verb():
    assert not linked("You may also fetch a row by slicing the table itself.", "slicing")
    assert not linked("We tried slicing it first, then gave up.", "slicing")
    # The noun, the subject or the thing a preposition takes, is the entry.
    assert linked("Label-based slicing keeps the axes' names.", "slicing")
    assert linked("Names on the axes are used for slicing and for joins.", "slicing")
    assert linked("Slicing is faster than a loop over cells.", "Slicing")


def test_a_noun_ending_in_ing_is_no_verb():
    assert linked("Each earring the shop sells is silver.", "earring")
    # After a determiner, an -ing word of a verb is a noun too.
    assert linked("Each slicing the notebook records is replayed.", "slicing")
    assert linked("Undo the slicing the loader made.", "slicing")


def test_the_label_of_a_command_or_a_menu_is_not_the_entry():
    assert not linked("Pipe the output of the slicing command into a file.", "slicing")
    assert not linked("Open the Flows menu and pick New.", "Flows")
    assert linked("Each Flow runs its steps in turn.", "Flow")
    assert linked("A Flow keeps its menu of steps.", "Flow")


def test_an_entry_defined_as_a_command_keeps_its_link():
    assert linked("Run the rollout command at noon.", "rollout")
    assert not labels_item_after("run the rollout command", len("run the rollout"), "A command that ships.")
    assert labels_item_after("run the rollout command", len("run the rollout"), "Shipping a build.")


def test_a_process_in_title_case_before_service_names_a_product():
    assert not linked("Before upgrading their Load Sharing service, read the notes.", "Load Sharing")
    assert not linked("Each Load Sharing provider ships its own guide.", "Load Sharing")
    # In small letters, at a sentence start or before another noun, it is the process.
    assert linked("Upgrading the load sharing service takes an hour.", "load sharing")
    assert linked("Load Sharing service upgrades are rare.", "Load Sharing")
    assert linked("It is the Load Sharing that fails first.", "Load Sharing")


def test_an_offering_needs_every_word_capitalised_and_a_sentence_around_it():
    process = "Spreading calls over hosts."
    assert names_offering("the Load Sharing service", 4, 16, process)
    assert not names_offering("the Load sharing service", 4, 16, process)
    assert not names_offering("Load Sharing service", 0, 12, process)
    assert not names_offering("the Load Sharing hosts", 4, 16, process)


def test_an_entry_defined_as_a_service_is_that_service():
    assert not names_offering("the Load Sharing service", 4, 16, "The service that spreads calls over hosts.")


def test_a_term_paired_by_a_slash_with_another_name_keeps_its_link():
    # GL001 reads "Flow/Batch" as two names side by side, so their capitals
    # have a reason; each word is still the thing its entry defines.
    assert linked("Each step joins a Flow/Batch pair before it runs.", "Flow")
    assert linked("The Batch/Flow pair runs each step once.", "Flow")
    assert not linked("The Flow Runner starts at nine.", "Flow")
