"""The ``glossary-lint`` command line.

Only click and the modules a command needs are imported up front; each
command imports the rest inside its body, so ``glossary-lint check`` on one
Markdown file never pays for docutils, and ``rules`` never pays for a parser.
Exit status: 0 clean, 1 findings, 2 usage, configuration or glossary errors.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import __version__

if TYPE_CHECKING:
    from .glossary.model import Glossary

EXIT_FINDINGS = 1
EXIT_ERROR = 2
#: The name ``import`` links the JSON Schema by, when it lies beside the YAML it writes.
SCHEMA_NAME = "glossary.schema.json"


class UsageFailure(click.ClickException):
    """A configuration or glossary problem: one line per problem, exit 2."""

    exit_code = EXIT_ERROR

    def __init__(self, lines: list[str]):
        super().__init__("\n".join(lines))
        self.lines = lines

    def show(self, file=None) -> None:  # noqa: D102 - click's hook
        from .reporters.escaping import printable

        for line in self.lines:
            click.echo(f"glossary-lint: error: {printable(line)}", err=True)


#: click >= 8.2 raises it for a group called without a command.
_NO_ARGS_IS_HELP: tuple[type[Exception], ...] = tuple(
    e for e in [getattr(click.exceptions, "NoArgsIsHelpError", None)] if e is not None
)


class _Command(click.Command):
    """click's command, handing click each short option (``-j 1``, ``-j1``)
    under its long name (``--jobs 1``), which click reads the same.  Given a
    short option, click first looks it up as a long one, and the "no such
    option" error it raises and then catches imports difflib to name the
    close long options: a few milliseconds of every such run."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, _short_options_long(args, self.params))


def _short_options_long(args: list[str], params: list[click.Parameter]) -> list[str]:
    """``args`` with each short option that has a long name written as that
    name (``-jVALUE`` too: its value then follows as an argument of its own),
    as click's parser reads them.  An argument that is an option's value,
    or follows ``--``, or holds ``=``, or joins several short options, is
    left as it is, and so is a last option that lacks its value (click's
    error names it as written)."""
    longs: dict[str, str] = {}
    valued: set[str] = set()
    for param in params:
        if not isinstance(param, click.Option):
            continue
        names = param.opts + param.secondary_opts
        if not param.is_flag and not param.count:
            valued.update(names)
        long = next((name for name in param.opts if name.startswith("--")), None)
        if long is not None:
            longs.update((name, long) for name in param.opts if len(name) == 2 and name[0] == "-")
    out: list[str] = []
    value_next = False
    for i, arg in enumerate(args):
        if value_next:
            value_next = False
        elif arg == "--":
            out.extend(args[i:])
            break
        elif arg in longs and (arg not in valued or i + 1 < len(args)):
            value_next = arg in valued
            arg = longs[arg]
        elif len(arg) > 2 and arg[:2] in longs and arg[:2] in valued and "=" not in arg and arg[1] != "-":
            out += [longs[arg[:2]], arg[2:]]
            continue
        elif arg in valued:
            value_next = True
        out.append(arg)
    return out


class _Commands(click.Group):
    """click's group, with its usage errors ("No such option", "Invalid value")
    printed in the style of every other error: one ``glossary-lint: error:``
    line and exit 2, instead of click's usage block and ``Error:`` line."""

    command_class = _Command
    #: The subgroups' commands (``glossary check``) are :class:`_Command` too.
    group_class = type

    def main(self, *args, **kwargs):  # type: ignore[no-untyped-def]  # noqa: D102 - click's entry
        kwargs["standalone_mode"] = False
        kwargs.setdefault("prog_name", "glossary-lint")
        try:
            status = super().main(*args, **kwargs)
        except _NO_ARGS_IS_HELP as exc:  # a bare 'glossary-lint': the help, as click shows it
            exc.show()
            sys.exit(EXIT_ERROR)
        except click.UsageError as exc:
            command = exc.ctx.command_path if exc.ctx is not None else "glossary-lint"
            click.echo(f"glossary-lint: error: {exc.format_message()} (see '{command} --help')", err=True)
            sys.exit(EXIT_ERROR)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except click.Abort:  # Ctrl-C
            click.echo("glossary-lint: error: aborted", err=True)
            sys.exit(EXIT_FINDINGS)
        sys.exit(status if isinstance(status, int) else 0)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="glossary-lint")
def main() -> None:
    """Check handbook prose against one canonical glossary."""


def _codes(value: str | None, option: str) -> tuple[str, ...] | None:
    """The rule codes an option names, by code or by name (``term-spelling``)."""
    if value is None:
        return None
    from .rules import code_of

    codes = []
    for item in (c.strip() for c in value.split(",")):
        if not item:
            continue
        code = code_of(item)
        if code is None:
            raise UsageFailure(
                [f"{option}: unknown rule {item!r} ('glossary-lint rules' lists codes and names)"]
            )
        codes.append(code)
    if not codes and option == "--select":
        raise UsageFailure(["--select names no rule: nothing would be checked"])
    return tuple(codes)


#: Where --no-cache is kept for the glossary loader: per invocation, no global.
_NO_CACHE = "glossary_lint.no_cache"
_no_cache_option = click.option(
    "--no-cache",
    is_flag=True,
    expose_value=False,
    callback=lambda ctx, _param, value: _set_no_cache(ctx, value),
    help="Read the glossary's YAML; neither read nor write the cache folder.",
)


def _set_no_cache(ctx: click.Context, value: bool) -> None:
    ctx.meta[_NO_CACHE] = value
    if value:  # nor the table of English words, nor the patterns (a process runs one command)
        from . import regex_cache
        from .matching.english import avoid_cache

        avoid_cache()
        regex_cache.avoid_cache()


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--glossary",
    "glossary_path",
    type=click.Path(path_type=Path),
    help="Glossary YAML file (overrides the configuration).",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    help="Configuration file (default: nearest .glossary-lint.yaml or pyproject.toml).",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "github", "sarif"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option("--select", help="Comma-separated rule codes to run (replaces the configured list).")
@click.option("--ignore", help="Comma-separated rule codes not to run.")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    help="Lowest severity that makes the run exit 1 (default: warning).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Files checked in parallel; 0 means one per CPU core.",
)
@click.option("--fix", is_flag=True, help="Rewrite fixable findings in place; report what is left.")
@click.option("--diff", is_flag=True, help="Print the diff --fix would apply; write nothing.")
@_no_cache_option
def check(
    paths: tuple[Path, ...],
    glossary_path: Path | None,
    config_path: Path | None,
    output_format: str,
    select: str | None,
    ignore: str | None,
    fail_on: str | None,
    jobs: int,
    fix: bool,
    diff: bool,
) -> None:
    """Check Markdown and reST chapters (files or folders, default: .) against the glossary."""
    import dataclasses

    from .discovery import discover
    from .reporters import Tally, streamer
    from .reporters.text import counted
    from .rules import RULES
    from .rules.findings import Finding, Severity
    from .runner import lint_files

    if fix and diff:
        raise click.UsageError("--fix and --diff cannot be combined: --diff only shows what --fix would do")
    targets = _targets(paths)
    config = _load_config(config_path, near=targets[0])
    changes: dict[str, object] = {}
    if glossary_path is not None:
        changes["glossary"] = glossary_path
    if (codes := _codes(select, "--select")) is not None:
        changes["select"] = codes
    if (codes := _codes(ignore, "--ignore")) is not None:
        changes["ignore"] = config.ignore + codes
    if fail_on is not None:
        changes["fail_on"] = Severity(fail_on)
    config = dataclasses.replace(config, **changes)
    if not any(code in RULES for code in config.enabled):
        raise UsageFailure(
            [
                f"no rule left to run (selected: {', '.join(config.select) or 'none'}; "
                f"ignored: {', '.join(config.ignore) or 'none'})"
            ]
        )
    linter = _make_linter(config, targets)
    files = list(discover(targets, linter.config))
    if not files:
        raise UsageFailure([_nothing_to_check(targets, config)])
    per_file = lint_files(files, linter, jobs=jobs)
    findings: Iterator[Finding] = (f for found in per_file for f in found)
    fixing = None
    if fix or diff:
        from .reporters.fixer import Fixing
        from .rules.findings import paths_by_text

        fixing = Fixing(
            linter,
            write=fix,
            paths=paths_by_text(files),
            on_error=lambda line: click.echo(f"glossary-lint: error: {line}", err=True),
        )
        if diff:
            fixing.on_diff = _show
        findings = fixing.apply(per_file)
    failing = 0

    def counted_failing(stream: Iterator[Finding]) -> Iterator[Finding]:
        nonlocal failing
        for f in stream:
            failing += f.severity.rank >= config.fail_on.rank
            yield f

    if diff:
        assert fixing is not None
        for _ in findings:  # only the diffs are shown
            pass
        click.echo(
            f"{counted(fixing.fixed, 'fix', 'fixes')} in {counted(fixing.hunks, 'hunk')} "
            f"would change {counted(fixing.files, 'file')}.",
            err=True,
        )
        sys.exit(EXIT_ERROR if fixing.errors else EXIT_FINDINGS if fixing.files else 0)
    tally = Tally()
    _show_all(streamer(output_format)(counted_failing(tally.count(findings)), len(files)))
    if fixing is not None:
        click.echo(f"Fixed {counted(fixing.fixed, 'finding')} in {counted(fixing.files, 'file')}.", err=True)
        if fixing.errors:
            sys.exit(EXIT_ERROR)
    if output_format == "text":
        from .reporters.text import advice

        if (hint := advice(tally)) is not None:
            click.echo(hint, err=True)
    sys.exit(EXIT_FINDINGS if failing else 0)


@main.command("rules")
@click.option("--markdown", is_flag=True, help="Print the rules reference (docs/rules.md) instead.")
def list_rules(markdown: bool) -> None:
    """List every rule with its code, default severity and summary."""
    from .rules import ALL_RULES

    if markdown:
        from .rules.docs import rules_markdown

        click.echo(rules_markdown(), nl=False)
        return
    for rule in ALL_RULES:
        state = "" if rule.enabled_by_default else " (off by default)"
        fix = " [fixable]" if rule.fixable else ""
        click.echo(f"{rule.code}  {rule.name:<24} {rule.severity.value:<8} {rule.summary}{fix}{state}")


@main.command()
@click.argument("rule")
def explain(rule: str) -> None:
    """Explain one rule (a code such as GL001 or a name such as term-spelling),
    with a bad and a good example."""
    from .rules import code_of, rule_for
    from .rules.docs import explain_text

    code = code_of(rule)
    if code is None:
        raise UsageFailure([f"unknown rule {rule!r}; 'glossary-lint rules' lists codes and names"])
    click.echo(explain_text(rule_for(code)))


def _targets(paths: tuple[Path, ...]) -> list[Path]:
    """The paths to check (default: the working folder); a path that does not
    exist is a usage error, not a finding: a mistyped folder must fail CI."""
    missing = [p for p in paths if not p.exists() and not p.is_symlink()]
    if missing:
        raise UsageFailure([f"{p}: no such file or folder" for p in missing])
    return list(paths) or [Path(".")]


def _nothing_to_check(targets: list[Path], config) -> str:  # type: ignore[no-untyped-def]
    """Why a run found no file: said as an error, since a run that checks
    nothing passing would let CI pass over a mistyped or emptied folder."""
    where = ", ".join(str(t) for t in targets)
    return (
        f"no files to check in {where} (folders are searched for {', '.join(config.include)}; "
        "name files or set 'include' in the configuration)"
    )


def _linter_for(paths: tuple[Path, ...], glossary_path: Path | None, config_path: Path | None):  # type: ignore[no-untyped-def]
    import dataclasses

    targets = _targets(paths)
    config = _load_config(config_path, near=targets[0])
    if glossary_path is not None:
        config = dataclasses.replace(config, glossary=glossary_path)
    return _make_linter(config, targets), targets


def _collected(targets: list[Path], linter):  # type: ignore[no-untyped-def]
    """The usage counts ``stats`` and ``suggest`` report; no chapter is an error."""
    from .workflows.usage import collect

    usage = collect(targets, linter)
    if not usage.chapters and not usage.unreadable:
        raise UsageFailure([_nothing_to_check(targets, linter.config)])
    return usage


def _write(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageFailure([f"{output}: cannot be written: {exc.strerror or exc}"]) from None
    click.echo(f"Wrote {output}", err=True)


_glossary_option = click.option(
    "--glossary",
    "glossary_path",
    type=click.Path(path_type=Path),
    help="Glossary YAML file (overrides the configuration).",
)
_config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    help="Configuration file (default: nearest one).",
)
_output_option = click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of standard output.",
)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_glossary_option
@_config_option
@_no_cache_option
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option("--top", type=click.IntRange(min=1), default=30, show_default=True, help="How many to list.")
@click.option(
    "--min-uses",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Leave out terms used fewer times.",
)
def suggest(
    paths: tuple[Path, ...],
    glossary_path: Path | None,
    config_path: Path | None,
    output_format: str,
    top: int,
    min_uses: int,
) -> None:
    """Terms the chapters use that the glossary lacks, ranked, with YAML stubs."""
    from .workflows.suggest import render_json, render_text
    from .workflows.suggest import suggest as rank

    linter, targets = _linter_for(paths, glossary_path, config_path)
    found = rank(_collected(targets, linter), min_uses)[:top]
    click.echo((render_json if output_format == "json" else render_text)(found), nl=False)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_glossary_option
@_config_option
@_no_cache_option
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "html"]),
    default="text",
    show_default=True,
)
@_output_option
def stats(
    paths: tuple[Path, ...],
    glossary_path: Path | None,
    config_path: Path | None,
    output_format: str,
    output: Path | None,
) -> None:
    """Which glossary terms the chapters use, how often and where; which never."""
    from .workflows.stats import render_html, render_json, render_text

    linter, targets = _linter_for(paths, glossary_path, config_path)
    usage = _collected(targets, linter)
    render = {"text": render_text, "json": render_json, "html": render_html}[output_format]
    _write(render(linter.glossary, usage), output)


@main.group()
def debug() -> None:
    """Look inside a run: what the readers see of a document."""


@debug.command("reach")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_config_option
@click.option("--missed/--no-missed", default=True, help="List the prose not reached, by line.")
def debug_reach(paths: tuple[Path, ...], config_path: Path | None, missed: bool) -> None:
    """How much of the prose the parser sees the linter checks, per file.

    Counts the characters of every paragraph's text the parser reports
    (docutils for reST, markdown-it for Markdown and MDX), outside code and
    signatures, and how many of them reached the linter's segments.
    """
    from .discovery import discover
    from .sources.reading import UnreadableFile, read_source
    from .workflows.reach import measure_reach

    config = _load_config(config_path, near=paths[0])
    seen = reached = 0
    for path in discover(list(paths), config):
        try:
            source = read_source(path)
            reach = measure_reach(str(path), source.text, config.glossary_page)
        except UnreadableFile as exc:
            click.echo(f"{_printable(str(path))}: the file {exc}")
            continue
        seen += reach.seen
        reached += reach.reached
        name = _printable(str(path))
        click.echo(f"{name}: {reach.share:.2%} reached ({reach.reached:,} of {reach.seen:,} characters)")
        if missed:
            for line, text in reach.missed:
                click.echo(f"  {name}:{line}: not reached: {text[:70]!r}")
    total = 1.0 if seen == 0 else reached / seen
    click.echo(f"Total: {total:.2%} reached ({reached:,} of {seen:,} characters)")


def _printable(text: str) -> str:
    """A file name as data: control characters shown escaped, never sent to the terminal."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)


@main.command("import")
@click.argument("page", type=click.Path(path_type=Path))
@_output_option
def import_page(page: Path, output: Path | None) -> None:
    """Build a glossary YAML from a glossary page: a Sphinx '.. glossary::' (.rst),
    a MyST '{glossary}', a heading per term, '- **Term**: ...' items, a definition
    list or a table with term and definition columns (.md, .mdx; a table in .rst too).
    Definitions keep their markup; entries to check by hand are marked '# review:'."""
    from .sources.reading import UnreadableFile, read_source
    from .workflows.importers import TableProblem, import_page, to_yaml

    try:
        source = read_source(page).text
    except UnreadableFile as exc:
        raise UsageFailure([f"{page}: {exc}"]) from None
    try:
        imported = import_page(source, page.suffix)
    except RecursionError:  # lists or blocks nested hundreds deep: no glossary page is
        raise UsageFailure([f"{page}: markup nested too deeply to import"]) from None
    except TableProblem as exc:
        raise UsageFailure([f"{page}: {exc}"]) from None
    if not imported.terms:
        raise UsageFailure(
            [
                f"{page}: no glossary entries found (a '.. glossary::' or '{{glossary}}' directive, "
                "a heading or section per term, '- **Term**: ...' items, a definition list "
                "or a table of terms)"
            ]
        )
    schema = None
    if output is not None and (output.parent / SCHEMA_NAME).is_file():
        schema = SCHEMA_NAME
    _write(to_yaml(imported, schema), output)


@main.command("export")
@_glossary_option
@_config_option
@_no_cache_option
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["markdown", "rst", "json"]),
    default="markdown",
    show_default=True,
)
@click.option(
    "--with-metadata",
    is_flag=True,
    help="Keep case policies, aliases and variants in comments, so import gives the glossary back.",
)
@click.option(
    "--check",
    "check_file",
    type=click.Path(path_type=Path),
    help="Compare with a committed page: exit 1 with a diff when it has drifted from the YAML.",
)
@_output_option
def export_page(
    glossary_path: Path | None,
    config_path: Path | None,
    output_format: str,
    with_metadata: bool,
    check_file: Path | None,
    output: Path | None,
) -> None:
    """Render the glossary as a Markdown (Docusaurus) or reST (Sphinx) page, or JSON."""
    from .reporters.fixer import unified_diff
    from .sources.reading import UnreadableFile, read_source
    from .workflows.export import export

    path = glossary_path or _load_config(config_path).glossary
    rendered = export(_load_glossary(path), output_format, with_metadata)
    if check_file is None:
        _write(rendered, output)
        return
    try:
        committed = read_source(check_file).text
    except UnreadableFile as exc:
        raise UsageFailure([f"{check_file}: {exc}"]) from None
    if committed.replace("\r\n", "\n") == rendered:
        click.echo(f"{check_file} is in step with {path}.", err=True)
        return
    click.echo(unified_diff(str(check_file), committed, rendered), nl=False)
    click.echo(f"{check_file} has drifted from {path}; regenerate it with 'glossary-lint export'.", err=True)
    sys.exit(EXIT_FINDINGS)


@main.group()
def glossary() -> None:
    """Validate a glossary file or print its JSON Schema."""


@glossary.command("check")
@click.argument("file", required=False, type=click.Path(dir_okay=True, path_type=Path))
@click.option(
    "--docs-root",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of the handbook's chapters; 'see' links are checked against it.",
)
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too (order, undefined words).")
@_no_cache_option
def glossary_check(file: Path | None, docs_root: Path | None, strict: bool) -> None:
    """Validate FILE (default: the configured glossary) and report its problems."""
    from .glossary.checks import ERROR, check_glossary

    path = file or _configured_glossary()
    loaded = _load_glossary(path)
    if docs_root is not None and not docs_root.is_dir():
        raise UsageFailure([f"{docs_root}: --docs-root is not a folder"])
    diagnostics = check_glossary(loaded, docs_root)
    for d in diagnostics:
        click.echo(f"{path}:{d.line}: {d.severity}: {d.message}")
    errors = sum(d.severity == ERROR for d in diagnostics)
    warnings = len(diagnostics) - errors
    click.echo(f"{path}: {len(loaded)} terms, {errors} errors, {warnings} warnings", err=True)
    _report_autolinks(path, loaded)
    if errors:
        sys.exit(EXIT_ERROR)
    if warnings and strict:
        sys.exit(EXIT_FINDINGS)


def _report_autolinks(path: Path, loaded: Glossary) -> None:
    """Which entries the Sphinx extension does not link, or links only by some names."""
    from dataclasses import replace

    from .glossary.class_entries import class_only_reason
    from .glossary.command_entries import command_only_reason
    from .glossary.link_sense import linked_names

    unlinked = [t.term for t in loaded if not t.links_automatically]
    if unlinked:
        click.echo(
            f"{path}: not linked automatically ({len(unlinked)}; everyday words, single letters, "
            "one sense of a word (sense), or 'autolink: false'): " + ", ".join(unlinked),
            err=True,
        )
    partly = [
        f"{t.term} (as {', '.join(sorted(linked_names(t)))})"
        for t in loaded
        if t.autolink is None
        and t.links_automatically
        and linked_names(t) != linked_names(replace(t, autolink=True))
    ]
    if partly:
        click.echo(
            f"{path}: linked automatically only by some names ({len(partly)}; the others are ordinary "
            "words here): " + "; ".join(partly),
            err=True,
        )
    _list_entries(
        path,
        [t.term for t in loaded if class_only_reason(t) is not None],
        "linked automatically only as the program's name, mid-sentence",
        "classes named by letters that in small letters are another thing",
    )
    _list_entries(
        path,
        [t.term for t in loaded if command_only_reason(t) is not None],
        "linked automatically only where the text names the command",
        "commands whose words spaced are an English phrase",
    )


def _list_entries(path: Path, names: list[str], how: str, why: str) -> None:
    """One line of ``glossary check``'s report on auto-links: the entries that link ``how``, and ``why``."""
    if names:
        click.echo(f"{path}: {how} ({len(names)}; {why}): " + ", ".join(names), err=True)


@main.group("cache")
def cache_group() -> None:
    """Show where the cache folder is, or empty it."""


@cache_group.command("dir")
def cache_dir_command() -> None:
    """Print the cache folder's path (it may not exist yet)."""
    from .glossary.cache_files import cache_dir

    click.echo(str(cache_dir()))


@cache_group.command("clean")
def cache_clean() -> None:
    """Remove every file glossary-lint keeps in the cache folder."""
    from .cache_upkeep import CleanFailed, clean
    from .glossary.cache_files import cache_dir

    folder = cache_dir()
    if folder.exists() and not folder.is_dir():
        raise UsageFailure([f"{folder}: the cache folder is not a folder"])
    if not folder.exists():
        click.echo(f"No cache folder at {folder}.", err=True)
        return
    try:
        removed = clean(folder)
    except CleanFailed as exc:
        raise UsageFailure([str(exc)]) from None
    click.echo(f"Removed {removed.files} files ({removed.size / 1e6:.1f} MB) from {folder}.", err=True)


@main.command()
def lsp() -> None:
    """Run the language server over standard input and output (for editors)."""
    try:
        from .lsp.features import serve
    except ImportError as exc:
        raise UsageFailure(
            [
                f"the language server needs pygls and lsprotocol ({exc}); install them with "
                "pip install 'glossary-lint[lsp]'"
            ]
        ) from None
    serve()


@glossary.command("schema")
def glossary_schema() -> None:
    """Print the JSON Schema of glossary files (for editors and CI)."""
    from .glossary.loader import json_schema_text

    click.echo(json_schema_text(), nl=False)


def _configured_glossary() -> Path:
    return _load_config(None).glossary


def _load_config(explicit: Path | None, near: Path | None = None):  # type: ignore[no-untyped-def]
    from .config import ConfigError, load_config

    try:
        return load_config(Path.cwd(), explicit, near)
    except ConfigError as exc:
        raise UsageFailure([str(exc)]) from None


def _show(report: str) -> None:
    """Print a report: coloured on a terminal unless NO_COLOR is set (no-color.org)."""
    click.echo(report, nl=False, color=False if os.environ.get("NO_COLOR") else None)


def _show_all(pieces: Iterator[str], size: int = 1 << 16) -> None:
    """Print a report as it is written, in pieces of about ``size`` characters."""
    batch: list[str] = []
    length = 0
    for piece in pieces:
        batch.append(piece)
        length += len(piece)
        if length >= size:
            _show("".join(batch))
            batch, length = [], 0
    _show("".join(batch))


def _make_linter(config, targets: list[Path]):  # type: ignore[no-untyped-def]
    """The linter for this run.  What exists once it is built (the glossary,
    the matcher's index, the imported modules) lives until the process exits,
    so it is moved out of the garbage collector's sight: full collections
    stop traversing it (0.1 s of a run with a 10,000-term glossary), and
    forked workers share it without copying (see gc.freeze)."""
    import gc

    from .config import DEFAULT_GLOSSARIES
    from .engine import Linter

    defaulted = config.source is None and config.glossary == config.root / DEFAULT_GLOSSARIES[0]
    if defaulted and not config.glossary.exists():
        raise UsageFailure([_no_glossary(config, targets)])
    from .gc_pause import paused_collector

    # Frozen before the collector runs again: otherwise its first passes would
    # still traverse everything built here once.
    with paused_collector():
        linter = Linter(_checked_glossary(config.glossary), config)
        gc.freeze()
    return linter


def _no_glossary(config, targets: list[Path]) -> str:  # type: ignore[no-untyped-def]
    """What a first run in a handbook without configuration needs to hear: where
    the glossary was looked for, and how to make one from the page it has."""
    from .config import DEFAULT_GLOSSARIES
    from .discovery import discover

    message = (
        f"no glossary found: looked for {' and '.join(DEFAULT_GLOSSARIES)} in {config.root}, and no "
        ".glossary-lint.yaml or pyproject.toml [tool.glossary-lint] names one; give one with "
        "--glossary FILE or the configuration's 'glossary' key"
    )
    page = next((p for p in discover(targets, config) if config.is_glossary_page(p)), None)
    if page is not None:
        message += (
            f"; 'glossary-lint import {page} -o {DEFAULT_GLOSSARIES[0]}' makes one from the glossary "
            "page found here"
        )
    return message


def _checked_glossary(path: Path):  # type: ignore[no-untyped-def]
    """The glossary for ``check``: refused when a run with it would rewrite
    text it should not touch or name the wrong entry."""
    from .glossary.checks import unsafe_for_check

    loaded = _load_glossary(path)
    refused = unsafe_for_check(loaded)
    if refused:
        raise UsageFailure(
            [f"{path}:{d.line}: {d.message}" for d in refused]
            + [f"{path}: refused; 'glossary-lint glossary check' lists every problem"]
        )
    return loaded


def _load_glossary(path: Path):  # type: ignore[no-untyped-def]
    from .glossary.cache import load_glossary_cached
    from .glossary.loader import GlossaryError

    context = click.get_current_context(silent=True)
    try:
        return load_glossary_cached(path, use_cache=not (context and context.meta.get(_NO_CACHE)))
    except GlossaryError as exc:
        lines = exc.lines()
        if not path.exists():
            lines[0] += (
                " (name the glossary with --glossary FILE or the 'glossary' key of pyproject.toml's "
                "[tool.glossary-lint] or .glossary-lint.yaml)"
            )
        raise UsageFailure(lines) from None
