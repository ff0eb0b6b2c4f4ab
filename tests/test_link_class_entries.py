"""Auto-links of an entry that is a class of the program, named by letters
that mean something else in small letters: only the class's name as written,
mid-sentence, links (:mod:`glossary_lint.glossary.class_entries`)."""

from __future__ import annotations

import pytest
import yaml

from glossary_lint.glossary.class_entries import class_headword, class_only_reason, is_program_part
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.workflows.importers import import_markdown, to_yaml
from link_checks import first_mention_links
from test_sphinx import links_by_section

GLOSSARY = """terms:
  - id: trellis
    term: Trellis
    definition: Base class for holding the vines of one plot and their supports (vinekit/core/trellis.py)
  - id: sapling
    term: Sapling
    definition: The class that records one young tree from the day it is planted.
  - id: budscan3
    term: Budscan3
    definition: Counts buds on each cane with the budscan3 detector network (vinekit/counters/feats_budscan3.py)
  - id: vinecam2
    term: Vinecam2
    definition: Takes a photo of each row at dawn (vinekit/cams/feats_vinecam2.py)
  - id: cultivar
    term: Cultivar
    definition: A class of plants bred for one trait and kept true by cuttings.
  - id: rootstock
    term: Rootstock
    definition: A function or class that grafts one vine onto the roots of another.
  - id: beehive
    term: Beehive
    definition: A box where the bees of one field are kept over winter.
  - id: compost
    term: Compost
    autolink: true
    definition: Base class for the heaps of cuttings that feed a plot (vinekit/soil/compost.py)
"""


def linked(text: str, word: str) -> bool:
    return first_mention_links(GLOSSARY, text, word)


def test_the_ordinary_noun_is_not_the_class():
    assert not linked("Each farm keeps a trellis for its oldest vines.", "trellis")
    assert not linked("Old trellises lean in the wind.", "trellises")
    assert not linked("We planted a sapling by the gate.", "sapling")


def test_the_class_s_name_mid_sentence_links():
    assert linked("Load the plot with the Trellis class first.", "Trellis")
    assert linked("Every plot, Sapling records and all, is saved nightly.", "Sapling")


def test_a_capital_that_may_be_the_sentence_s_says_nothing():
    assert not linked("Trellis holds the vines of a plot.", "Trellis")
    assert not linked("The loaders: Trellis and its kin.", "Trellis")
    assert not linked("The vines grow. Sapling rows come next.", "Sapling")


def test_what_the_definition_names_in_small_letters_is_another_thing():
    # The definition cites the class's source file and calls the network it
    # wraps "the budscan3 detector network": in prose that is the network.
    assert not linked("Fine-tune the budscan3 network on your own canes.", "budscan3")
    assert linked("Counts come from the Budscan3 extractor this time.", "Budscan3")


def test_a_name_no_english_word_and_no_other_thing_in_the_definition_links_as_ever():
    assert linked("Take the row photos with vinecam2 at dawn.", "vinecam2")


def test_a_class_as_a_kind_and_a_concept_keep_their_links():
    assert linked("Each cultivar is kept true by cuttings.", "cultivar")
    assert linked("Graft the vine with a rootstock of another kind.", "rootstock")
    assert linked("Move the beehive before the frost.", "beehive")


def test_autolink_true_links_every_case():
    assert linked("Turn the compost once a week.", "compost")


@pytest.mark.parametrize(
    ("entry", "headword"),
    [("trellis", "Trellis"), ("sapling", "Sapling"), ("budscan3", "Budscan3"), ("vinecam2", None), ("cultivar", None),
     ("rootstock", None), ("beehive", None), ("compost", None)],
)
def test_which_entries_link_only_as_the_class(entry: str, headword: str | None):
    term = next(t for t in parse_glossary(GLOSSARY) if t.id == entry)
    assert class_headword(term) == headword
    assert (class_only_reason(term) is None) == (headword is None)


def test_a_part_of_the_program_is_called_a_class_or_cites_its_source_file():
    glossary = parse_glossary(GLOSSARY)
    parts = [t.id for t in glossary if is_program_part(t)]
    assert parts == ["trellis", "sapling", "budscan3", "vinecam2", "compost"]


def test_import_says_an_entry_links_only_as_the_class():
    imported = import_markdown(
        "# Glossary\n\n"
        "1. **Trellis**: Base class for holding the vines of one plot (vinekit/core/trellis.py)\n\n"
        "2. **Beehive**: A box where the bees of one field are kept over winter.\n"
    )
    text = to_yaml(imported)
    assert (
        "# review: linked automatically only as 'Trellis' mid-sentence: it names a part of the program, "
        "and 'trellis' is an English word; set 'autolink: true' to link it in any case"
    ) in text
    assert text.count("# review: linked automatically only as") == 1
    assert all("autolink" not in t for t in yaml.safe_load(text)["terms"])


def test_glossary_check_lists_the_entries_linked_only_as_the_class(cli, tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text(GLOSSARY)
    proc = cli("glossary", "check", str(path))
    assert (
        "linked automatically only as the program's name, mid-sentence (3; classes named by letters "
        "that in small letters are another thing): Trellis, Sapling, Budscan3"
    ) in proc.stderr


@pytest.mark.sphinx("html", testroot="class-entries", freshenv=True)
def test_a_build_links_a_class_entry_only_at_the_class_s_name(app):
    """The ordinary noun and a capital that may be the sentence's stay text;
    the section's link goes to the class's name mid-sentence."""
    links = links_by_section(app)
    assert links["plots"] == []
    assert links["loading"] == ["Trellis"]
    assert links["sentence-start"] == []
    assert links["networks"] == ["Budscan3"]
