"""Broken glossaries: one clear line each, exit 2, never a traceback."""

from __future__ import annotations

import pytest

from glossary_lint.glossary.loader import GlossaryError, parse_glossary

GOOD_ENTRY = "  - id: codec\n    term: Codec\n    definition: A thing that codes.\n"


def glossary_file(tmp_path, text: str | bytes, name: str = "g.yaml"):
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def check(cli, path):
    proc = cli("glossary", "check", str(path))
    assert "Traceback" not in proc.stderr + proc.stdout
    return proc


def error_lines(proc) -> list[str]:
    return [line for line in proc.stderr.splitlines() if line.startswith("glossary-lint: error:")]


CASES = {
    "bad-yaml": ("terms:\n  - id: x\n   term: [unclosed\n", "invalid YAML"),
    "wrong-type": ("terms:\n  - id: x\n    term: X\n    definition: 42\n", "'definition' must be a string"),
    "missing-definition": ("terms:\n  - id: x\n    term: X\n", "missing required key 'definition'"),
    "unknown-key": ("terms:\n" + GOOD_ENTRY + "    colour: red\n", "unknown key 'colour'"),
    "python-tag": ("terms: !!python/object/apply:os.system ['echo pwned']\n", "tag"),
    "python-name": ("terms:\n  - id: x\n    term: !!python/name:os.system\n    definition: d\n", "tag"),
    "terms-not-list": ("terms: {a: 1}\n", "'terms' must be a list"),
    "top-level-list": ("- a\n- b\n", "top level must be a mapping"),
    "yaml-alias": ("terms:\n  - &e {id: a, term: A, definition: d}\n  - *e\n", "aliases"),
    "bad-case": (
        "terms:\n  - id: x\n    term: X\n    definition: d\n    case: upper\n",
        "'exact' or 'sentence'",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_glossary_is_one_clear_error(cli, tmp_path, name):
    text, expected = CASES[name]
    path = glossary_file(tmp_path, text)
    proc = check(cli, path)
    assert proc.returncode == 2
    lines = error_lines(proc)
    assert len(lines) == 1, proc.stderr
    assert str(path) in lines[0] and expected in lines[0]
    assert proc.stderr.count("\n") == 1


def test_python_tag_is_refused_not_executed(cli, tmp_path):
    marker = tmp_path / "pwned"
    text = f"terms: !!python/object/apply:os.system ['touch {marker}']\n"
    proc = check(cli, glossary_file(tmp_path, text))
    assert proc.returncode == 2
    assert not marker.exists()


def test_exponential_aliases_are_refused_quickly():
    laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        for p, c in zip("abcdefgh", "bcdefghi")
    )
    with pytest.raises(GlossaryError, match="aliases"):
        parse_glossary(laughs)


def test_duplicate_spellings_are_a_collision(cli, tmp_path):
    text = "terms:\n" + GOOD_ENTRY + "  - id: codec-two\n    term: CODEC\n    definition: Again.\n"
    proc = check(cli, glossary_file(tmp_path, text))
    assert proc.returncode == 2
    assert ":5: error: canonical 'codec' of 'codec-two' claims the spelling" in proc.stdout


@pytest.mark.parametrize("kind", ["missing", "directory", "empty", "huge", "latin1"])
def test_unusable_files(cli, tmp_path, kind):
    if kind == "missing":
        path, expected = tmp_path / "nope.yaml", "no such file"
    elif kind == "directory":
        path, expected = tmp_path, "is a directory"
    elif kind == "empty":
        path, expected = glossary_file(tmp_path, ""), "is empty"
    elif kind == "huge":
        path = glossary_file(tmp_path, "terms: []\n" + "# padding\n" * 1_100_000)
        expected = "a glossary may be at most"
    else:
        path, expected = glossary_file(tmp_path, "terms: []\n# caf\xe9\n".encode("latin-1")), "not UTF-8"
    proc = check(cli, path)
    assert proc.returncode == 2
    lines = error_lines(proc)
    assert len(lines) == 1 and expected in lines[0] and str(path) in lines[0]


def test_every_problem_is_reported_with_its_line():
    text = "terms:\n  - id: a\n    term: A\n    definition: 1\n  - id: b\n    term: B\n"
    with pytest.raises(GlossaryError) as info:
        parse_glossary(text, "g.yaml")
    assert info.value.lines() == [
        "g.yaml:4: entry 'a': 'definition' must be a string, not a number",
        "g.yaml:5: entry 'b': missing required key 'definition'",
    ]


def test_model_is_immutable(glossary):
    import dataclasses

    term = glossary.by_id["encodec"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        term.term = "Encodec"  # type: ignore[misc]
    with pytest.raises(TypeError):
        glossary.by_id["x"] = term  # type: ignore[index]
