"""Auto-links of a one-word entry whose definition opens "The <name>": the one
thing of that name in the system.  Counted as one of a kind ("an enclave school",
"their own enclaves") the word is the everyday one and is not linked."""

from __future__ import annotations

from glossary_lint.glossary.definite_entries import counted_as_a_kind, names_one_thing
from glossary_lint.glossary.loader import parse_glossary
from link_checks import first_mention_links

GLOSSARY = """terms:
  - id: enclave
    term: enclave
    definition: The enclave is the sealed memory region where the agent keeps every key it issues.
  - id: ledger
    term: ledger
    definition: A ledger is an append-only list of the transfers one account has made.
  - id: signing-queue
    term: signing queue
    definition: The signing queue holds the requests that wait for a key.
"""


def linked(text: str, word: str) -> bool:
    """Whether the first mention of ``word`` in ``text`` becomes a link."""
    return first_mention_links(GLOSSARY, text, word)


def _term(term_id: str):
    return next(t for t in parse_glossary(GLOSSARY).terms if t.id == term_id)


def test_a_definition_opening_with_the_and_the_name_names_one_thing():
    assert names_one_thing(_term("enclave"))
    assert not names_one_thing(_term("ledger"))  # "A ledger is": a kind
    assert not names_one_thing(_term("signing-queue"))  # a name of several words


def test_the_indefinite_article_and_a_noun_after_make_the_word_a_sort_of_that_noun():
    assert not linked("The town has an enclave school run by the old families.", "enclave")
    assert not linked("She grew up in an enclave community near the border.", "enclave")


def test_others_plural_possessive_makes_many_such_things():
    assert not linked("The towns kept their own enclaves along the river.", "enclaves")
    assert not linked("The empire and its enclaves traded salt.", "enclaves")


def test_the_one_thing_keeps_its_link():
    assert linked("The agent writes each new key to the enclave before it answers.", "enclave")
    assert linked("Rotate keys on the enclave settings page.", "enclave")
    assert linked("Requests wait until an enclave is unsealed.", "enclave")  # no noun after it
    assert linked("Back up your enclaves before an upgrade.", "enclaves")  # the reader's own


def test_an_entry_that_names_a_kind_keeps_its_link_as_a_modifier():
    assert linked("Open a ledger entry for each refund.", "ledger")
    assert linked("The clerks compare their own ledgers each night.", "ledgers")


def test_a_name_of_several_words_is_the_entry_wherever_it_stands():
    assert linked("Start a signing queue worker on each host.", "signing queue")
    text = "start a signing queue worker"
    assert not counted_as_a_kind(_term("signing-queue"), text, 8, 21)
