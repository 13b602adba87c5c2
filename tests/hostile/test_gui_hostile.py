"""Opening a hostile file in the real window: a clear error, the current review kept."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reviewer.io import loaders
from reviewer.io.loaders import LoadOptions
from reviewer.ui.window.main_window import MainWindow
from tests.io.pdfmaker import make_pdf, page_content
from tests.ui.conftest import SEED_TEXT, FakeDialogs

PDF = make_pdf([page_content(["Acme appointed Jane Roe as a director."])])
BAD_FILES = {
    "cut.pdf": (PDF[: len(PDF) // 3], "damaged or truncated"),
    "zero.pdf": (make_pdf([]), "no pages"),
    "locked.pdf": (
        make_pdf([page_content(["secret"])], user_password="pw"),
        "password-protected",
    ),
    "scan.pdf": (make_pdf([b""] * 50), "no text layer"),
    "nul.txt": (b"Board\x00\x00news", "binary data"),
    "empty.txt": (b"", "the file is empty"),
    "invisible.html": (b"<html><script>alert(1)</script></html>", "no visible text"),
    "notext.txt": (
        b"<SEC-DOCUMENT>\n<DOCUMENT>\n<TYPE>8-K\nno text part\n</DOCUMENT>\n",
        "no readable main document",
    ),
    "big.txt": (b"The board met. " * 100_000, "over the 1.05 MB limit"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_shows_a_clear_error_and_keeps_the_review(
    qtbot,
    window: MainWindow,
    dialogs: FakeDialogs,
    tmp_path: Path,
    name: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the window loads with a 1 MB limit here, so that "big.txt" is too big
    limited = functools.partial(LoadOptions, max_bytes=1024 * 1024)
    # (the navigator imports LoadOptions on the worker thread, at each load)
    monkeypatch.setattr(loaders, "LoadOptions", limited)
    good = tmp_path / "good.txt"
    good.write_text(SEED_TEXT, encoding="utf-8")
    window.open_paths([str(good)])
    qtbot.waitUntil(lambda: window.navigator.current() is not None, timeout=10000)
    session = window.navigator.current()
    assert session is not None
    field = window.filing_form.field("board_size_after")
    field.setFocus()
    qtbot.keyClicks(field, "7")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert session.model.filing().board_size_after == "7"

    data, words = BAD_FILES[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    window.open_paths([str(bad)])
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=20000)
    title, message = dialogs.errors[-1]
    assert title == f"Cannot open {name}"
    assert words in message
    assert "Traceback" not in message
    # the review made before is still the one shown, with its edit and its undo
    assert window.navigator.current() is session
    assert session.model.filing().board_size_after == "7"
    assert session.stack.count() >= 1
    assert window.isWindowModified()
    window.ui_actions.undo.trigger()
    assert session.model.filing().board_size_after == ""
