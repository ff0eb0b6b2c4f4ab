"""Acronyms taken from SCOWL's American English word list: which ones GL002
accepts without a definition, how tools/scowl_acronyms.py picks them, and
that the shipped list carries SCOWL's permission notice."""

from __future__ import annotations

import re
import sys
from importlib import resources
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import scowl_acronyms  # noqa: E402

from glossary_lint.rules.word_lists import is_common_acronym, reference_acronyms  # noqa: E402
from test_vera_acronyms import gl002  # noqa: E402


@pytest.mark.parametrize(
    "text",
    [
        "Holders of a VIP ticket wait in a shorter queue at the gate.",
        "The old release notes still live in SVN, not in the new repository.",
    ],
)
def test_acronyms_a_general_reader_knows_need_no_definition(lint, text):
    assert gl002(lint(text)) == []


def test_an_unknown_acronym_beside_them_is_still_reported(lint):
    assert gl002(lint("The VIP lounge runs its own QZB controller.\n")) == ["QZB"]


def test_scowl_acronyms_are_taken_as_written():
    assert is_common_acronym("VIP")
    assert not is_common_acronym("VIP4")
    assert not is_common_acronym("xVIP")


def test_generator_keeps_capitals_of_three_characters_or_more():
    words = ["NASA", "WWII", "AR", "TX", "PhD", "MySQL", "nasa", "3DS", "Q", "ZQ9", "ZQ9", "Zeta"]
    assert scowl_acronyms.select(words) == ["NASA", "WWII", "ZQ9"]


def test_generator_leaves_names_to_the_list_of_names():
    assert scowl_acronyms.select(["QZCORP", "QZTOOL"], frozenset({"QZCORP"})) == ["QZTOOL"]


def test_the_shipped_list_holds_no_listed_name():
    text = resources.files("glossary_lint").joinpath("data/scowl-acronyms.txt").read_text(encoding="utf-8")
    assert not frozenset(text.split()) & scowl_acronyms.common_names()


def test_generator_writes_the_source_edition_licence_and_count():
    text = scowl_acronyms.generate("QRX\nQrx\nQRX\nAB\nqzz\nQZZ9\n", "9.9-1")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert "'wamerican' 9.9-1" in header[1] and "Permission" in " ".join(header).title()
    assert "as names: 2." in " ".join(header)
    assert [line for line in text.splitlines() if not line.startswith("#")] == ["QRX", "QZZ9"]


@pytest.mark.parametrize(
    "name,version",
    [("wamerican_2099.01.02-3_all.deb", "2099.01.02-3"), ("american-english", "unknown")],
)
def test_the_edition_comes_from_the_package_file_name(name, version):
    assert scowl_acronyms.edition(Path("/tmp") / name) == version


def test_the_scowl_list_names_its_source_and_licence():
    text = resources.files("glossary_lint").joinpath("data/scowl-acronyms.txt").read_text(encoding="utf-8")
    header = "".join(line for line in text.splitlines(keepends=True) if line.startswith("#"))
    assert "SCOWL" in header and "Kevin Atkinson" in header and "tools/scowl_acronyms.py" in header
    assert "permission to use, copy" in header
    words = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert words == sorted(words) and all(re.fullmatch(r"[A-Z][A-Z0-9]{2,}", w) for w in words)
    assert frozenset(words) <= reference_acronyms()
