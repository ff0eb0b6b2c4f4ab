"""GL001 and a capitalised name in lower case or a spelling that is English:
the verb, a class's ordinary noun, the code's name the entry's definition
types, the other ending of an abstract noun; and
the slips that stay slips beside them (a name cut in two beside an acronym,
a name of English words with some of its capitals, a lower-case name the
code writes only as often as the prose writes the name)."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary_lint.config import Config
from glossary_lint.engine import Linter
from glossary_lint.glossary.loader import parse_glossary

GLOSSARY = """terms:
  - id: scaffold
    term: Scaffold
    case: exact
    definition: The framework of page layouts the site is built on.
  - id: reconciler
    term: Reconciler
    case: exact
    definition: The main entry point of an app; see :class:`shop.Reconciler`.
  - id: tallier
    term: Tallier
    case: exact
    definition: The service that counts the votes.
  - id: sftp
    term: SFTP
    case: exact
    definition: File copies over a secure channel, chosen with ``--via sftp``.
  - id: rsync
    term: RSYNC
    case: exact
    definition: File copies by block checksums.
  - id: flumpency
    term: Flumpency
    definition: How often a batch is sent again after a failure.
  - id: storage-box
    term: Storage Box
    case: exact
    definition: The shelf unit a crate is kept in.
  - id: zorbodb
    term: ZorboDB
    case: exact
    definition: The database the shop keeps its orders in.
"""


def gl001(text: str, tmp_path: Path) -> list[str]:
    linter = Linter(parse_glossary(GLOSSARY), Config(root=tmp_path))
    return [f.found or "" for f in linter.lint_text("shop.md", text) if f.code == "GL001"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Run the tool to scaffold a new shop.",  # the verb, its object after it
        "We scaffold the pages first.",
        "Subclass it, then override a method in your app reconciler.",  # the class's noun
        "The default port is 22 for sftp, as the client types it.",  # the definition's ``sftp``
        "Files copied by sftp keep their dates.",
        "The flumpence of a batch is set per shop.",  # the other ending of the noun
        "Put each crate in a storage box.",  # English, all in lower case
        "Keys of the user ID are kept.",
    ],
)
def test_lower_case_and_english_forms_that_are_no_slip(tmp_path, sentence):
    assert gl001(sentence, tmp_path) == []


@pytest.mark.parametrize(
    "sentence,found",
    [
        ("The new scaffold layouts load fast.", "scaffold"),  # a noun: the framework's name lowered
        ("Migrate to scaffold now.", "scaffold"),  # after 'to' but no object: the name
        ("The tallier counts the votes.", "tallier"),  # no class in its definition
        ("Files copied by rsync keep their dates.", "rsync"),  # no code in its definition
        ("The flumpensy of a batch is set per shop.", "flumpensy"),  # a typo, not the other ending
        ("Put each crate in the new Storage boxes.", "Storage box"),  # neither the name nor English
        ("The orders live in Zorbo DB for now.", "Zorbo DB"),  # no word beside the acronym
    ],
)
def test_the_slips_beside_them_stay_slips(tmp_path, sentence, found):
    assert gl001(sentence, tmp_path) == [found]


NAME = """terms:
  - id: kelpie
    term: Kelpie
    case: exact
    definition: The queue of jobs the workers take from.
"""


def test_the_glossary_spelling_counts_no_use_of_the_lower_case_habit(gl001_of_run):
    # The code writes ``kelpie`` in two files; the prose writes the name twice
    # as the glossary does and twice in lower case: two lower-case uses are
    # no habit of the handbook, whatever the capitalised ones add.
    files = {
        "a.md": "Jobs go to Kelpie first. Later the kelpie jobs run.\n\n```\nkelpie --start\n```\n",
        "b.md": "Ask Kelpie for the queue. Each kelpie task waits.\n\n```\nkelpie --stop\n```\n",
    }
    assert sorted(gl001_of_run(NAME, files)) == [("a.md", "kelpie"), ("b.md", "kelpie")]


def test_a_lower_case_name_the_prose_writes_as_a_habit_is_the_code_name(gl001_of_run):
    files = {
        "a.md": "The kelpie jobs run. Later the kelpie jobs end.\n\n```\nkelpie --start\n```\n",
        "b.md": "Each kelpie task waits.\n\n```\nkelpie --stop\n```\n",
    }
    assert gl001_of_run(NAME, files) == []
