"""Auto-links of an entry that is a command, headed by the command's words
spaced: the phrase in prose is English, and the command only where the text
names it (:mod:`glossary_lint.glossary.command_entries`)."""

from __future__ import annotations

import pytest
import yaml

from glossary_lint.glossary.command_entries import command_name, command_only_reason, names_command
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.workflows.importers import import_markdown, to_yaml
from link_checks import first_mention_links
from test_sphinx import links_by_section

GLOSSARY = """terms:
  - id: shear-run
    term: shear run
    definition: A command (``shear-run``) that clips each ewe in the order of the pen list.
  - id: dip-tank
    term: dip tank
    definition: The trough of wash each ewe walks through after shearing.
  - id: pen-list
    term: pen list
    definition: A file (``pen-list.txt``) naming the pens in the order they are worked.
  - id: fleece-weigh
    term: fleece weigh
    autolink: true
    definition: A command (``fleece-weigh``) that records each fleece's weight.
"""


def terms() -> dict[str, object]:
    return {t.id: t for t in parse_glossary(GLOSSARY)}


def test_a_command_named_in_code_by_the_headword_s_words_is_found():
    found = terms()
    assert command_name(found["shear-run"]) == "shear-run"
    assert command_name(found["dip-tank"]) is None  # no command
    assert command_name(found["pen-list"]) is None  # a file, not a command
    assert command_name(found["fleece-weigh"]) is None  # the entry says how it links


def test_the_spaced_phrase_in_prose_is_not_the_command():
    assert not first_mention_links(GLOSSARY, "The order of the pens sets the shear run for the day.", "shear run")


def test_the_phrase_names_the_command_where_the_text_says_so():
    assert first_mention_links(GLOSSARY, "Call the shear run command after lunch.", "shear run")
    assert names_command("shear run", "the shear run sorts", len("the shear run"), "shear-run", frozenset({"shear-run"}))
    assert names_command("shear-run", "the shear-run sorts", len("the shear-run"), "shear-run", frozenset())


def test_import_and_check_say_the_entry_links_only_as_the_command(cli, tmp_path):
    reason = command_only_reason(terms()["shear-run"])
    assert reason == "it names the command 'shear-run', and 'shear run' is an English phrase"
    imported = import_markdown(
        "# Glossary\n\n"
        "1. **shear run**: A command (`shear-run`) that clips each ewe in the order of the pen list.\n\n"
        "2. **dip tank**: The trough of wash each ewe walks through after shearing.\n"
    )
    text = to_yaml(imported)
    assert text.count("# review: linked automatically only where the text names the command") == 1
    assert all("autolink" not in t for t in yaml.safe_load(text)["terms"])
    path = tmp_path / "g.yaml"
    path.write_text(GLOSSARY)
    proc = cli("glossary", "check", str(path))
    assert "linked automatically only where the text names the command (1" in proc.stderr


@pytest.mark.sphinx("html", testroot="command-entries", freshenv=True)
def test_a_build_links_the_phrase_only_where_it_names_the_command(app):
    links = links_by_section(app)
    assert links["pens"] == []
    assert links["the-shear-run-command"] == ["shear run"]
    assert links["scripts"] == ["shear run"]
