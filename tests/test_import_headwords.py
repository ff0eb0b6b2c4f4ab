"""``import`` of headwords written ``Term:``: the colon a "Term: definition"
habit leaves on a glossary's names is no part of the name; a colon that is
(a drive, a URL scheme, code) stays."""

from __future__ import annotations

import pytest

from glossary_lint.workflows.importers import import_page, to_yaml
from glossary_lint.workflows.importers.headwords import without_stray_colon

REST_GLOSSARY = """\
Words
=====

.. glossary::

   Rope drag:
      Friction that makes a long pitch heavy to climb.

   Quickdraw:
      Two carabiners joined by a sling.

   ``belay:``
      A label in the rope script.

   C:
      The first disk of the hut's computer.

   plain term
      Nothing to strip here.
"""


def names(page: str, suffix: str) -> list[str]:
    return [entry["term"] for entry in import_page(page, suffix).terms]


def test_rest_glossary_terms_lose_a_stray_colon() -> None:
    assert names(REST_GLOSSARY, ".rst") == ["Rope drag", "Quickdraw", "belay:", "C:", "plain term"]


def test_myst_glossary_terms_lose_a_stray_colon() -> None:
    page = "# Words\n\n```{glossary}\nRope drag:\n  Friction on a long pitch.\n\n`belay:`\n  A label.\n```\n"
    assert names(page, ".md") == ["Rope drag", "belay:"]


def test_markdown_definition_list_terms_lose_a_stray_colon() -> None:
    page = "# Words\n\nRope drag:\n: Friction on a long pitch.\n\n**Quickdraw:**\n: Two carabiners.\n"
    assert names(page, ".md") == ["Rope drag", "Quickdraw"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ensemble learning:", "Ensemble learning"),
        ("Bagging:", "Bagging"),
        ("IS_A:", "IS_A"),
        ("Fall factor (FF):", "Fall factor (FF)"),
        ("C:", "C:"),
        ("COM1:", "COM1:"),
        ("mailto:", "mailto:"),
        ("urn:isbn:", "urn:isbn:"),
        ("std::", "std::"),
        (":smile:", ":smile:"),
        (":", ":"),
        ("Anchor", "Anchor"),
    ],
)
def test_which_colons_are_part_of_the_name(name: str, expected: str) -> None:
    assert without_stray_colon(name) == expected


def test_a_colon_in_code_stays() -> None:
    assert without_stray_colon("Belay:", code_tail=True) == "Belay:"


def test_the_dropped_colon_is_a_review_line() -> None:
    text = to_yaml(import_page(REST_GLOSSARY, ".rst"))
    assert "# review: the page writes 'Rope drag:': the colon is read as no part of the name" in text
    reviews = [line for line in text.splitlines() if "the colon is read as" in line]
    assert len(reviews) == 2  # Rope drag and Quickdraw; not the code, not the drive
