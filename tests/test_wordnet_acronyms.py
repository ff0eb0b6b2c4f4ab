"""Acronyms taken from WordNet: which ones GL002 accepts without a definition,
how tools/wordnet_acronyms.py picks them from WordNet's synsets, and that the
shipped list carries WordNet's licence."""

from __future__ import annotations

import gzip
import re
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import debian_package  # noqa: E402
import wordnet_acronyms  # noqa: E402

from glossary_lint.rules.word_lists import is_common_acronym, reference_acronyms  # noqa: E402
from test_vera_acronyms import gl002  # noqa: E402


@pytest.mark.parametrize(
    "text",
    [
        "Each volunteer lay in the MRI scanner for twenty minutes.",
        "The virus copies its RNA before the cell divides.",
    ],
)
def test_acronyms_of_science_from_wordnet_need_no_definition(lint, text):
    assert gl002(lint(text)) == []


@pytest.mark.parametrize(
    "text,acronym",
    [
        ("The converter removes the DC offset first.", "DC"),  # also the District of Columbia
        ("We fit an AR model to the residual.", "AR"),  # WordNet's AR is a state's code
    ],
)
def test_acronyms_wordnet_does_not_spell_out_once_are_still_reported(lint, text, acronym):
    assert gl002(lint(text)) == [acronym]


def test_wordnet_acronyms_are_taken_as_written():
    assert is_common_acronym("MRI")
    assert not is_common_acronym("MRI3")
    assert not is_common_acronym("xMRI")


# Lines in the layout of WordNet's data.* files (wndb(5WN)); the synsets are
# made up for the test.  The lexicographer file numbers: 04 noun.act,
# 14 noun.group, 15 noun.location, 19 noun.phenomenon, 27 noun.substance.
LICENCE_LINES = """\
  1 Made-up lexicon for a test.
  2 WordNet 9.1 Copyright 2099 by Nobody.  All rights reserved.
  3 \n"""
SAMPLE_NOUNS = (
    LICENCE_LINES
    + """\
00000100 04 n 02 quiet_rotary_test 0 QRT 0 000 | a made-up procedure
00000200 27 n 03 zinc_lattice_polymer 0 ZLP 0 zinc_mesh 0 000 | a made-up substance
00000300 15 n 02 Quarto 0 QR 0 000 | a made-up province, by its postal code
00000400 14 n 02 Union_of_Kettle_Makers 0 UKM 0 000 | a made-up guild
00000500 19 n 02 wave_drift 0 WD 0 000 | a made-up motion of the sea
00000600 04 n 02 wire_dressing 0 WD 0 000 | a made-up craft
00000700 27 n 02 ozmium 0 Oz 0 000 | a made-up element, by its symbol
00000800 04 n 02 lantern_pressing 0 PLX 0 000 | a long form that does not spell its acronym
"""
)
SAMPLE_ADJECTIVES = LICENCE_LINES + "00000900 00 a 02 very_lean_quota(a) 0 VLQ 0 000 | made up\n"


def test_generator_keeps_one_spelled_out_meaning_that_is_no_name():
    found = wordnet_acronyms.meanings(
        s for text in (SAMPLE_NOUNS, SAMPLE_ADJECTIVES) for s in wordnet_acronyms.synsets(text)
    )
    assert sorted(found) == ["PLX", "QR", "QRT", "UKM", "VLQ", "WD", "ZLP"]  # Oz has a small letter
    # QR: a postal code, not spelled out by words; UKM: a guild's name;
    # WD: two meanings; PLX: its synset's words do not spell it.
    assert wordnet_acronyms.select(found) == ["QRT", "VLQ", "ZLP"]


#: Made-up synsets that write a substance by its formula, and lemmas of digits
#: that are none: 27 is noun.substance, 04 noun.act.
FORMULA_NOUNS = (
    LICENCE_LINES
    + """\
00001000 27 n 02 kiln_smoke 0 N2O5 0 000 | a made-up gas, written by a real formula
00001100 27 n 02 glaze_salt 0 QZ4 0 000 | a made-up salt whose code reads as no elements
00001200 04 n 02 second_bake 0 B2 0 000 | a made-up step: element letters, but no substance
00001300 27 n 02 ash_glass 0 SiO1 0 000 | small letters: never read as an acronym
"""
)


def test_generator_keeps_the_formulas_of_substances():
    assert wordnet_acronyms.is_formula("CO2") and wordnet_acronyms.is_formula("C2H6")
    assert not wordnet_acronyms.is_formula("CO")  # no count: as like an acronym as a formula
    assert not wordnet_acronyms.is_formula("CD4")  # D is no element's symbol
    assert not wordnet_acronyms.is_formula("U308")  # a count of three digits
    found = wordnet_acronyms.meanings(wordnet_acronyms.synsets(FORMULA_NOUNS))
    assert sorted(found) == ["B2", "N2O5", "QZ4"]
    assert wordnet_acronyms.select(found) == ["N2O5"]


def test_a_formula_from_wordnet_needs_no_definition_and_a_number_format_is_still_reported(lint):
    text = "The kiln vents CO2 and H2O; the probe stores its readings as FP16.\n"
    assert gl002(lint(text)) == ["FP16"]


def test_generated_file_carries_the_licence_version_and_count():
    text = wordnet_acronyms.generate([SAMPLE_NOUNS, SAMPLE_ADJECTIVES])
    assert "taken from WordNet 9.1" in text  # the version its own notice gives
    assert "# WordNet 9.1 Copyright 2099 by Nobody.  All rights reserved." in text
    assert "3 of WordNet's 7 lemmas" in text
    assert text.splitlines()[-3:] == ["QRT", "VLQ", "ZLP"]


def test_the_wordnet_list_names_its_source_version_and_licence():
    text = resources.files("glossary_lint").joinpath("data/wordnet-acronyms.txt").read_text(encoding="utf-8")
    header = "".join(line for line in text.splitlines(keepends=True) if line.startswith("#"))
    assert "WordNet 3.0" in header and "'wordnet-base'" in header
    assert "tools/wordnet_acronyms.py" in header
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in header
    assert 'PROVIDED "AS IS"' in header  # the disclaimer the licence asks to keep
    words = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert words == sorted(words) and all(re.fullmatch(r"[A-Z][A-Z0-9]+", w) for w in words)
    assert frozenset(words) <= reference_acronyms()


def test_package_files_are_read_from_a_folder_gzipped_or_not(tmp_path):
    (tmp_path / "data.noun").write_text(SAMPLE_NOUNS, encoding="utf-8")
    (tmp_path / "data.adj.gz").write_bytes(gzip.compress(SAMPLE_ADJECTIVES.encode()))
    texts = debian_package.read_texts(tmp_path, ["usr/share/wordnet/data.noun", "data.adj.gz"])
    assert texts == {"usr/share/wordnet/data.noun": SAMPLE_NOUNS, "data.adj.gz": SAMPLE_ADJECTIVES}


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs Debian's dpkg-deb")
def test_the_generator_reads_a_debian_package_and_writes_the_list(tmp_path):
    """End to end, as a maintainer regenerates the shipped file: a ``.deb``
    laid out as Debian's wordnet-base in, the data file out."""
    root = tmp_path / "pkg"
    (root / "DEBIAN").mkdir(parents=True)
    (root / "DEBIAN" / "control").write_text(
        "Package: wordnet-base\nVersion: 9.1\nArchitecture: all\nMaintainer: Nobody <n@example.org>\n"
        "Description: made-up lexicon for a test\n",
        encoding="utf-8",
    )
    data = root / "usr" / "share" / "wordnet"
    data.mkdir(parents=True)
    (data / "data.noun").write_text(SAMPLE_NOUNS, encoding="utf-8")
    (data / "data.adj").write_text(SAMPLE_ADJECTIVES, encoding="utf-8")
    for pos in ("verb", "adv"):
        (data / f"data.{pos}").write_text(LICENCE_LINES, encoding="utf-8")
    deb = tmp_path / "wordnet-base_9.1_all.deb"
    subprocess.run(["dpkg-deb", "--build", str(root), str(deb)], check=True, capture_output=True)
    out = tmp_path / "wordnet-acronyms.txt"
    assert wordnet_acronyms.main([str(deb), "--output", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert [w for w in text.splitlines() if w and not w.startswith("#")] == ["QRT", "VLQ", "ZLP"]
