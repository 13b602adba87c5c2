"""Work functions for the batch tests (workers import them by name)."""

from __future__ import annotations

import faulthandler
import os
import signal
import time
from typing import Any


def behave(task: dict[str, Any]) -> dict[str, Any]:
    """Do what the task says: finish, hang, eat memory, crash or raise."""
    action = task["do"]
    if action == "hang":
        time.sleep(3600)
    elif action == "memory":
        hoard = [bytearray(64 * 1024 * 1024) for _ in range(1000)]  # 64 GB
        return {"pid": os.getpid(), "size": len(hoard)}
    elif action == "crash":
        faulthandler.disable()  # no traceback dump in the test output
        os.kill(os.getpid(), signal.SIGSEGV)
    elif action == "raise":
        raise ValueError("a bug in the work function")
    return {"pid": os.getpid(), "n": task["n"]}


def broken_start(task: dict[str, Any]) -> dict[str, Any]:
    """Never reached: the worker dies while it starts (see the test)."""
    return {"n": task["n"]}


def keep(done: list[tuple[dict[str, Any], Any]]) -> None:
    """Commit a chunk: one line per finished task in the file the tasks name."""
    if not done:
        return
    first = done[0][0]
    if first.get("refuse"):
        raise OSError(28, "No space left on device")
    with open(first["ledger"], "a", encoding="utf-8") as ledger:
        ledger.write("".join(f"{task['n']} {os.getpid()}\n" for task, _ in done))


def brief(value: dict[str, Any]) -> dict[str, Any]:
    """What comes back of a committed task."""
    return {"pid": value["pid"]}
