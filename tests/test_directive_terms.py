"""GL003 and the glossary directives of the checked files: Sphinx merges
every glossary of a project, so a term reference to an item of a chapter's
own glossary directive resolves, and is no unknown term."""

from __future__ import annotations

from pathlib import Path

from glossary_lint.config import Config
from glossary_lint.engine import Linter
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.runner import run
from glossary_lint.workflows.directive_terms import directive_names

GLOSSARY = "terms:\n  - id: kiln\n    term: kiln\n    definition: An oven for pots.\n"

FIRING = "Firing\n======\n\nThe pot sits in the :term:`kiln` for a :term:`bisque   firing` first.\n"
STAGES = (
    "Stages\n======\n\n"
    ".. glossary::\n\n"
    "   Bisque firing\n      The first, gentle firing.\n\n"
    "   Glaze firing\n   Second firing\n      The one that melts the glaze.\n\n"
    "After it comes the :term:`second firing`.\n"
)
NOTES_MD = "# Notes\n\nA {term}`raku` pot cools in the open, unlike a {term}`glaze firing`.\n"
WORDS_MD = "# Words\n\n```{glossary}\nRaku\n  A quick firing, pulled out red-hot.\n```\n"
KILNS_MD = "# Kilns\n\n```{eval-rst}\n.. glossary::\n\n   Anagama\n      A tunnel kiln on a slope.\n```\n"
#: A page that shows a glossary directive as an example, inside a literal block.
EXAMPLE = "Writing\n=======\n\nType this::\n\n   .. glossary::\n\n      Pit firing\n         Old.\n"


def write(tmp_path: Path, files: dict[str, str]) -> list[Path]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [tmp_path / name for name in files]


def gl003(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, str | None]]:
    linter = Linter(parse_glossary(GLOSSARY), Config(root=tmp_path))
    found = run(write(tmp_path, files), linter, jobs=1).findings
    return [(Path(f.path).name, f.found) for f in found if f.code == "GL003"]


def test_a_term_of_another_pages_glossary_directive_is_defined(tmp_path):
    assert gl003(tmp_path, {"firing.rst": FIRING, "stages.rst": STAGES}) == []


def test_a_term_of_a_myst_glossary_on_another_page_is_defined(tmp_path):
    assert gl003(tmp_path, {"notes.md": NOTES_MD, "words.md": WORDS_MD, "stages.rst": STAGES}) == []


def test_a_term_of_a_glossary_in_an_eval_rst_block_is_defined(tmp_path):
    notes = "# Notes\n\nAn {term}`anagama` fires for days.\n"
    assert gl003(tmp_path, {"notes.md": notes, "kilns.md": KILNS_MD}) == []
    assert gl003(tmp_path, {"notes.md": notes}) == [("notes.md", "anagama")]


def test_a_term_no_directive_of_the_run_defines_is_still_unknown(tmp_path):
    assert gl003(tmp_path, {"firing.rst": FIRING, "notes.md": NOTES_MD}) == [
        ("firing.rst", "bisque firing"),
        ("notes.md", "raku"),
        ("notes.md", "glaze firing"),
    ]


def test_a_glossary_directive_shown_as_code_defines_nothing(tmp_path):
    paths = write(tmp_path, {"example.rst": EXAMPLE, "stages.rst": STAGES, "words.md": WORDS_MD})
    assert directive_names(paths[:1]) == frozenset()
    assert directive_names(paths) == {"bisque firing", "glaze firing", "second firing", "raku"}


def test_one_read_of_each_file_serves_the_survey_the_gate_and_the_directives(monkeypatch, tmp_path):
    """The run reads each file once before checking: the house survey, GL002's
    gate and GL003's directive names all see that one text, and only a text
    holding a glossary directive is handed to the importer's reader."""
    from glossary_lint.sources import reading
    from glossary_lint.workflows import directive_terms
    from glossary_lint.workflows.importers import myst_page, rest_page

    read: list[str] = []
    real_read = reading.read_source

    def counted(path: Path):  # type: ignore[no-untyped-def]
        read.append(path.name)
        return real_read(path)

    monkeypatch.setattr(reading, "read_source", counted)
    monkeypatch.setattr(directive_terms, "read_source", counted, raising=False)
    parsed: list[str] = []
    for module, name in ((rest_page, "read_rest_page"), (myst_page, "read_myst_page")):
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda text, real=real: parsed.append(text[:6]) or real(text))
    files = {"firing.rst": FIRING, "stages.rst": STAGES, "notes.md": NOTES_MD, "words.md": WORDS_MD}
    config = Config(root=tmp_path, select=["GL001", "GL002", "GL003"])
    linter = Linter(parse_glossary(GLOSSARY), config)
    findings = run(write(tmp_path, files), linter, jobs=1).findings
    assert read == list(files)
    assert parsed == ["Stages", "# Word"]
    assert linter.directive_terms == {"bisque firing", "glaze firing", "second firing", "raku"}
    assert [f for f in findings if f.code == "GL003"] == []


def test_a_glossary_directive_is_read_only_when_a_check_asks(monkeypatch, tmp_path):
    """Parsing a page's glossary directives cost as much as checking the page;
    a run whose term references all name the glossary's entries never needs them."""
    from glossary_lint.workflows.importers import rest_page

    parsed: list[str] = []
    real = rest_page.read_rest_page
    monkeypatch.setattr(rest_page, "read_rest_page", lambda text: parsed.append(text[:6]) or real(text))
    kiln_only = "Firing\n======\n\nThe pot sits in the :term:`kiln`.\n"
    stages = STAGES.replace(":term:`second firing`", "second firing")
    config = Config(root=tmp_path, select=["GL001", "GL003"])
    linter = Linter(parse_glossary(GLOSSARY), config)
    run(write(tmp_path, {"firing.rst": kiln_only, "stages.rst": stages}), linter, jobs=1)
    assert parsed == []
    # Asked, the names are those the directive defines, read once.
    assert "second firing" in linter.directive_terms
    assert linter.directive_terms == {"bisque firing", "glaze firing", "second firing"}
    assert parsed == ["Stages"]
