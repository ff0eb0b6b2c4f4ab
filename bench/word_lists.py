"""What the word lists of known acronyms and names cost a run: CPU time of
reading each one on its first use, in a fresh process each time (the lists
are cached per process), best of N; and that starting the CLI reads none.

Usage: python bench/word_lists.py [--runs N]
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys

PROBE = """
import time
from glossary_lint.rules import word_lists
read = []
real = word_lists._read
word_lists._read = lambda name: read.append(name) or real(name)
import glossary_lint.cli  # noqa: F401  (what start-up imports)
assert read == [], read
costs = {}
for name in (*word_lists.REFERENCE_LISTS, "common-acronyms.txt", "common-names.txt"):
    start = time.process_time()
    real(name)
    costs[name] = time.process_time() - start
start = time.process_time()
word_lists.reference_acronyms()
costs["reference_acronyms() first call"] = time.process_time() - start
print(repr(costs))
"""


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    best: dict[str, float] = {}
    for _ in range(args.runs):
        out = subprocess.run([sys.executable, "-c", PROBE], check=True, capture_output=True, text=True).stdout
        for name, seconds in ast.literal_eval(out).items():
            best[name] = min(best.get(name, seconds), seconds)
    print(f"start-up (import glossary_lint.cli) reads no list; CPU ms, best of {args.runs} fresh processes:")
    for name, seconds in best.items():
        print(f"  {name}: {seconds * 1000:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
