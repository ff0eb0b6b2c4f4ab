"""Auto-links and two kinds of mention that name a thing in code after the
entry: an entry's words that, with the word after them, spell a name the page
writes in code ("the ready signal hook" beside ``ReadySignalHook``), and an
acronym before "class" ("the LRU class")."""

from __future__ import annotations

from glossary_lint.glossary.code_compounds import joined_code_names, opens_code_name
from glossary_lint.glossary.compound_heads import names_class_after
from link_checks import first_mention_links

GLOSSARY = """terms:
  - id: ready-signal
    term: ready signal
    definition: A message a booting host sends once its services are up.
  - id: lru
    term: LRU
    case: exact
    definition: Least recently used, an order for dropping cached items.
  - id: dag
    term: DAG
    case: exact
    definition: A class that holds the steps of a pipeline and the edges between them.
"""

#: The page's code: a resource type and a setting written as joined names.
CODE = joined_code_names(["type: Fleet::Boot::ReadySignalHook", "cache = LruCache(size=8)"])


def linked(text: str, word: str, code: frozenset[str] = CODE) -> bool:
    """Whether the first mention of ``word`` in ``text`` becomes a link."""
    return first_mention_links(GLOSSARY, text, word, code_names=code)


def test_the_page_code_gives_names_with_inner_capitals_in_small_letters():
    assert {"readysignalhook", "lrucache"} <= CODE
    assert "fleet" not in CODE and "boot" not in CODE


def test_words_that_open_a_name_the_page_writes_in_code_are_not_the_entry():
    assert not linked("The token is bound to the ready signal hook resource alone.", "ready signal")
    assert opens_code_name("ready signal", "the ready signal\n   hook", len("the ready signal"), CODE)


def test_the_entry_keeps_its_link_where_the_page_writes_no_such_name():
    assert linked("The token is bound to the ready signal hook resource alone.", "ready signal", frozenset())
    assert linked("Each host posts a ready signal once it boots.", "ready signal")
    assert linked("Set the ready signal timeout to a minute.", "ready signal")


def test_an_acronym_before_class_is_the_class_in_code():
    assert not linked("The fast cache is a copy of the LRU class with a lock.", "LRU")
    assert not linked("Both LRU classes drop the oldest item.", "LRU")
    assert linked("The cache drops items in LRU order.", "LRU")


def test_an_acronym_whose_entry_is_a_class_keeps_its_link():
    assert linked("Subclass the DAG class to add a step.", "DAG")
    assert names_class_after("LRU", "the LRU class", len("the LRU"), "Least recently used.")
    assert not names_class_after("lru", "the lru class", len("the lru"), "Least recently used.")


def test_a_one_word_term_or_an_acronym_keeps_its_link_before_a_joined_name():
    names = joined_code_names(["level = ShardingSupport.FULL", "step = GpuProcessing()"])
    assert first_mention_links(
        "terms:\n  - id: sharding\n    term: sharding\n    definition: Splitting a table over hosts.\n",
        "Only full sharding support is offered here.",
        "sharding",
        code_names=names,
    )
    assert not opens_code_name("GPU", "the GPU processing step", len("the GPU"), names)
