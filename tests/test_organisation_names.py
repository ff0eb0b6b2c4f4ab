"""Organisations named by their initials: GL002 takes the ones WordNet and
V.E.R.A. agree on for names, and tools/organisation_names.py picks them."""

from __future__ import annotations

import re
import sys
from importlib import resources
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import organisation_names  # noqa: E402
import wordnet_acronyms  # noqa: E402

from glossary_lint.rules.acronyms import NAME, word_kind  # noqa: E402
from glossary_lint.rules.word_lists import common_names, is_common_name  # noqa: E402
from test_vera_acronyms import gl002  # noqa: E402
from test_wordnet_acronyms import LICENCE_LINES  # noqa: E402


@pytest.mark.parametrize(
    "text",
    [
        "The survey of coastal birds was NSF-funded for three seasons.",
        "Every radio sold here must pass the tests the FCC sets.",
        "A grant from DARPA paid for the first prototype.",
    ],
)
def test_an_organisation_named_by_its_initials_is_no_undefined_acronym(lint, text):
    assert gl002(lint(text)) == []


@pytest.mark.parametrize(
    "text,acronym",
    [
        ("Align the frames with a CTC loss before decoding.", "CTC"),  # WordNet: a counter-terrorism centre
        ("Fuse the IMU readings with the wheel odometry.", "IMU"),  # WordNet: a political party
    ],
)
def test_a_field_acronym_only_wordnet_calls_an_organisation_is_still_reported(lint, text, acronym):
    assert gl002(lint(text)) == [acronym]


def test_the_names_are_names_as_written():
    assert word_kind("NSF") == NAME and is_common_name("NSF")
    assert not is_common_name("CTC")


# WordNet's layout (wndb(5WN)), made-up synsets: 14 is noun.group, 04 noun.act.
NOUNS = (
    LICENCE_LINES
    + """\
00000100 14 n 02 Quiet_Harbour_Authority 0 QHA 0 000 | a made-up port authority
00000200 14 n 02 Zonal_Kite_League 0 ZKL 0 000 | a made-up sports body
00000300 14 n 02 Moss_Preservation_Society 0 MPS 0 000 | a made-up society
00000400 04 n 02 moss_planting_season 0 MPS 0 000 | a made-up second meaning
00000500 04 n 02 quick_hull_assembly 0 QHB 0 000 | a made-up procedure
00000600 14 n 02 Velvet_Lamp_Guild 0 VLG 0 000 | a made-up guild
"""
)
# V.E.R.A.'s layout, made-up entries.
INFO = """\
This is vera.info.

                                                 Edition 9.9 (Texinfo)

File: vera.info,  Node: M,  Next: N,  Prev: L

MPS
     Moss Preservation Society (org., Nowhere)

File: vera.info,  Node: Q,  Next: R,  Prev: P

QHA
     Quiet Harbour Authority (org., Nowhere)

QHB
     Quick Hull Assembly (org.)

File: vera.info,  Node: V,  Next: W,  Prev: U

VLG
     Very Large Grid (org.)

File: vera.info,  Node: Z,  Next: ZZ,  Prev: Y

ZKL
     Zonal Kite League (sports)

"""


def test_the_generator_keeps_one_organisation_both_works_give_the_same_words():
    found = wordnet_acronyms.meanings(wordnet_acronyms.synsets(NOUNS))
    # MPS: two meanings in WordNet; QHB: no group in WordNet; VLG: V.E.R.A.'s
    # organisation has other words; ZKL: V.E.R.A. does not tag it as one.
    assert organisation_names.select(found, organisation_names.vera_acronyms.entries(INFO)) == ["QHA"]


def test_the_generated_file_names_both_sources_and_carries_the_licence():
    text = organisation_names.generate([NOUNS], INFO)
    assert "# 9.1 (Princeton University" in text  # the version WordNet's own notice gives
    assert "edition 9.9" in text and "# WordNet 9.1 Copyright 2099 by Nobody.  All rights reserved." in text
    assert text.splitlines()[-1] == "QHA"


def test_the_shipped_list_names_its_sources_and_is_read_as_names():
    text = (
        resources.files("glossary_lint").joinpath("data/organisation-names.txt").read_text(encoding="utf-8")
    )
    header = "".join(line for line in text.splitlines(keepends=True) if line.startswith("#"))
    assert "'wordnet-base'" in header and "'vera'" in header and "tools/organisation_names.py" in header
    assert 'PROVIDED "AS IS"' in header  # WordNet's disclaimer, which its licence asks to keep
    words = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert words == sorted(words) and all(re.fullmatch(r"[A-Z][A-Z0-9]+", w) for w in words)
    assert frozenset(words) <= common_names()
