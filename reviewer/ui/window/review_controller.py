"""Links the document, the page, the table and the form of the shown review.

Selecting a row reveals its evidence; clicking a highlight selects the cell it
feeds; the document view's correction requests become undoable model edits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal, Slot

from reviewer.core.edits import with_evidence
from reviewer.core.entities import Entity, EntityLabel, Origin
from reviewer.core.linking import (
    FILING_FIELD_OF_LABEL,
    row_field_of,
    row_for_entity,
    row_from_selection,
)
from reviewer.core.schema import column
from reviewer.ui.document.document_view import DocumentView
from reviewer.ui.document.legend import Legend
from reviewer.ui.roster.filing_form import FilingForm
from reviewer.ui.roster.roster_view import RosterView

if TYPE_CHECKING:
    from reviewer.ui.pdf.page_view import PageView
    from reviewer.ui.shown_review import ShownReview
    from reviewer.ui.window.session import FilingSession

logger = logging.getLogger(__name__)


class ReviewController(QObject):
    """Wires the shown session to the document view, page view, table and form.

    Signals:
        message(str): a short note for the status bar.
    """

    message = Signal(str)

    def __init__(
        self,
        shown: ShownReview,
        document_view: DocumentView,
        page_view: PageView | Callable[[], PageView],
        roster_view: RosterView,
        filing_form: FilingForm,
        legend: Legend | None = None,
        parent: QObject | None = None,
    ) -> None:
        """Link these widgets to ``shown``; call show_current after a switch."""
        super().__init__(parent)
        self._shown = shown
        self._legend = legend
        self._document_view = document_view
        self._page_view: PageView | None = None
        self._make_page_view: Callable[[], PageView] | None = None
        if callable(page_view) and not isinstance(page_view, QObject):
            self._make_page_view = page_view  # built when a PDF is first shown
        else:
            self.attach_page_view(page_view)
        self._roster_view = roster_view
        self._form = filing_form
        self._connect_signals()

    def _connect_signals(self) -> None:
        view = self._document_view
        view.entity_activated.connect(self._on_document_entity_activated)
        view.fill_cell_requested.connect(self._on_document_fill_cell_requested)
        view.new_row_requested.connect(self._on_document_new_row_requested)
        view.add_entity_requested.connect(self._on_document_add_entity_requested)
        view.remove_entity_requested.connect(self._on_document_remove_entity_requested)
        view.note.connect(self.message)
        self._shown.entities_changed.connect(self._on_entities_changed)
        self._roster_view.current_row_changed.connect(self._on_roster_row_changed)
        if self._legend is not None:
            self._legend.visibility_changed.connect(view.set_hidden_labels)

    @Slot(object)
    def attach_page_view(self, page_view: object) -> None:
        """Link the PDF page pane (once, whenever it is built)."""
        if self._page_view is not None or not isinstance(page_view, QObject):
            return
        view = self._document_view
        page = cast("PageView", page_view)
        self._page_view = page
        view.offset_shown.connect(page.show_offset)
        page.offset_activated.connect(view.reveal_offset)
        if self._session is not None:
            page.set_document(self._session.document)

    @property
    def _session(self) -> FilingSession | None:
        return self._shown.session()

    def show_current(self) -> None:
        """Show the shown filing's review in every linked widget (after a switch)."""
        session = self._session
        document = session.document if session else None
        self._document_view.set_document(document)
        first_pdf = document is not None and document.layout is not None
        if self._page_view is None and self._make_page_view is not None and first_pdf:
            self.attach_page_view(self._make_page_view())
        if self._page_view is not None:
            self._page_view.set_document(document)
        model = session.model if session else None
        self._form.show_current()
        self._roster_view.set_review_model(model)
        self._on_entities_changed()
        if model is not None and model.rowCount():
            self._roster_view.select_cell(0, model.column_of("person"))

    # -- table -> document --------------------------------------------------------
    @Slot(int)
    def _on_roster_row_changed(self, row: int) -> None:
        session = self._session
        if session is None or row < 0:
            return
        span = session.model.row_at(row).span()
        if span is None:
            return
        self._document_view.reveal_span(*span)
        layout = session.document.layout
        if layout is not None and self._page_view is not None:
            self._page_view.show_boxes(layout.boxes_for(*span))

    # -- document -> table --------------------------------------------------------
    @Slot(int)
    def _on_document_entity_activated(self, number: int) -> None:
        session = self._session
        entities = self._document_view.entities()
        if session is None or not 0 <= number < len(entities):
            return
        entity = entities[number]
        if entity.label in FILING_FIELD_OF_LABEL:
            self._form.field(FILING_FIELD_OF_LABEL[entity.label]).setFocus()
            return
        row = row_for_entity(session.model.rows(), entity)
        if row < 0 and entity.label is EntityLabel.DATE:
            self._form.field("announcement_date").setFocus()  # e.g. the dateline's
            return
        if row < 0:
            self.message.emit(f"No roster row uses “{entity.text}” yet.")
            return
        name = row_field_of(entity.label)
        self._roster_view.select_cell(row, session.model.column_of(name))

    @Slot(int, int)
    def _on_document_fill_cell_requested(self, start: int, end: int) -> None:
        session = self._session
        row = self._roster_view.current_source_row()
        name = self._roster_view.current_column_name()
        if session is None or row < 0 or name is None:
            self.message.emit("Select a cell in the roster first.")
            return
        if not column(name).editable and name not in ("evidence_start", "evidence_end"):
            self.message.emit(f"{column(name).title} cannot be edited.")
            return
        text = session.document.text[start:end]
        if name.startswith("evidence"):
            page = session.document.page_of(start)
            new = with_evidence(session.model.row_at(row), text, start, end, page)
            session.model.replace_whole_row(row, new, "evidence")
            return
        session.model.edit_cell(row, name, text)

    @Slot(int, int)
    def _on_document_new_row_requested(self, start: int, end: int) -> None:
        session = self._session
        if session is None:
            return
        document = session.document
        row = row_from_selection(document.text, start, end, document.page_of)
        position = session.model.add_row(session.model.rowCount(), row)
        self._roster_view.select_cell(position, session.model.column_of("change_type"))

    @Slot(int, int, str)
    def _on_document_add_entity_requested(
        self, start: int, end: int, label: str
    ) -> None:
        session = self._session
        if session is None or end <= start:
            return
        try:
            kind = EntityLabel(label)
        except ValueError:
            self.message.emit(f"Unknown label {label!r}.")
            return
        text = session.document.text[start:end]
        entity = Entity(start, end, kind, text, 1.0, Origin.USER)
        model = session.model
        model.change_entities((*model.entities(), entity), f"Mark “{text}” as {kind}")

    @Slot(int)
    def _on_document_remove_entity_requested(self, number: int) -> None:
        session = self._session
        entities = self._document_view.entities()
        if session is None or not 0 <= number < len(entities):
            return
        gone = entities[number]
        kept = [e for e in session.model.entities() if e != gone]
        session.model.change_entities(kept, f"Remove highlight “{gone.text}”")

    @Slot()
    def _on_entities_changed(self) -> None:
        entities = self._session.model.entities() if self._session else ()
        self._document_view.set_entities(entities)
        if self._legend is not None:
            self._legend.set_entities(entities)
