"""Acronyms one chapter of a run spells out as names (issue 12): GL002 leaves
them to undefined-name in every chapter; other long forms define an acronym
for their own chapter only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_acronym_habit import WORD_TERMS, _glossary_yaml

GLOSSARY = _glossary_yaml(WORD_TERMS[:4], {"QKF": "Quick Kiln Firing"})


def _found(cli, tmp_path: Path, chapters: dict[str, str], *paths: str, select: str = "GL002,GL005"):
    (tmp_path / "glossary.yaml").write_text(GLOSSARY, encoding="utf-8")
    for name, text in chapters.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    proc = cli(
        "check",
        *(paths or chapters),
        "--format",
        "json",
        "--glossary",
        "glossary.yaml",
        "--select",
        select,
        cwd=tmp_path,
    )
    return sorted((f["path"], f["code"], f["found"]) for f in json.loads(proc.stdout)["findings"])


INTRO = "# Intro\n\nThe Glaze Pacing Toolkit (GPK) schedules each firing.\n"
USE = "# Firing\n\nIn GPK, a firing has three stages. The GPK developers test each one.\n"


def test_an_acronym_spelled_out_as_a_name_in_one_chapter_is_a_name_in_the_others(cli, tmp_path):
    found = _found(cli, tmp_path, {"intro.md": INTRO, "firing.md": USE})
    assert found == [("firing.md", "GL005", "GPK")]


def test_a_chapter_checked_alone_sees_only_its_own_long_forms(cli, tmp_path):
    found = _found(cli, tmp_path, {"intro.md": INTRO, "firing.md": USE}, "firing.md")
    assert found == [("firing.md", "GL002", "GPK")]


@pytest.mark.parametrize(
    "intro",
    [
        "# Intro\n\nThe Glaze Pacing Kernel (GPK) smooths each firing.\n",  # a method, no name
        "# Intro\n\nThe glaze pacing kit (GPK) schedules each firing.\n",  # no Title Case
    ],
)
def test_other_long_forms_define_the_acronym_for_their_own_chapter_only(cli, tmp_path, intro):
    use = "# Firing\n\nRun GPK on each firing.\n"
    found = _found(cli, tmp_path, {"intro.md": intro, "firing.md": use})
    assert found == [("firing.md", "GL002", "GPK")]


def test_name_long_forms():
    from glossary_lint.rules.acronym_names import RunNames, is_name_long_form

    assert is_name_long_form("Glaze Pacing Toolkit") and is_name_long_form("Atlas of Kiln Ontologies")
    assert not is_name_long_form("Glaze Pacing Transform") and not is_name_long_form("glaze ontology")
    names = RunNames()
    names.add("Intro.\n\nGPK stands for Glaze Pacing Kit, and QKO (Quiet Kiln Ontology) lists cones.\n")
    assert names.result() == {"GPK", "QKO"}


def test_a_compact_identifiers_prefix_in_one_chapter_is_a_name_in_the_others(cli, tmp_path):
    codes = "# Codes\n\nThe celadon glaze is KZG:0042 and tenmoku is KZG:0043.\n"
    use = "# Firing\n\nEach glaze of KZG has a cone. Set the QZT before firing.\n"
    found = _found(cli, tmp_path, {"codes.md": codes, "firing.md": use})
    assert found == [("firing.md", "GL002", "QZT"), ("firing.md", "GL005", "KZG")]


# A name is what a product or a file format is called: a chapter that writes
# the word as the modifier of such a noun, or with a release after it, tells
# the reader it is a thing's name, in every chapter of the run.
QUARRY_USE = "# Firing\n\nQRAX reads the cone chart before each firing.\n"


@pytest.mark.parametrize(
    ("setup", "code"),
    [
        ("# Setup\n\nInstall the QRAX library before the first firing.\n", "GL005"),
        ("# Setup\n\nRun the QRAX command once the kiln is cold.\n", "GL005"),
        ("# Setup\n\nThe cone charts are kept as QRAX files on the shared drive.\n", "GL005"),
        ("# Setup\n\nPotters describe glazes with the **QRAX** vocabulary.\n", "GL005"),
        ("# Setup\n\nOlder kilns need version 2 of QRAX to read a chart.\n", "GL005"),
        ("# Setup\n\nThe studio pins QRAX v4.1 on every kiln computer.\n", "GL005"),
        ("# Setup\n\nThe studio pins QRAX 4.1.2 on every kiln computer.\n", "GL005"),
        # A kind of tool, not one tool: an acronym of the field, still to spell out.
        ("# Setup\n\nPick a QRAX library that reads scanned charts.\n", "GL002"),
        ("# Setup\n\nSeveral QRAX libraries read scanned charts.\n", "GL002"),
        # What one file holds, and a format's description: no thing's name.
        ("# Setup\n\nThe kiln writes its QRAX file each night.\n", "GL002"),
        ("# Setup\n\nExport each chart in the QRAX format.\n", "GL002"),
        # A measure with a value, not a release.
        ("# Setup\n\nKeep the QRAX 4.5 points under the limit.\n", "GL002"),
    ],
)
def test_a_word_a_chapter_names_as_a_product_or_format_is_a_name_in_every_chapter(cli, tmp_path, setup, code):
    found = _found(cli, tmp_path, {"setup.md": setup, "firing.md": QUARRY_USE})
    assert ("firing.md", code, "QRAX") in found
    assert not [f for f in found if f[1] != code]


@pytest.mark.parametrize(
    ("setup", "code"),
    [
        ("# Setup\n\nCharts follow open standards such as QRAX and the cone tables.\n", "GL005"),
        ("# Setup\n\nThe kiln reads file formats such as QZW and QRAX.\n", "GL005"),
        ("# Setup\n\nEach build makes an artifact, e.g. a QRAX or a log.\n", "GL005"),
        # A program named as one of its kind, after it or before it.
        ("# Setup\n\nOpen the charts in QRAX or similar software.\n", "GL005"),
        ("# Setup\n\nThird-party programs such as QRAX open the charts.\n", "GL005"),
        # Blocks are no kind of program or source: the acronym stays one.
        ("# Setup\n\nOn reset, QRAX and other timing blocks stop.\n", "GL002"),
        # The examples of a kind of model are as often the field's acronyms.
        ("# Setup\n\nCompare generative models such as QRAX and QZGN.\n", "GL002"),
    ],
)
def test_an_example_of_a_standard_or_format_in_one_chapter_is_a_name_in_every_chapter(
    cli, tmp_path, setup, code
):
    found = _found(cli, tmp_path, {"setup.md": setup, "firing.md": QUARRY_USE})
    assert ("firing.md", code, "QRAX") in found


def test_an_acronym_with_a_release_glued_on_is_a_name():
    from glossary_lint.rules.acronyms import NAME, word_kind

    assert word_kind("QRAXv2") == NAME and word_kind("QRAXv10") == NAME


# A list, one item a line, of a few words each, where another item is a name
# by its shape: every item is a thing's name, as in a list written in a sentence.
def test_an_acronym_in_a_list_of_names_one_a_line_is_a_name(cli, tmp_path):
    page = "# Glazes\n\nMix a glaze with any of these:\n\n- GlazeKit recipes\n- QRAXs\n- CONE charts\n"
    found = _found(cli, tmp_path, {"glazes.md": page})
    assert ("glazes.md", "GL005", "QRAX") in found and not [f for f in found if f[1] == "GL002"]


@pytest.mark.parametrize(
    "items",
    [
        "- QRAX\n- QZMB\n- QZT\n",  # acronyms alone name nothing
        "- GlazeKit recipes\n- QRAX readings for each cone and shelf\n- CONE charts\n",  # an item says something
        "- GlazeKit recipes\n- QRAX\n",  # two items
    ],
)
def test_other_lists_one_a_line_leave_the_acronym_to_gl002(cli, tmp_path, items):
    page = "# Glazes\n\nMix a glaze with any of these:\n\n" + items
    assert ("glazes.md", "GL002", "QRAX") in _found(cli, tmp_path, {"glazes.md": page})


# A link whose text is the word alone, to a site or a repository named after
# it, points at the thing's home: a project's name, in every chapter.
@pytest.mark.parametrize(
    ("links", "code"),
    [
        ("# Links\n\nCharts come from [QRAX](https://qrax.example.org/start).\n", "GL005"),
        ("# Links\n\nCharts come from [QRAX](https://www.kiln-qrax.example.net).\n", "GL005"),
        ("# Links\n\nCharts come from [QRAX](https://github.com/potters/qrax).\n", "GL005"),
        # A page about it on a site that is not its own: it explains the acronym there.
        ("# Links\n\nCharts come from [QRAX](https://en.wikipedia.org/wiki/QRAX).\n", "GL002"),
        ("# Links\n\nCharts come from [QRAX](https://kilns.example.org/qrax/).\n", "GL002"),
    ],
)
def test_a_link_to_the_words_own_site_makes_it_a_name_in_every_chapter(cli, tmp_path, links, code):
    found = _found(cli, tmp_path, {"links.md": links, "firing.md": QUARRY_USE})
    assert ("firing.md", code, "QRAX") in found


@pytest.mark.parametrize(
    ("links", "code"),
    [
        ("Links\n=====\n\nSee the `QRAX convert command <https://qrax.example.org/convert>`_.\n", "GL005"),
        ("# Links\n\nSee the [QRAX chart tools](https://github.com/potters/qrax-tools).\n", "GL005"),
        # Another site, or the top-level domain alone: no home of the word.
        ("# Links\n\nSee the [QRAX chart page](https://kilns.example.org/qrax).\n", "GL002"),
        ("# Links\n\nSee the [QRAX chart page](https://kilns.qrax).\n", "GL002"),
    ],
)
def test_a_link_whose_text_holds_the_word_to_its_own_site_makes_it_a_name(cli, tmp_path, links, code):
    name = "links.rst" if links.startswith("Links") else "links.md"
    found = _found(cli, tmp_path, {name: links, "firing.md": QUARRY_USE})
    assert ("firing.md", code, "QRAX") in found


@pytest.mark.parametrize(
    ("setup", "code"),
    [
        ("# Setup\n\n    git clone https://github.com/QRAX/kiln-charts\n", "GL005"),
        ("# Setup\n\nThe sources are at https://gitlab.com/potters/QRAX.\n", "GL005"),
        # An owner in small letters is the site's handle, not the spelling of the word.
        ("# Setup\n\n    git clone https://github.com/qrax/kiln-charts\n", "GL002"),
    ],
)
def test_a_repository_owner_or_project_in_capitals_is_a_name(cli, tmp_path, setup, code):
    found = _found(cli, tmp_path, {"setup.md": setup, "firing.md": QUARRY_USE})
    assert ("firing.md", code, "QRAX") in found


@pytest.mark.parametrize(
    ("usage", "code"),
    [
        ("# Usage\n\n    shelf QRAX=2 cone=6\n", "GL005"),
        ("# Usage\n\n<dt>readshelf &lt;QRAX&gt; &lt;cone&gt;</dt>\n", "GL005"),
        # A value compared, or a word before an equals sign in prose, assigns nothing.
        ("# Usage\n\nKeep QRAX = 2 for a short firing.\n", "GL002"),
    ],
)
def test_a_field_another_chapter_assigns_is_no_acronym_in_this_one(cli, tmp_path, usage, code):
    found = _found(cli, tmp_path, {"usage.md": usage, "firing.md": QUARRY_USE})
    assert ("firing.md", code, "QRAX") in found


def test_a_rest_link_to_the_words_own_site_makes_it_a_name(cli, tmp_path):
    links = "Links\n=====\n\nCharts come from `QRAX <https://qrax.example.org/>`_.\n"
    found = _found(cli, tmp_path, {"links.rst": links, "firing.md": QUARRY_USE})
    assert ("firing.md", "GL005", "QRAX") in found


def test_the_nouns_are_found_where_a_pattern_of_them_all_finds_them():
    """The product and format nouns are found by searching for each alone;
    the places are those a pattern of all of them gives, on random texts."""
    import random
    import re

    from glossary_lint.rules.acronym_names import (
        FORMAT_NOUNS,
        LISTED_FORMAT_NOUNS,
        PRODUCT_NOUNS,
        noun_places,
    )

    nouns = PRODUCT_NOUNS + FORMAT_NOUNS + LISTED_FORMAT_NOUNS
    pattern = re.compile(rf"(?:{'|'.join(sorted(nouns, key=len, reverse=True))})(?![\w-])")
    pieces = [
        *nouns,
        "plug",
        "in",
        "-",
        " ",
        "s",
        "less",
        "data",
        "x",
        "_",
        "é",
        "\n",
        ".",
    ]
    rng = random.Random(28)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert noun_places(text) == [(m.start(), m.group(0)) for m in pattern.finditer(text)], text


# A project that writes its name with small letters first (``qzKF``) is that
# name wherever a chapter writes it with a capital, as a sentence opens.
def test_a_name_the_run_writes_with_small_letters_first_is_a_name_with_a_capital(cli, tmp_path):
    intro = "# Intro\n\nInstall qzKF from the index; qzKF reads the kiln log.\n"
    use = "# Firing\n\nQzKF keeps one log per kiln.\n"
    found = _found(cli, tmp_path, {"intro.md": intro, "firing.md": use})
    assert found == [("firing.md", "GL005", "QzKF")]


def test_one_small_letter_first_qualifies_an_acronym_and_names_nothing(cli, tmp_path):
    intro = "# Intro\n\nThe iQZT of the signal is taken before firing.\n"
    use = "# Firing\n\nIQZT runs once per kiln.\n"
    found = _found(cli, tmp_path, {"intro.md": intro, "firing.md": use})
    assert ("firing.md", "GL002", "IQZT") in found


def test_a_file_extension_in_capitals_before_files_names_a_format_in_every_chapter(cli, tmp_path):
    setup = "# Setup\n\nCopy the .QZF files into the loader folder.\n"
    use = "# Firing\n\nThe loader runs a QZF algorithm for each shelf.\n"
    found = _found(cli, tmp_path, {"setup.md": setup, "firing.md": use})
    assert found == [("firing.md", "GL005", "QZF")]
    # A name's own dot is no extension: ``kiln.QZF`` is one token.
    setup = "# Setup\n\nCopy the kiln.QZF files into the loader folder.\n"
    assert ("firing.md", "GL002", "QZF") in _found(cli, tmp_path, {"setup.md": setup, "firing.md": use})


# A format the database of file types names by acronym (data/mime-acronyms.txt)
# is that format's name wherever the handbook writes it, once a chapter writes
# it before ``file`` or ``format``; one with a version number (JP2, HDF5) is a
# name anywhere (test_acronym_kinds), so these are acronyms without a number.
@pytest.mark.parametrize(
    "setup",
    [
        "# Export\n\nThe scanner keeps each shelf photo in the DNG format.\n",
        "# Export\n\nThe logger appends to one HDF file a firing.\n",
    ],
)
def test_a_listed_format_written_before_file_or_format_is_a_name_in_every_chapter(cli, tmp_path, setup):
    word = "DNG" if "DNG" in setup else "HDF"
    use = f"# Firing\n\nOpen the {word} with the viewer after each firing.\n"
    found = _found(cli, tmp_path, {"export.md": setup, "firing.md": use})
    assert ("firing.md", "GL005", word) in found
    assert ("firing.md", "GL002", word) not in found


def test_a_listed_format_the_run_never_writes_as_a_format_is_still_an_acronym(cli, tmp_path):
    use = "# Firing\n\nOpen the DNG with the viewer after each firing.\n"
    assert ("firing.md", "GL002", "DNG") in _found(cli, tmp_path, {"firing.md": use})


def test_the_format_list_names_its_source_and_licence():
    from importlib import resources

    from glossary_lint.rules.word_lists import format_acronyms

    text = resources.files("glossary_lint").joinpath("data/mime-acronyms.txt").read_text(encoding="utf-8")
    header = " ".join(line for line in text.splitlines() if line.startswith("#"))
    assert "shared-mime-info" in header and "General Public License" in header
    assert "tools/mime_acronyms.py" in header
    assert {"HDF5", "JP2"} <= format_acronyms()


# A field of the data the code reads in capitals, or a key it quotes in a
# list of values, is named so in every chapter; a call's quoted argument
# (``kiln.read(shelf, 'QKR', 3)``) and a called method (``shelf.QKR()``) are not.
@pytest.mark.parametrize(
    "code",
    [
        "print(shelf.QZT, shelf.QKR())",
        "blocks = ['QZA',\n  'QZT', 'QZB']\nkiln.read(shelf, 'QKR', 3)",
    ],
)
def test_a_field_or_key_the_code_writes_in_capitals_is_no_acronym_in_any_chapter(cli, tmp_path, code):
    reading = f"# Reading\n\n```python\n{code}\n```\n"
    use = "# Firing\n\nKeep the QZT block. Set the QKR before firing.\n"
    found = _found(cli, tmp_path, {"reading.md": reading, "firing.md": use})
    assert ("firing.md", "GL002", "QKR") in found
    assert ("firing.md", "GL002", "QZT") not in found
