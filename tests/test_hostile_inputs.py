"""Hostile input, second round: inputs whose cost grew faster than their size,
configuration files read without the glossary's protections, tracebacks on
odd values, and glossaries whose spellings would rewrite ordinary prose.

The growth tests double an input and check that the time at most about
doubles.  They compare two sizes on the same machine (the best of a few
runs each, to cut the noise of a busy one) and never a wall-clock budget.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import GLOSSARY
from growth import MAX_RATIO, assert_linear

# -- item 2: quadratic inputs ----------------------------------------------------------


def admonitions(n: int) -> str:
    kinds = ("note", "tip", "{warning}")
    return "".join(
        f":::{kinds[i % 3]}\nRemember to normalise clip {i} before the mel spectrogram.\n:::\n\n"
        for i in range(n)
    )


def test_many_admonitions_cost_linear_time():
    from glossary_lint.sources.markdown import parse_markdown

    assert_linear(lambda n: lambda: parse_markdown("a.md", admonitions(n)), 1000)


def test_admonition_bodies_keep_exact_offsets():
    from glossary_lint.sources.markdown import parse_markdown

    source = "# Title\n\n" + admonitions(3) + ":::note\n:::tip\nNested \\*body\\* here.\n:::\n:::\n"
    document = parse_markdown("a.md", source)
    bodies = [s for s in document.segments if "clip" in s.text or "Nested" in s.text]
    assert [s.text.split(" ")[0] for s in bodies] == ["Remember"] * 3 + ["Nested"]
    for segment in bodies:
        for i, ch in enumerate(segment.text):
            offset = segment.source_offset(i)
            assert offset is not None and source[offset] == ch


@pytest.mark.parametrize("broken", ["<a ", '<a title="', "<x '", '<a b="<', "&amp;<b>"])
def test_raw_html_of_broken_tags_costs_linear_time(broken):
    # The text of a raw HTML block is prose: a block of tags that never close
    # must not make each '<' scan the rest of the block.
    from glossary_lint.sources.markdown import parse_markdown

    assert_linear(lambda n: lambda: parse_markdown("a.md", "<div>\nSome words " + broken * n), 30000)


def escape_line(n: int) -> str:
    # Each text token after the emphasis differs from its source by escapes.
    return "A *mel* x\\*y &amp; \\_z\\_ " * n


def test_line_of_emphasis_and_escapes_costs_linear_time():
    from glossary_lint.sources.markdown import parse_markdown

    assert_linear(lambda n: lambda: parse_markdown("a.md", escape_line(n)), 6000)


def test_paragraph_of_escaped_lines_costs_linear_time():
    """Each line is a text token that differs from its source by an escape:
    a search for it in the raw source used to run to the paragraph's end."""
    from glossary_lint.sources.markdown import parse_markdown

    line = "a" * 60 + "\\*\n"
    assert_linear(lambda n: lambda: parse_markdown("a.md", line * n), 10000)


def test_rest_paragraphs_with_escapes_cost_linear_time():
    from glossary_lint.sources.rest import parse_rest

    def page(n: int) -> str:
        return ("The \\*mel\\* spectrogram, *again* \\\\ here.\n\n") * n

    assert_linear(lambda n: lambda: parse_rest("a.rst", page(n)), 3000)


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("a.md", "Use the \\*mel spectrogram\\* &amp; *Encodec* \\_here\\_.\n"),
        ("a.rst", "Use the \\*mel spectrogram\\* and *Encodec* \\\\ here.\n"),
    ],
)
def test_escaped_text_maps_to_its_own_characters(lint, name, source):
    """Text with escapes is prose whose every character maps back to the
    character (or the escaping backslash, or the reference) it came from;
    a term in it is still found where it stands."""
    from glossary_lint.sources.markdown import parse_markdown
    from glossary_lint.sources.rest import parse_rest

    parse = parse_markdown if name.endswith(".md") else parse_rest
    [segment] = parse(name, source).segments
    assert "mel spectrogram" in segment.text
    for i, ch in enumerate(segment.text):
        offset = segment.source_offset(i)
        if offset is not None:
            assert source[offset] == ch or (ch == "\x00" and source[offset] == "\\") or source[offset] == "&"
    [finding] = [f for f in lint(source, name) if f.found == "Encodec"]
    assert source.splitlines()[0][finding.column - 1 :].startswith("Encodec")


def synthetic_glossary(n: int, extra: tuple = ()):
    from glossary_lint.glossary.model import Glossary, Term

    terms = [Term(id=f"entry-{i}", term=f"Sound Unit {i:05d}", definition="A unit.") for i in range(n)]
    return Glossary((*terms, *extra))


def linter_for(glossary):
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter

    return Linter(glossary, Config(root=Path.cwd(), glossary=GLOSSARY))


def test_unknown_references_cost_linear_time():
    """n unknown references against an n-term glossary: each "did you mean"
    used to compare the name with every name of the glossary."""

    def make(n: int) -> Callable[[], object]:
        linter = linter_for(synthetic_glossary(n))
        text = "".join(
            f"See {{term}}`Missing Thing {i:05d}` and [x](glossary.md#gone-{i}).\n\n" for i in range(n)
        )
        return lambda: linter.lint_text("refs.md", text)

    assert_linear(make, 600)


def test_unknown_reference_still_gets_a_suggestion(lint):
    findings = lint("See {term}`Mel Spectogram` and {term}`Wholly Unrelated Words`.\n")
    messages = [f.message for f in findings if f.code == "GL003"]
    assert "did you mean 'mel spectrogram'?" in messages[0]
    assert "did you mean" not in messages[1]


def test_long_spelling_costs_linear_time_and_memory():
    import tracemalloc

    from glossary_lint.glossary.model import Term
    from glossary_lint.matching.matcher import Matcher

    def make(n: int) -> Callable[[], object]:
        glossary = synthetic_glossary(10, (Term(id="long", term="q" * n, definition="Long."),))
        text = "Some prose with " + "q" * n + " in it and " + "q" * (n - 1) + "s.\n"
        return lambda: linter_for(glossary).lint_text("long.md", text)

    assert_linear(make, 6000)
    peaks = []
    for n in (6000, 12000):
        tracemalloc.start()
        Matcher(synthetic_glossary(1, (Term(id="long", term="q" * n, definition="Long."),)))
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    assert peaks[1] / peaks[0] < MAX_RATIO


def test_spelling_of_many_words_costs_linear_time():
    """Prose that repeats the first words of a spelling of hundreds of words:
    each position joined every following word (1,000 words took 42 s)."""
    from glossary_lint.glossary.model import Term

    def make(n: int) -> Callable[[], object]:
        glossary = synthetic_glossary(10, (Term(id="wordy", term=" ".join(["ab"] * n), definition="Long."),))
        linter = linter_for(glossary)
        text = (" ".join(["ab"] * (n - 1)) + ".\n\n") * 20
        return lambda: linter.lint_text("wordy.md", text)

    # 1,000 words, not fewer: a run of a few milliseconds is timed too
    # coarsely on a busy machine, and the ratio then strayed over the bound.
    assert_linear(make, 1000)


def test_long_spelling_is_still_found(tmp_path):
    from glossary_lint.glossary.model import CasePolicy, Term

    glossary = synthetic_glossary(
        1, (Term(id="long", term="Zq" + "q" * 200, definition="Long.", case=CasePolicy.EXACT),)
    )
    [finding] = [f for f in linter_for(glossary).lint_text("a.md", "We met " + "zq" + "q" * 200 + ".\n")]
    assert finding.code == "GL001" and finding.suggestion == "Zq" + "q" * 200


def test_configuration_size_costs_linear_time(tmp_path):
    from glossary_lint.config import load_config

    def make(n: int) -> Callable[[], object]:
        folder = tmp_path / str(n)
        folder.mkdir()
        words = "".join(f"  - Word{i}\n" for i in range(n))
        (folder / ".glossary-lint.yaml").write_text(f"glossary: {GLOSSARY}\nknown-words:\n{words}")
        return lambda: load_config(folder)

    assert_linear(make, 30000)  # the doubled file stays under the 1 MiB cap


# -- item 3: the configuration read like the glossary ------------------------------------


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The CLI with a short timeout: a blocked read fails the test, not the suite."""
    return subprocess.run(
        [sys.executable, "-m", "glossary_lint", *args], cwd=cwd, capture_output=True, text=True, timeout=60
    )


def assert_one_line_error(proc: subprocess.CompletedProcess[str], name: str, message: str) -> None:
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("glossary-lint: error:")]
    assert len(errors) == 1 and name in errors[0] and message in errors[0], proc.stderr


@pytest.fixture
def chapter(tmp_path):
    (tmp_path / "a.md").write_text("We use Encodec.\n")
    return tmp_path


BILLION_LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
    f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
    for i in range(9)
)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (BILLION_LAUGHS, "YAML aliases (*name) are not allowed"),
        ("glossary: !!python/object/apply:os.system ['true']\n", "is not allowed"),
        ("known-words: " + "[" * 5000 + "]" * 5000 + "\n", "nests more than 32 levels deep"),
        ("known-words:\n" + "  - word\n" * 150_000, "a configuration file may be at most 1,048,576 bytes"),
    ],
    ids=["aliases", "tag", "deep", "huge"],
)
def test_hostile_yaml_configuration(chapter, content, message):
    (chapter / ".glossary-lint.yaml").write_text(content)
    assert_one_line_error(run_cli("check", "a.md", cwd=chapter), ".glossary-lint.yaml", message)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[tool.glossary-lint]\nknown-words = " + "[" * 5000 + "]" * 5000 + "\n", "nests too deeply"),
        ("[tool.glossary-lint]\nfail-on = " + "7" * 5000 + "\n", "invalid TOML"),
    ],
    ids=["deep", "long-integer"],
)
def test_hostile_toml_configuration(chapter, content, message):
    (chapter / "pyproject.toml").write_text(content)
    assert_one_line_error(run_cli("check", "a.md", cwd=chapter), "pyproject.toml", message)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("role", ["glossary", "config"])
@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_glossary_or_configuration_that_is_no_regular_file(chapter, role, kind):
    if kind == "fifo":
        target = chapter / "pipe"
        os.mkfifo(target)
    else:
        target = Path("/dev/zero")
    if role == "glossary":
        (chapter / ".glossary-lint.yaml").write_text(f"glossary: {target}\n")
        args = ["check", "a.md"]
    else:
        args = ["check", "--config", str(target), "a.md"]
    assert_one_line_error(run_cli(*args, cwd=chapter), str(target), "is not a regular file")


# -- item 8: odd values give one-line errors --------------------------------------------


def test_impossible_date_is_text(tmp_path, chapter):
    import re

    glossary = re.sub(r"(?m)^title: .*$", "title: 2024-13-45", GLOSSARY.read_text(), count=1)
    (tmp_path / "g.yaml").write_text(glossary)
    from glossary_lint.glossary.loader import load_glossary

    assert load_glossary(tmp_path / "g.yaml").title == "2024-13-45"
    proc = run_cli("check", "--glossary", "g.yaml", "a.md", cwd=chapter)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr


def test_integer_of_thousands_of_digits_in_a_glossary(tmp_path):
    (tmp_path / "g.yaml").write_text("version: " + "9" * 5000 + "\nterms: []\n")
    proc = run_cli("glossary", "check", "g.yaml", cwd=tmp_path)
    assert_one_line_error(proc, "g.yaml:1", "cannot be read as a number")


def test_undecodable_file_name_does_not_stop_the_run(chapter):
    name = os.fsdecode(b"bad\xff.md")
    (chapter / name).write_text("We use Encodec too.\n")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "glossary_lint",
            "check",
            ".",
            "--format",
            "json",
            "--glossary",
            str(GLOSSARY),
        ],
        cwd=chapter,
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr
    report = __import__("json").loads(proc.stdout.decode("utf-8"))
    paths = sorted(f["path"] for f in report["findings"])
    assert paths == ["a.md", "bad\\xff.md"]


# -- item 10: degenerate glossaries ------------------------------------------------------


def entry(id_: str, term: str, extra: str = "") -> str:
    return f"  - id: {id_}\n    term: {term}\n    definition: Something about sound.\n{extra}"


EXACT = "    case: exact\n"
REFUSED = {
    "zwj": (entry("codec", '"En\\u200dCodec"', EXACT), "invisible characters (U+200D)"),
    "bidi": (entry("codec", '"EnCodec\\u202e"', EXACT), "invisible characters (U+202E)"),
    "cyrillic": (entry("codec", "EnCodec", EXACT + "    aliases: [En\u0421odec]\n"), "Latin and Cyrillic"),
    "variant-the": (entry("codec", "EnCodec", EXACT + "    variants: [the]\n"), "is an ordinary word"),
    "variant-letter": (entry("codec", "EnCodec", "    variants: [c]\n"), "is an ordinary word"),
    "duplicate-id": (entry("codec", "EnCodec") + entry("codec", "Encoder"), "duplicate id 'codec'"),
}
WARNED = {
    "many-words": (entry("wordy", " ".join(["sound"] * 17)), "spellings of more than 16 are not looked for"),
    "one-letter": (
        entry("x-axis", "X", "    expansion: The horizontal axis\n"),
        "is one letter or a common word",
    ),
    "greek": (entry("delta-t", "\u0394t", EXACT), "Latin and Greek"),
}


@pytest.mark.parametrize(
    ("entries", "message", "refused"),
    [(*REFUSED[k], True) for k in REFUSED] + [(*WARNED[k], False) for k in WARNED],
    ids=[*REFUSED, *WARNED],
)
def test_degenerate_glossaries(tmp_path, chapter, entries, message, refused):
    """Errors stop ``glossary check`` (exit 2) and make ``check`` refuse the
    glossary; warnings leave both running."""
    severity = "error" if refused else "warning"
    (tmp_path / "g.yaml").write_text("terms:\n" + entries, encoding="utf-8")
    proc = run_cli("glossary", "check", str(tmp_path / "g.yaml"), cwd=tmp_path)
    lines = [line for line in proc.stdout.splitlines() if message in line]
    assert lines and f": {severity}: " in lines[0], proc.stdout + proc.stderr
    assert "\u200d" not in proc.stdout and "\u202e" not in proc.stdout
    assert proc.returncode == (2 if refused else 0)
    proc = run_cli("check", "--glossary", str(tmp_path / "g.yaml"), "a.md", cwd=chapter)
    if refused:
        assert proc.returncode == 2 and message in proc.stderr and "Traceback" not in proc.stderr
    else:
        assert proc.returncode in (0, 1), proc.stderr
