"""GL001 and an entry named after the class of a module its definition
cites: the prose's English noun for the thing ("a seed sorter", "Seed
sorters", "## Choosing Seed Sorters", "a seed-sorter name") is no slip of
the class name; the name mis-cased mid-sentence still is."""

from __future__ import annotations

import pytest

from glossary_lint.rules.class_nouns import module_stems


def glossary(definition: str) -> str:
    return f"""terms:
  - id: seedsorter
    term: SeedSorter
    case: exact
    definition: {definition}
"""


#: The entry's definition cites the module named after it.
CITED = glossary("Sorts the seeds of a batch by weight (garden/seed_sorter.py)")
#: A page that writes the name whole too: a split of it may then be a slip.
WHOLE = "The SeedSorter runs after the harvest.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Pick one of the seed sorters, then run it.\n",
        "Seed sorters are slow on wet seeds.\n",
        "## Choosing Seed Sorters\n\nEach has its own speed.\n",
        "## Seed sorters\n\nEach has its own speed.\n",
        "Give a seed-sorter name on the command line.\n",
        "| Step | What |\n| --- | --- |\n| Seed sorter | weighs each seed |\n",
    ],
)
def test_the_english_noun_of_a_cited_modules_class_is_no_slip(gl001_of_run, text):
    assert gl001_of_run(CITED, {"guide.md": WHOLE + text}) == []


def test_the_class_name_mis_cased_mid_sentence_stays_a_slip(gl001_of_run):
    text = "Then the Seed Sorter weighs them, and the Seedsorter stops.\n"
    assert gl001_of_run(CITED, {"guide.md": text}) == [("guide.md", "Seed Sorter"), ("guide.md", "Seedsorter")]


@pytest.mark.parametrize(
    "definition",
    [
        "Sorts the seeds of a batch by weight.",  # no file cited
        "Sorts the seeds of a batch by weight (garden/sorting.py)",  # a module of another name
        "Sorts the seeds; see seed_sorter.txt",  # no file of code
    ],
)
def test_without_a_module_named_after_it_the_split_noun_stays_a_slip(gl001_of_run, definition):
    text = WHOLE + "Pick one of the seed sorters, then run it.\n"
    assert gl001_of_run(glossary(definition), {"guide.md": text}) == [("guide.md", "seed sorter")]


def test_the_stems_of_cited_code_files_lose_their_underscores_and_case():
    definition = "Loads it (garden/seed_sorter.py); the Java port is in SeedSorter.java, docs in notes.md"
    assert module_stems(definition) == frozenset({"seedsorter"})
