"""GL001 and the spelling a handbook gives a term in its own glossary links:
``:term:`Kanban <KANBAN>``` makes "Kanban" the handbook's form of KANBAN."""

from __future__ import annotations

from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.rules.linked_forms import linked_forms

GLOSSARY = """terms:
  - id: kanban
    term: KANBAN
    case: exact
    definition: A board of work items.
  - id: sprint
    term: sprint
    variants: [Sprnt]
    definition: A fixed stretch of work.
"""


def test_a_form_the_handbook_links_to_the_entry_is_its_spelling_on_every_page(gl001_of_run):
    files = {
        "board.rst": "We plan with a :term:`Kanban <KANBAN>` board every week.\n",
        "team.rst": "The team runs a Kanban-Scrum mix, and our Kanban wall is long.\n",
        "notes.md": "Each {term}`Kanban <KANBAN>` card is small; a Kanban lane holds five.\n",
    }
    assert gl001_of_run(GLOSSARY, files) == []


def test_without_such_a_link_the_form_is_a_slip(gl001_of_run):
    files = {
        "board.rst": "We plan with a :term:`KANBAN` board every week.\n",
        "team.rst": "The team runs a Kanban-Scrum mix.\n",
    }
    assert gl001_of_run(GLOSSARY, files) == [("team.rst", "Kanban")]


def test_a_link_text_capitalised_only_for_a_sentence_start_says_nothing(gl001_of_run):
    files = {
        "plan.rst": ":term:`Sprint <sprint>` planning comes first.\n",
        "team.rst": "Then the whole Sprint ends on a Friday.\n",
    }
    assert gl001_of_run(GLOSSARY, files) == [("team.rst", "Sprint")]


def test_only_links_spelling_the_terms_own_letters_count():
    glossary = parse_glossary(GLOSSARY)
    text = (
        ":term:`Kanban<KANBAN>`, :term:`boards <KANBAN>`, :term:`Sprnt <sprint>`,\n"
        ":term:`Sprint <sprint>` and :term:`KANBAN`."
    )
    assert linked_forms(text, glossary) == {("kanban", "Kanban")}


def test_a_text_without_term_links_builds_no_index_of_names():
    glossary = parse_glossary(
        "version: 1\nterms:\n  - id: kiln\n    term: kiln\n    definition: A hot box for pots.\n"
    )
    assert linked_forms("The term kiln is used loosely here.", glossary) == set()
    assert "names" not in vars(glossary)
    assert linked_forms("Fire the :term:`KILN <kiln>` slowly.", glossary) == {("kiln", "KILN")}
    assert "names" in vars(glossary)


POOL_GLOSSARY = """terms:
  - id: worker-pool
    term: worker-pool
    definition: A set of machines that run jobs.
"""


def test_a_plural_link_text_gives_the_spacing_of_its_singular(gl001_of_run):
    files = {
        "intro.rst": (
            "Jobs run on :term:`worker\npools <worker-pool>` we keep warm.  A *worker pool*\n"
            "holds ten machines.\n"
        ),
        "scale.rst": "Grow each pool slowly; a :term:`worker-pool` may shrink at night.\n",
        "cost.rst": "A :term:`worker-pool` costs money, and so does an idle :term:`worker-pool`.\n",
    }
    assert gl001_of_run(POOL_GLOSSARY, files) == []


def test_a_plural_link_text_is_read_as_its_singular_on_its_page():
    glossary = parse_glossary(POOL_GLOSSARY)
    text = ":term:`worker pools <worker-pool>`, :term:`worker-pools <worker-pool>`, :term:`Worker-pools <worker-pool>`."
    assert linked_forms(text, glossary, plurals=True) == {("worker-pool", "worker pool")}
    assert linked_forms(text, glossary) == set()


def test_a_plural_link_text_gives_no_form_to_other_pages(gl001_of_run):
    files = {
        "intro.rst": "Jobs run on :term:`worker pools <worker-pool>` we keep warm.\n",
        "scale.rst": "Grow each worker pool slowly; a :term:`worker-pool` may shrink at night.\n",
        "cost.rst": "A :term:`worker-pool` costs money, and so does an idle :term:`worker-pool`.\n",
    }
    assert gl001_of_run(POOL_GLOSSARY, files) == [("scale.rst", "worker pool")]


def test_without_a_plural_link_the_spaced_form_is_a_slip(gl001_of_run):
    files = {
        "intro.rst": "Jobs run on :term:`worker-pools <worker-pool>` we keep warm.\n",
        "scale.rst": "Grow each worker pool slowly; a :term:`worker-pool` may shrink at night.\n",
    }
    assert gl001_of_run(POOL_GLOSSARY, files) == [("scale.rst", "worker pool")]
