"""Work that does not depend on the document is done once per process."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from glossary_lint.config import Config
from glossary_lint.engine import Linter
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.runner import PARALLEL_THRESHOLD, run
from glossary_lint.sources import rest


def test_rest_settings_are_built_once_and_each_document_gets_its_own_copy(monkeypatch):
    built = []
    real = rest.get_default_settings

    def counting(*components):
        built.append(components)
        return real(*components)

    monkeypatch.setattr(rest, "get_default_settings", counting)
    rest._default_settings.cache_clear()
    try:
        first = rest.parse_rest("one.rst", "Heading\n=======\n\nA line with a *broken emphasis.\n")
        second = rest.parse_rest("two.rst", "Other\n=====\n\nA calm second page.\n")
        a, b = rest._settings(), rest._settings()
    finally:
        rest._default_settings.cache_clear()
    assert len(built) == 1
    assert first.path == "one.rst" and second.path == "two.rst"
    assert a.warning_stream is not b.warning_stream
    assert a.record_dependencies is not b.record_dependencies
    assert (a.report_level, a.file_insertion_enabled, a.raw_enabled) == (5, False, False)


def test_glossary_indexes_are_built_once_before_workers_are_forked(tmp_path):
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("workers are forked only where the platform can fork")
    glossary = parse_glossary(
        "version: 1\nterms:\n  - id: tape-loop\n    term: Tape Loop\n    definition: A spliced ring of tape.\n"
    )
    for i in range(PARALLEL_THRESHOLD + 2):
        (tmp_path / f"page{i}.md").write_text("A {term}`tape loop` hums along.\n", encoding="utf-8")
    linter = Linter(glossary, Config(root=tmp_path, glossary=Path("glossary.yaml")))
    assert "names" not in vars(glossary) and "anchors" not in vars(glossary)
    result = run([tmp_path], linter, jobs=2)
    assert result.files == PARALLEL_THRESHOLD + 2
    assert {"names", "anchors"} <= vars(glossary).keys()
    assert "glossary_lint.glossary.model._known_forms" in glossary.tables


def _invented_glossary(count: int) -> str:
    """``count`` two-word terms of made-up words (``Zorvek Plimathor``)."""
    entries = []
    for i in range(count):
        first = "zorvek" + "abcdefghij"[i % 10] + "abcdefghij"[i // 10 % 10]
        entries.append(
            f"  - id: t{i}\n    term: {first.title()} Plimathor{i}\n    definition: An invented thing.\n"
        )
    return "version: 1\nterms:\n" + "".join(entries)


def test_building_the_matcher_asks_no_word_frequencies(monkeypatch):
    """Whether a term's word is everyday English is asked of the words prose
    splits, when it does: not of every word of the glossary at start-up."""
    from glossary_lint.matching import matcher

    asked: list[str] = []
    real = matcher.is_ordinary_word
    monkeypatch.setattr(matcher, "is_ordinary_word", lambda phrase: asked.append(phrase) or real(phrase))
    glossary = parse_glossary(_invented_glossary(40))
    built = matcher.Matcher(glossary)
    assert asked == []
    from glossary_lint.sources.markdown import parse_markdown

    document = parse_markdown("page.md", "Each zor-vekaa and plain ending sits here.\n")
    found = [m for segment in document.segments for m in built.mentions(segment)]
    assert [m.found for m in found] == ["zor-vekaa"] and asked == ["zorvekaa"]


def test_the_linter_is_built_without_collections_of_the_heap():
    """The index is thousands of small objects and no cycles: the collector,
    set off by their number, would only traverse the glossary again and again."""
    import gc

    glossary = parse_glossary(_invented_glossary(3000))
    collections: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    config = Config(root=Path("."), glossary=Path("glossary.yaml"))
    gc.collect()  # what came before sets nothing off
    gc.callbacks.append(count)
    try:
        Linter(glossary, config)
    finally:
        gc.callbacks.remove(count)
    # Built with the collector running, 3,000 terms set off 70 collections;
    # paused, one young collection is left, when it is set going again.
    assert len(collections) <= 1, collections
    assert gc.isenabled()


def test_a_run_with_its_caches_warm_imports_neither_pyyaml_nor_wordfreq(tmp_path):
    """The compiled glossary and the English word table stand in for them."""
    import subprocess
    import sys

    from conftest import GLOSSARY

    (tmp_path / "page.md").write_text("The quantizer feeds a vocodor and a spectogram.\n", encoding="utf-8")
    probe = (
        "import sys\n"
        "from glossary_lint.cli import main\n"
        "try:\n"
        "    main([sys.argv[1], '--glossary', sys.argv[2], '--format', 'json', 'page.md'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted({'yaml', 'wordfreq'} & sys.modules.keys()), file=sys.stderr)\n"
    )
    command = [sys.executable, "-c", probe, "check", str(GLOSSARY)]
    runs = [
        subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False) for _ in range(2)
    ]
    assert runs[0].stdout == runs[1].stdout and "GL" in runs[0].stdout
    assert runs[1].stderr.strip().splitlines()[-1] == "[]"


def test_the_rest_reader_asks_pygments_for_no_lexer(monkeypatch):
    """Code is skipped, so it is not highlighted: a lexer look-up runs
    Pygments' plugin search, which imports whatever registers a lexer."""
    from docutils.utils import code_analyzer

    asked: list[str] = []
    monkeypatch.setattr(code_analyzer, "get_lexer_by_name", lambda name: asked.append(name) or 1 / 0)
    rest._default_settings.cache_clear()
    try:
        document = rest.parse_rest(
            "page.rst", "Intro line here.\n\n.. code:: python\n\n   x = 1\n\nA :code:`y = 2` aside.\n"
        )
    finally:
        rest._default_settings.cache_clear()
    assert asked == []
    assert [s.text for s in document.segments] == ["Intro line here.", "A \ufffc aside."]


def test_gl002_and_gl005_share_one_search_of_a_document(monkeypatch, tmp_path):
    # Both rules report kinds of the same search for undefined words; with both
    # selected, the document is still searched once.
    from glossary_lint.rules import undefined

    calls = []
    search = undefined.undefined_words

    def counted(*args, **kwargs):
        calls.append(1)
        return search(*args, **kwargs)

    monkeypatch.setattr(undefined, "undefined_words", counted)
    # The glossary defines an acronym, so GL002 runs (see rules/acronym_habit.py).
    glossary = parse_glossary(
        "terms:\n- id: codec\n  term: codec\n  definition: A coder.\n"
        "- id: qzb\n  term: QZB\n  expansion: Quiet Zone Buffer\n  definition: A buffer.\n",
        "g.yaml",
    )
    linter = Linter(glossary, Config(root=tmp_path, select=("GL002", "GL005")))
    found = linter.lint_text("a.md", "The QZX codec runs on a ZorbaNet cluster.\n")
    assert {f.code for f in found} == {"GL002", "GL005"}
    assert len(calls) == 1


def test_the_matcher_asks_its_key_index_once_per_distinct_word(monkeypatch):
    """Prose repeats its words: what a word may begin is remembered, so a
    paragraph of one word repeated asks the index about it once."""
    from glossary_lint.matching.matcher import Matcher
    from glossary_lint.sources.markdown import parse_markdown

    built = Matcher(parse_glossary(_invented_glossary(5)))
    asked: list[str] = []
    real = built._prefixes.ends_word
    monkeypatch.setattr(built._prefixes, "ends_word", lambda text: asked.append(text) or real(text))
    document = parse_markdown("page.md", "Odd pebble, odd pebble, odd pebble and Zorvekaa Plimathor0.\n")
    found = [m.found for segment in document.segments for m in built.mentions(segment)]
    assert found == ["Zorvekaa Plimathor0"]
    assert sorted(set(asked)) == sorted(asked)


def test_each_compound_is_judged_once_however_often_a_document_writes_it(monkeypatch):
    """An acronym recurs through a document; which kind of word it is (asked
    of several word lists) is worked out once."""
    from glossary_lint.rules import acronyms

    acronyms.word_kind.cache_clear()
    acronyms._compound_kind.cache_clear()
    asked: list[str] = []
    real = acronyms.is_common_name
    monkeypatch.setattr(acronyms, "is_common_name", lambda word: asked.append(word) or real(word))
    text = "The QZX unit and the QZX-PRO unit. Later the QZX unit again, and QZX-PRO once more."
    found = [(c.word, c.kind) for c in acronyms.candidates(text)]
    assert found == [("QZX", "acronym"), ("QZX-PRO", "acronym")] * 2
    assert sorted(asked) == ["PRO", "QZX"]
    acronyms.word_kind.cache_clear()
    acronyms._compound_kind.cache_clear()


def test_gl001_reads_a_documents_class_names_only_when_a_mention_could_be_one(monkeypatch, tmp_path):
    from glossary_lint.rules import term_spelling

    read: list[int] = []
    real = term_spelling.code_names
    monkeypatch.setattr(term_spelling, "code_names", lambda source: read.append(1) or real(source))
    glossary = parse_glossary("terms:\n- id: tape-loop\n  term: tape loop\n  definition: A ring.\n", "g.yaml")
    linter = Linter(glossary, Config(root=tmp_path, select=("GL001",)))
    assert linter.lint_text("a.md", "A tape loop hums; a tape-loop hums too.\n") != []
    assert read == []
    linter.lint_text("b.md", "We spliced it. Mid-sentence a Tape Loop hums.\n")
    assert read == [1]


def test_a_word_is_looked_up_for_typos_once_and_a_term_never(monkeypatch):
    """The typo search (which asks the English word table) runs once per
    distinct word, when first needed, and not for a word that names a term."""
    from glossary_lint.matching.matcher import Matcher
    from glossary_lint.sources.markdown import parse_markdown

    glossary = parse_glossary(
        "terms:\n- id: q\n  term: quorblaster\n  definition: A made-up tool.\n", "g.yaml"
    )
    built = Matcher(glossary)
    asked: list[str] = []
    real = built._typo_lookup
    monkeypatch.setattr(built, "_typo_lookup", lambda word: asked.append(word) or real(word))
    text = (
        "Pebbles and a quorblaster; pebbles, a quorblastr, the quorblaster, quorblastr again and pebbles.\n"
    )
    document = parse_markdown("page.md", text)
    found = [(m.found, m.typo) for segment in document.segments for m in built.mentions(segment)]
    assert found == [
        ("quorblaster", False),
        ("quorblastr", True),
        ("quorblaster", False),
        ("quorblastr", True),
    ]
    assert sorted(asked) == ["again", "pebbles", "quorblastr"]


def test_a_page_without_term_references_imports_no_difflib(tmp_path):
    """difflib rates the near names of an unknown term reference: a run whose
    pages have none does not import it."""
    import subprocess
    import sys

    from conftest import GLOSSARY

    (tmp_path / "page.md").write_text("The quantizer feeds a vocodor.\n", encoding="utf-8")
    (tmp_path / "bad.md").write_text("See {term}`Quantiser` here.\n", encoding="utf-8")
    probe = (
        "import sys\n"
        "from glossary_lint.cli import main\n"
        "try:\n"
        "    main(['check', '--glossary', sys.argv[1], '--format', 'json', sys.argv[2]])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('difflib' in sys.modules, file=sys.stderr)\n"
    )
    runs = {
        page: subprocess.run(
            [sys.executable, "-c", probe, str(GLOSSARY), page], cwd=tmp_path, capture_output=True, text=True
        )
        for page in ("page.md", "bad.md")
    }
    assert runs["page.md"].stderr.strip().splitlines()[-1] == "False"
    assert "GL003" in runs["bad.md"].stdout and runs["bad.md"].stderr.strip().splitlines()[-1] == "True"


def test_a_block_after_many_lines_is_not_searched_for_on_each_of_them(monkeypatch):
    """A paragraph whose first line has a role in it is not written on its
    line as docutils gives its text; the lines between the previous block and
    it (a code block's 30) are then tried in one search, not one each."""
    from glossary_lint.sources import doctree

    calls: list[str] = []
    real = doctree.locate

    def counting(source: str, lo: int, hi: int, text: str, marks: str = ""):  # type: ignore[no-untyped-def]
        calls.append(text)
        return real(source, lo, hi, text, marks)

    monkeypatch.setattr(doctree, "locate", counting)
    code = "\n".join(f"    pot_{i} = sow(tray, {i})" for i in range(30))
    document = rest.parse_rest(
        "trays.rst",
        f"Seeds go in trays.\n\n::\n\n{code}\n\nThe pot of :func:`helper` holds\nseedling trays.\n",
    )
    assert [s.text for s in document.segments] == [
        "Seeds go in trays.",
        "The pot of \ufffc holds\nseedling trays.",
    ]
    line, _ = document.lines.position(document.segments[1].source_offset(0))
    assert line == 36
    assert len(calls) < 15


def test_a_short_option_with_its_value_imports_no_difflib(tmp_path):
    """``-j1`` and ``-j 1`` read as ``--jobs 1``, without the failed long-option
    look-up whose error imports difflib to name close options."""
    import subprocess
    import sys

    from conftest import GLOSSARY

    (tmp_path / "page.md").write_text("The quantizer feeds a vocodor.\n", encoding="utf-8")
    probe = (
        "import sys\n"
        "from glossary_lint.cli import main\n"
        "try:\n"
        "    main(['check', '--glossary', sys.argv[1], '--format', 'json', *sys.argv[2:]])\n"
        "except SystemExit as exit:\n"
        "    print(exit.code, 'difflib' in sys.modules, file=sys.stderr)\n"
    )
    runs = {
        " ".join(args): subprocess.run(
            [sys.executable, "-c", probe, str(GLOSSARY), *args], cwd=tmp_path, capture_output=True, text=True
        )
        for args in (["-j1", "page.md"], ["page.md", "-j", "1"], ["--jobs", "1", "page.md"])
    }
    assert len({run.stdout for run in runs.values()}) == 1 and "GL001" in runs["-j1 page.md"].stdout
    assert {run.stderr.strip().splitlines()[-1] for run in runs.values()} == {"1 False"}


def test_short_options_are_given_to_click_by_their_long_names():
    from glossary_lint.cli import _short_options_long, main

    params = main.commands["check"].params
    assert _short_options_long(["-j1", "a.md"], params) == ["--jobs", "1", "a.md"]
    assert _short_options_long(["a.md", "-j", "2"], params) == ["a.md", "--jobs", "2"]
    # A value that looks like an option stays a value; so does all after "--".
    assert _short_options_long(["--glossary", "-j1", "a.md"], params) == ["--glossary", "-j1", "a.md"]
    assert _short_options_long(["--", "-j1"], params) == ["--", "-j1"]
    # Left to click, which names the option as written: no value, or "=".
    assert _short_options_long(["a.md", "-j"], params) == ["a.md", "-j"]
    assert _short_options_long(["-j=1"], params) == ["-j=1"]


def test_short_options_read_as_before(tmp_path, cli):
    from conftest import GLOSSARY

    (tmp_path / "page.md").write_text("The quantizer feeds a vocodor.\n", encoding="utf-8")
    common = ("check", "page.md", "--glossary", str(GLOSSARY), "--format", "json")
    wanted = cli(*common, "--jobs", "1", cwd=tmp_path)
    assert "GL001" in wanted.stdout
    for args in (["-j1"], ["-j", "1"]):
        got = cli(*common, *args, cwd=tmp_path)
        assert (got.returncode, got.stdout) == (wanted.returncode, wanted.stdout)
    missing = cli(*common, "-j", cwd=tmp_path)
    assert missing.returncode == 2 and "'-j' requires an argument" in missing.stderr
    wrong = cli(*common, "-jx", cwd=tmp_path)
    assert wrong.returncode == 2 and "'x' is not a valid integer range" in wrong.stderr
