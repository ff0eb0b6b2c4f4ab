"""GL001: in a file's description, the capitalised word a page's class names share names their class."""

from __future__ import annotations

GLOSSARY = """terms:
  - id: kiln
    term: kiln
    definition: An oven that fires pottery.
"""

_LAYOUT = """\
Layout
======

The :class:`BaseKiln <pots.kiln.base>` class holds the defaults, and
:class:`KilnInterface <pots.kiln.iface>` lists what each one must give.

* **__init__.py** - defines the Kiln
* **glaze.py** - helpers the Kiln calls
"""


def test_the_word_two_class_names_share_is_the_class(gl001_of_run):
    assert gl001_of_run(GLOSSARY, {"layout.rst": _LAYOUT}) == []


def test_one_class_name_alone_gives_no_capital(gl001_of_run):
    text = "Layout\n======\n\nSee :class:`KilnInterface <pots.kiln.iface>` first.\n\nEach Kiln is hot.\n"
    assert gl001_of_run(GLOSSARY, {"layout.rst": text}) == [("layout.rst", "Kiln")]


def test_a_page_without_such_names_keeps_the_slip(gl001_of_run):
    text = "Layout\n======\n\nThe defaults live in one file, and the Kiln fires at night.\n"
    assert gl001_of_run(GLOSSARY, {"layout.rst": text}) == [("layout.rst", "Kiln")]


def test_running_prose_on_such_a_page_keeps_the_slip(gl001_of_run):
    text = _LAYOUT.split("* ")[0] + "After that the Kiln fires at night.\n"
    assert gl001_of_run(GLOSSARY, {"layout.rst": text}) == [("layout.rst", "Kiln")]
