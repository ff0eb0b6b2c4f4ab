"""Capitals whose shape or neighbouring symbols say they are no acronym
(GL002 precision): axis letters, a template of a number's digits, a
numbered report, a prefixed SI unit beside a number or its unit, and an
acronym the page's code writes run together with the word after it.  Each
text is a made-up page, and each checks that a real slip beside it is
still reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary_lint.rules.acronym_shapes import (
    is_axis_letters,
    is_clock_signal,
    is_digit_template,
    is_numbered_document,
    is_set_off_notation,
    is_unit_symbol,
)
from test_acronym_kinds import _gl002


def test_shapes() -> None:
    assert is_axis_letters("XZ") and is_axis_letters("ZYX")
    assert not is_axis_letters("XX") and not is_axis_letters("XYX") and not is_axis_letters("XS")
    assert is_digit_template("YYMMDD") and is_digit_template("QQRRR7")
    assert not is_digit_template("QZZR") and not is_digit_template("AAAA")
    assert is_clock_signal("QCLK") and is_clock_signal("SYSQCLK") and not is_clock_signal("CLK")
    assert is_numbered_document("QZR1999-0042") and is_numbered_document("KILN07-3-12")
    assert not is_numbered_document("QZR1999") and not is_numbered_document("QZR-1999")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the kiln draws 3 MW at peak", True),
        ("the kiln draws 3MW at peak", True),
        ("rescale the reading from V to GV first", True),
        ("rescale the reading (from V to GV) first", True),
        ("the MW of the kiln is logged", False),
        ("the MC runs are slow", False),  # megacoulomb by shape, but nothing says a unit
        ("3 QZR runs", False),  # no unit
    ],
)
def test_unit_symbol_by_its_context(text: str, expected: bool) -> None:
    word = next(w for w in ("MW", "GV", "MC", "QZR") if w in text)
    at = text.index(word)
    assert is_unit_symbol(word, text, at, at + len(word)) is expected


def test_shapes_in_a_page(tmp_path: Path) -> None:
    text = (
        "# Kiln map\n\n"
        "The probe grid is a XZ plane, and each shelf code is written QQRRR7 in the log.\n"
        "See the kiln report QZR1999-0042 for the layout.\n"
        "The QCLK divider slows the probe. The burner gives 2 MW; its output is scaled from W to MW on the panel.\n"
        "Check the KQT before firing.\n"
    )
    assert _gl002(tmp_path, text) == ["KQT"]


def test_an_acronym_the_code_writes_run_together_with_the_next_word(tmp_path: Path) -> None:
    text = (
        "# Glaze curves\n\n"
        "Run `qzcurve` on the log to draw it.\n\n"
        "The QZ curves show each firing. Check the KQT before firing.\n"
    )
    assert _gl002(tmp_path, text) == ["KQT"]
    plain = "# Glaze curves\n\nThe QZ curves show each firing.\n"
    assert _gl002(tmp_path, plain) == ["QZ"]


def test_a_subscript_or_a_superscript_makes_notation() -> None:
    assert is_set_off_notation("CO₂") and is_set_off_notation("NOₓ") and is_set_off_notation("R²")
    assert is_set_off_notation("T₁")
    # plain digits, or letters with accents, are no such mark
    assert not is_set_off_notation("CO2") and not is_set_off_notation("ÉQZ")
    assert not is_set_off_notation("QZR")


def test_formulas_and_indexed_symbols_are_no_findings_but_an_acronym_beside_them_is(tmp_path: Path) -> None:
    text = (
        "# Firing log\n\n"
        "The kiln vents CO₂ and some NOₓ while the glaze cures; the fit gives R² near one.\n"
        "The first hold time T₁ is logged by the QKM in FP16.\n"
    )
    assert _gl002(tmp_path, text) == ["QKM", "FP16"]
