"""Auto-links and six more kinds of mention that are not the entry: the
value a ``Usage:`` or ``name:`` label gives (a command's or a driver's name)
and a name's other name in brackets ("Kestrel (harvester)"),
an ``-ing`` word after "by" (the verb), words that spell an entry's
hyphenated name with a space while the text's own hyphen joins the first of
them to the word before ("the team-build queue"), a program named after
the project (``kestrel-harvester``), and a capitalised word mid-sentence
that the page writes as a class (``SweepLine``)."""

from __future__ import annotations

from glossary_lint.glossary.compound_heads import closes_other_compound
from glossary_lint.glossary.label_values import follows_naming_label
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.glossary.project_names import project_names
from link_checks import first_mention_links

GLOSSARY = """terms:
  - id: harvester
    term: harvester
    definition: A worker that gathers the log lines of every host into one store.
  - id: slicing
    term: slicing
    definition: Picking cells of a grid by the labels of its axes.
  - id: build-queue
    term: build-queue
    definition: One of the queues a scheduler keeps, holding the builds that wait for a runner.
"""


def linked(text: str, word: str) -> bool:
    """Whether the first mention of ``word`` in ``text`` becomes a link."""
    return first_mention_links(GLOSSARY, text, word)


def test_the_command_a_usage_line_describes_is_not_the_entry():
    assert not linked("Usage: harvester {start,stop,status} -- controls the worker.", "harvester")
    assert not linked("usage:\n  harvester [--once]", "harvester")
    # The same word in running text, or after another label, is the entry.
    assert linked("Each harvester reads the logs of one rack.", "harvester")
    assert linked("Role: harvester, with a spare on standby.", "harvester")


def test_the_value_of_a_name_field_is_a_name():
    assert not linked("Default collector name: harvester", "harvester")
    assert not linked("Name: harvester", "harvester")
    # "name" as a word of the sentence, not a label, leaves the link.
    assert linked("We name the harvester after its rack.", "harvester")
    assert follows_naming_label("Plugin name:  harvester", len("Plugin name:  "))
    assert not follows_naming_label("Names: harvester", len("Names: "))


def test_a_names_other_name_in_brackets_is_not_the_entry():
    assert not linked("Point your Kestrel (harvester) endpoint at the store.", "harvester")
    # After a common noun, or with no sentence before the name, the words in brackets are the entry.
    assert linked("Start the log worker (harvester) on each rack.", "harvester")
    assert linked("Kestrel (harvester) ships logs.", "harvester")


def test_an_ing_word_after_by_is_the_verb():
    assert not linked("Drop the spare columns by slicing with a list of names.", "slicing")
    assert not linked("It saves memory by slicing.", "slicing")
    # After other prepositions, and as a subject, it is the entry.
    assert linked("Names on the axes are used for slicing and for joins.", "slicing")
    assert linked("Label-based slicing keeps the axes' names.", "slicing")


def test_words_after_the_texts_own_hyphen_are_another_compound():
    assert not linked("In the team-build queue we keep a template.", "build queue")
    # Written as the entry writes it, or spaced with nothing joined before, it is the entry.
    assert linked("Each build queue holds the builds that wait.", "build queue")
    assert linked("A scheduler keeps one build-queue per runner pool.", "build-queue")
    text = "the team-build queue"
    assert closes_other_compound(text, text.index("build"), "build queue", "build-queue")
    assert not closes_other_compound(text, text.index("build"), "build", "build")
    spaced = "the build queue"
    assert not closes_other_compound(spaced, spaced.index("build"), "build queue", "build-queue")


PROJECT_GLOSSARY = """terms:
  - id: harvester
    term: Harvester
    definition: A host that gathers the log lines of other hosts.
  - id: kestrel-cloud
    term: Kestrel Cloud
    definition: The part of Kestrel that starts hosts at a cloud provider, for a Kestrel grid.
  - id: kestrel-mesh
    term: Kestrel Mesh
    definition: The network Kestrel's hosts talk over.
  - id: load-report
    term: Load Report
    definition: The page of figures a host sends each minute.
"""


def test_a_program_named_after_the_project_is_not_the_entry():
    assert project_names(parse_glossary(PROJECT_GLOSSARY)) == {"kestrel"}
    assert not first_mention_links(PROJECT_GLOSSARY, "Start a kestrel-harvester on each host.", "harvester")
    # The term alone, or after a word that names no project, is the entry.
    assert first_mention_links(PROJECT_GLOSSARY, "Each harvester reads one rack.", "harvester")
    assert first_mention_links(PROJECT_GLOSSARY, "A spare mini-harvester waits for logs.", "harvester")
    # One entry opening with a word ("Load Report") does not make it a project's name.
    assert first_mention_links(PROJECT_GLOSSARY, "The load-harvester ratio is shown.", "harvester")


CLASS_GLOSSARY = """terms:
  - id: sweepline
    term: sweepline
    definition: A way of finding crossings by moving a line across the plane.
"""


def test_a_capitalised_word_the_page_writes_as_a_class_is_the_class():
    classes = frozenset({"SweepLine", "Plane"})
    text = "Pass a tolerance to the Sweepline before it runs."
    assert not first_mention_links(CLASS_GLOSSARY, text, "Sweepline", classes)
    # Without the class on the page, in small letters, or opening a sentence, it is the entry.
    assert first_mention_links(CLASS_GLOSSARY, text, "Sweepline")
    assert first_mention_links(CLASS_GLOSSARY, "The sweepline finds every crossing.", "sweepline", classes)
    assert first_mention_links(CLASS_GLOSSARY, "Sweepline runs in n log n time.", "Sweepline", classes)
