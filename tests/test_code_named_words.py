"""GL001 leaves a term alone where prose names code by it: a keyword
argument (``width=6``) and a class written with other inner capitals."""

from __future__ import annotations

from pathlib import Path

import pytest


def _gl001(tmp_path: Path, text: str, name: str = "notes.md") -> list[str]:
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter
    from glossary_lint.glossary.loader import load_glossary

    path = tmp_path / "glossary.yaml"
    path.write_text(
        "terms:\n"
        "  - id: qzwm\n    term: QZWM\n    case: exact\n    expansion: Quarter Zone Width Measure\n"
        "    definition: How wide a glaze run spreads.\n"
        "  - id: sweepbeam\n    term: sweepbeam\n"
        "    definition: A ball of clay rolled over the shelf to find warped spots.\n",
        encoding="utf-8",
    )
    linter = Linter(load_glossary(path), Config(root=tmp_path, glossary=path))
    return [f.found for f in linter.lint_text(name, text) if f.code == "GL001"]


@pytest.mark.parametrize(
    "text",
    [
        "Smooth the map with the helper, typically qzwm=6 for stoneware.",
        "Call the loader with Sweepbeam=true to roll once.",
    ],
)
def test_a_term_joined_to_a_value_by_an_equals_sign_is_code(tmp_path, text):
    assert _gl001(tmp_path, text + "\n") == []


def test_the_term_spaced_around_an_equals_sign_is_still_prose(tmp_path):
    assert _gl001(tmp_path, "The width we quote, qzwm = 6, is small.\n") == ["qzwm"]


def test_a_class_named_in_another_inner_case_is_the_class(tmp_path):
    text = (
        "The kiln runs `SweepBeam` by default; hand your own estimator to the\n"
        "Sweepbeam. Then call `SweepBeam.fit` on the shelf map.\n"
    )
    assert _gl001(tmp_path, text) == []


def test_a_capitalised_term_with_no_class_of_that_name_is_still_a_slip(tmp_path):
    text = "The kiln runs `ShelfScan` by default; hand your own estimator to the\nSweepbeam. Then it runs.\n"
    assert _gl001(tmp_path, text) == ["Sweepbeam"]
