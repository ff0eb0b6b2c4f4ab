"""Load a glossary YAML file into the model, safely and with line numbers.

The YAML is composed into nodes with PyYAML's *safe* composer and turned
into Python values by hand, which is what lets every error name its line,
and what refuses the two ways a data file can attack its reader: tags that
construct objects (``!!python/object``) and anchors/aliases that expand
exponentially.  Neither has a use in a glossary, so both are errors.

The schema is one table (:data:`ENTRY_FIELDS`); the JSON Schema shipped for
editors is generated from it (:func:`json_schema`), so the two cannot drift.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..gc_pause import paused_collector
from .bounded_read import FileRefused, read_regular_file
from .model import CasePolicy, ChapterLink, Glossary, Markup, Term

if TYPE_CHECKING:
    import yaml

#: A glossary bigger than this is refused before it is parsed.  The
#: handbook's glossary is 16 KB; the benchmark's 10,000-term one is 0.8 MB.
MAX_GLOSSARY_BYTES = 8 * 1024 * 1024
#: More entries than this are refused: 20,000 load in about 1 s.
MAX_TERMS = 20_000

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
DOC_PATTERN = r"^[A-Za-z0-9_.][A-Za-z0-9_./-]*$"

_STR = "string"
_LIST = "list of strings"


@dataclass(frozen=True)
class FieldSpec:
    kind: str
    doc: str
    required: bool = False


#: The keys an entry may have, with what each means.  This table is the
#: schema: the loader checks against it and the JSON Schema is made from it.
ENTRY_FIELDS: dict[str, FieldSpec] = {
    "id": FieldSpec(_STR, "Stable identifier and anchor: lower case, digits and hyphens.", True),
    "term": FieldSpec(_STR, "The entry's name as the glossary page shows it (Title Case).", True),
    "definition": FieldSpec(_STR, "The definition, Markdown with $...$ math allowed.", True),
    "case": FieldSpec(
        "case",
        "exact: every letter as written, everywhere (EnCodec, FFT). sentence (default): "
        "written as `spelling` mid-sentence, capitalised at a sentence start or in a title.",
    ),
    "case-guessed": FieldSpec(
        "boolean",
        "True when `import` guessed `case` because the page never writes the name mid-sentence: "
        "where the chapters write it mid-sentence in one case only, that case is no slip. "
        "Delete it once you have decided the case.",
    ),
    "spelling": FieldSpec(
        _STR,
        "The running-text form when it is not simply the term (exact) or its lower case "
        "(sentence), e.g. 'Nyquist frequency'.",
    ),
    "sense": FieldSpec(
        _STR,
        "Which sense of its word the entry is, e.g. 'Audio' beside another entry's, or 'the "
        "package': the word has other senses, so mentions are not auto-linked by default.",
    ),
    "expansion": FieldSpec(_STR, "What the term abbreviates, when the term is an abbreviation."),
    "abbreviation": FieldSpec(_STR, "The term's abbreviation, when the term is the long form."),
    "also": FieldSpec(_STR, "Another name shown in the heading's brackets, e.g. 'Self-Attention'."),
    "aliases": FieldSpec(_LIST, "Other accepted running-text spellings."),
    "variants": FieldSpec(_LIST, "Known wrong spellings, always reported (e.g. Encodec)."),
    "homonym": FieldSpec(
        "boolean",
        "True when the lower-case form is an ordinary word (film, clap): only the exact "
        "spelling and listed variants are then mentions of the term.",
    ),
    "autolink": FieldSpec(
        "boolean",
        "Whether the Sphinx extension links mentions in prose to the entry. Default: yes, "
        "unless the term is an everyday English word (type, list, domain) or the entry is one "
        "sense of its word (sense); explicit term references are always links.",
    ),
    "see": FieldSpec("links", "Chapters to read: a list of {title, doc} with doc a path without suffix."),
    "related": FieldSpec(_LIST, "Ids of related entries."),
    "markup": FieldSpec(
        "markup",
        "The markup the definition is written in: markdown (default, with $...$ math) or rst "
        "(reStructuredText, as on a Sphinx glossary page); overrides the top-level 'markup'.",
    ),
    "classifier": FieldSpec(
        _STR, "A Sphinx glossary classifier, shown after the term ('term : classifier')."
    ),
}

#: Top-level keys besides ``terms``: the glossary page's title and introduction.
TOP_FIELDS = {"version", "terms", "title", "intro", "markup"}
MARKUPS = [m.value for m in Markup]


class GlossaryError(Exception):
    """A glossary that cannot be used; carries every problem found."""

    def __init__(self, path: str, problems: list[tuple[int, str]]):
        self.path = path
        self.problems = problems
        super().__init__(self.lines()[0])

    def lines(self) -> list[str]:
        return [
            f"{self.path}:{line}: {message}" if line else f"{self.path}: {message}"
            for line, message in self.problems
        ]


class _Located(dict):
    """A mapping that remembers its line and the line of each key."""

    line: int
    key_lines: dict[str, int]


class _LocatedList(list):
    line: int
    item_lines: list[int]


_ALLOWED_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:timestamp",
}


class _Converter:
    """Turns composed YAML nodes into plain values, refusing what a glossary
    has no use for (custom tags, anchors and aliases, non-string keys)."""

    def __init__(self) -> None:
        import yaml

        self.problems: list[tuple[int, str]] = []
        self._seen: set[int] = set()
        self._mapping, self._sequence = yaml.MappingNode, yaml.SequenceNode

    def convert(self, node: yaml.Node, depth: int = 0) -> Any:
        line = node.start_mark.line + 1
        if depth > MAX_DEPTH:
            raise _Refused(line, f"nests more than {MAX_DEPTH} levels deep")
        if id(node) in self._seen:
            raise _Refused(line, "YAML aliases (*name) are not allowed")
        self._seen.add(id(node))
        if node.tag not in _ALLOWED_TAGS:
            raise _Refused(line, f"the YAML tag {node.tag!r} is not allowed")
        if isinstance(node, self._mapping):
            result = _Located()
            result.line, result.key_lines = line, {}
            for key_node, value_node in node.value:
                key = self.convert(key_node, depth + 1)
                if not isinstance(key, str):
                    self.problems.append((key_node.start_mark.line + 1, f"key {key!r} is not a string"))
                    continue
                if key in result:
                    self.problems.append((key_node.start_mark.line + 1, f"duplicate key {key!r}"))
                result[key] = self.convert(value_node, depth + 1)
                result.key_lines[key] = key_node.start_mark.line + 1
            return result
        if isinstance(node, self._sequence):
            items = _LocatedList(self.convert(item, depth + 1) for item in node.value)
            items.line, items.item_lines = line, [i.start_mark.line + 1 for i in node.value]
            return items
        if node.tag == _TIMESTAMP:
            return node.value  # a date is text here: ``2024-13-45`` is no error
        try:
            return _scalars().construct_object(node, deep=True)
        except (ValueError, OverflowError):  # an integer of thousands of digits
            raise _Refused(
                line, f"the value {_preview(node.value)} cannot be read as a {_KINDS.get(node.tag, 'value')}"
            ) from None


#: How deep mappings and lists may nest: a glossary needs four levels.
MAX_DEPTH = 32
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_KINDS = {"tag:yaml.org,2002:int": "number", "tag:yaml.org,2002:float": "number"}


def _preview(value: str) -> str:
    return repr(value) if len(value) <= 40 else f"{value[:20]!r}... ({len(value):,} characters)"


class _Refused(Exception):
    def __init__(self, line: int, message: str):
        self.line, self.message = line, message


# PyYAML is imported by the first glossary or configuration parsed: a run whose
# glossary comes from the compiled cache (most runs) never needs it.


@cache
def _composer() -> type:
    """libyaml's safe composer where PyYAML was built with it (4x faster), else PyYAML's."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # type: ignore[no-any-return]


@cache
def _scalars() -> yaml.constructor.SafeConstructor:
    """Resolves scalars (int, bool, null, str) exactly as the safe loader does."""
    import yaml

    return yaml.constructor.SafeConstructor()


def read_glossary_text(path: str | os.PathLike[str]) -> str:
    """Read a glossary file, with one clear error for each way that fails."""
    name = os.fspath(path)
    return glossary_text(read_glossary_bytes(name), name)


def read_glossary_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a glossary file, with one clear error for each way
    reading fails; :func:`glossary_text` decodes them."""
    name = os.fspath(path)
    if not Path(name).exists():
        raise GlossaryError(name, [(0, "no such file")])
    try:
        return read_regular_file(name, MAX_GLOSSARY_BYTES, "a glossary")
    except FileRefused as exc:
        raise GlossaryError(name, [(0, str(exc))]) from None


def glossary_text(data: bytes, name: str) -> str:
    """The text of the glossary file ``name`` whose bytes are ``data``; an
    error when they are no UTF-8 or hold nothing."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GlossaryError(name, [(0, f"is not UTF-8 (byte {exc.start})")]) from None
    if not text.strip():
        raise GlossaryError(name, [(0, "is empty; a glossary needs a 'terms' list")])
    return text


def load_glossary(path: str | os.PathLike[str]) -> Glossary:
    """Load and validate a glossary file; raise :class:`GlossaryError`."""
    name = os.fspath(path)
    return parse_glossary(read_glossary_text(name), name)


def parse_glossary(text: str, name: str = "<glossary>") -> Glossary:
    """Parse glossary YAML text; raise :class:`GlossaryError` listing every problem."""
    with paused_collector():  # a burst of nodes and entries, none of them garbage
        return _parse_glossary(text, name)


def parse_yaml(
    text: str, name: str, check: Callable[[yaml.Node], None] | None = None
) -> tuple[Any, list[tuple[int, str]]]:
    """YAML text to plain values and the problems met, refusing tags, aliases
    and deep nesting; ``check`` may refuse the composed nodes before any
    value is built.  Raises :class:`GlossaryError` (with ``name``) on what
    stops the reading."""
    import yaml

    try:
        root = yaml.compose(text, Loader=_composer())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        raise GlossaryError(name, [(line, f"invalid YAML: {exc.problem or exc.context}")]) from None
    except yaml.YAMLError as exc:
        raise GlossaryError(name, [(0, f"invalid YAML: {exc}")]) from None
    except RecursionError:
        raise GlossaryError(name, [(0, f"nests more than {MAX_DEPTH} levels deep")]) from None
    if root is None:
        return None, []
    if check is not None:
        check(root)
    converter = _Converter()
    try:
        return converter.convert(root), converter.problems
    except _Refused as exc:
        raise GlossaryError(name, [(exc.line, exc.message)]) from None


def _parse_glossary(text: str, name: str) -> Glossary:
    data, problems = parse_yaml(text, name, lambda root: _check_size(root, name))
    if data is None:
        raise GlossaryError(name, [(0, "is empty; a glossary needs a 'terms' list")])
    default = Markup.MARKDOWN
    if isinstance(data, _Located) and "markup" in data:
        if error := _type_error("markup", data["markup"]):
            problems.append((data.key_lines["markup"], f"'markup' {error}"))
        else:
            default = Markup(data["markup"])
    terms = _build_terms(data, problems, default)
    page = {}
    if isinstance(data, _Located):
        for key in ("title", "intro"):
            if key in data:
                error = _type_error(_STR, data[key])
                if error:
                    problems.append((data.key_lines[key], f"{key!r} {error}"))
                else:
                    page[key] = data[key].strip()
    if problems:
        raise GlossaryError(name, sorted(problems))
    return Glossary(tuple(terms), path=name, title=page.get("title"), intro=page.get("intro"), markup=default)


def _check_size(root: yaml.Node, name: str) -> None:
    """Refuse a glossary with too many entries before building any of them."""
    import yaml

    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if key.value == "terms" and isinstance(value, yaml.SequenceNode) and len(value.value) > MAX_TERMS:
                raise GlossaryError(
                    name,
                    [
                        (
                            key.start_mark.line + 1,
                            f"has {len(value.value):,} entries; a glossary may have at most {MAX_TERMS:,}",
                        )
                    ],
                )


def _build_terms(data: Any, problems: list[tuple[int, str]], markup: Markup) -> list[Term]:
    if not isinstance(data, _Located):
        problems.append((getattr(data, "line", 1), "the top level must be a mapping with a 'terms' list"))
        return []
    for key in data:
        if key not in TOP_FIELDS:
            problems.append(
                (
                    data.key_lines[key],
                    f"unknown top-level key {key!r} (expected {', '.join(sorted(TOP_FIELDS))})",
                )
            )
    version = data.get("version", 1)
    if version != 1:
        problems.append(
            (data.key_lines.get("version", data.line), f"unsupported version {version!r} (expected 1)")
        )
    entries = data.get("terms")
    if not isinstance(entries, _LocatedList):
        problems.append((data.key_lines.get("terms", data.line), "'terms' must be a list of entries"))
        return []
    terms: list[Term] = []
    for entry, line in zip(entries, entries.item_lines):
        term = _build_term(entry, line, problems, markup)
        if term is not None:
            terms.append(term)
    return terms


def _build_term(entry: Any, line: int, problems: list[tuple[int, str]], markup: Markup) -> Term | None:
    if not isinstance(entry, _Located):
        problems.append((line, "each entry of 'terms' must be a mapping"))
        return None
    before = len(problems)
    label = f"entry {entry.get('id')!r}" if isinstance(entry.get("id"), str) else "entry"
    for key in entry:
        if key not in ENTRY_FIELDS:
            problems.append((entry.key_lines[key], f"{label}: unknown key {key!r}"))
    for key, spec in ENTRY_FIELDS.items():
        where = entry.key_lines.get(key, line)
        if key not in entry:
            if spec.required:
                problems.append((line, f"{label}: missing required key {key!r}"))
            continue
        error = _type_error(spec.kind, entry[key])
        if error:
            problems.append((where, f"{label}: {key!r} {error}"))
    if "id" in entry and isinstance(entry["id"], str) and not re.match(ID_PATTERN, entry["id"]):
        problems.append(
            (entry.key_lines["id"], f"{label}: id must be lower case letters, digits and hyphens")
        )
    if "abbreviation" in entry and "expansion" in entry:
        problems.append(
            (
                line,
                f"{label}: give either 'abbreviation' (the term is the long form) "
                "or 'expansion' (the term is the abbreviation), not both",
            )
        )
    if len(problems) > before:
        return None
    return Term(
        id=entry["id"],
        term=entry["term"],
        definition=entry["definition"].strip(),
        case=CasePolicy(entry.get("case", "sentence")),
        spelling=entry.get("spelling", ""),
        sense=entry.get("sense"),
        expansion=entry.get("expansion"),
        abbreviation=entry.get("abbreviation"),
        also=entry.get("also"),
        aliases=tuple(entry.get("aliases", ())),
        variants=tuple(entry.get("variants", ())),
        homonym=entry.get("homonym", False),
        see=tuple(ChapterLink(s["title"], s["doc"]) for s in entry.get("see", ())),
        related=tuple(entry.get("related", ())),
        markup=Markup(entry.get("markup", markup)),
        classifier=entry.get("classifier"),
        line=line,
        autolink=entry.get("autolink"),
        case_guessed=entry.get("case-guessed", False),
    )


def _type_error(kind: str, value: Any) -> str | None:
    """Why ``value`` is not of schema ``kind``, or None when it is."""
    if kind == _STR:
        if not isinstance(value, str):
            return f"must be a string, not {_yaml_type(value)}"
        return None if value.strip() else "must not be empty"
    if kind == "boolean":
        return None if isinstance(value, bool) else f"must be true or false, not {_yaml_type(value)}"
    if kind == "case":
        return None if value in ("exact", "sentence") else f"must be 'exact' or 'sentence', not {value!r}"
    if kind == "markup":
        return None if value in MARKUPS else f"must be one of {', '.join(MARKUPS)}, not {value!r}"
    if kind == _LIST:
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            return "must be a list of non-empty strings"
        return None
    if kind == "links":
        if not isinstance(value, list):
            return f"must be a list of {{title, doc}} mappings, not {_yaml_type(value)}"
        for item in value:
            if (
                not isinstance(item, dict)
                or set(item) != {"title", "doc"}
                or not all(isinstance(item[k], str) and item[k].strip() for k in item)
            ):
                return "items must be mappings with exactly a 'title' and a 'doc' string"
            if not re.match(DOC_PATTERN, item["doc"]) or ".." in item["doc"].split("/"):
                return f"doc {item['doc']!r} must be a relative path without '..', like 'mathematics/fft'"
        return None
    raise AssertionError(kind)


def _yaml_type(value: Any) -> str:
    names = {
        bool: "a boolean",
        int: "a number",
        float: "a number",
        str: "a string",
        type(None): "empty (null)",
    }
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return names.get(type(value), type(value).__name__)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a glossary file, made from the table."""

    def prop(spec: FieldSpec) -> dict[str, Any]:
        if spec.kind == _STR:
            return {"type": "string", "minLength": 1, "description": spec.doc}
        if spec.kind == "boolean":
            return {"type": "boolean", "description": spec.doc}
        if spec.kind == "case":
            return {"enum": ["exact", "sentence"], "default": "sentence", "description": spec.doc}
        if spec.kind == "markup":
            return {"enum": MARKUPS, "default": "markdown", "description": spec.doc}
        if spec.kind == _LIST:
            return {"type": "array", "items": {"type": "string", "minLength": 1}, "description": spec.doc}
        return {
            "type": "array",
            "description": spec.doc,
            "items": {
                "type": "object",
                "required": ["title", "doc"],
                "additionalProperties": False,
                "properties": {
                    "title": {"type": "string", "minLength": 1},
                    "doc": {"type": "string", "pattern": DOC_PATTERN},
                },
            },
        }

    properties = {name: prop(spec) for name, spec in ENTRY_FIELDS.items()}
    properties["id"]["pattern"] = ID_PATTERN
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://glossary-lint.invalid/glossary.schema.json",
        "title": "glossary-lint glossary",
        "type": "object",
        "additionalProperties": False,
        "required": ["terms"],
        "properties": {
            "version": {"const": 1},
            "title": {"type": "string", "minLength": 1, "description": "The glossary page's title."},
            "intro": {"type": "string", "minLength": 1, "description": "The glossary page's introduction."},
            "markup": {
                "enum": MARKUPS,
                "default": "markdown",
                "description": "The markup of the intro and of every definition without its own 'markup'.",
            },
            "terms": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": [n for n, s in ENTRY_FIELDS.items() if s.required],
                    "properties": properties,
                    "not": {"required": ["abbreviation", "expansion"]},
                },
            },
        },
    }


def json_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
