"""The window fits the screen it is on, remembered or not."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from reviewer.ui.window.main_window import MainWindow
from tests.ui.helpers import open_and_wait


# -- the window fits the screen -------------------------------------------------
def _laptop(qapp):
    return next(s for s in qapp.screens() if s.name() == "laptop")


# -- the roster: a fair share, fitted columns, chosen columns, the evidence -----


def test_a_window_remembered_on_a_big_screen_fits_a_small_one(
    qtbot, qapp, context, dataset
) -> None:
    from reviewer.ui.screen_fit import fit_to_screen

    laptop = _laptop(qapp).availableGeometry()
    first = MainWindow(context)  # the default size on a 1024x700 screen
    qtbot.addWidget(first)
    first.move(laptop.topLeft())
    fit_to_screen(first)
    first.show()
    qtbot.waitExposed(first)
    assert laptop.contains(first.frameGeometry())
    first.resize(1280, 800)  # a session on a bigger screen
    first.close()
    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert laptop.contains(again.frameGeometry())
    assert again.statusBar().isVisible()


def test_a_1024_by_700_screen_shows_the_text_the_roster_and_the_form(
    qtbot, qapp, context, dataset, five_person
) -> None:
    laptop = _laptop(qapp).availableGeometry()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.setGeometry(laptop)
    window.show()
    qtbot.waitExposed(window)
    open_and_wait(qtbot, window, five_person)
    inside = window.rect()
    for widget, least in (
        (window.document_view, (300, 150)),
        (window.roster_view, (300, 120)),
        (window.filing_form, (200, 150)),
        (window.statusBar(), (300, 10)),
    ):
        assert widget.isVisible(), widget
        box = widget.rect().translated(widget.mapTo(window, QPoint(0, 0)))
        assert inside.contains(box), (widget, box)
        assert widget.width() >= least[0], (widget, widget.size())
        assert widget.height() >= least[1], (widget, widget.size())
    # The form's last field can be reached (scrolled to) on the small screen.
    last = window.filing_form.field("independent_directors_after")
    window.pane.form_scroll.ensureWidgetVisible(last)
    box = last.rect().translated(last.mapTo(window, QPoint(0, 0)))
    assert inside.contains(box)
