"""Auto-links to an entry named by an identifier (``relay-node``): its words
spaced are the English phrase, unless the text says they name the entry."""

from __future__ import annotations

import pytest

from test_sphinx import links_by_section

identifier_entries = pytest.mark.sphinx("html", testroot="identifier-entries", freshenv=True)


@identifier_entries
def test_the_spaced_words_of_an_identifier_written_as_code_are_not_linked(app):
    """Three pages write ``relay-node`` as code: "a relay node" is a node, not the daemon."""
    assert links_by_section(app)["parcels"] == []


@identifier_entries
def test_the_spaced_identifier_before_a_program_word_or_hyphenated_is_linked(app):
    links = links_by_section(app)
    assert links["program"] == ["relay node"]
    assert links["hyphenated"] == ["relay-node"]


@identifier_entries
def test_the_spaced_identifier_is_linked_where_the_entry_is_a_kind_of_its_last_word(app):
    """The entry is "one of two kinds of groups": a berth group is one."""
    assert links_by_section(app)["kinds"] == ["berth group"]


@identifier_entries
def test_an_identifier_written_as_code_on_one_page_only_keeps_its_spaced_links(app):
    assert links_by_section(app)["gauges"] == ["tide gauge"]
