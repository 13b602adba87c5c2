"""The roster table model and its undoable edits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from reviewer.core.entities import Entity, EntityLabel, Origin
from reviewer.core.records import FilingFields, ReviewState, RosterRow
from reviewer.core.schema import ROW_COLUMNS
from reviewer.models.review_model import ROW_ID_ROLE, ReviewModel


def _state() -> ReviewState:
    return ReviewState(
        filing=FilingFields(company="21Vianet Group, Inc."),
        rows=(
            RosterRow(row_id="m1", person="Tao Zou", change_type="resigned"),
            RosterRow(row_id="m2", person="Ann Lee", change_type="appointed"),
        ),
        entities=(Entity(10, 17, EntityLabel.PERSON, "Tao Zou"),),
    )


def _model() -> tuple[ReviewModel, QUndoStack]:
    stack = QUndoStack()
    model = ReviewModel(stack)
    model.reset_state(_state())
    return model, stack


def test_model_passes_qt_consistency_checks(qtmodeltester) -> None:
    model, _ = _model()
    qtmodeltester.check(model)


def test_shows_rows_in_schema_columns(qtbot) -> None:
    model, _ = _model()
    assert model.rowCount() == 2
    assert model.columnCount() == len(ROW_COLUMNS)
    person = model.column_of("person")
    assert model.data(model.index(1, person)) == "Ann Lee"
    assert model.data(model.index(1, person), ROW_ID_ROLE) == "m2"
    assert model.headerData(person, Qt.Orientation.Horizontal) == "Person"
    assert model.data(model.index(0, person), Qt.ItemDataRole.DecorationRole) is None


def test_derived_columns_are_read_only(qtbot) -> None:
    model, _ = _model()
    for name in ("evidence_start", "evidence_end", "page"):
        flags = model.flags(model.index(0, model.column_of(name)))
        assert not flags & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_edit_is_validated_undoable_and_redoable(qtbot) -> None:
    model, stack = _model()
    index = model.index(0, model.column_of("effective_date"))
    with qtbot.waitSignal(model.dataChanged, timeout=1000):
        assert model.setData(index, "December 14, 2020")
    assert model.data(index) == "2020-12-14"
    assert stack.count() == 1
    assert "Effective date" in stack.undoText()
    stack.undo()
    assert model.data(index) == ""
    stack.redo()
    assert model.data(index) == "2020-12-14"


def test_invalid_edit_is_refused_with_a_reason(qtbot) -> None:
    model, stack = _model()
    index = model.index(0, model.column_of("effective_date"))
    with qtbot.waitSignal(model.edit_rejected, timeout=1000) as blocker:
        assert not model.setData(index, "2020-02-30")
    assert "day is out of range" in blocker.args[0]
    assert model.data(index) == ""
    assert stack.count() == 0


def test_unchanged_value_pushes_nothing(qtbot) -> None:
    model, stack = _model()
    assert model.setData(model.index(0, model.column_of("person")), " Tao Zou ")
    assert stack.count() == 0


def test_add_duplicate_delete_rows_are_undoable(qtmodeltester) -> None:
    model, stack = _model()
    qtmodeltester.check(model)
    model.add_row(2, RosterRow(row_id="", person="New Person"))
    assert [r.row_id for r in model.rows()] == ["m1", "m2", "u1"]
    assert model.row_at(2).person == "New Person"
    made = model.duplicate_rows([0, 1])
    assert made == [1, 3]
    assert [r.person for r in model.rows()] == [
        "Tao Zou",
        "Tao Zou",
        "Ann Lee",
        "Ann Lee",
        "New Person",
    ]
    assert len({r.row_id for r in model.rows()}) == 5
    model.delete_rows([0, 2, 4])
    assert [r.row_id for r in model.rows()][0:2] != ["m1", "m2"]
    assert [r.person for r in model.rows()] == ["Tao Zou", "Ann Lee"]
    stack.undo()  # the delete is one step
    assert model.rowCount() == 5
    assert model.row_at(0).row_id == "m1"
    stack.undo()  # the duplicate is one step
    assert [r.row_id for r in model.rows()] == ["m1", "m2", "u1"]
    stack.undo()
    assert model.state().rows == _state().rows


def test_filing_entities_and_status_edits(qtbot) -> None:
    model, stack = _model()
    with qtbot.waitSignal(model.filing_changed, timeout=1000):
        assert model.edit_filing("board_size_after", "7")
    assert not model.edit_filing("announcement_date", "2020-13-01")
    added = Entity(30, 38, EntityLabel.ROLE, "director", origin=Origin.USER)
    with qtbot.waitSignal(model.entities_changed, timeout=1000):
        model.change_entities((*model.entities(), added), "Add ROLE")
    model.change_status("reviewed", "ana", "2026-11-26T10:00:00Z")
    state = model.state()
    assert state.filing.board_size_after == "7"
    assert state.entities[-1] == added
    assert (state.status, state.reviewed_by) == ("reviewed", "ana")
    assert stack.count() == 3
    stack.setIndex(0)
    assert model.state() == _state()


def test_state_changed_fires_on_every_edit(qtbot) -> None:
    model, stack = _model()
    seen: list[int] = []
    model.state_changed.connect(lambda: seen.append(1))
    model.edit_cell(0, "reason", "personal reasons")
    model.add_row(0)
    stack.undo()
    assert len(seen) == 3


def test_cells_changed_from_the_proposal_are_bold(qtbot) -> None:
    model, stack = _model()
    model.set_proposal(_state().rows)
    reason = model.index(0, model.column_of("reason"))
    assert model.data(reason, Qt.ItemDataRole.FontRole) is None
    model.setData(reason, "health")
    assert model.data(reason, Qt.ItemDataRole.FontRole).bold()
    person = model.index(0, model.column_of("person"))
    assert model.data(person, Qt.ItemDataRole.FontRole) is None
    model.add_row(2, RosterRow(row_id="", person="New Person"))
    added = model.index(2, model.column_of("person"))
    assert model.data(added, Qt.ItemDataRole.FontRole).bold()
    empty = model.index(2, model.column_of("reason"))
    assert model.data(empty, Qt.ItemDataRole.FontRole) is None
    stack.undo()
    stack.undo()
    assert model.data(reason, Qt.ItemDataRole.FontRole) is None


def test_long_values_have_a_tooltip(qtbot) -> None:
    model, _ = _model()
    model.edit_cell(0, "nominated_by", "King Venture Holdings Limited")
    nominated = model.index(0, model.column_of("nominated_by"))
    assert model.data(nominated, Qt.ItemDataRole.ToolTipRole) == (
        "King Venture Holdings Limited"
    )
    person = model.index(0, model.column_of("person"))
    assert model.data(person, Qt.ItemDataRole.ToolTipRole) is None
