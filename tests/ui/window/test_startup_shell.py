"""The window shows a shell first (menus, toolbar, empty centre); the panes follow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QToolBar

from reviewer.ui.context import AppContext
from reviewer.ui.window.main_window import MainWindow


def test_the_shell_paints_first_then_the_panes_take_its_place(
    qtbot, context: AppContext, dataset: Path
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert not window.panes_ready()
    assert window.centralWidget().objectName() == "startup_placeholder"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Review", "&View", "&Help"]
    toolbar = window.findChild(QToolBar, "main_toolbar")
    assert toolbar is not None
    assert all(not a.icon().isNull() for a in toolbar.actions() if not a.isSeparator())
    assert not window.ui_actions.export.isEnabled()  # nothing to export yet
    assert not window.panes_ready()  # looking at the shell built nothing

    with qtbot.waitSignal(window.panes_built, timeout=10000):
        window.show()  # the first paint builds the panes
    assert window.panes_ready()
    assert window.centralWidget() is window.pane
    assert window.findChild(type(window.centralWidget()), "startup_placeholder") is None
    qtbot.waitUntil(window.document_view.isVisible, timeout=5000)
    assert window.queue_dock.isVisible()
    assert window.queue_dock.toggleViewAction() in window.ui_actions.view_menu.actions()


def test_a_pane_asked_for_before_the_first_paint_is_built_on_the_spot(
    qtbot, context: AppContext, dataset: Path, filings: list[Path]
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    built: list[bool] = []
    window.panes_built.connect(lambda: built.append(True))
    window.open_paths([str(filings[0])])  # e.g. a drop, or a script
    assert window.panes_ready()
    assert built == [True]
    assert window.queue.rowCount() == 1
    qtbot.waitUntil(lambda: window.navigator.current() is not None, timeout=10000)
    window.show()
    qtbot.wait(50)
    assert built == [True]  # built once


def test_start_opens_the_files_once_the_panes_are_in(
    qtbot, qapp, settings, filings: list[Path]
) -> None:
    from reviewer import app

    window = app.start(qapp, [str(filings[1])], settings)
    qtbot.addWidget(window)
    assert not window.panes_ready()  # start() returns with the shell shown
    with qtbot.waitSignal(window.panes_built, timeout=10000):
        pass
    qtbot.waitUntil(
        lambda: (
            window.navigator.current() is not None
            and window.navigator.current().path == str(filings[1])
        ),
        timeout=10000,
    )
    assert window.document_view.entities()
    window._context.runner.wait(5000)


def test_closing_before_the_panes_came_builds_nothing(
    qtbot, context: AppContext, dataset: Path
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.close()
    assert not window.panes_ready()
