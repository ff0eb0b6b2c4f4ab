"""Peak memory of one run against the number of files it checks.

Writes N small chapters (three findings each) into a temporary folder, runs
``glossary-lint check`` over them in a fresh process for each format, and
prints that process's peak resident set size.  A run streams its findings,
so the peak should barely move between 2,000 and 20,000 files.

Usage: python bench/memory_files.py [--files 2000,20000] [--formats json,sarif,text] [--jobs 1]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "data" / "glossary.yaml"

#: Run in the child: the CLI in-process, then its own peak RSS (KiB on Linux) on stderr.
_CHILD = """
import resource, sys
from glossary_lint.cli import main
try:
    main(sys.argv[1:], standalone_mode=False)
except SystemExit:
    pass
sys.stderr.write(f"maxrss={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n")
"""

CHAPTER = "# Notes {n}\n\nWe train Encodec and a hifi-gan vocoder.\n\nThe Lora adapter is small.\n"


def make_tree(folder: Path, files: int) -> None:
    for n in range(files):
        sub = folder / f"part{n // 500:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"chapter{n:05d}.md").write_text(CHAPTER.format(n=n), encoding="utf-8")


def peak_rss_mib(folder: Path, output_format: str, jobs: int) -> float:
    """Peak RSS of a check over ``folder``, in MiB (the report goes to /dev/null)."""
    args = ["check", str(folder), "--glossary", str(GLOSSARY), "--format", output_format, "-j", str(jobs)]
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    line = next(x for x in proc.stderr.splitlines() if x.startswith("maxrss="))
    return int(line.split("=", 1)[1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", default="2000,20000")
    parser.add_argument("--formats", default="json,sarif,text")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    counts = [int(x) for x in args.files.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        for count in counts:
            folder = Path(tmp) / str(count)
            folder.mkdir()
            make_tree(folder, count)
            for output_format in args.formats.split(","):
                mib = peak_rss_mib(folder, output_format, args.jobs)
                print(f"{count:>7} files  {output_format:<6} peak RSS {mib:7.1f} MiB", flush=True)


if __name__ == "__main__":
    main()
