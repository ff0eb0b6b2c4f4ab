"""Acronyms taken from PyPI's Trove topic classifiers: which ones GL002
accepts without a definition, how tools/trove_acronyms.py picks them, and
that the shipped list names its source and licence."""

from __future__ import annotations

import re
import sys
import zipfile
from importlib import resources
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import trove_acronyms  # noqa: E402

from glossary_lint.rules.word_lists import is_common_acronym, reference_acronyms  # noqa: E402
from test_vera_acronyms import gl002  # noqa: E402

#: A made-up module shaped as the package's: a typed list of classifiers.
MODULE = """\
from typing import List

sorted_classifiers: List[str] = [
    "Environment :: QZENV",
    "License :: OSI Approved :: QZPL License",
    "Topic :: Kilns :: Glaze Firing (QZGF)",
    "Topic :: Kilns :: QZK2 :: Shelf Data",
    "Topic :: Kilns :: Q Ware",
    "Topic :: Kilns :: QzKiln",
    "Topic :: Kilns :: QZCORP Tools",
]
"""


@pytest.mark.parametrize(
    "text",
    [
        "Serve the app from any WSGI server behind the proxy.",
        "The map layers come from the GIS team as shape files.",
    ],
)
def test_acronyms_of_the_topic_classifiers_need_no_definition(lint, text):
    assert gl002(lint(text)) == []


def test_an_unknown_acronym_beside_them_is_still_reported(lint):
    assert gl002(lint("The WSGI server hands each request to a QZB worker.\n")) == ["QZB"]


def test_trove_acronyms_are_taken_as_written():
    assert is_common_acronym("WSGI")
    assert not is_common_acronym("WSGI7")


def test_generator_keeps_the_capitals_of_topics_only():
    found = trove_acronyms.classifiers(MODULE)
    assert len(found) == 7
    assert trove_acronyms.select(found) == ["QZCORP", "QZGF", "QZK2"]


def test_generator_leaves_names_to_the_list_of_names():
    found = trove_acronyms.classifiers(MODULE)
    assert trove_acronyms.select(found, frozenset({"QZCORP"})) == ["QZGF", "QZK2"]


def test_a_module_without_the_list_is_refused():
    with pytest.raises(ValueError):
        trove_acronyms.classifiers("other = ['Topic :: QZ']\n")


def test_generator_reads_a_wheel_and_writes_the_edition_licence_and_count(tmp_path: Path):
    wheel = tmp_path / "trove_classifiers-2099.1.2-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr(trove_acronyms.MEMBER, MODULE)
    out = tmp_path / "out.txt"
    assert trove_acronyms.main([str(wheel), "--output", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    header = " ".join(line for line in text.splitlines() if line.startswith("#"))
    assert "'trove-classifiers' 2099.1.2" in header and "Apache License, Version 2.0" in header
    assert "as names: " in header
    assert [line for line in text.splitlines() if not line.startswith("#")] == ["QZCORP", "QZGF", "QZK2"]


def test_the_edition_comes_from_the_wheel_name():
    assert trove_acronyms.edition(Path("/tmp/trove_classifiers-2099.1.2-py3-none-any.whl")) == "2099.1.2"
    assert trove_acronyms.edition(Path("/tmp/__init__.py")) == "unknown"


def test_the_trove_list_names_its_source_and_licence():
    text = resources.files("glossary_lint").joinpath("data/trove-acronyms.txt").read_text(encoding="utf-8")
    header = "".join(line for line in text.splitlines(keepends=True) if line.startswith("#"))
    assert "Trove classifiers" in header and "Apache License, Version 2.0" in header
    assert "tools/trove_acronyms.py" in header
    words = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert words == sorted(words) and all(re.fullmatch(r"[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*", w) for w in words)
    assert frozenset(words) <= reference_acronyms()
    assert not frozenset(words) & trove_acronyms.common_names()
