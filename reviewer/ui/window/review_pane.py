"""The window's centre: the document (and PDF page), the filing form, the roster."""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.schema import ReviewStatus
from reviewer.ui.document.document_view import DocumentView
from reviewer.ui.document.legend import Legend
from reviewer.ui.roster.filing_form import FilingForm
from reviewer.ui.roster.roster_view import RosterView

if TYPE_CHECKING:
    from reviewer.models.review_model import ReviewModel
    from reviewer.ui.pdf.page_view import PageView
    from reviewer.ui.shown_review import ShownReview

logger = logging.getLogger(__name__)

MIN_POINTS = 6
MAX_EXTRA = 24
FORM_WIDTH = 280  # the filing form: short labels, long values show their start
ROSTER_SHARE = 36  # per cent of the height: six rows and the detail line
DETAIL_LINES = 4
TEXT_SHARE_WITH_PAGE = 0.42
"""The text's default share of the text-and-page width beside a PDF (the user's
own split is remembered): at 1280x800, about 350 px of text and 480 px of page."""
FORM_WIDTH_WITH_PAGE = 230
"""The filing form's width at most beside a PDF page (values show their start;
the whole value is in the field's tooltip); its own width comes back without."""
LEGEND_ROWS_WITH_PAGE = 1  # the text is narrow beside a page: one row, "+N" more
LEGEND_ROWS = 2
EMPTY_HINT = (
    "No board change proposed. Select a name in the text and choose "
    "“New row for this person”, or press Ctrl+N to add a row by hand."
)


class ReviewPane(QSplitter):
    """Text and page on top with the filing form beside them; the roster below.

    The PDF page pane is built the first time it is needed (a PDF is shown, or
    :attr:`page_view` is asked for): a session of text filings never pays for it.

    Signals:
        page_view_created(object): the PageView was just built.
        text_share_changed(float): the user moved the handle between the text
            and the page: the text's new share of their width (to remember).
    """

    page_view_created = Signal(object)
    text_share_changed = Signal(float)

    def __init__(self, shown: ShownReview, parent: QWidget | None = None) -> None:
        """Create the views of ``shown``'s review; the controller fills them."""
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("review_pane")
        self.document_view = DocumentView(self)
        self.legend = Legend(self)
        self._page_view: PageView | None = None
        self._shown = shown
        self.filing_form = FilingForm(shown, self)
        self.roster_view = RosterView(self)
        self.roster_header = QLabel(self)
        self.roster_header.setWordWrap(True)
        self.evidence_detail = QPlainTextEdit(self)  # the current row's evidence
        self.evidence_detail.setObjectName("evidence_detail")
        self.evidence_detail.setReadOnly(True)
        self.evidence_detail.setFrameShape(QFrame.Shape.NoFrame)
        self.evidence_detail.setAccessibleName("Evidence of the current row")
        self.evidence_detail.setPlaceholderText("The current row's evidence.")
        self.evidence_detail.setFixedHeight(self._detail_height(DETAIL_LINES))
        self._base_font = QFont(self.document_view.font())
        self._zoom = 0
        self._text_share = TEXT_SHARE_WITH_PAGE
        self._form_without_page = FORM_WIDTH

        form_box = QGroupBox("Filing", self)
        form_layout = QVBoxLayout(form_box)
        form_layout.setContentsMargins(2, 2, 2, 2)
        self.review_label = QLabel(self)
        self.review_label.setWordWrap(True)
        self.review_label.setContentsMargins(8, 4, 8, 4)
        form_layout.addWidget(self.review_label)
        # The form scrolls on a short screen instead of pushing the roster down.
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setObjectName("form_scroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.form_scroll.setWidget(self.filing_form)
        form_layout.addWidget(self.form_scroll, 1)
        self._top = top = QSplitter(Qt.Orientation.Horizontal, self)
        top.setObjectName("top_splitter")
        text_box = QWidget(self)
        text_layout = QVBoxLayout(text_box)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.setSpacing(2)
        text_layout.addWidget(self.legend)
        text_layout.addWidget(self.document_view)
        top.addWidget(text_box)
        top.addWidget(form_box)  # the page pane goes between them when built
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 0)
        top.setSizes([620, FORM_WIDTH])
        top.splitterMoved.connect(self._on_top_splitter_moved)
        top.installEventFilter(self)  # keeps the text's share when it resizes

        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(4, 4, 0, 0)
        bottom_layout.setSpacing(2)
        bottom_layout.addWidget(self.roster_header)
        bottom_layout.addWidget(self.roster_view, 1)
        bottom_layout.addWidget(self.evidence_detail)
        self.addWidget(top)
        self.addWidget(bottom)
        self.setStretchFactor(0, 100 - ROSTER_SHARE)
        self.setStretchFactor(1, ROSTER_SHARE)
        self._sized = False  # the roster's share is set at the first real height
        self.setChildrenCollapsible(False)
        top.setChildrenCollapsible(False)
        self.roster_view.current_row_changed.connect(self._on_roster_row_changed)
        shown.rows_changed.connect(self._on_model_rows_changed)
        shown.status_changed.connect(self._on_model_status_changed)
        shown.state_changed.connect(self._on_model_status_changed)
        shown.data_changed.connect(self._on_model_data_changed)
        self.show_current()

    def restoreState(  # noqa: N802 (Qt override)
        self, state: QByteArray | bytes | bytearray | memoryview
    ) -> bool:
        """Restore remembered sizes; they win over the default share."""
        restored = super().restoreState(state)
        self._sized = self._sized or restored
        return restored

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        """The first time the pane has a real height: give the roster its share."""
        super().resizeEvent(event)
        height = self.height() - self.handleWidth()
        if not self._sized and self.isVisible() and height > 200:
            self._sized = True
            roster = height * ROSTER_SHARE // 100
            self.setSizes([height - roster, roster])

    def _detail_height(self, lines: int) -> int:
        """The evidence line's height for ``lines`` whole lines of text."""
        detail = self.evidence_detail
        margin = detail.document().documentMargin()
        frame = 2 * detail.frameWidth()
        spacing = detail.fontMetrics().lineSpacing()
        return math.ceil(spacing * lines + 2 * margin + frame) + 2

    def text_share(self) -> float:
        """The text's share of the text-and-page width when a PDF is shown."""
        return self._text_share

    def set_text_share(self, share: float) -> None:
        """Use ``share`` (0.2 to 0.8; 0 or out of range: the default) from now on."""
        self._text_share = share if 0.2 <= share <= 0.8 else TEXT_SHARE_WITH_PAGE
        if self._page_view is not None and self._page_view.isVisibleTo(self):
            self._split_with_page()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """When the text-and-page row is resized, the text keeps its share."""
        if (
            watched is self._top
            and event.type() == QEvent.Type.Resize
            and self._page_view is not None
            and self._page_view.isVisibleTo(self)
        ):
            QTimer.singleShot(0, self, self._split_with_page)  # after the splitter's
        return super().eventFilter(watched, event)

    @Slot(int, int)
    def _on_top_splitter_moved(self, _pos: int, _index: int) -> None:
        if self._page_view is None or not self._page_view.isVisibleTo(self):
            return
        text, page = self._top.sizes()[:2]
        if text + page > 0:
            self._text_share = text / (text + page)
            self.text_share_changed.emit(self._text_share)

    @Slot()
    def _split_with_page(self, form: int | None = None) -> None:
        sizes = self._top.sizes()
        total = sum(sizes)
        form = form or sizes[2] or FORM_WIDTH_WITH_PAGE
        text = round((total - form) * self._text_share)
        self._top.setSizes([text, total - form - text, form])

    def splitters(self) -> tuple[QSplitter, QSplitter]:
        """Both splitters, to remember their sizes (by object name)."""
        return self, self._top

    def zoom(self) -> int:
        """Points added to the document text's size (negative: smaller)."""
        return self._zoom

    def set_zoom(self, steps: int) -> int:
        """Grow or shrink the document text; return the zoom actually applied."""
        base = self._base_font.pointSizeF()
        self._zoom = max(MIN_POINTS - int(base), min(MAX_EXTRA, steps))
        font = QFont(self._base_font)
        font.setPointSizeF(base + self._zoom)
        self.document_view.setFont(font)
        return self._zoom

    @property
    def page_view(self) -> PageView:
        """The PDF page pane, built (hidden) on first use."""
        if self._page_view is None:
            from reviewer.ui.pdf.page_view import PageView  # QtPdf: not at start

            view = PageView(self)
            view.setVisible(False)
            sizes = self._top.sizes()
            self._top.insertWidget(1, view)
            self._top.setCollapsible(1, True)  # hidden for text filings
            self._top.setStretchFactor(0, 3)
            self._top.setStretchFactor(1, 2)
            self._top.setStretchFactor(2, 0)
            self._top.setSizes([sizes[0], 0, sizes[-1]])
            self._page_view = view
            self.page_view_created.emit(view)
        return self._page_view

    def has_page_view(self) -> bool:
        """Whether the page pane was built already."""
        return self._page_view is not None

    def show_page(self, visible: bool) -> None:
        """Show the PDF page between the text and the form, or hide it."""
        if not visible and self._page_view is None:
            return  # never built: nothing to hide
        if visible == self.page_view.isVisibleTo(self):
            return
        self.page_view.setVisible(visible)
        self.legend.set_max_rows(LEGEND_ROWS_WITH_PAGE if visible else LEGEND_ROWS)
        form = self._top.sizes()[2]
        if visible:  # the user's split, else the default one
            self._form_without_page = form or FORM_WIDTH
            self._split_with_page(min(form or FORM_WIDTH, FORM_WIDTH_WITH_PAGE))
        else:
            total = sum(self._top.sizes())
            form = self._form_without_page or form or FORM_WIDTH
            self._top.setSizes([total - form, 0, form])

    @property
    def _model(self) -> ReviewModel | None:
        return self._shown.model()

    def show_current(self) -> None:
        """Follow the shown review's row count, status and evidence (after a switch)."""
        self._on_model_rows_changed()
        self._on_model_status_changed()
        self._on_roster_row_changed(self.roster_view.current_source_row())

    @Slot(int)
    def _on_roster_row_changed(self, row: int) -> None:
        model = self._model
        text = ""
        if model is not None and 0 <= row < model.rowCount():
            text = model.row_at(row).evidence
        if self.evidence_detail.toPlainText() != text:
            self.evidence_detail.setPlainText(text)

    @Slot()
    def _on_model_data_changed(self, *_: object) -> None:
        self._on_roster_row_changed(self.roster_view.current_source_row())

    @Slot()
    def _on_model_rows_changed(self, *_: object) -> None:
        if self._model is None:
            text = "Open a filing (Ctrl+O) or a folder of filings (Ctrl+Shift+O)."
        elif self._model.rowCount() == 0:
            text = EMPTY_HINT
        else:
            count = self._model.rowCount()
            text = f"<b>Roster</b> — {count} row{'s' if count != 1 else ''}"
        self.roster_header.setText(text)

    @Slot()
    @Slot(str)
    def _on_model_status_changed(self, *_: object) -> None:
        if self._model is None:
            self.review_label.setText("")
            return
        state = self._model.state()
        if (
            state.status == ReviewStatus.REVIEWED
            and self._model.changed_since_accepted()
        ):
            text = (
                "<b>✎ Changed since accepted.</b> Press <b>Ctrl+Enter</b> to "
                "accept the changes and save them."
            )
        elif state.status == ReviewStatus.REVIEWED:
            who = f" by {state.reviewed_by}" if state.reviewed_by else ""
            when = state.reviewed_at.replace("T", " ").replace("Z", " UTC")
            text = f"<b>✔ Reviewed</b>{who}<br>{when}"
        else:
            text = (
                "<b>Not reviewed yet.</b> Check the rows, then press "
                "<b>Ctrl+Enter</b> to accept, save and open the next filing."
            )
        self.review_label.setText(text)
