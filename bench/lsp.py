"""Benchmark the language server: from a change to its diagnostics, and memory.

Starts ``glossary-lint lsp`` over stdio with the project's glossary and
configuration, opens the longest chapter of the real handbook
(../shared/corpus/neural-audio-theory/docs; the run is skipped when it is
absent), then makes 1,000 edits one after another, as a writer types:
a word is typed letter by letter and deleted again, at lines spread over the
chapter.  Each edit waits for the diagnostics of its own version.  The
server's debounce is set to 0 so that every edit is checked and timed (an
isolated change is checked at once with the default too; bursts are
coalesced).  Memory is the server's resident set size (Linux /proc).

Usage: python bench/lsp.py [--edits N] [--file CHAPTER]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "neural-audio-theory" / "docs"
SUFFIXES = (".md", ".mdx", ".markdown", ".rst")
WORD = "Encodec "


def longest_chapter() -> Path | None:
    if not CORPUS.is_dir():
        return None
    files = [p for p in CORPUS.rglob("*") if p.suffix in SUFFIXES and p.is_file()]
    return max(files, key=lambda p: len(p.read_text(encoding="utf-8")), default=None)


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def edits(text: str, count: int) -> list[tuple[int, int, str]]:
    """``count`` single-character edits ``(line, column, inserted or "")``:
    WORD typed at the end of a line, then deleted, line after line."""
    lines = text.split("\n")
    targets = [i for i, line in enumerate(lines) if len(line) > 40 and line[:1].isalpha()] or [0]
    result: list[tuple[int, int, str]] = []
    n = 0
    while len(result) < count:
        line = targets[n % len(targets)]
        column = len(lines[line])
        for i, ch in enumerate(WORD):
            result.append((line, column + i, ch))
        for i in reversed(range(len(WORD))):
            result.append((line, column + i, ""))
        n += 1
    return result[:count]


async def run(chapter: Path, count: int) -> None:
    client = LanguageClient("bench", "1")
    versions: dict[int, float] = {}
    arrived = asyncio.Event()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def diagnostics(params: types.PublishDiagnosticsParams) -> None:
        if params.version is not None:
            versions[params.version] = time.perf_counter()
            arrived.set()

    await client.start_io(sys.executable, "-m", "glossary_lint", "lsp")
    pid = client._server.pid  # type: ignore[union-attr]
    await client.initialize_async(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(),
            root_uri=ROOT.as_uri(),
            initialization_options={"delay": 0},
        )
    )
    client.initialized(types.InitializedParams())
    text = chapter.read_text(encoding="utf-8")
    uri = chapter.as_uri()

    async def wait_for(version: int) -> float:
        while version not in versions:
            arrived.clear()
            await asyncio.wait_for(arrived.wait(), 30)
        return versions[version]

    sent = time.perf_counter()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "markdown", 1, text))
    )
    opened = await wait_for(1) - sent
    memory = {0: rss_kib(pid)}
    latencies = []
    for version, (line, column, ch) in enumerate(edits(text, count), start=2):
        end = types.Position(line, column + (0 if ch else 1))
        change = types.TextDocumentContentChangePartial(
            range=types.Range(types.Position(line, column), end), text=ch
        )
        sent = time.perf_counter()
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(version=version, uri=uri),
                content_changes=[change],
            )
        )
        latencies.append((await wait_for(version)) - sent)
        if version - 1 == 100 or (version - 1) % 1000 == 0 or version - 1 == count:
            memory[version - 1] = rss_kib(pid)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()

    ms = sorted(x * 1000 for x in latencies)
    name = chapter.relative_to(CORPUS) if chapter.is_relative_to(CORPUS) else chapter
    print(f"chapter: {name} ({len(text):,} characters, {text.count(chr(10)):,} lines)")
    print(f"open to diagnostics: {opened * 1000:.1f} ms (glossary and configuration loaded)")
    print(
        f"change to diagnostics over {count:,} edits: median {statistics.median(ms):.1f} ms, "
        f"p95 {ms[int(len(ms) * 0.95) - 1]:.1f} ms, max {ms[-1]:.1f} ms"
    )
    print(
        "server memory (RSS): "
        + ", ".join(
            f"{memory[k] / 1024:.1f} MiB after {'open' if k == 0 else f'{k:,} edits'}" for k in memory
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--file", type=Path, help="chapter to edit (default: the handbook's longest)")
    args = parser.parse_args()
    chapter = args.file or longest_chapter()
    if chapter is None:
        print("skipped: ../shared/corpus/neural-audio-theory/docs is not beside the project")
        return
    asyncio.run(run(chapter.resolve(), args.edits))


if __name__ == "__main__":
    main()
