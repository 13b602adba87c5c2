"""The window refuses files built to exhaust it, by name, and stays usable (#17).

A 2 MB PDF whose page content inflates to 600 MB of text operators once drove
the window to 13.5 GB; a PDF naming one page 200,000 times took 89 s and 3 GB;
an 80 MB text meant minutes of CPU. Each is now refused quickly with a plain
message while the window goes on working, and the process tree (this test's
process and any child) stays under 2 GB.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from reviewer.io.errors import FileTooLargeError
from reviewer.io.loaders import load_document
from reviewer.ui.window.main_window import MainWindow
from tests.hostile.pdfbomb import write_content_bomb, write_page_flood
from tests.ui.conftest import SEED_TEXT, FakeDialogs

GB = 1 << 30


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += map(int, (task / "children").read_text().split())
        except OSError:
            continue  # it ended meanwhile
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) * 1024
    return total


def _hostile(tmp_path: Path) -> dict[str, tuple[Callable[[Path], Path], str]]:
    return {
        "bomb.pdf": (lambda p: write_content_bomb(p, 600), "expands to more than"),
        "flood.pdf": (lambda p: write_page_flood(p, 200_000), "200,000 pages"),
        "huge.txt": (
            lambda p: (p.write_bytes(b"The board met today. " * 4_000_000), p)[1],
            "over the 24 MB this window reads",
        ),
    }


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
@pytest.mark.parametrize("name", ["bomb.pdf", "flood.pdf", "huge.txt"])
def test_a_file_built_to_exhaust_the_window_is_refused_and_named(
    qtbot, window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, name: str
) -> None:
    make, words = _hostile(tmp_path)[name]
    hostile = make(tmp_path / name)
    assert hostile.stat().st_size < 100_000_000
    peak = [_tree_rss(os.getpid())]
    beats = [0]

    def sample() -> None:
        beats[0] += 1
        peak[0] = max(peak[0], _tree_rss(os.getpid()))

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(sample)
    timer.start()
    window.open_paths([str(hostile)])
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=120_000)
    timer.stop()
    sample()
    title, message = dialogs.errors[-1]
    assert title == f"Cannot open {name}"
    assert words in message
    assert "Traceback" not in message
    assert peak[0] < 2 * GB, f"the process tree reached {peak[0] / GB:.2f} GB"
    assert beats[0] >= 1  # the event loop ran during the load

    good = tmp_path / "good.txt"  # and the window goes on working
    good.write_text(SEED_TEXT, encoding="utf-8")
    window.open_paths([str(good)])
    qtbot.waitUntil(
        lambda: (
            window.navigator.current() is not None
            and window.navigator.current().path == str(good)
        ),
        timeout=20_000,
    )


def test_the_loaders_refuse_the_same_files_without_a_window(tmp_path: Path) -> None:
    with pytest.raises(FileTooLargeError, match="expands to more than 16 MB"):
        load_document(write_content_bomb(tmp_path / "bomb.pdf", 100))
    with pytest.raises(FileTooLargeError, match="200,000 pages"):
        load_document(write_page_flood(tmp_path / "flood.pdf", 200_000))
