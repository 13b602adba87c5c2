"""The review on screen, one object the widgets connect to once.

Only one filing's review is shown at a time, and the shown one changes with
every step through the queue. Instead of each widget keeping a pointer to the
shown model and moving its connections on every switch, :class:`ShownReview`
re-emits the shown model's signals (as qutebrowser's ``browser/signalfilter.py``
and ``TabbedBrowser.cur_*`` do for the current tab): widgets connect to it once
and ask it for the shown session or model when they need them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, SignalInstance

if TYPE_CHECKING:
    from reviewer.models.review_model import ReviewModel
    from reviewer.ui.window.session import FilingSession


class ShownReview(QObject):
    """The shown filing's session, and its model's signals re-emitted.

    Signals:
        changed(object): another FilingSession (or None) is now shown.
        filing_changed(): the shown review's filing fields changed.
        entities_changed(): its highlights changed.
        status_changed(str): its review status changed (the new status).
        state_changed(): anything in it changed (after each edit, undo or redo).
        edit_rejected(str): an edit was refused (why, in plain words).
        rows_changed(): roster rows were inserted, removed or reset.
        data_changed(): a roster cell's value changed.
    """

    changed = Signal(object)
    filing_changed = Signal()
    entities_changed = Signal()
    status_changed = Signal(str)
    state_changed = Signal()
    edit_rejected = Signal(str)
    rows_changed = Signal()
    data_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        """Start with nothing shown."""
        super().__init__(parent)
        self._session: FilingSession | None = None

    def session(self) -> FilingSession | None:
        """The shown filing's session, or None."""
        return self._session

    def model(self) -> ReviewModel | None:
        """The shown review's model, or None."""
        return self._session.model if self._session is not None else None

    def set_session(self, session: FilingSession | None) -> None:
        """Show ``session``: forward its model's signals instead of the last one's.

        Emits ``changed`` even when ``session`` is already shown (the widgets
        then show it afresh).
        """
        if session is not self._session:
            if self._session is not None:
                for source, target in self._links(self._session.model):
                    source.disconnect(target)
            self._session = session
            if session is not None:
                for source, target in self._links(session.model):
                    source.connect(target)
        self.changed.emit(session)

    def _links(self, model: ReviewModel) -> list[tuple[SignalInstance, SignalInstance]]:
        return [
            (model.filing_changed, self.filing_changed),
            (model.entities_changed, self.entities_changed),
            (model.status_changed, self.status_changed),
            (model.state_changed, self.state_changed),
            (model.edit_rejected, self.edit_rejected),
            (model.rowsInserted, self.rows_changed),
            (model.rowsRemoved, self.rows_changed),
            (model.modelReset, self.rows_changed),
            (model.dataChanged, self.data_changed),
        ]
