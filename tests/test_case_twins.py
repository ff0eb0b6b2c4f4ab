"""GL001 where the glossary has two entries that differ in case only: a
program in small letters and its environment variable in capitals.  A
capital on the first letter alone, mid-sentence, is the small-letter
entry's slip; anything further from both leaves the choice to a person."""

from __future__ import annotations

from test_rules import gl, small_linter

TWINS = [("kiln", "kiln", ["aliases: ['kiln(1)']"]), ("kiln-var", "KILN", ["case: exact"])]


def lint(tmp_path, text):
    return gl(small_linter(tmp_path, TWINS).lint_text("a.md", text + "\n"))


def test_a_raised_first_letter_is_the_small_letter_entry(tmp_path):
    text = "The pottery team starts Kiln before the glaze batch each morning."
    assert lint(tmp_path, text) == [("Kiln", "kiln")]


def test_both_twins_as_written_pass(tmp_path):
    text = "Kiln starts first. The pottery team reads KILN, then starts kiln again."
    assert lint(tmp_path, text) == []


def test_a_form_near_neither_twin_stays_open(tmp_path):
    assert lint(tmp_path, "The pottery team starts KIln before the glaze batch.") == []
