"""Words in capitals that name a licence (GL002 precision): an SPDX
identifier in a sentence about licences, or an item of a list of licences,
is a licence's name, not an acronym to spell out; the same identifier on a
page that does not speak of licences, and an acronym beside a licence list,
are still reported.  Each text is a made-up page."""

from __future__ import annotations

import pytest

from glossary_lint.rules.licence_names import names_licence
from glossary_lint.rules.word_lists import is_licence_identifier
from test_vera_acronyms import gl002


def _names(text: str, word: str) -> bool:
    at = text.index(word)
    return names_licence(word, text, at, at + len(word))


def test_identifiers_and_their_stems_before_a_version():
    assert is_licence_identifier("ISC") and is_licence_identifier("BSD-3-Clause")
    assert is_licence_identifier("BSD")  # the family of BSD-2-Clause and BSD-3-Clause
    assert is_licence_identifier("GPL") and is_licence_identifier("GPLv3")
    assert is_licence_identifier("CC-BY-SA")  # CC-BY-SA-4.0 without its version
    assert not is_licence_identifier("QZL") and not is_licence_identifier("FP16")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Our glaze tables are licensed under ISC, so copy them freely.", "ISC", True),
        ("Pick a licence: GPL keeps the kiln code open.", "GPL", True),
        # a list that holds an identifier is a list of licences, also its unknown item
        ("Reuse needs a permissive license (MIT, BSD, QZPL and the like).", "QZPL", True),
        ("See the license of ODC/QZDB before you copy the data.", "QZDB", True),
        ("QZPL, MIT, BSD. Ship the kiln data under such licenses only.", "QZPL", True),
        # an identifier on a page that does not speak of licences means something else
        ("The probe keeps its clock with NTP every minute.", "NTP", False),
        ("The orbit of the kiln satellite follows SGP4.", "SGP4", False),
        # the paragraph speaks of licences, but the word is neither an identifier nor listed with one
        ("The code is licensed openly; the QZK probe reads the kiln.", "QZK", False),
        # an identifier in another sentence than the one about licences
        ("The kiln code is licensed openly. Its clock follows NTP.", "NTP", False),
    ],
)
def test_a_licence_is_named_where_the_text_speaks_of_licences(text, word, expected):
    assert _names(text, word) is expected


def test_licence_names_are_no_findings_but_other_acronyms_on_the_page_are(lint):
    text = (
        "# Sharing the glaze tables\n\n"
        "License the tables permissively please (MIT, BSD, ISC, etc!). The QZK probe wrote them.\n\n"
        "Our kiln orbit model is SGP4.\n\n"
        "- If the kiln has a dataset, see the license of ODC/QZDB first.\n"
    )
    assert gl002(lint(text)) == ["QZK", "SGP4"]


def test_generator_keeps_current_and_deprecated_identifiers_with_their_source():
    import json
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    import spdx_licences

    texts = {
        "package/index.json": json.dumps(["QZPL-2.0", "KILN", "QZPL-2.0"]),
        "package/deprecated.json": json.dumps(["QZPL-1.0"]),
        "package/package.json": json.dumps({"version": "9.9.9", "license": "CC0-1.0"}),
    }
    text = spdx_licences.generate(texts)
    assert "'spdx-license-ids' 9.9.9 (CC0-1.0" in text and "3 in all" in text
    assert [w for w in text.splitlines() if not w.startswith("#")] == ["KILN", "QZPL-1.0", "QZPL-2.0"]
    texts["package/index.json"] = json.dumps(["QZ PL"])
    with pytest.raises(ValueError):
        spdx_licences.generate(texts)


def test_the_shipped_list_names_its_source_and_licence():
    from importlib import resources

    text = resources.files("glossary_lint").joinpath("data/spdx-licences.txt").read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any("SPDX License List" in line for line in header)
    assert any("CC0-1.0" in line for line in header) and any(
        "tools/spdx_licences.py" in line for line in header
    )
    words = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert words == sorted(words) and {"MIT", "ISC", "BSD-3-Clause"} <= set(words)
