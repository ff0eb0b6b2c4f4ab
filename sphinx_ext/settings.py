"""The extension's configuration values, checked once at ``config-inited``.

The glossary is loaded there too (and reused by every document and every
parallel reader, which are forked from the main process after it).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from sphinx.errors import ConfigError

from glossary_lint.config import Config
from glossary_lint.engine import Linter
from glossary_lint.glossary.loader import GlossaryError, load_glossary
from glossary_lint.rules import ALL_CODES, RULES, code_of

LINK_MODES = ("section", "document", "every", "off")


@dataclass(frozen=True)
class State:
    """What every document of one build needs."""

    glossary_path: Path
    linter: Linter
    link: str
    check: bool


def setup(app: Any) -> None:
    app.add_config_value("glossary_lint_glossary", None, "env", types=[str])
    app.add_config_value("glossary_lint_link", "section", "env", types=[str])
    app.add_config_value("glossary_lint_check", True, "env", types=[bool])
    app.add_config_value("glossary_lint_chapter_links", True, "env", types=[bool])
    app.add_config_value(
        "glossary_lint_select", [c for c, r in RULES.items() if r.enabled_by_default], "env", types=[list]
    )
    app.add_config_value("glossary_lint_ignore", [], "env", types=[list])
    app.add_config_value("glossary_lint_known_words", [], "env", types=[list])
    app.connect("config-inited", config_inited)


def config_inited(app: Any, config: Any) -> None:
    """Check every value, then load the glossary so a broken one stops the build here."""
    if not config.glossary_lint_glossary:
        raise ConfigError(
            "glossary_lint_glossary is not set: give the path of the glossary YAML file, relative to conf.py"
        )
    if not isinstance(config.glossary_lint_glossary, (str, PurePath)):
        raise ConfigError(
            f"glossary_lint_glossary is {config.glossary_lint_glossary!r}; give the path of the glossary "
            "YAML file as a string, relative to conf.py"
        )
    for name in ("glossary_lint_check", "glossary_lint_chapter_links"):
        if not isinstance(getattr(config, name), bool):
            raise ConfigError(f"{name} is {getattr(config, name)!r}; use True or False")
    # From here on the value is absolute: documents read it without knowing conf.py's folder.
    config.glossary_lint_glossary = str((Path(app.confdir) / config.glossary_lint_glossary).resolve())
    if config.glossary_lint_link not in LINK_MODES:
        raise ConfigError(
            f"glossary_lint_link is {config.glossary_lint_link!r}; use one of {', '.join(LINK_MODES)}"
        )
    for name in ("glossary_lint_select", "glossary_lint_ignore"):
        value = getattr(config, name)
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{name} must be a list of rule codes or names")
        unknown = [v for v in value if code_of(v) is None]
        if unknown:
            known = ", ".join(sorted(ALL_CODES))
            raise ConfigError(f"{name} names unknown rule {unknown[0]!r} (known: {known} or their names)")
        setattr(config, name, [code_of(v) for v in value])
    words = config.glossary_lint_known_words
    if not isinstance(words, (list, tuple)) or not all(isinstance(w, str) for w in words):
        raise ConfigError("glossary_lint_known_words must be a list of strings")
    state(config)


#: Loaded glossaries and linters, per process, by what they were made from.
_STATES: dict[tuple[Any, ...], State] = {}


def state(config: Any) -> State:
    """The build's glossary and linter, loaded once per process (parallel readers
    forked after ``config-inited`` inherit it), again if the file changes."""
    path = Path(config.glossary_lint_glossary)
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        stamp = None
    key = (
        str(path),
        stamp,
        tuple(config.glossary_lint_select),
        tuple(config.glossary_lint_ignore),
        tuple(config.glossary_lint_known_words),
        config.glossary_lint_link,
        bool(config.glossary_lint_check),
    )
    if key not in _STATES:
        try:
            glossary = load_glossary(path)
        except GlossaryError as exc:
            raise ConfigError("glossary_lint_glossary: " + "; ".join(exc.lines())) from None
        lint_config = Config(
            root=path.parent,
            glossary=path,
            select=tuple(config.glossary_lint_select),
            ignore=tuple(config.glossary_lint_ignore),
            known_words=frozenset(config.glossary_lint_known_words),
            # The build itself resolves references, through intersphinx too:
            # every unknown term is found, and reported if the build fails too.
            term_references="glossary",
        )
        _STATES[key] = State(
            path, Linter(glossary, lint_config), config.glossary_lint_link, bool(config.glossary_lint_check)
        )
    return _STATES[key]
