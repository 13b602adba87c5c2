"""The review workspace: queue, document, page, filing form and roster table."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QMainWindow, QWidget

from reviewer.core.schema import ReviewStatus
from reviewer.io.formats import SUPPORTED_DESCRIPTION
from reviewer.ui import collector, icons
from reviewer.ui.context import AppContext
from reviewer.ui.dialogs import Unsaved
from reviewer.ui.screen_fit import fit_to_screen
from reviewer.ui.window.actions import about_html, build_actions, shortcuts_html
from reviewer.ui.window.recent_files import RecentFiles

if TYPE_CHECKING:
    from reviewer.models.queue_model import QueueModel
    from reviewer.ui.document.document_view import DocumentView
    from reviewer.ui.pdf.page_view import PageView
    from reviewer.ui.roster.filing_form import FilingForm
    from reviewer.ui.roster.roster_view import RosterView
    from reviewer.ui.shown_review import ShownReview
    from reviewer.ui.warmup import GuiWarmUp
    from reviewer.ui.window.feedback import NavigatorFeedback
    from reviewer.ui.window.model_actions import ModelActions
    from reviewer.ui.window.navigator import Navigator
    from reviewer.ui.window.queue_dock import QueueDock
    from reviewer.ui.window.review_controller import ReviewController
    from reviewer.ui.window.review_pane import ReviewPane
    from reviewer.ui.window.review_saver import ReviewSaver
    from reviewer.ui.window.session import FilingSession
    from reviewer.ui.window.status_bar import ReviewStatusBar
    from reviewer.ui.window.team import TeamLink
    from reviewer.ui.window.team_dock import TeamDock

logger = logging.getLogger(__name__)

APP_TITLE = "Board Change Reviewer"
QUEUE_WIDTH = 200  # company, rows and state

PANE_PARTS = frozenset(
    {
        "queue",
        "navigator",
        "saver",
        "shown",
        "pane",
        "document_view",
        "roster_view",
        "filing_form",
        "controller",
        "queue_dock",
        "status",
        "progress",
        "cancel_button",
        "feedback",
        "model_actions",
        "team",
        "team_dock",
        "gui_warm_up",
    }
)
"""The window's attributes built with the panes (after the shell's first paint)."""


class _Placeholder(QWidget):
    """The empty centre of the shell; says when it was first painted.

    Signals:
        painted(): its first paint event was handled.
    """

    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startup_placeholder")
        self._told = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Tell once that the window is on screen."""
        super().paintEvent(event)
        if not self._told:
            self._told = True
            self.painted.emit()


class MainWindow(QMainWindow):
    """One window: review filings one after another and save them to the dataset.

    It is built in two steps so that it shows at once. The constructor makes the
    shell: title, menu bar, toolbar and an empty placeholder in the centre. Right
    after the shell's first paint, the panes (queue, text, form, roster, status
    bar) replace the placeholder and the extractor is warmed on a worker thread.
    Anything that needs a pane earlier (``open_paths`` on a window not yet
    shown, a test reading ``window.navigator``) builds them on the spot.

    Signals:
        panes_built(): the panes are in; :meth:`when_built` callbacks have run.
    """

    panes_built = Signal()

    queue: QueueModel
    navigator: Navigator
    saver: ReviewSaver
    shown: ShownReview
    pane: ReviewPane
    document_view: DocumentView
    roster_view: RosterView
    filing_form: FilingForm
    controller: ReviewController
    queue_dock: QueueDock
    status: ReviewStatusBar
    feedback: NavigatorFeedback
    model_actions: ModelActions
    team: TeamLink
    team_dock: TeamDock
    gui_warm_up: GuiWarmUp

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        """Build the shell around ``context``'s services; the panes come after."""
        super().__init__(parent)
        collector.install()  # workers must never free Qt objects
        self._built = False
        self._after_build: list[Callable[[], None]] = []
        self._context = context
        context.dialogs.set_parent(self)
        self.setWindowTitle(f"{APP_TITLE}[*]")
        self.setWindowIcon(icons.app_icon())
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self._fitted = False

        self.ui_actions = build_actions(self, context.undo_group)
        self.ui_actions.set_review_enabled(False)
        self._placeholder: _Placeholder | None = _Placeholder(self)
        self._placeholder.painted.connect(self._on_placeholder_painted)
        self.setCentralWidget(self._placeholder)
        self.statusBar()  # an empty bar: the panes' one takes its place
        context.settings.restore_window(self)
        fit_to_screen(self)
        self.recent = RecentFiles(
            self.ui_actions.recent_menu, context.settings, context.dialogs, self
        )
        self.recent.open_requested.connect(self.open_paths)
        self._connect_actions()

    def __getattr__(self, name: str) -> object:
        """Build the panes when one of them is asked for before the first paint."""
        if name in PANE_PARTS and not self.__dict__.get("_built", True):
            self.build_panes()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} has no attribute {name!r}")

    def panes_ready(self) -> bool:
        """Whether the panes were built (after the first paint, or on demand)."""
        return self._built

    def when_built(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once the panes are built (at once if they are)."""
        if self._built:
            callback()
        else:
            self._after_build.append(callback)

    @Slot()
    def _on_placeholder_painted(self) -> None:
        # Queued: the shell's frame reaches the screen before the panes are built.
        QTimer.singleShot(0, self, self._on_build_timer_timeout)

    @Slot()
    def _on_build_timer_timeout(self) -> None:
        if self.isVisible():  # closed in the meantime: nothing to build
            self.build_panes()

    @Slot()
    def build_panes(self) -> None:
        """Replace the placeholder by the queue, text, form, roster and status bar."""
        if self._built:
            return
        self._built = True
        from reviewer.models.queue_model import QueueModel
        from reviewer.ui.shown_review import ShownReview
        from reviewer.ui.window.navigator import Navigator
        from reviewer.ui.window.queue_dock import QueueDock
        from reviewer.ui.window.review_controller import ReviewController
        from reviewer.ui.window.review_pane import ReviewPane
        from reviewer.ui.window.review_saver import ReviewSaver
        from reviewer.ui.window.status_bar import ReviewStatusBar

        context = self._context
        self.queue = QueueModel(self)
        self.shown = ShownReview(self)
        self.saver = ReviewSaver(context, self.queue, self.shown, self)
        self.navigator = Navigator(context, self.queue, self.shown, self.saver, self)
        self.pane = ReviewPane(self.shown, self)
        self.document_view = self.pane.document_view
        self.roster_view = self.pane.roster_view
        self.filing_form = self.pane.filing_form
        self.controller = ReviewController(
            self.shown,
            self.document_view,
            lambda: self.pane.page_view,  # built when the first PDF is shown
            self.roster_view,
            self.filing_form,
            self.pane.legend,
            self,
        )
        self.pane.page_view_created.connect(self.controller.attach_page_view)
        self.pane.page_view_created.connect(self._on_page_view_created)
        self.setCentralWidget(self.pane)  # the placeholder goes
        self._placeholder = None

        self.queue_dock = QueueDock(self.queue, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.queue_dock)
        self.resizeDocks([self.queue_dock], [QUEUE_WIDTH], Qt.Orientation.Horizontal)
        from reviewer.ui.window.team import TeamLink
        from reviewer.ui.window.team_dock import TeamDock

        self.team = TeamLink(
            context, self.shown, self.saver, self.navigator.sessions, self
        )
        self.navigator.draft_for = self.team.take_draft
        self.team_dock = TeamDock(self.team.model, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.team_dock)
        self.tabifyDockWidget(self.queue_dock, self.team_dock)
        self.team_dock.hide()  # shown once a team workspace is connected

        for zoom in (self.ui_actions.zoom_in, self.ui_actions.zoom_out):
            # Only while the text has focus: the PDF page has its own Ctrl+plus.
            zoom.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.document_view.addAction(zoom)
        view_menu = self.ui_actions.view_menu
        view_menu.addAction(self.queue_dock.toggleViewAction())
        view_menu.addAction(self.team_dock.toggleViewAction())
        view_menu.addAction(self.ui_actions.show_legend)

        self.status = ReviewStatusBar(self.queue, self)
        self.setStatusBar(self.status)
        self.progress = self.status.progress
        self.cancel_button = self.status.cancel_button

        self._connect_signals()
        context.settings.restore_window(self)  # now with the queue dock
        if not self.team.is_connected():
            self.team_dock.hide()  # shown again once connected
        context.settings.restore_splitters(*self.pane.splitters())
        fit_to_screen(self)
        self.roster_view.set_hidden_columns(context.settings.roster_hidden_columns())
        self._sync_offsets_action()
        self.roster_view.hidden_columns_changed.connect(self._on_hidden_columns_changed)
        self.pane.set_zoom(context.settings.zoom())
        self.pane.set_text_share(context.settings.text_share_with_page())
        self.pane.text_share_changed.connect(context.settings.set_text_share_with_page)
        self._update_dataset_label()
        self._on_session_shown(None)
        if self.isVisible():
            # Qt shows widgets added to a visible window later (queued): show and
            # lay them out now, so their sizes are final when this returns.
            explicit = Qt.WidgetAttribute.WA_WState_ExplicitShowHide
            for part in (self.pane, self.queue_dock, self.status):
                if not (part.isHidden() and part.testAttribute(explicit)):
                    part.show()  # unless hidden on purpose (a closed queue dock)
            layout = self.layout()
            if layout is not None:
                layout.activate()
            # Paint the panes now, before the warm-up (queued by the navigator)
            # starts on its worker thread and competes with the paint for the GIL.
            self.repaint()
        from reviewer.ui.warmup import GuiWarmUp

        # The first open's one-time GUI work, in small steps once the worker's
        # warm-up is over (run alongside it, each step took twice as long).
        self.gui_warm_up = GuiWarmUp.for_window(self)
        self.navigator.warmed_up.connect(self.gui_warm_up.start)
        callbacks, self._after_build = self._after_build, []
        for callback in callbacks:
            callback()
        self.panes_built.emit()

    def _connect_actions(self) -> None:
        """The shell's actions: every slot builds the panes it needs on use."""
        a = self.ui_actions
        a.open_files.triggered.connect(self.ask_open_files)
        a.open_folder.triggered.connect(self.ask_open_folder)
        a.export.triggered.connect(self._on_export_triggered)
        a.choose_dataset.triggered.connect(self.choose_dataset)
        a.set_reviewer.triggered.connect(self._on_set_reviewer_triggered)
        a.connect_team.triggered.connect(self.ask_connect_team)
        a.disconnect_team.triggered.connect(self._on_disconnect_team_triggered)
        a.refresh_team.triggered.connect(self._on_refresh_team_triggered)
        a.quit.triggered.connect(self.close)
        a.add_row.triggered.connect(self.add_row)
        a.duplicate_row.triggered.connect(self.duplicate_rows)
        a.delete_rows.triggered.connect(self.delete_rows)
        a.discard.triggered.connect(self.discard_changes)
        a.reviewed.toggled.connect(self._on_reviewed_toggled)
        a.accept_next.triggered.connect(self._on_accept_next_triggered)
        a.next_filing.triggered.connect(self._on_next_filing_triggered)
        a.previous_filing.triggered.connect(self._on_previous_filing_triggered)
        a.zoom_in.triggered.connect(self._on_zoom_in_triggered)
        a.zoom_out.triggered.connect(self._on_zoom_out_triggered)
        a.about.triggered.connect(self.show_about)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        self._context.undo_group.cleanChanged.connect(self._on_undo_clean_changed)

    def _connect_signals(self) -> None:
        """Link the panes to the actions, the navigator and each other."""
        from reviewer.ui.window.feedback import NavigatorFeedback

        a = self.ui_actions
        a.show_offsets.toggled.connect(self.roster_view.set_offsets_visible)
        a.show_legend.toggled.connect(self.pane.legend.setVisible)
        self.feedback = NavigatorFeedback(
            self._context, self.navigator, self.saver, self.status, self.pane, self
        )
        shown = self.shown
        shown.changed.connect(self._on_session_shown)
        shown.status_changed.connect(self._on_model_status_changed)
        shown.edit_rejected.connect(self.status.show_note)
        self.saver.saved.connect(self._on_saver_saved)
        self.queue_dock.activated.connect(self.navigator.open_row)
        self.controller.message.connect(self.status.show_note)
        team = self.team
        team.connected.connect(self._on_team_connected)
        team.disconnected.connect(self._on_team_disconnected)
        team.open_requested.connect(self._on_team_open_requested)
        team.note.connect(self.status.show_note)
        team.status_changed.connect(self._on_team_status_changed)
        self.team_dock.activated.connect(team.activate)
        self.team_dock.next_requested.connect(team.open_next)
        self.team_dock.refresh_requested.connect(team.refresh)
        from reviewer.ui.window.model_actions import ModelActions

        self.model_actions = ModelActions(
            self, self._context, self.navigator, self.queue, self.status
        )

    @property
    def page_view(self) -> PageView:
        """The PDF page pane (built when the first PDF is shown, or asked for)."""
        return self.pane.page_view

    # -- opening ------------------------------------------------------------------
    def open_paths(self, paths: list[str]) -> None:
        """Queue files and folders and show the first of them."""
        paths = self.recent.drop_missing(paths)
        if not paths:
            return
        self.recent.remember(paths)
        self._context.settings.set_last_directory(str(Path(paths[0]).resolve().parent))
        row = self.navigator.add_paths(paths)
        if row < 0:
            self._context.dialogs.error(
                "Nothing to open",
                f"No filings found. The app opens {SUPPORTED_DESCRIPTION}.",
            )
            return
        if self.navigator.current() is None or len(paths) == 1:
            self.navigator.open_row(row)

    @Slot()
    def ask_open_files(self) -> None:
        """File > Open."""
        directory = self._context.settings.last_directory()
        self.open_paths(self._context.dialogs.ask_open_files(directory))

    @Slot()
    def ask_open_folder(self) -> None:
        """File > Open Folder."""
        folder = self._context.dialogs.ask_folder(
            self._context.settings.last_directory()
        )
        if folder:
            self.open_paths([folder])

    @Slot()
    def choose_dataset(self) -> None:
        """File > Choose Dataset."""
        settings = self._context.settings
        path = self._context.dialogs.ask_dataset_path(settings.dataset_path())
        if path:
            settings.set_dataset_path(path)
            self.status.show_note(f"Reviews are saved into {path}")
            self.navigator.scan_statuses()
        self._update_dataset_label()

    # -- the team workspace ----------------------------------------------------------
    def connect_team(
        self,
        dsn: str,
        reviewer: str = "",
        *,
        lease_seconds: int | None = None,
        cache: Path | None = None,
    ) -> None:
        """Connect to a team workspace (in the background; errors are a message).

        ``reviewer`` defaults to the last name used there, else the login name;
        ``lease_seconds`` and ``cache`` go to :meth:`TeamLink.connect_to`.
        """
        from reviewer.io.team.store import reviewer_name

        name = reviewer or self._context.settings.team_reviewer() or reviewer_name()
        self.status.show_note("Connecting to the team workspace…")
        self.team.connect_to(dsn, name, lease_seconds=lease_seconds, cache=cache)

    @Slot()
    def ask_connect_team(self) -> None:
        """File > Connect to Team Workspace."""
        from reviewer.io.team.store import reviewer_name

        settings = self._context.settings
        answer = self._context.dialogs.ask_team_workspace(
            settings.team_workspace(), settings.team_reviewer() or reviewer_name()
        )
        if answer is not None:
            self.connect_team(*answer)

    @Slot()
    def _on_disconnect_team_triggered(self) -> None:
        self.commit_pending_edits()
        self.team.disconnect_from()

    @Slot()
    def _on_refresh_team_triggered(self) -> None:
        self.team.refresh()

    @Slot(str)
    def _on_team_connected(self, label: str) -> None:
        from reviewer.io.team.db import WorkspaceError, dsn_without_password

        settings = self._context.settings
        try:  # never a password in the settings: libpq reads ~/.pgpass
            settings.set_team_workspace(dsn_without_password(self.team.dsn))
        except WorkspaceError:
            settings.set_team_workspace("")
        settings.set_team_reviewer(self.team.reviewer)
        self.ui_actions.disconnect_team.setEnabled(True)
        self.ui_actions.refresh_team.setEnabled(True)
        self.team_dock.set_where(f"Connected as {label}")
        self.team_dock.show()
        self.team_dock.raise_()
        self.status.show_note(f"Connected to the team workspace as {label}")

    @Slot()
    def _on_team_disconnected(self) -> None:
        self.ui_actions.disconnect_team.setEnabled(False)
        self.ui_actions.refresh_team.setEnabled(False)
        self.team_dock.set_where("")
        self.status.set_team("")
        self.status.show_note("Left the team workspace; your filings were given back.")

    @Slot(str)
    def _on_team_status_changed(self, text: str) -> None:
        self.status.set_team(text, self.team.offline or self.team.pending > 0)

    @Slot(str)
    def _on_team_open_requested(self, path: str) -> None:
        row = self.navigator.add_paths([path])
        if row >= 0:
            self.navigator.open_row(row)

    def _team_owns_current(self) -> bool:
        return self.team.owns(self.navigator.current())

    def _update_dataset_label(self) -> None:
        self.status.set_dataset(self._context.settings.dataset_path())

    def commit_pending_edits(self) -> None:
        """Commit a cell or form field still being typed (focus out commits it)."""
        focused = self.focusWidget()
        if focused is not None and focused is not self.roster_view:
            self.roster_view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_export_triggered(self) -> None:
        self.commit_pending_edits()
        self.saver.save_current()

    @Slot()
    def _on_accept_next_triggered(self) -> None:
        self.commit_pending_edits()
        if self._team_owns_current():
            self.team.accept_current(then_next=True)
        else:
            self.navigator.accept_and_next()

    @Slot()
    def _on_next_filing_triggered(self) -> None:
        self.commit_pending_edits()
        if self._team_owns_current():
            self.team.open_next()  # the next filing nobody holds
        else:
            self.navigator.open_next()

    @Slot()
    def _on_previous_filing_triggered(self) -> None:
        self.commit_pending_edits()
        self.navigator.open_previous()

    # -- editing ------------------------------------------------------------------
    @Slot()
    def add_row(self) -> None:
        """Edit > Add Row (below the current row)."""
        session = self.navigator.current()
        if session is None:
            return
        current = self.roster_view.current_source_row()
        where = current + 1 if current >= 0 else session.model.rowCount()
        row = session.model.add_row(where)
        self.roster_view.select_cell(row, session.model.column_of("person"))
        self.roster_view.setFocus()

    @Slot()
    def duplicate_rows(self) -> None:
        """Edit > Duplicate Row."""
        session = self.navigator.current()
        rows = self.roster_view.selected_source_rows()
        if session is not None and rows:
            made = session.model.duplicate_rows(rows)
            self.roster_view.select_cell(made[-1], session.model.column_of("person"))

    @Slot()
    def delete_rows(self) -> None:
        """Edit > Delete Rows."""
        session = self.navigator.current()
        rows = self.roster_view.selected_source_rows()
        if session is not None and rows:
            session.model.delete_rows(rows)

    @Slot()
    def discard_changes(self) -> None:
        """Edit > Discard My Changes: back to the machine's proposal."""
        session = self.navigator.current()
        if session is None:
            return
        if self._context.dialogs.confirm(
            "Discard changes",
            f"Throw away your edits of {Path(session.path).name} and start again "
            "from the extractor's proposal?",
        ):
            self.saver.discard_current()

    @Slot(bool)
    def _on_reviewed_toggled(self, checked: bool) -> None:
        session = self.navigator.current()
        if (
            session is not None
            and (session.model.status() == ReviewStatus.REVIEWED) != checked
        ):
            self.saver.set_reviewed(checked)

    @Slot()
    def _on_set_reviewer_triggered(self) -> None:
        settings = self._context.settings
        name = self._context.dialogs.ask_reviewer_name(settings.reviewer_name())
        if name:
            settings.set_reviewer_name(name)

    # -- feedback -------------------------------------------------------------------
    @Slot(object)
    def _on_session_shown(self, session: FilingSession | None) -> None:
        # The one place that orders what follows a switch: the pane's geometry,
        # then the linked views, then the pane's labels (they read the selection).
        if session is not None:
            self.setWindowTitle(f"{Path(session.path).name}[*] — {APP_TITLE}")
            self.queue_dock.select_row(self.queue.row_of(session.path))
        # Lay the pane out for this filing first: the evidence is revealed in
        # the final geometry (the page view narrows the text for PDFs).
        self.pane.show_page(bool(session and session.document.layout))
        self.controller.show_current()
        if session is not None and not self.filing_form.isAncestorOf(
            self.focusWidget()
        ):
            self.roster_view.setFocus()  # arrow keys walk the rows at once
        self.pane.show_current()
        self.ui_actions.set_review_enabled(session is not None)
        self._on_model_status_changed(session.model.status() if session else "")
        self.setWindowModified(bool(session and session.is_dirty()))

    @Slot(str)
    def _on_model_status_changed(self, status: str) -> None:
        self.ui_actions.reviewed.blockSignals(True)
        self.ui_actions.reviewed.setChecked(status == ReviewStatus.REVIEWED)
        self.ui_actions.reviewed.blockSignals(False)

    @Slot(bool)
    def _on_undo_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    @Slot(str)
    def _on_saver_saved(self, _path: str) -> None:
        self._update_dataset_label()

    # -- view -----------------------------------------------------------------------
    @Slot(object)
    def _on_page_view_created(self, view: PageView) -> None:
        view.set_zoom(self._context.settings.page_zoom() or 1.0)
        view.zoom_changed.connect(self._context.settings.set_page_zoom)

    @Slot(list)
    def _on_hidden_columns_changed(self, names: list[str]) -> None:
        self._context.settings.set_roster_hidden_columns(names)
        self._sync_offsets_action()

    def _sync_offsets_action(self) -> None:
        from reviewer.ui.roster.roster_view import OFFSET_COLUMNS

        hidden = set(self.roster_view.hidden_columns())
        action = self.ui_actions.show_offsets
        action.blockSignals(True)
        action.setChecked(not hidden & OFFSET_COLUMNS)
        action.blockSignals(False)

    @Slot()
    def _on_zoom_in_triggered(self) -> None:
        self._context.settings.set_zoom(self.pane.set_zoom(self.pane.zoom() + 1))

    @Slot()
    def _on_zoom_out_triggered(self) -> None:
        self._context.settings.set_zoom(self.pane.set_zoom(self.pane.zoom() - 1))

    @Slot()
    def show_about(self) -> None:
        """Help > About."""
        self._context.dialogs.info(f"About {APP_TITLE}", about_html(APP_TITLE))

    @Slot()
    def show_shortcuts(self) -> None:
        """Help > Keyboard Shortcuts."""
        view = self.document_view
        html = shortcuts_html(
            self.ui_actions,
            [
                view.fill_cell_action,
                view.new_row_action,
                view.corrections.mark,
                view.remove_highlight_action,
            ],
        )
        self._context.dialogs.info("Keyboard shortcuts", html)

    # -- desktop manners --------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """The first time: with its frame now known, keep the window on its screen."""
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            fit_to_screen(self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        """Accept files dragged from a file manager."""
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """Open the dropped files and folders."""
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Ask before losing unsaved reviews; remember the window."""
        if not self._built:  # closed before the panes came: only where it was
            self._after_build.clear()
            self._context.settings.save_geometry(self)
            event.accept()
            return
        if not self.saver.wait_for_saves():  # saves still running finish first
            self.status.show_note("Still saving into the dataset; try again.")
            event.ignore()
            return
        dirty = [  # a team filing's work is the server's draft (or in the outbox)
            s
            for s in self.saver.dirty_sessions(self.navigator.sessions())
            if not self.team.owns(s)
        ]
        if dirty:
            names = ", ".join(Path(s.path).name for s in dirty[:3])
            more = f" and {len(dirty) - 3} more" if len(dirty) > 3 else ""
            answer = self._context.dialogs.ask_unsaved(
                f"Save your reviews of {names}{more} into the dataset before "
                "closing?\n\nDiscard leaves the dataset as it is; your edits stay in "
                "the autosave and come back when you open the filing again."
            )
            if answer is Unsaved.CANCEL or (
                answer is Unsaved.SAVE
                and not self.saver.save_all(self.navigator.sessions())
            ):
                event.ignore()
                return
        self.team.close_for_quit()  # the held filings go back to the team
        self._context.settings.save_window(self, *self.pane.splitters())
        self._context.settings.sync()
        self._context.runner.wait(3000)
        event.accept()
