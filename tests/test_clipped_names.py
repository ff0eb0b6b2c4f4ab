"""A camel-case name's short form in capitals, its words' initials with a
short word kept whole (``KCPY`` of ``KilnCraftPy``), is the name clipped:
a name in every chapter of the run (undefined-name's), not an acronym for
GL002 to report."""

from __future__ import annotations

from glossary_lint.rules.clipped_names import clipped_forms
from test_acronym_names import _found

INTRO = "# Intro\n\nKilnCraftPy schedules each firing of the kiln.\n"


def test_the_short_forms_of_a_camel_case_name():
    assert set(clipped_forms("Use KilnCraftPy daily.")) == {"KCPY"}
    assert set(clipped_forms("GlazeIoKit reads charts.")) == {"GIOK", "GIKIT", "GIOKIT"}


def test_initials_alone_dotted_names_and_single_words_give_none():
    assert not set(clipped_forms("See KilnCraftPlanner, kiln.KilnCraftPy and Kiln."))


def test_a_clipped_name_is_a_name_in_every_chapter(cli, tmp_path):
    use = "# Guide\n\nA short guide to using KCPY. Read the QZT first.\n"
    found = _found(cli, tmp_path, {"intro.md": INTRO, "guide.md": use})
    guide = [f for f in found if f[0] == "guide.md"]
    assert guide == [("guide.md", "GL002", "QZT"), ("guide.md", "GL005", "KCPY")]


def test_initials_alone_stay_an_acronym_in_another_chapter(cli, tmp_path):
    use = "# Guide\n\nA short guide to using KCP.\n"
    found = _found(cli, tmp_path, {"intro.md": INTRO, "guide.md": use})
    assert [f for f in found if f[0] == "guide.md"] == [("guide.md", "GL002", "KCP")]
