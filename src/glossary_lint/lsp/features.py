"""The LSP features the server offers, each a thin handler over :class:`GlossaryServer`."""

from __future__ import annotations

from concurrent.futures import Future as ConcurrentFuture
from pathlib import Path

from lsprotocol import types
from pygls.uris import to_fs_path

from . import actions
from .adapter import Term
from .positions import Positions
from .server import _ROLE_BEFORE_CURSOR, _WORD_BEFORE_CURSOR, GlossaryServer
from .term_docs import canonical, hover_markdown, starts_with

#: The shortest word that completion offers terms for.
MIN_COMPLETION_PREFIX = 2
WATCHED = ["**/pyproject.toml", "**/.glossary-lint.yaml", "**/*.yaml", "**/*.yml"]


def make_server() -> GlossaryServer:
    server = GlossaryServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: GlossaryServer, params: types.InitializeParams) -> None:
        root = ls.workspace.root_path
        if root:
            ls.projects.root = Path(root)
            ls.projects.workspace = True
        options = params.initialization_options
        if isinstance(options, dict) and isinstance(options.get("delay"), (int, float)):
            ls.delay = max(0.0, options["delay"] / 1000)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: GlossaryServer, params: types.InitializedParams) -> None:
        watched = (
            ls.client_capabilities.workspace and ls.client_capabilities.workspace.did_change_watched_files
        )
        if watched and watched.dynamic_registration:
            options = types.DidChangeWatchedFilesRegistrationOptions(
                watchers=[types.FileSystemWatcher(glob_pattern=g) for g in WATCHED]
            )
            registration = types.Registration(
                id="glossary-lint-files",
                method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=options,
            )
            try:
                await ls.client_register_capability_async(types.RegistrationParams([registration]))
            except Exception:  # noqa: BLE001 - a client without file watching still gets saves
                pass

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: GlossaryServer, params: types.DidOpenTextDocumentParams) -> None:
        uri = params.text_document.uri
        if _is_source(ls, uri):
            ls.reload()
        else:
            ls.check(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: GlossaryServer, params: types.DidChangeTextDocumentParams) -> None:
        _forget_finished_notifications(ls)
        uri = params.text_document.uri
        if _is_glossary(ls, uri):
            ls.reload(survey=False)  # the run's files are surveyed when the glossary is saved
        elif ls.lintable(uri):
            ls.schedule(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: GlossaryServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if _is_source(ls, uri):
            ls.reload()
        elif ls.lintable(uri):
            ls.survey_again(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: GlossaryServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.checked.pop(uri, None)
        ls.last_check.pop(uri, None)
        handle = ls.pending.pop(uri, None)
        if handle is not None:
            handle.cancel()
        if _is_glossary(ls, uri):
            ls.reload()  # back to the file on disk
        elif ls.lintable(uri):
            ls.publish(uri, [])

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_files(ls: GlossaryServer, params: types.DidChangeWatchedFilesParams) -> None:
        if any(_is_source(ls, change.uri) for change in params.changes):
            ls.reload()

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    def changed_configuration(ls: GlossaryServer, params: types.DidChangeConfigurationParams) -> None:
        ls.reload()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(
            code_action_kinds=[types.CodeActionKind.QuickFix, types.CodeActionKind.SourceFixAll]
        ),
    )
    def code_action(ls: GlossaryServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        uri = params.text_document.uri
        checked = ls.current(uri)
        if checked is None:
            return None
        positions, findings = checked.positions, checked.analysis.findings
        first = positions.offset(params.range.start)
        last = positions.offset(params.range.end)
        only = params.context.only
        result: list[types.CodeAction] = []
        wants_fixes = not only or any(k.startswith(types.CodeActionKind.QuickFix) for k in only)
        wants_fix_all = not only or any(actions.FIX_ALL_KIND.startswith(k) for k in only)
        here = [f for f in findings if f.start <= last and first <= f.end and f.code != "GL000"]
        if wants_fixes:
            for finding in here:
                diagnostic = ls.diagnostic(finding, positions)
                if finding.fixable:
                    result.append(actions.fix_action(uri, positions, finding, diagnostic))
            seen: set[tuple[str, int]] = set()
            for finding in here:
                if (finding.code, finding.line) in seen:
                    continue
                seen.add((finding.code, finding.line))
                action = actions.disable_action(
                    uri, checked.path, positions, finding, ls.diagnostic(finding, positions)
                )
                if action is not None:
                    result.append(action)
            if any(f.fixable for f in here):
                fix_all = actions.fix_all_action(uri, positions, findings, types.CodeActionKind.QuickFix)
                if fix_all is not None:
                    result.append(fix_all)
        if wants_fix_all and only:
            fix_all = actions.fix_all_action(uri, positions, findings, actions.FIX_ALL_KIND)
            if fix_all is not None:
                result.append(fix_all)
        return result

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: GlossaryServer, params: types.HoverParams) -> types.Hover | None:
        checked, terms, where = ls.terms_at(params.text_document.uri, params.position)
        if checked is None or not terms:
            return None
        text = "\n\n---\n\n".join(hover_markdown(t, lambda doc: ls.chapter_link(checked, doc)) for t in terms)
        return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, text), where)

    @server.feature(types.TEXT_DOCUMENT_COMPLETION, types.CompletionOptions(trigger_characters=["`", "<"]))
    def completion(ls: GlossaryServer, params: types.CompletionParams) -> types.CompletionList | None:
        uri = params.text_document.uri
        path = ls.lintable(uri)
        if path is None:
            return None
        linter = ls.projects.linter_for(Path(path))
        if linter is None:
            return None
        document = ls.workspace.get_text_document(uri)
        positions = Positions(
            document.source, ls.checked[uri].positions.encoding if uri in ls.checked else "utf-16"
        )
        offset = positions.offset(params.position)
        before = positions.text[
            positions.starts[min(params.position.line, len(positions.starts) - 1)] : offset
        ]
        role = _ROLE_BEFORE_CURSOR.search(before)
        items = []
        if role:
            typed = role.group(1)
            where = positions.range(offset - len(typed), offset)
            for term in linter.glossary:
                if starts_with(term, typed.strip()) or not typed.strip():
                    items.append(
                        types.CompletionItem(
                            label=term.term,
                            kind=types.CompletionItemKind.Reference,
                            detail=term.short_definition,
                            text_edit=types.TextEdit(where, term.term),
                        )
                    )
            return types.CompletionList(is_incomplete=False, items=items)
        word = _WORD_BEFORE_CURSOR.search(before)
        if not word or len(word.group(0)) < MIN_COMPLETION_PREFIX:
            return None
        typed = word.group(0)
        where = positions.range(offset - len(typed), offset)
        for term in linter.glossary:
            if starts_with(term, typed):
                label = canonical(term, typed)
                items.append(
                    types.CompletionItem(
                        label=label,
                        kind=types.CompletionItemKind.Text,
                        detail=term.short_definition,
                        filter_text=typed,
                        text_edit=types.TextEdit(where, label),
                    )
                )
        return types.CompletionList(is_incomplete=True, items=items)

    @server.feature(types.TEXT_DOCUMENT_DEFINITION)
    def definition(ls: GlossaryServer, params: types.DefinitionParams) -> list[types.Location] | None:
        checked, terms, _ = ls.terms_at(params.text_document.uri, params.position)
        if checked is None:
            return None
        found = [ls.glossary_location(checked.linter.glossary.path, t) for t in terms]
        return [loc for loc in found if loc is not None] or None

    @server.feature(types.TEXT_DOCUMENT_REFERENCES)
    def references(ls: GlossaryServer, params: types.ReferenceParams) -> list[types.Location] | None:
        uri = params.text_document.uri
        path = to_fs_path(uri)
        glossary = ls.projects.glossary_at(Path(path)) if path else None
        if glossary is not None:
            line = params.position.line + 1
            above = [t for t in glossary if 0 < t.line <= line]
            terms: tuple[Term, ...] = (max(above, key=lambda t: t.line),) if above else ()
            glossary_path = glossary.path
        else:
            checked, terms, _ = ls.terms_at(uri, params.position)
            glossary_path = checked.linter.glossary.path if checked else None
        if not terms:
            return None
        ids = {t.id for t in terms}
        found: list[types.Location] = []
        if params.context.include_declaration:
            found += [loc for t in terms if (loc := ls.glossary_location(glossary_path, t))]
        for other in list(ls.workspace.text_documents):
            checked = ls.current(other) if ls.lintable(other) else None
            if checked is None:
                continue
            names = checked.linter.glossary
            for start, end, mentioned in checked.analysis.mentions:
                if any(t.id in ids for t in mentioned):
                    found.append(types.Location(other, checked.positions.range(start, end)))
            for ref in checked.analysis.references:
                named = (
                    (names.anchors.get(ref.name),)
                    if ref.kind == "anchor"
                    else names.names.get(ref.name.casefold(), ())
                )
                if any(t is not None and t.id in ids for t in named):
                    found.append(types.Location(other, checked.positions.range(ref.start, ref.end)))
        return found

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: GlossaryServer, params: None) -> None:
        for handle in ls.pending.values():
            handle.cancel()
        ls.pending.clear()

    return server


def _forget_finished_notifications(ls: GlossaryServer) -> None:
    """Drop what pygls 2.1 keeps of every notification it handled.

    pygls files the future of a notification handled by one of its own
    generator handlers (``didChange`` among them) under a made-up request id
    and never removes it: about 2 KiB per edit, 2 MiB per 1,000.  Such a
    future is a :class:`concurrent.futures.Future` whose callbacks ran when it
    finished; requests' asyncio futures are left to pygls.
    """
    futures = getattr(ls.protocol, "_request_futures", None)
    if not isinstance(futures, dict):
        return
    for key, future in list(futures.items()):
        if isinstance(future, ConcurrentFuture) and future.done():
            del futures[key]


def _is_glossary(ls: GlossaryServer, uri: str) -> bool:
    path = to_fs_path(uri)
    return path is not None and ls.projects.is_glossary(Path(path))


def _is_source(ls: GlossaryServer, uri: str) -> bool:
    path = to_fs_path(uri)
    return path is not None and ls.projects.is_source(Path(path))


def serve() -> None:
    """Run the server over standard input and output until the editor stops it."""
    make_server().start_io()
