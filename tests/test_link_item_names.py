"""Auto-links and kinds of mention that are not the entry: a word in its
``-ing`` form with an object, or a second verb after a modal (the verb), a
bare singular after "call" (a function's name), the label of a command or a
menu, and a process named in Title Case before "service" (a product's name)."""

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
  - id: rollback
    term: rollback
    definition: A handler kept on a ledger that undoes a failed posting.
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



def test_a_second_verb_after_a_modal_is_the_verb():
    assert not linked("The ledger may not post or rollback before noon.", "rollback")
    assert not linked("A clerk can settle and rollback in one pass.", "rollback")
    assert not linked("A late posting may well rollback at the close.", "rollback")
    # A noun joined to another noun keeps its sense.
    assert linked("Every posting and rollback is logged twice.", "rollback")


def test_a_bare_singular_after_call_is_a_function_name():
    assert not linked("The ledger will never call rollback itself.", "rollback")
    assert not linked("When a posting fails, we invoke rollback at once.", "rollback")
    # With an article, or in the plural, the noun is the handler itself.
    assert linked("The ledger will call the rollback it was given.", "rollback")
    assert linked("The ledger will call rollbacks in the order they were added.", "rollbacks")
    # "called" names a thing.
    assert linked("Such a handler is called rollback in this guide.", "rollback")


def test_calling_an_entry_that_is_a_function_is_the_entry():
    glossary = """terms:
  - id: postsum
    term: postsum
    definition: The method every ledger has that sums its open postings.
"""
    assert first_mention_links(glossary, "A report may call postsum on each ledger.", "postsum")
    assert not first_mention_links(GLOSSARY, "A report may call rollback on each ledger.", "rollback")
