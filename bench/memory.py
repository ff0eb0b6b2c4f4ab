"""Peak memory of a command and the worker processes it starts.

Two figures: the peak of the proportional set size (PSS) summed over the
process tree, sampled every 20 ms from /proc (forked workers share the pages
of the glossary and the matcher, which PSS counts once), and the largest
single process's peak resident size, from the kernel's own accounting
(wait4), which sampling cannot miss.  Linux only; elsewhere the first is 0.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path


def peak_memory(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, int, int]:
    """Run ``command``; return (wall seconds, peak PSS of the tree in KB,
    peak RSS of its largest process in KB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while True:
        pid, _status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid == proc.pid:
            break
        peak = max(peak, _tree_pss(proc.pid))
        time.sleep(0.02)
    proc.returncode = 0  # reaped by wait4: keep Popen from waiting again
    return time.perf_counter() - start, peak, usage.ru_maxrss


def _tree_pss(root: int) -> int:
    total, pending = 0, [root]
    while pending:
        pid = pending.pop()
        total += _pss(pid)
        try:
            for task in Path(f"/proc/{pid}/task").iterdir():
                pending.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue
    return total


def _pss(pid: int) -> int:
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0
    for line in text.splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    return 0
