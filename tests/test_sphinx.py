"""The Sphinx extension, built with sphinx.testing on a small test root."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from sphinx.errors import ConfigError

pytestmark = pytest.mark.sphinx("html", testroot="handbook", freshenv=True)


def html(app, name: str) -> str:
    return (app.outdir / f"{name}.html").read_text(encoding="utf-8")


def term_links(page: str) -> list[tuple[str, str, str]]:
    """(href, title, text) of every link the extension made."""
    return re.findall(
        r'<a class="glossary-lint-term reference internal" href="([^"]*)" '
        r'title="([^"]*)">([^<]*)</a>',
        page,
    )


def warnings(app) -> str:
    return app._warning.getvalue()


@pytest.fixture
def built(app):
    app.build()
    return app


def test_setup_metadata(app):
    ext = app.extensions["glossary_lint_sphinx"]
    from glossary_lint import __version__

    assert ext.version == __version__
    assert ext.parallel_read_safe and ext.parallel_write_safe


def test_the_garbage_collector_is_held_off_only_while_a_document_is_checked(app, monkeypatch):
    import gc

    from glossary_lint_sphinx import build_checks

    states = []
    real = build_checks.GlossaryLintTransform._apply
    monkeypatch.setattr(
        build_checks.GlossaryLintTransform,
        "_apply",
        lambda self: (states.append(gc.isenabled()), real(self))[1],
    )
    app.build()
    assert states and not any(states) and gc.isenabled()


def test_glossary_page_has_every_entry_with_stable_anchors(built):
    page = html(built, "glossary")
    for term_id in (
        "aac",
        "attention",
        "classifier-free-guidance",
        "encodec",
        "mel-spectrogram",
        "quantization-audio",
        "quantization-model",
        "softmax",
        "transformer",
    ):
        assert f'id="{term_id}"' in page, term_id
    assert "AAC (Advanced Audio Coding)" in page
    assert "Classifier-Free Guidance (CFG)" in page
    assert "Quantization (Audio)" in page and "Quantization (Model)" in page
    assert 'class="math' in page and r"\sigma(z_i)" in page  # math renders
    assert 'href="chapter_rst.html"' in page  # a "See" link to a chapter
    assert "nowhere/missing" in warnings(built)  # a missing chapter is a warning


def test_index_entries(built):
    index = html(built, "genindex")
    assert "EnCodec" in index and "glossary.html#encodec" in index


def test_aliases_abbreviations_and_expansions_resolve(built):
    page = html(built, "chapter_rst")
    for target in ("aac", "classifier-free-guidance", "transformer"):
        assert f'href="glossary.html#{target}"' in page
    assert "term not in glossary" not in warnings(built).split("chapter_md")[0]


def test_first_mention_per_section_is_linked_with_a_tooltip(built):
    links = term_links(html(built, "chapter_md"))
    texts = [text for _, _, text in links]
    assert texts.count("transformer") == 2  # once in each section, not three times
    assert ("glossary.html#transformer", "An architecture built on attention.", "transformer") in links
    assert ("glossary.html#encodec", "A neural codec that turns audio into tokens.", "EnCodec") in links
    assert "softmax" in texts


def test_nothing_is_linked_in_forbidden_places(built):
    page = html(built, "chapter_md")
    assert not re.search(r"<h1>[^<]*<a class=\"glossary-lint-term", page)  # heading
    assert '<code class="docutils literal notranslate"><span class="pre">transformer' in page
    links = term_links(page)
    assert all(text.lower() != "quantization" for _, _, text in links)  # ambiguous
    assert all(text != "Attention" for _, _, text in links)  # inside the name "Flash Attention"
    assert not term_links(html(built, "glossary"))  # the glossary page itself
    assert "Transformer chapters" in html(built, "index") and not term_links(html(built, "index"))
    code = html(built, "chapter_rst").split('<div class="highlight')[1].split("</div>")[0]
    assert "glossary-lint-term" not in code


def test_findings_are_warnings_with_location_and_subtype(built):
    text = warnings(built)
    assert re.search(
        r"chapter_md\.md:4: WARNING: GL001 'Encodec' should be written 'EnCodec'.*"
        r"\[glossary\.GL001\]",
        text,
    )
    assert re.search(r"chapter_md\.md:4: WARNING: GL002 'DWT'.*\[glossary\.GL002\]", text)
    assert re.search(
        r"chapter_md\.md:12: WARNING: GL003 refers to term 'Nonexistent Term'.*"
        r"\[glossary\.GL003\]",
        text,
    )
    assert re.search(r"chapter_rst\.rst:4: WARNING: GL001 'mel-spectrogram'.*\[glossary\.GL001\]", text)


def test_build_and_cli_report_the_same_lines(built, cli):
    import json

    text = warnings(built)
    for name in ("chapter_md.md", "chapter_rst.rst"):
        # Run where no configuration is found, as the build has none either.
        proc = cli("check", name, "--glossary", "glossary.yaml", "--format", "json", cwd=built.srcdir)
        cli_lines = sorted((f["line"], f["code"]) for f in json.loads(proc.stdout)["findings"])
        build_lines = sorted(
            (int(m.group(1)), m.group(2))
            for m in re.finditer(re.escape(name) + r":(\d+): WARNING: (GL\d{3})", text)
        )
        assert cli_lines == build_lines and cli_lines, name


@pytest.mark.sphinx(
    "html", testroot="handbook", freshenv=True, confoverrides={"suppress_warnings": ["glossary.GL002"]}
)
def test_suppress_warnings_silences_one_rule(app):
    app.build()
    text = warnings(app)
    assert "GL002" not in text and "GL001" in text


def test_W_fails_the_build_on_findings(make_app, rootdir, tmp_path):
    src = tmp_path / "src"
    shutil.copytree(rootdir / "test-handbook", src)
    glossary = src / "glossary.yaml"
    glossary.write_text(glossary.read_text().replace("nowhere/missing", "chapter_md"))
    (src / "chapter_md.md").write_text("# Clean\n\nThe EnCodec codec and a transformer.\n")
    (src / "chapter_rst.rst").write_text("Clean\n=====\n\nA softmax.\n")
    clean = make_app("html", srcdir=src, warningiserror=True)
    clean.build()
    assert clean.statuscode == 0, warnings(clean)
    (src / "chapter_rst.rst").write_text("Clean\n=====\n\nA softmax and Encodec.\n")
    slipped = make_app("html", srcdir=src, warningiserror=True)
    slipped.build()
    assert slipped.statuscode == 1 and "GL001" in warnings(slipped)


def test_a_hard_break_in_a_myst_footnote_neither_stops_the_build_nor_hides_a_slip(make_app, rootdir, tmp_path):
    """MyST gives a footnote's text no source line; a hard break in it (a
    backslash at a line's end) once stopped the whole build."""
    src = tmp_path / "src"
    shutil.copytree(rootdir / "test-handbook", src)
    (src / "chapter_md.md").write_text(
        "# Notes\n\nA remark on codecs.[^n]\n\n[^n]: The first half\\\n    and the second.\n\n"
        "## After the note\n\nThe Encodec codec.\n"
    )
    app = make_app("html", srcdir=src)
    app.build()
    assert app.statuscode == 0, warnings(app)
    assert re.search(r"chapter_md\.md:10: WARNING: GL001 .*Encodec", warnings(app)), warnings(app)


def test_a_page_the_reader_fails_on_is_named_and_the_build_goes_on(app, monkeypatch):
    """As in the CLI: a reading bug on one page is GL000 there, not a stopped site."""
    from glossary_lint_sphinx import build_checks

    real = build_checks.walk_doctree

    def fails_on_one_page(path, *args, **kwargs):
        if path.endswith("chapter_rst.rst"):
            raise ValueError("a cursor ran off its line")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(build_checks, "walk_doctree", fails_on_one_page)
    app.build()
    assert app.statuscode == 0
    assert re.search(r"chapter_rst\.rst:\d*: WARNING: GL000 .*ValueError: a cursor ran off its line", warnings(app))
    assert "glossary-lint-term" in html(app, "chapter_md")


@pytest.mark.sphinx(
    "html", testroot="handbook", freshenv=True, confoverrides={"glossary_lint_chapter_links": False}
)
def test_chapter_links_can_be_plain_text(app):
    app.build()
    page = html(app, "glossary")
    assert "<em>A chapter that is not there</em>" in page and "nowhere/missing" not in warnings(app)
    assert "See <em>The reST chapter</em>, <em>A chapter that is not there</em>." in page


@pytest.mark.sphinx("html", testroot="handbook", freshenv=True, confoverrides={"glossary_lint_link": "every"})
def test_link_every_mention(app):
    app.build()
    texts = [t for _, _, t in term_links(html(app, "chapter_md"))]
    assert texts.count("transformer") == 3


@pytest.mark.sphinx(
    "html",
    testroot="handbook",
    freshenv=True,
    confoverrides={"glossary_lint_link": "off", "glossary_lint_check": False},
)
def test_links_and_checks_can_be_turned_off(app):
    app.build()
    assert not term_links(html(app, "chapter_md")) and "GL00" not in warnings(app)


@pytest.mark.sphinx("singlehtml", testroot="handbook", freshenv=True)
def test_links_on_a_single_page_point_at_the_entry(app):
    app.build()
    page = (app.outdir / "index.html").read_text(encoding="utf-8")
    hrefs = set(re.findall(r'<a class="glossary-lint-term reference internal" href="([^"]*)"', page))
    assert "#encodec" in hrefs and all(h.count("#") == 1 for h in hrefs), hrefs
    assert 'id="encodec"' in page


@pytest.mark.parametrize("builder", ["text", "latex", "man", "texinfo", "epub"])
def test_every_builder_writes_the_glossary_and_the_links(make_app, rootdir, tmp_path, builder):
    src = tmp_path / "src"
    shutil.copytree(rootdir / "test-handbook", src)
    app = make_app(builder, srcdir=src)
    app.build()  # a node type a builder cannot write would raise here
    assert app.statuscode == 0 and "unknown node type" not in warnings(app)
    if builder == "text":
        glossary = (app.outdir / "glossary.txt").read_text(encoding="utf-8")
        assert "EnCodec" in glossary and "Quantization (Audio)" in glossary


@pytest.mark.sphinx("html", testroot="handbook", freshenv=True, parallel=2)
def test_parallel_build_gives_the_same_result(app, make_app, tmp_path):
    app.build()
    parallel = term_links(html(app, "chapter_md"))
    serial_src = tmp_path / "serial"
    shutil.copytree(app.srcdir, serial_src, ignore=shutil.ignore_patterns("_build"))
    serial = make_app("html", srcdir=serial_src)
    serial.build()
    assert parallel == term_links(html(serial, "chapter_md")) and parallel
    strip = lambda s: sorted(re.findall(r"WARNING: (GL\d{3} .*?)\[", s))  # noqa: E731
    assert strip(warnings(app)) == strip(warnings(serial))


def test_incremental_rebuild_after_a_yaml_change(make_app, rootdir, tmp_path):
    src = tmp_path / "src"
    shutil.copytree(rootdir / "test-handbook", src)
    app = make_app("html", srcdir=src)
    app.build()
    assert "An architecture built on attention." in html(app, "chapter_md")
    glossary = app.srcdir / "glossary.yaml"
    glossary.write_text(
        glossary.read_text().replace("An architecture built on attention.", "An attention-only architecture.")
    )
    import os
    import time

    later = time.time() + 5
    os.utime(glossary, (later, later))
    again = make_app("html", srcdir=src)  # a new run over the same output: incremental
    again.build()
    assert "An attention-only architecture." in html(again, "chapter_md")
    assert "chapter_md" in again._status.getvalue().split("reading sources")[1]


@pytest.mark.parametrize(
    "setting,message",
    [
        ('glossary_lint_link = "sometimes"', "glossary_lint_link is 'sometimes'"),
        ('glossary_lint_select = ["GL999"]', "unknown rule 'GL999'"),
        ('glossary_lint_select = ["term-speling"]', "names unknown rule 'term-speling'"),
        ('glossary_lint_ignore = "GL002"', "glossary_lint_ignore must be a list"),
        ("glossary_lint_glossary = 3", "glossary_lint_glossary is 3"),
        ('glossary_lint_check = "no"', "glossary_lint_check is 'no'; use True or False"),
        ("glossary_lint_chapter_links = 1", "glossary_lint_chapter_links is 1"),
        ('glossary_lint_glossary = "missing.yaml"', "missing.yaml: no such file"),
        ("glossary_lint_glossary = None", "glossary_lint_glossary is not set"),
        ('glossary_lint_known_words = "MusicGen"', "must be a list of strings"),
    ],
)
def test_config_is_validated_at_config_inited(make_app, rootdir, tmp_path, setting, message):
    src = tmp_path / "src"
    shutil.copytree(rootdir / "test-handbook", src)
    with open(src / "conf.py", "a") as conf:
        conf.write(setting + "\n")
    with pytest.raises(ConfigError, match=re.escape(message)):
        make_app("html", srcdir=src)


def test_a_broken_glossary_stops_the_build_with_one_clear_error(make_app, rootdir, tmp_path):
    src = tmp_path / "src"
    shutil.copytree(rootdir / "test-handbook", src)
    (src / "glossary.yaml").write_text("terms: [\n")
    with pytest.raises(ConfigError, match=r"glossary_lint_glossary: .*glossary\.yaml:\d+: invalid YAML"):
        make_app("html", srcdir=src)


def test_the_real_handbook_builds_with_myst_and_the_extension(tmp_path):
    """The real chapters (read from ../shared at run time) build, get links, and
    report the same GL001 finding as the CLI."""
    import subprocess
    import sys

    from conftest import CORPUS, ROOT

    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the project")
    sys.path.insert(0, str(ROOT / "bench"))
    from handbook_site import prepare

    src = prepare(tmp_path / "src", with_extension=True)
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "--no-color", "-b", "html", str(src), str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    gl001 = re.findall(r"(\S+):(\d+): WARNING: GL001 (.*) \[glossary\.GL001\]", proc.stderr)
    assert [(Path(p).name, int(line)) for p, line, _ in gl001] == [("music-representations.md", 219)]
    glossary_page = (out / "glossary.html").read_text(encoding="utf-8")
    assert glossary_page.count('<dt id="') >= 76
    chapter = (out / "mathematics" / "mel-spectrograms.html").read_text(encoding="utf-8")
    assert 'class="glossary-lint-term reference internal" href="../glossary.html#mel-spectrogram"' in chapter


@pytest.mark.sphinx("html", testroot="autolink", freshenv=True)
def test_everyday_words_are_linked_only_when_the_entry_says_so(app):
    """'domain' is an everyday word: not linked in prose, but its explicit
    reference is; 'list' says autolink: true; 'vocoder' is no everyday word."""
    app.build()
    page = html(app, "index")
    texts = [text for _, _, text in term_links(page)]
    assert texts == ["list", "vocoder"]
    assert 'href="glossary.html#domain"' in page  # the {term} reference still links


def links_by_section(app) -> dict[str, list[str]]:
    """The link texts the extension made in each section of the index page."""
    app.build()
    sections = html(app, "index").split('<section id="')[1:]
    return {s.split('"', 1)[0]: [text for _, _, text in term_links(s)] for s in sections}


#: The 'link-sense' root: each entry shares its letters with ordinary English words.
link_sense = pytest.mark.sphinx("html", testroot="link-sense", freshenv=True)


@link_sense
def test_a_term_in_capitals_is_not_linked_in_small_letters(app):
    """'returning' is the verb; only 'RETURNING' is the clause the entry defines."""
    assert links_by_section(app)["clauses"] == ["RETURNING"]


@link_sense
def test_a_class_name_is_linked_only_in_its_own_case(app):
    """The definition writes `Tensor` as code: the entry is the class, and a
    tensor of mechanics is not it."""
    assert links_by_section(app)["classes"] == ["Tensor"]


@link_sense
def test_a_single_letter_is_not_linked_by_default(app):
    """The 'Q' of an author's initials is no query builder."""
    assert links_by_section(app)["letters"] == []


@link_sense
def test_a_word_clipped_from_a_longer_name_is_linked_only_as_that_name(app):
    """'relational' of "relational algebra" is the adjective of "relational
    database"; the head noun of a longer name ('subquery' of "scalar subquery")
    is the entry itself."""
    links = links_by_section(app)
    assert links["relations"] == ["relational algebra"]
    assert links["nested-queries"] == ["subquery"]


@link_sense
def test_a_thing_named_by_a_verb_after_a_modal_is_not_linked(app):
    """'can't cascade' is the verb; 'the cascade' is the setting.  An entry that
    defines a verb ("To tokenize ...") is linked after a modal."""
    links = links_by_section(app)
    assert links["settings"] == ["cascade"]
    assert "can’t cascade through" in html(app, "index")  # the verb stays plain text
    assert links["verbs"] == ["tokenize"]


@link_sense
def test_a_thing_named_by_a_verb_with_an_object_is_not_linked(app):
    """'to cascade the rename' and 'Cascade every other change' open with the
    verb; 'the cascade the parent sets' is the setting."""
    links = links_by_section(app)
    assert links["verbs-with-objects"] == []
    assert links["nouns-before-an-article"] == ["cascade"]


@link_sense
def test_a_closed_compound_split_in_two_is_not_linked(app):
    """A phone's 'web view' is no 'webview' tag."""
    assert links_by_section(app)["embeds"] == ["webview"]


@link_sense
def test_a_term_inside_a_file_setting_or_folder_name_is_not_linked(app):
    """'webview.html', 'help.webview', 'allow_webview', '~/kiosk/webview':
    the word is a piece of a name from code or the file system, not the tag."""
    links = links_by_section(app)
    assert links["dotted-names"] == []
    assert links["underscored-names"] == []
    assert links["paths"] == []


@link_sense
def test_a_term_beside_a_dot_that_ends_a_sentence_or_starts_a_capital_is_still_linked(app):
    """A dot after a file name and a space, or before a capital (a product's
    own dotted name), joins no code name: the first mention links."""
    app.build()
    page = html(app, "index")
    section = page.split('<section id="names-after-code"')[1].split("</section>")[0]
    assert [text for _, _, text in term_links(section)] == ["webview"]
    assert "settings.json and add a <a" in section


@link_sense
def test_an_entry_with_autolink_on_links_every_name(app):
    """'plugin' would be unlinked as a word clipped from "plugin-enabled", but
    its entry says autolink: true."""
    assert links_by_section(app)["loading"] == ["plugin"]


@link_sense
def test_explicit_references_link_whatever_the_entry_says(app):
    app.build()
    page = html(app, "index")
    for anchor in ("returning", "q", "relational"):
        assert f'href="glossary.html#{anchor}"' in page


@link_sense
def test_a_function_entry_named_as_a_class_or_objects_own_is_not_linked(app):
    """The entry is the application's one initializer: "the `Server`
    initializer", "the worker class' initializer", "its initializer", "the
    initializer of the `Router`" and, where the page writes `Server` as code,
    "the Server initializer" are those classes' own.  An owner the definition
    names, or code naming a function, keeps the link."""
    links = links_by_section(app)
    assert links["owned-initializers"] == []
    assert links["plain-class-names"] == []  # the page writes `Server` as code
    assert links["own-initializer"] == ["initializer"]
    assert links["named-initializer"] == ["initializer"]


@link_sense
def test_a_term_inside_the_spelled_out_name_of_an_acronym_entry_is_not_linked(app):
    """'log spectrogram contrast' (with a space or a hyphen) is what the entry
    LSC stands for; the spectrogram inside it is part of that name."""
    links = links_by_section(app)
    assert links["spelled-out-names"] == []
    assert links["pictures"] == ["spectrogram"]


@link_sense
def test_a_term_that_modifies_the_head_of_another_entrys_name_is_not_linked(app):
    """'bastion maintenance subnet' and 'bastion host subnet' are subnets (the
    entry BH Subnet stands for "Bastion Host Subnet"), 'spooler transfer
    driver' a driver (the entry Spooler Upload Driver), and 'night shift planner' a shift
    planner: the term only says which one.  Standing alone, each links."""
    links = links_by_section(app)
    assert links["subnet-names"] == []
    assert links["forwarding"] == ["bastion"]
    assert links["upload-parts"] == []
    assert links["uploads"] == ["spooler"]
    assert links["planning"] == []
    assert links["hours"] == ["night shift"]


@link_sense
def test_a_term_inside_a_longer_name_spelled_out_before_its_acronym_is_not_linked(app):
    """'Packet Routing as a Service (PRaaS)' is a service, not the routing."""
    links = links_by_section(app)
    assert links["services"] == []
    assert links["routing"] == ["Packet routing"]


@link_sense
def test_an_adjective_the_entry_makes_one_type_of_a_thing_is_not_linked(app):
    """'mountable' names a type of volume in the glossary; "stays mountable"
    is the everyday adjective."""
    assert links_by_section(app)["volumes"] == []


#: The 'code-names' root: one page writes the entry ``Ledger`` as code; ``Logbook`` never is.
code_names = pytest.mark.sphinx("html", testroot="code-names", freshenv=True)


@code_names
def test_an_entry_written_as_code_is_linked_only_in_its_own_case(app):
    """Another page writes ``Ledger`` as code, so "a ledger of sales" is the
    ordinary noun, and the section's link goes to the class, wherever it stands."""
    links = links_by_section(app)
    assert links["sales"] == ["Ledger"]
    assert links["class-first"] == ["Ledger"]
    assert links["plain-noun"] == []


@code_names
def test_an_entry_never_written_as_code_is_linked_in_small_letters(app):
    """Nothing writes ``Logbook`` as code: "a logbook" is the entry, and the
    section still gets one link, not one per case."""
    links = links_by_section(app)
    assert links["day-book"] == ["logbook"]
    assert links["other-names"] == ["Logbook"]


@pytest.mark.sphinx("html", testroot="code-names", freshenv=True, parallel=2)
def test_an_entry_written_as_code_on_a_page_read_in_another_process(app):
    """With -j the page that writes ``Ledger`` is read in another process than
    the one with "a ledger of sales": the env merge carries what it noted."""
    assert links_by_section(app)["sales"] == ["Ledger"]


@link_sense
def test_a_common_noun_before_the_name_of_a_part_names_that_part(app):
    """'the hauler provider' and 'the hauler folder' are a driver and a
    folder named after haulers; an entry whose definition makes it such a
    part ('A backend that ...') and an acronym entry ('the LSC backend') keep
    their links, and so does the word alone."""
    links = links_by_section(app)
    assert links["named-parts"] == []
    assert links["carriers"] == ["hauler"]
    assert links["writers"] == ["exporter"]
    assert links["scores-by-backend"] == ["LSC"]


@link_sense
def test_an_activity_before_the_name_of_a_part_keeps_its_link(app):
    """A 'parcel sorting provider' provides parcel sorting: the activity keeps its sense."""
    assert links_by_section(app)["sorting-vendors"] == ["parcel sorting"]


@link_sense
def test_a_name_ending_in_a_preposition_is_not_linked_in_prose(app):
    """'belongs to' in a sentence is its grammar, not the relation the entry
    names; written with a hyphen, or alone in a table cell, it is the
    relation; a name that ends in another function word ('many to one') is a
    noun phrase, and links."""
    links = links_by_section(app)
    assert links["owners"] == []
    assert links["owner-links"] == ["belongs-to"]
    assert links["owner-cells"] == ["belongs to"]
    assert links["joins"] == ["many to one"]


#: The 'joined-names' root: ``VOLTA-QP`` is written more often than ``QP`` alone,
#: ``DMA-RB`` once beside three mentions of ``RB`` alone.
joined_names = pytest.mark.sphinx("html", testroot="joined-names", freshenv=True)


@joined_names
def test_a_compound_written_more_often_than_its_term_is_a_name_of_its_own(app):
    """'VOLTA-QP' (three times, 'QP' alone once) is a product, not a queue
    port: no link on its 'QP'; 'DMA-RB', once beside three 'RB', is one kind
    of ring buffer and keeps its link, and so does the term after a prefix in
    small letters ('non-QP')."""
    links = links_by_section(app)
    assert links["firmware"] == []
    assert links["kinds"] == ["RB"]
    assert links["prefixes"] == ["QP"]


@pytest.mark.sphinx("html", testroot="joined-names", freshenv=True, parallel=2)
def test_a_compound_counted_on_pages_read_in_other_processes(app):
    """With -j the pages are read in several processes: the env merge carries their counts."""
    assert links_by_section(app)["firmware"] == []


@pytest.mark.sphinx("html", testroot="quoted-series", freshenv=True)
def test_a_term_quoted_among_values_the_glossary_does_not_know_is_a_value(app):
    """'"notch", "band", or "sieve"' lists a field's values: no link on
    'sieve'; where the glossary defines the other quoted items too, the
    series lists its concepts and each links; a quoted pair is left alone."""
    links = links_by_section(app)
    assert links["filters"] == []
    assert links["grades"] == ["coarse grade", "pebble grade", "fine grade"]
    assert links["pairs"] == ["sieve"]


def test_an_incremental_build_rewrites_the_pages_a_new_compound_name_changes(make_app, rootdir, tmp_path):
    """The first build writes 'QP' alone more often than 'VOLTA-QP' (the boards
    page says 'QP' alone): the buffers page links its 'VOLTA-QP'.  Editing the
    boards page makes the compound a name of its own, and the unchanged
    buffers page is written again without the link."""
    import os
    import time

    src = tmp_path / "src"
    shutil.copytree(rootdir / "test-joined-names", src)
    boards = src / "boards.rst"
    text = boards.read_text()
    boards.write_text("Boards\n======\n\nEach board has one QP, and the QP is fast. A QP never stalls.\n")
    app = make_app("html", srcdir=src)
    app.build()
    assert [t for _, _, t in term_links(html(app, "buffers"))] == ["RB", "QP"]
    boards.write_text(text)
    later = time.time() + 5
    os.utime(boards, (later, later))
    again = make_app("html", srcdir=src)
    again.build()
    assert [t for _, _, t in term_links(html(again, "buffers"))] == ["RB"]


@link_sense
def test_an_affix_entry_is_never_linked_on_the_bare_word(app):
    """'-ish' is its hyphen too: neither the bare word nor the end of a
    hyphenated word is a mention of it, even with autolink on; the affix
    written as itself ("the suffix -ish") is."""
    assert links_by_section(app)["affixes"] == ["-ish"]


@link_sense
def test_the_title_of_a_markdown_link_left_as_text_is_not_linked(app):
    """'[hauler][depot.carriers]' is a link to another target that the build
    could not resolve: its words are that target's title, not the entry."""
    assert links_by_section(app)["link-titles"] == []


@link_sense
def test_the_project_named_after_a_thing_is_not_linked(app):
    """'the Kestrel project' is a project; 'Kestrel' after it is the library."""
    links = links_by_section(app)
    assert links["named-projects"] == ["Kestrel"]
    assert "into the Kestrel project" in html(app, "index")


@link_sense
def test_words_that_open_a_name_the_page_writes_in_code_are_not_linked(app):
    """'ready signal hook' spells the ReadySignalHook of the page's code block:
    the link moves to the later 'ready signal' that is the entry."""
    links = links_by_section(app)
    assert links["signal-hooks"] == ["ready signal"]
    assert "a ready signal hook resource" in html(app, "index")


@link_sense
def test_an_entry_that_is_one_sense_of_its_word_is_not_linked_by_default(app):
    """`Shearwell` is the bundle ("Shearwell (the bundle)"); the same name
    counts the flock as the engine.  Its explicit reference still links."""
    assert links_by_section(app)["senses"] == []
    assert 'href="glossary.html#shearwell"' in html(app, "index")
