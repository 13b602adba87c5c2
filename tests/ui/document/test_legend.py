"""The colour legend: chips per label present, counts, show/hide wiring."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from reviewer.core.document import Document, DocumentFormat
from reviewer.core.entities import Entity, EntityLabel
from reviewer.ui.document.document_view import DocumentView
from reviewer.ui.document.legend import Legend

TEXT = "Jane Roe joined the board on 1 May 2024. John Doe resigned. Acme Corp."


def _entities() -> list[Entity]:
    def ent(needle: str, label: EntityLabel) -> Entity:
        start = TEXT.index(needle)
        return Entity(start, start + len(needle), label, needle)

    return [
        ent("Jane Roe", EntityLabel.PERSON),
        ent("John Doe", EntityLabel.PERSON),
        ent("1 May 2024", EntityLabel.DATE),
        ent("Acme Corp", EntityLabel.COMPANY),
    ]


def test_chips_show_each_present_label_with_its_count(qtbot: QtBot) -> None:
    legend = Legend()
    qtbot.addWidget(legend)
    legend.set_entities(_entities())
    assert legend.counts() == {"PERSON": 2, "DATE": 1, "COMPANY": 1}
    person = legend.chip("PERSON")
    assert person is not None
    assert person.text() == "Person 2"
    assert person.isChecked()
    assert not person.icon().isNull()
    assert legend.chip("TICKER") is None


def test_toggling_a_chip_hides_the_type_in_the_view(qtbot: QtBot) -> None:
    legend = Legend()
    view = DocumentView()
    qtbot.addWidget(legend)
    qtbot.addWidget(view)
    legend.visibility_changed.connect(view.set_hidden_labels)
    view.set_document(Document(TEXT, "t.txt", "0" * 64, DocumentFormat.TEXT))
    entities = _entities()
    view.set_entities(entities)
    legend.set_entities(entities)
    legend.show()
    qtbot.waitExposed(legend)
    person = legend.chip("PERSON")
    assert person is not None
    assert len(view.extraSelections()) == 4
    with qtbot.waitSignal(legend.visibility_changed) as changed:
        qtbot.mouseClick(person, Qt.MouseButton.LeftButton)
    assert changed.args == [frozenset({"PERSON"})]
    assert not person.isChecked()
    assert person.font().strikeOut()
    drawn = {s.cursor.selectedText() for s in view.extraSelections()}
    assert drawn == {"1 May 2024", "Acme Corp"}
    with qtbot.waitSignal(legend.visibility_changed) as changed:
        qtbot.mouseClick(person, Qt.MouseButton.LeftButton)
    assert changed.args == [frozenset()]
    assert len(view.extraSelections()) == 4


def test_show_only_and_show_all(qtbot: QtBot) -> None:
    legend = Legend()
    qtbot.addWidget(legend)
    legend.set_entities(_entities())
    legend.show_only("DATE")
    assert legend.hidden_labels() == {"PERSON", "COMPANY"}
    date, company = legend.chip("DATE"), legend.chip("COMPANY")
    assert date is not None
    assert company is not None
    assert date.isChecked()
    assert not company.isChecked()
    legend.show_all()
    assert legend.hidden_labels() == frozenset()
    assert company.isChecked()


def test_hidden_types_persist_across_documents(qtbot: QtBot) -> None:
    legend = Legend()
    qtbot.addWidget(legend)
    legend.set_entities(_entities())
    legend.set_hidden_labels({"DATE"})
    legend.set_entities(_entities()[:3])
    date = legend.chip("DATE")
    assert date is not None
    assert not date.isChecked()
    assert legend.hidden_labels() == {"DATE"}


def test_chips_wrap_when_narrow(qtbot: QtBot) -> None:
    legend = Legend()
    qtbot.addWidget(legend)
    legend.set_max_rows(0)  # as many rows as needed
    legend.set_counts({str(label): 3 for label in EntityLabel})
    legend.resize(900, legend.heightForWidth(900))
    narrow = legend.heightForWidth(200)
    assert narrow > legend.heightForWidth(900)
    legend.resize(200, narrow)
    legend.show()
    qtbot.waitExposed(legend)
    chips = [legend.chip(str(label)) for label in EntityLabel]
    assert all(c is not None and c.geometry().right() <= 200 for c in chips)
    assert len({c.geometry().top() for c in chips if c is not None}) > 2


def test_chips_beyond_the_last_row_are_behind_a_more_button(qtbot: QtBot) -> None:
    legend = Legend()
    qtbot.addWidget(legend)
    hidden: list[frozenset[str]] = []
    legend.visibility_changed.connect(hidden.append)
    legend.set_counts({str(label): 3 for label in EntityLabel})
    legend.set_max_rows(1)
    chip = legend.chip("PERSON")
    assert chip is not None
    legend.resize(300, legend.heightForWidth(300))
    legend.show()
    qtbot.waitExposed(legend)
    assert legend.heightForWidth(300) <= chip.sizeHint().height() + 4  # one row
    qtbot.waitUntil(lambda: legend.row_count() == 1)
    more = legend.findChild(QToolButton, "legend_more")
    assert more is not None
    assert more.isVisible()
    overflowed = legend.overflowed_labels()
    assert overflowed, "sixteen chips cannot fit in 300 px"
    assert more.text() == f"+{len(overflowed)}"
    shown = [label for label in map(str, EntityLabel) if label not in overflowed]
    for label in shown:
        chip = legend.chip(label)
        assert chip is not None
        assert chip.isVisible()
        assert chip.geometry().right() <= more.geometry().left()
    for label in overflowed:
        chip = legend.chip(label)
        assert chip is not None
        assert not chip.isVisible()
    # The menu shows and hides the types that did not fit.
    menu = more.menu()
    menu.aboutToShow.emit()
    actions = [a for a in menu.actions() if a.isCheckable()]
    assert len(actions) == len(overflowed)
    actions[0].trigger()
    assert legend.hidden_labels() == {overflowed[0]}
    assert hidden[-1] == {overflowed[0]}

    # Wide enough again: every chip shows and the button goes.
    legend.resize(2000, legend.heightForWidth(2000))
    qtbot.waitUntil(lambda: not more.isVisible())
    assert legend.overflowed_labels() == []
    assert all(c is not None and c.isVisible() for c in map(legend.chip, shown))
