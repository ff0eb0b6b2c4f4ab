"""What a new user meets in the first hour: runs that check nothing fail, errors
look alike, rules answer to their names, and the first run on a large handbook
says what to do next (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import GLOSSARY

ERROR = "glossary-lint: error: "


@pytest.fixture
def handbook(tmp_path: Path) -> Path:
    """A handbook with a configuration naming the project's glossary, two
    chapters and its glossary page."""
    (tmp_path / ".glossary-lint.yaml").write_text(f"glossary: {GLOSSARY}\n")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "codecs.md").write_text("# Codecs\n\nThe Encodec model squeezes audio into tokens.\n")
    (docs / "spectra.md").write_text("# Spectra\n\nA mel spectrogram shows pitch over time.\n")
    (docs / "glossary.md").write_text(
        "# Glossary\n\n### Softmax\n\nTurns scores into a distribution; see the transformer.\n"
    )
    return tmp_path


def one_error_line(proc) -> str:
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith(ERROR) and proc.stderr.count("\n") == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    return proc.stderr


# Item 1: silent passes


def test_a_mistyped_folder_is_a_usage_error(cli, handbook):
    for command in ("check", "stats", "suggest"):
        proc = cli(command, "doc/", cwd=handbook)
        assert one_error_line(proc) == f"{ERROR}doc: no such file or folder\n", command
        assert proc.stdout == ""


def test_an_empty_select_is_a_usage_error(cli, handbook):
    assert "--select names no rule" in one_error_line(cli("check", "docs", "--select", "", cwd=handbook))
    assert "--select names no rule" in one_error_line(cli("check", "docs", "--select", " , ", cwd=handbook))


def test_a_selection_that_leaves_no_rule_is_a_usage_error(cli, handbook):
    proc = cli("check", "docs", "--select", "GL001", "--ignore", "GL001", cwd=handbook)
    assert "no rule left to run" in one_error_line(proc)
    (handbook / ".glossary-lint.yaml").write_text(f"glossary: {GLOSSARY}\nselect: []\n")
    assert "no rule left to run" in one_error_line(cli("check", "docs", cwd=handbook))


@pytest.mark.parametrize("command", ["check", "stats", "suggest"])
def test_a_run_that_finds_no_file_fails_and_says_so(cli, handbook, command):
    (handbook / "empty").mkdir()
    message = one_error_line(cli(command, "empty", cwd=handbook))
    assert message.startswith(f"{ERROR}no files to check in empty (folders are searched for *.md")


def test_a_folder_of_files_outside_include_is_not_a_pass(cli, handbook):
    mdx = handbook / "site"
    mdx.mkdir()
    (mdx / "page.notes").write_text("The Encodec model.\n")
    assert "no files to check in site" in one_error_line(cli("check", "site", cwd=handbook))
    # Named explicitly, a file is checked whatever its name.
    proc = cli("check", "site/page.notes", cwd=handbook)
    assert proc.returncode == 1 and "GL001" in proc.stdout


# Item 3: stats and suggest leave out the glossary page


def test_stats_leaves_out_the_glossary_page(cli, handbook):
    proc = cli("stats", "docs", "--format", "json", cwd=handbook)
    report = json.loads(proc.stdout)
    assert sorted(Path(c).name for c in report["chapters"]) == ["codecs.md", "spectra.md"]
    assert [Path(p).name for p in report["glossary_pages"]] == ["glossary.md"]
    assert "softmax" in report["unused"] and "transformer" in report["unused"]
    text = cli("stats", "docs", cwd=handbook).stdout
    assert "in 2 chapters" in text and "Left out: docs/glossary.md (the glossary page)." in text


def test_suggest_leaves_out_the_glossary_page(cli, handbook):
    (handbook / "docs" / "glossary.md").write_text(
        "# Glossary\n\n### WaveNet\n\nWaveNet and WaveNet again.\n"
    )
    proc = cli("suggest", "docs", "--format", "json", cwd=handbook)
    assert [s["term"] for s in json.loads(proc.stdout)["suggestions"]] == []


def test_the_glossary_page_key_names_the_page_for_stats(cli, handbook):
    (handbook / ".glossary-lint.yaml").write_text(f"glossary: {GLOSSARY}\nglossary-page: terms\n")
    (handbook / "docs" / "glossary.md").rename(handbook / "docs" / "terms.md")
    report = json.loads(cli("stats", "docs", "--format", "json", cwd=handbook).stdout)
    assert [Path(p).name for p in report["glossary_pages"]] == ["terms.md"]


# Item 8: small inconsistencies


def test_rules_lists_gl000_and_explain_takes_names(cli):
    assert "GL000  unreadable-file" in cli("rules").stdout
    by_name = cli("explain", "term-spelling")
    assert by_name.returncode == 0 and by_name.stdout == cli("explain", "GL001").stdout
    assert cli("explain", "Unreadable-File").stdout.startswith("GL000 (unreadable-file)")
    assert "unknown rule 'term-speling'" in one_error_line(cli("explain", "term-speling"))


def test_explain_gl000_names_the_encodings_that_are_read(cli):
    text = cli("explain", "GL000").stdout
    assert "UTF-16 with a byte-order mark" in text and "not valid UTF-8" not in text


def test_select_and_ignore_take_rule_names(cli, handbook):
    proc = cli("check", "docs", "--select", "term-spelling", "--format", "json", cwd=handbook)
    assert {f["code"] for f in json.loads(proc.stdout)["findings"]} == {"GL001"}
    proc = cli("check", "docs", "--ignore", "term-spelling", cwd=handbook)
    assert proc.returncode == 0
    assert "--select: unknown rule 'spelling'" in one_error_line(
        cli("check", "docs", "--select", "spelling", cwd=handbook)
    )


def test_config_keys_take_rule_names(cli, handbook):
    (handbook / ".glossary-lint.yaml").write_text(
        f"glossary: {GLOSSARY}\nselect: [term-spelling, undefined-term]\nignore: [undefined-term]\n"
        "severity: {term-spelling: error}\nfail-on: error\n"
    )
    proc = cli("check", "docs", "--format", "json", cwd=handbook)
    findings = json.loads(proc.stdout)["findings"]
    assert proc.returncode == 1 and {(f["code"], f["severity"]) for f in findings} == {("GL001", "error")}


@pytest.mark.parametrize(
    "args", [["check", "--bogus"], ["check", "--format", "xml"], ["import"], ["nonsense"]]
)
def test_click_usage_errors_share_the_error_style(cli, args):
    proc = cli(*args)
    message = one_error_line(proc)
    assert "Usage:" not in proc.stderr and "\nError:" not in proc.stderr
    assert "--help'" in message


def test_a_bare_command_shows_the_help_and_fix_with_diff_is_one_line(cli, handbook):
    bare = cli()
    assert bare.returncode == 2 and bare.stderr.startswith("Usage: glossary-lint [OPTIONS] COMMAND")
    assert "--fix and --diff cannot be combined" in one_error_line(
        cli("check", "docs", "--fix", "--diff", cwd=handbook)
    )


def test_import_creates_the_output_folder_and_names_no_missing_schema(cli, handbook):
    out = handbook / "new" / "data" / "glossary.yaml"
    proc = cli("import", "docs/glossary.md", "-o", str(out), cwd=handbook)
    assert proc.returncode == 0, proc.stderr
    assert "$schema" not in out.read_text()
    schema = out.parent / "glossary.schema.json"
    schema.write_text(cli("glossary", "schema").stdout)
    cli("import", "docs/glossary.md", "-o", str(out), cwd=handbook)
    first = out.read_text().splitlines()[0]
    assert first == "# yaml-language-server: $schema=glossary.schema.json"
    assert (out.parent / first.split("$schema=", 1)[1]).is_file()


def test_check_without_configuration_says_where_it_looked_and_offers_import(cli, handbook):
    (handbook / ".glossary-lint.yaml").unlink()
    message = one_error_line(cli("check", cwd=handbook))
    assert "looked for data/glossary.yaml and glossary.yaml in" in message
    assert "'glossary-lint import docs/glossary.md -o data/glossary.yaml'" in message


def test_the_working_folders_configuration_is_not_applied_to_another_tree(cli, handbook, tmp_path_factory):
    here = tmp_path_factory.mktemp("project")
    (here / ".glossary-lint.yaml").write_text(
        f"glossary: {GLOSSARY}\nexclude: [codecs.md]\nignore: [GL001]\n"
    )
    (handbook / ".glossary-lint.yaml").unlink()
    proc = cli("check", str(handbook / "docs"), "--glossary", str(GLOSSARY), "--format", "json", cwd=here)
    found = {(Path(f["path"]).name, f["code"]) for f in json.loads(proc.stdout)["findings"]}
    assert ("codecs.md", "GL001") in found


# Item 9: the first run on a large handbook


def test_a_dominant_rule_gets_a_hint_in_text_output_only(cli, handbook):
    # Thirty acronyms of their own (ZQX0 ... ZQX9 would be models of one numbered line).
    words = " ".join(f"ZQ{chr(65 + n // 26)}{chr(65 + n % 26)}" for n in range(30))
    (handbook / "docs" / "models.md").write_text(f"# Models\n\nWe compare {words} here.\n")
    proc = cli("check", "docs", cwd=handbook)
    hint = proc.stderr.strip().splitlines()[-1]
    assert hint.startswith("hint: 30 of 31 findings are GL002:")
    assert "glossary-lint suggest" in hint and "known-words" in hint and "--ignore GL002" in hint
    assert "hint:" not in proc.stdout
    for fmt in ("json", "github", "sarif"):
        proc = cli("check", "docs", "--format", fmt, cwd=handbook)
        assert proc.stderr == "", fmt


def test_no_hint_when_findings_are_few_or_mixed(cli, handbook):
    proc = cli("check", "docs", cwd=handbook)
    assert proc.returncode == 1 and "hint:" not in proc.stderr
