"""Auto-links: a part named with a program the glossary never names
belongs to that program (:mod:`glossary_lint.glossary.owning_programs`)."""

from __future__ import annotations

from glossary_lint.glossary.owning_programs import owned_by_unknown_program
from link_checks import first_mention_links

GLOSSARY = """terms:
  - id: plugin
    term: plugin
    autolink: true
    definition: A glaze recipe packaged for the Kiln scheduler and loaded by kilnd.
"""


def test_a_part_of_another_named_program_is_not_linked():
    text = "The potters ship a plugin for the quarrytool command, so clay orders show up there."
    assert not first_mention_links(GLOSSARY, text, "plugin")
    text = "Load the plugin shipped with the stonecutter-cli package before you start."
    assert not first_mention_links(GLOSSARY, text, "plugin")


def test_a_part_of_the_glossary_s_own_program_stays_linked():
    assert first_mention_links(GLOSSARY, "Each plugin for the kilnd program reads one recipe.", "plugin")
    assert first_mention_links(GLOSSARY, "Write a plugin for the kiln tool first.", "plugin")


def test_an_english_word_or_no_program_noun_names_no_other_program():
    assert first_mention_links(GLOSSARY, "Keep one plugin for the same tool in each batch.", "plugin")
    assert first_mention_links(GLOSSARY, "Write a plugin for the quarrytool when glazes change.", "plugin")


def test_no_glossary_words_no_verdict():
    text = "a plugin for the quarrytool command"
    assert not owned_by_unknown_program(text, len("a plugin"), frozenset())
    assert owned_by_unknown_program(text, len("a plugin"), frozenset({"kiln"}))


def test_a_program_named_as_code_is_read_from_the_code_after():
    text = "Load the plugin shipped with the \ufffc package first."
    at = text.index("plugin") + len("plugin")
    words = frozenset({"kiln", "kilnd"})
    assert owned_by_unknown_program(text, at, words, "python-quarryclient")
    assert not owned_by_unknown_program(text, at, words, "kilnd")
    assert not owned_by_unknown_program(text, at, words)  # the code's text unknown: no verdict
