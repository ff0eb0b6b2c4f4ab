"""GL002 and an acronym written right before a linked name it qualifies."""

from __future__ import annotations

from pathlib import Path

from test_acronym_kinds import _gl002


def test_an_acronym_before_a_linked_name_is_the_owner_of_what_the_link_names(tmp_path: Path):
    text = "Every kiln log follows the WKGB [Firing Record](https://example.org/fr) layout.\n"
    assert _gl002(tmp_path, text) == []


def test_the_same_in_rest_with_a_named_link(tmp_path: Path):
    text = (
        "Logs\n====\n\nEvery kiln log follows the WKGB `Firing Record`_ layout.\n\n"
        ".. _Firing Record: https://example.org/fr\n"
    )
    assert _gl002(tmp_path, text, name="notes.rst") == []


def test_an_acronym_before_plain_text_stays_undefined(tmp_path: Path):
    text = "Every kiln log follows the WKGB layout, as the [Firing Record](https://example.org/fr) says.\n"
    assert _gl002(tmp_path, text) == ["WKGB"]


def test_an_acronym_before_link_text_in_lower_case_stays_undefined(tmp_path: Path):
    text = "Set the WKGB [firing limit](https://example.org/fl) before you start.\n"
    assert _gl002(tmp_path, text) == ["WKGB"]

