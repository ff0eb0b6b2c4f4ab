"""What the Sphinx build says about problems: an unknown term reference once, at
its line; a configuration mistake as Sphinx's configuration error (issue 13)."""

from __future__ import annotations

import re
import shutil

import pytest

pytestmark = pytest.mark.sphinx("html", testroot="references", freshenv=True)


def warning_lines(app) -> list[str]:
    return [line for line in app._warning.getvalue().splitlines() if "WARNING" in line]


def about(lines: list[str], name: str) -> list[str]:
    return [line for line in lines if name in line]


def test_each_unknown_reference_is_reported_once_at_its_line(app):
    app.build()
    lines = warning_lines(app)
    for name, where in (
        ("Griffin Lim", "notes.md:5:"),
        ("beam-search", "notes.md:8:"),
        ("Phase Vocoder", "walkthrough.rst:5:"),
    ):
        found = about(lines, name)
        assert len(found) == 1, (name, lines)
        assert where in found[0] and "[glossary.GL003]" in found[0], found
    assert not [line for line in lines if "[ref.term]" in line and "Hidden Term" not in line]


def test_an_unknown_reference_renders_as_its_text(app):
    app.build()
    notes = (app.outdir / "notes.html").read_text(encoding="utf-8")
    assert "Griffin Lim" in notes and "a missing entry" in notes
    assert not re.search(r'href="[^"]*beam-search', notes)


def test_a_silenced_finding_leaves_sphinx_its_own_warning(app):
    app.build()
    found = about(warning_lines(app), "Hidden Term")
    assert len(found) == 1
    assert re.search(r"notes\.md:11: WARNING: term not in glossary: .*\[ref\.term\]", found[0])


@pytest.mark.sphinx(
    "html",
    testroot="references",
    freshenv=True,
    confoverrides={"glossary_lint_ignore": ["unknown-term-reference"]},
)
def test_without_gl003_sphinx_reports_unknown_terms_itself(app):
    app.build()
    lines = warning_lines(app)
    assert "GL003" not in app._warning.getvalue()
    assert len(about(lines, "Griffin Lim")) == 1 and "[ref.term]" in about(lines, "Griffin Lim")[0]


def test_rule_names_are_accepted_in_conf_py(make_app, rootdir, tmp_path):
    src = tmp_path / "src"
    shutil.copytree(rootdir / "test-references", src)
    with open(src / "conf.py", "a") as conf:
        conf.write('glossary_lint_select = ["unknown-term-reference", "GL001"]\n')
    app = make_app("html", srcdir=src)
    assert app.config.glossary_lint_select == ["GL003", "GL001"]


def test_a_link_to_an_entry_anchor_leads_to_the_entry_without_a_warning(app):
    app.build()
    assert not about(warning_lines(app), "softmax")
    notes = (app.outdir / "notes.html").read_text(encoding="utf-8")
    link = r'<a class="reference internal" href="glossary\.html#softmax"><span[^>]*>the softmax entry'
    assert re.search(link, notes)


def _inventory(path, names):
    """An intersphinx inventory (version 2) of glossary terms of another project."""
    import zlib

    lines = "".join(f"{n} std:term -1 glossary.html#term-{n.replace(' ', '-')} -\n" for n in names)
    header = b"# Sphinx inventory version 2\n# Project: Elsewhere\n# Version: 1\n"
    header += b"# The remainder of this file is compressed using zlib.\n"
    path.write_bytes(header + zlib.compress(lines.encode()))


def test_a_term_intersphinx_resolves_is_linked_and_one_it_does_not_reported_once(make_app, rootdir, tmp_path):
    src = tmp_path / "src"
    shutil.copytree(rootdir / "test-references", src)
    _inventory(src / "elsewhere.inv", ["hashable"])
    with open(src / "conf.py", "a") as conf:
        conf.write(
            'extensions.append("sphinx.ext.intersphinx")\n'
            'intersphinx_mapping = {"elsewhere": ("https://elsewhere.example/", "elsewhere.inv")}\n'
        )
    with open(src / "walkthrough.rst", "a") as page:
        page.write("\nKeys must be :term:`hashable`.\n")
    app = make_app("html", srcdir=src, freshenv=True)
    app.build()
    lines = warning_lines(app)
    assert not about(lines, "hashable"), lines
    html = (app.outdir / "walkthrough.html").read_text(encoding="utf-8")
    assert 'href="https://elsewhere.example/glossary.html#term-hashable"' in html
    # What no inventory has is still GL003's, once, at the line of the reference.
    found = about(lines, "Phase Vocoder")
    assert len(found) == 1 and "walkthrough.rst:5:" in found[0] and "[glossary.GL003]" in found[0], lines
    assert len(about(lines, "Griffin Lim")) == 1


def test_a_term_of_another_pages_glossary_directive_resolves_without_a_warning(make_app, rootdir, tmp_path):
    # The extension's GL003 waits for the build, which merges every glossary
    # directive of the project: a chapter's own small glossary counts.
    src = tmp_path / "src"
    shutil.copytree(rootdir / "test-references", src)
    (src / "stages.rst").write_text(
        "Stages\n======\n\n.. glossary::\n\n   Cold start\n      The first run, with empty caches.\n",
        encoding="utf-8",
    )
    with open(src / "walkthrough.rst", "a") as page:
        page.write("\nThe first request pays for a :term:`cold start`.\n")
    app = make_app("html", srcdir=src, freshenv=True)
    app.build()
    lines = warning_lines(app)
    assert not about(lines, "cold start"), lines
    assert len(about(lines, "Phase Vocoder")) == 1


def test_build_warnings_show_control_characters_in_document_text_escaped(make_app, rootdir, tmp_path):
    # A term reference whose target holds terminal controls (an ESC sequence,
    # a NUL): the GL003 warning quotes it as visible escapes, never raw.
    src = tmp_path / "src"
    shutil.copytree(rootdir / "test-references", src)
    with open(src / "walkthrough.rst", "a", encoding="utf-8") as page:
        page.write("\nThe tuner reads a :term:`Pitch\x1b[2JShifter` and a :term:`Drift\x07Gate`.\n")
    app = make_app("html", srcdir=src, freshenv=True)
    app.build()
    text = app._warning.getvalue()
    found = [line for line in text.splitlines() if "Shifter" in line or "Gate" in line]
    assert any("Pitch\\x1b[2JShifter" in line and "GL003" in line for line in found), found
    assert any("Drift\\x07Gate" in line for line in found), found
    assert "\x1b[2J" not in text and "\x07" not in text
