"""Shared steps for the window tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from reviewer.core.entities import Entity, EntityLabel
from reviewer.core.records import FilingFields, ReviewState, RosterRow
from reviewer.ui.document.document_view import DocumentView
from reviewer.ui.window.main_window import MainWindow
from reviewer.ui.window.session import FilingSession

ZOU_SENTENCE = "Mr. Tao Zou, a director"
LEE_SENTENCE = "Ms. Ann Lee was appointed as an independent director."


def open_and_wait(qtbot, window: MainWindow, *paths: Path) -> FilingSession:
    """Open files in the window and wait until the first is shown."""
    window.open_paths([str(p) for p in paths])
    qtbot.waitUntil(lambda: window.navigator.current() is not None, timeout=10000)
    session = window.navigator.current()
    assert session is not None
    return session


def review_of(text: str) -> ReviewState:
    """A review with two rows whose evidence spans point into ``text``."""
    zou = text.index("today announced")
    zou_end = text.index("personal reasons.") + len("personal reasons.")
    lee = text.index(LEE_SENTENCE)
    lee_end = lee + len(LEE_SENTENCE)
    person = text.index("Tao Zou")
    return ReviewState(
        filing=FilingFields(company="Example Group, Inc."),
        rows=(
            RosterRow(
                row_id="m1",
                person="Tao Zou",
                change_type="resigned",
                role="director",
                evidence=text[zou:zou_end],
                evidence_start=str(zou),
                evidence_end=str(zou_end),
            ),
            RosterRow(
                row_id="m2",
                person="Ann Lee",
                change_type="appointed",
                evidence=LEE_SENTENCE,
                evidence_start=str(lee),
                evidence_end=str(lee_end),
            ),
        ),
        entities=(
            Entity(person, person + 7, EntityLabel.PERSON, "Tao Zou"),
            Entity(
                text.index("personal reasons"),
                text.index("personal reasons") + 16,
                EntityLabel.REASON,
                "personal reasons",
            ),
            Entity(
                text.index("Ann Lee"),
                text.index("Ann Lee") + 7,
                EntityLabel.PERSON,
                "Ann Lee",
            ),
            Entity(
                text.index("Example Group"),
                text.index("Example Group") + 20,
                EntityLabel.COMPANY,
                "Example Group, Inc.",
            ),
        ),
    )


def load_review(window: MainWindow, session: FilingSession) -> ReviewState:
    """Replace the session's proposal with :func:`review_of` and show it."""
    state = review_of(session.document.text)
    session.model.reset_state(state)
    window.controller.show_current()
    return state


# -- shared by the window tests that press keys and drag the mouse ---------------

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


FIVE_TEXT = (
    "ACME HOLDINGS, INC.\n\n"
    "Item 5.02 Departure of Directors.\n\n"
    "On May 3, 2024, the Board elected Alexander E. Aikens, III, Lisa M. Mooney "
    "and Dr. Ann Lee as directors of the Company, effective immediately. "
    "Ms. Mooney will serve on the Audit Committee.\n"
)


def point(view: DocumentView, offset: int) -> QPoint:
    """The viewport point in the middle of the character at ``offset``."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(offset)
    rect = view.cursorRect(cursor)
    return QPoint(rect.left() + 2, rect.center().y())


def drag(qtbot, view: DocumentView, start: int, end: int) -> None:
    """Select [start, end) with the mouse: press, move, release."""
    a, b = point(view, start), point(view, end)
    b.setX(b.x() - 3)  # just before the character at ``end``
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(viewport, QPoint((a.x() + b.x()) // 2, a.y()))
    qtbot.mouseMove(viewport, b)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def save_and_read(qtbot, window: MainWindow, dataset: Path):
    import pandas as pd

    with qtbot.waitSignal(window.saver.saved, timeout=10000):
        window.ui_actions.export.trigger()
    return pd.read_csv(dataset, dtype=str, keep_default_na=False)
