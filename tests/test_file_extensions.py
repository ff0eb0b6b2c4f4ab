"""GL001 on an acronym entry's lower case where the entry's own definition
gives those letters as its files' extension (:mod:`glossary_lint.rules.file_extensions`)."""

from __future__ import annotations

from test_rules import gl


def lint(tmp_path, definition, text):
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter
    from glossary_lint.glossary.loader import parse_glossary

    yaml = (
        "terms:\n  - id: wcf\n    term: WCF\n    case: exact\n"
        f"    definition: '{definition}'\n"
    )
    return gl(Linter(parse_glossary(yaml), Config(root=tmp_path)).lint_text("a.md", text + "\n"))


EXTENSION = "A Widget Configuration File, a text file stored with the *.wcf* extension."
TEXT = "Save the settings as a wcf file, then load wcf files at start-up."


def test_the_extension_the_definition_gives_names_the_file_type(tmp_path):
    assert lint(tmp_path, EXTENSION, TEXT) == []


def test_without_an_extension_in_the_definition_the_lower_case_is_a_slip(tmp_path):
    plain = "A Widget Configuration File, a text file read at start-up."
    assert lint(tmp_path, plain, TEXT) == [("wcf", "WCF"), ("wcf", "WCF")]
    # a file name in the definition is no extension given on its own
    named = "A Widget Configuration File such as site.wcf, read at start-up."
    assert lint(tmp_path, named, TEXT) == [("wcf", "WCF"), ("wcf", "WCF")]


def test_other_slips_of_the_acronym_stay_slips(tmp_path):
    assert lint(tmp_path, EXTENSION, "Save it as a Wcf file, as the wcf docs say.") == [("Wcf", "WCF")]
