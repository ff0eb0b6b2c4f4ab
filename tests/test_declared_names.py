"""GL001 and an identifier entry that the handbook's markup declares: a
directive whose whole argument is the identifier (``.. option::
berth-groups``) documents it as a name of the handbook's own code, so the
prose's habit of writing its words spaced ("berth group", the English
phrase) is no slip of it, however few pages write the identifier as code."""

from __future__ import annotations

import pytest

from glossary_lint.rules.code_spellings import declared_names

GLOSSARY = """terms:
  - id: berth-group
    term: berth-group
    definition: One of two kinds of groups an operator lists in the harbour file.
"""


@pytest.fixture
def gl001(gl001_of_run):
    return lambda files: sorted(gl001_of_run(GLOSSARY, files))


#: The harbour file's key documented on one page; the prose of three pages
#: speaks of "berth groups" as English does, and of the key by its name too.
HARBOUR = {
    "keys.rst": (
        "Harbour file\n~~~~~~~~~~~~\n\n.. option:: berth-groups\n\n"
        "   The berth groups the harbour opens at dawn.\n"
    ),
    "dawn.rst": "Dawn\n~~~~\n\nA berth group opens first. The berth-group list is short; a berth-group sleeps.\n",
    "dusk.rst": (
        "Dusk\n~~~~\n\nEach berth group closes at dusk, and the berth-group key says when. No berth-group stays.\n"
    ),
}


def test_a_declared_identifier_makes_its_spaced_words_an_english_phrase(gl001):
    assert gl001(HARBOUR) == []


def test_without_the_directive_the_spaced_identifier_stays_a_slip(gl001):
    files = dict(HARBOUR, **{"keys.rst": HARBOUR["keys.rst"].replace(".. option:: berth-groups", "")})
    assert len(gl001(files)) == 3


def test_a_directive_whose_argument_is_a_title_declares_nothing(gl001):
    titled = HARBOUR["keys.rst"].replace(".. option:: berth-groups", ".. admonition:: About berth-groups")
    assert len(gl001(dict(HARBOUR, **{"keys.rst": titled}))) == 3


def test_a_stray_spaced_identifier_stays_a_slip_where_it_is_declared(gl001):
    files = {
        "keys.rst": ".. option:: berth-groups\n\n   The berth-groups the harbour opens.\n",
        "dawn.rst": "A berth group opens first. The berth-group list is short.\n",
        "dusk.rst": "Each berth-group closes at dusk.\n",
    }
    assert gl001(files) == [("dawn.rst", "berth group")]


def test_the_names_reST_and_MyST_directives_take_whole():
    rest = ".. option:: berth-groups\n   .. confval:: tide.level\n.. note:: Mind the tide.\n"
    assert declared_names(rest, True) == ["berth-groups", "tide.level"]
    myst = "```{option} --dock-size\n```\n:::{note} Mind the tide\n:::\n"
    assert declared_names(myst, False) == ["--dock-size"]
    assert declared_names(myst, True) == []
