"""GL001 and capitals that name a kind of thing the page or the entry names."""

from __future__ import annotations

import pytest

GLOSSARY = """terms:
  - id: crate
    term: crate
    definition: A box of parts shipped together.
"""


def gl001(check, files: dict[str, str]) -> list[str | None]:
    return [found for _, found in check(GLOSSARY, files)]


def test_a_capital_before_object_or_instance_names_a_class_the_code_shows(gl001_of_run):
    text = "Pass a Crate object to the loader; each Crate instance holds its parts.\n"
    api = "The loader takes a ``Crate`` and returns its parts.\n"
    assert gl001(gl001_of_run, {"guide.rst": text, "api.rst": api}) == []


def test_a_capital_before_object_with_no_such_class_stays_a_slip(gl001_of_run):
    text = "Pass a Crate object to the loader.\n"
    assert gl001(gl001_of_run, {"guide.rst": text}) == ["Crate"]


def test_a_capital_before_another_noun_stays_a_slip(gl001_of_run):
    text = "Pass a Crate label to the loader.\n"
    api = "The loader takes a ``Crate`` and returns its parts.\n"
    assert gl001(gl001_of_run, {"guide.rst": text, "api.rst": api}) == ["Crate"]


CODE_PAGE = {"api.rst": "The loader takes a ``Crate`` and returns its parts.\n"}
SUBCLASS = "A FrozenCrate keeps its parts cold. It loads like a plain\nCrate, with one more lid.\n"


@pytest.mark.parametrize(
    "files,found",
    [
        # the paragraph names a subclass and compares it with its base, which the code writes
        ({"guide.rst": SUBCLASS, **CODE_PAGE}, []),
        # no class of that name in the code: the capital is a slip
        ({"guide.rst": SUBCLASS}, ["Crate"]),
        # a class in the code, but a paragraph that names no subclass
        ({"guide.rst": "We load a plain Crate first.\n\nA FrozenCrate keeps cold.\n", **CODE_PAGE}, ["Crate"]),
    ],
)
def test_a_capital_beside_a_subclass_in_camel_case_names_the_base_class(gl001_of_run, files, found):
    assert gl001(gl001_of_run, files) == found


def test_a_word_the_page_labels_in_a_definition_list_names_that_kind(gl001_of_run):
    text = (
        "Each item has a weight.\n\n"
        "Crate\n"
        "   The weight of the whole crate.\n\n"
        "Pallet\n"
        "   The weight of the pallet.\n\n"
        "Each item has an owner.\n\n"
        "Crate\n"
        "   The one who packed the crate.\n\n"
        "The owner field is only filled for Crates that left the yard.\n"
    )
    assert gl001(gl001_of_run, {"fields.rst": text}) == []


def test_one_label_is_not_enough(gl001_of_run):
    text = (
        "Crate\n"
        "   The weight of the whole crate.\n\n"
        "The owner field is only filled for Crates that left the yard.\n"
    )
    assert gl001(gl001_of_run, {"fields.rst": text}) == ["Crate"]


def _labels_by_search(word: str, source: str) -> int:
    """The count the per-mention search gave: one search of the page per label."""
    import re

    return len(re.findall(r"^([ \t]*)" + re.escape(word) + r"[ \t]*\n\1[ \t]+\S", source, re.MULTILINE))


def test_one_scan_counts_each_label_as_a_search_for_it_would():
    from glossary_lint.rules.named_kinds import _page_labels

    pages = [
        "Crate\n   The whole box.\nPallet\n   The board.\nCrate\n\tThe packer.\n",
        # A label right under the same label: the first one's line runs into it.
        "Crate\n  Crate\n    nested text\nCrate\n  more\n",
        "Crate\n  Crate\n  Crate\n    x\n",
        # Not labels: no further indent, a blank line under, a line break of CRLF,
        # trailing blanks are fine, a non-breaking space is no indent.
        "Crate\nflush text\nCrate\n   \nCrate\r\n   text\n  Crate  \t\n    text\n",
        "Crate\n \u00a0text\n\n  Crate\n  same indent\n",
        "Crate",
        "",
    ]
    for page in pages:
        counted = _page_labels(page)
        for word in ("Crate", "Pallet"):
            assert counted.get(word, 0) == _labels_by_search(word, page), (page, word)


KILN_GLOSSARY = """terms:
  - id: kilnfile
    term: KilnFile
    case: exact
    definition: The file that lists the pots a kiln fires and in what order.
"""
KILN_CODE = "\n\n.. code::\n\n    from kiln.api import Kilnfile\n    job = Kilnfile(path)\n"


@pytest.mark.parametrize(
    "text,found",
    [
        # the sentence names the code's class, as its code writes it
        ("The library provides two classes Kilnfile, Shelf to fire pots." + KILN_CODE, []),
        ("Subclass the class Kilnfile to add a glaze step." + KILN_CODE, []),
        # the same page's file, named without the class word: the glossary's spelling is wanted
        ("Fire the pots with a Kilnfile kept as a dictionary." + KILN_CODE, ["Kilnfile"]),
        # a class word, but no code of that name: nothing says the class is meant
        ("The library provides two classes Kilnfile, Shelf to fire pots.\n", ["Kilnfile"]),
    ],
)
def test_a_name_after_class_written_as_the_page_s_code_names_the_class(gl001_of_run, text, found):
    assert [f for _, f in gl001_of_run(KILN_GLOSSARY, {"api.rst": text})] == found
