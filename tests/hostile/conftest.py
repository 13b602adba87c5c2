"""Fixtures for hostile-input tests: no network, a listener that counts visits,
and a real window (Qt imported only by the tests that use it)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from reviewer.ui.context import AppContext
    from reviewer.ui.window.main_window import MainWindow
    from tests.ui.conftest import FakeDialogs


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Fail the test if Python code opens any outgoing connection."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise AssertionError(f"a network connection was attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert attempts == []


@pytest.fixture
def listener() -> Iterator[tuple[str, socket.socket]]:
    """A local TCP port that nothing should connect to, even from C code.

    Yields the ``http://127.0.0.1:PORT`` base URL and the listening socket; a
    connection attempt (by Python or by a C library such as libxml2) stays in its
    backlog, so ``accept`` on the non-blocking socket tells whether one came.
    """
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.setblocking(False)
    port = server.getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}", server
    finally:
        server.close()


def visited(server: socket.socket) -> bool:
    """True when anything connected to the listener."""
    try:
        connection, _address = server.accept()
    except BlockingIOError:
        return False
    connection.close()
    return True


@pytest.fixture
def dialogs() -> FakeDialogs:
    from tests.ui.conftest import FakeDialogs

    return FakeDialogs()


@pytest.fixture
def context(qapp, tmp_path: Path, dialogs: FakeDialogs) -> Iterator[AppContext]:
    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtGui import QUndoGroup

    from reviewer.ui.context import AppContext
    from reviewer.ui.settings import Settings
    from reviewer.ui.tasks import TaskRunner

    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings = Settings(store)
    settings.set_dataset_path(str(tmp_path / "dataset.csv"))
    settings.set_reviewer_name("Test Reviewer")
    runner = TaskRunner()
    yield AppContext(
        settings=settings, undo_group=QUndoGroup(), runner=runner, dialogs=dialogs
    )
    runner.wait(5000)
    QThreadPool.globalInstance().waitForDone(5000)


@pytest.fixture
def window(qtbot, context: AppContext) -> MainWindow:
    from reviewer.ui.window.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window
