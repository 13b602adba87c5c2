"""ShownReview: the shown model's signals, re-emitted; the widgets connect once."""

from __future__ import annotations

from pathlib import Path

from reviewer.ui.shown_review import ShownReview
from reviewer.ui.window.session import FilingSession
from tests.io.review_factory import make_document, make_extraction


def _session(tmp_path: Path, name: str) -> FilingSession:
    document = make_document(tmp_path, name=name)  # a fixed proposal, no extractor
    path = str(tmp_path / name)
    return FilingSession.create(path, document, make_extraction(document))


def test_only_the_shown_models_signals_come_through(qtbot, tmp_path: Path) -> None:
    shown = ShownReview()
    first, second = _session(tmp_path, "a.txt"), _session(tmp_path, "b.txt")
    heard: list[str] = []
    shown.filing_changed.connect(lambda: heard.append("filing"))
    shown.rows_changed.connect(lambda: heard.append("rows"))
    shown.edit_rejected.connect(lambda why: heard.append(f"rejected:{why}"))
    with qtbot.waitSignal(shown.changed) as switched:
        shown.set_session(first)
    assert switched.args == [first]
    assert (shown.session(), shown.model()) == (first, first.model)
    first.model.edit_filing("company", "Acme Corp")
    first.model.add_row(0)
    assert heard == ["filing", "rows"]
    shown.set_session(second)
    heard.clear()
    first.model.edit_filing("company", "Other Corp")  # no longer shown: silent
    first.model.add_row(0)
    assert heard == []
    second.model.edit_filing("company", "Second Corp")
    assert heard == ["filing"]
    shown.set_session(None)
    second.model.edit_filing("company", "Third Corp")
    assert heard == ["filing"]
    assert shown.model() is None


def test_showing_the_same_session_again_still_says_changed(qtbot, tmp_path) -> None:
    shown = ShownReview()
    session = _session(tmp_path, "a.txt")
    shown.set_session(session)
    heard: list[str] = []
    shown.filing_changed.connect(lambda: heard.append("filing"))
    with qtbot.waitSignal(shown.changed):
        shown.set_session(session)
    session.model.edit_filing("company", "Acme Corp")
    assert heard == ["filing"]  # connected once, not twice


def test_the_form_follows_the_shown_review_without_reconnecting(
    qtbot, tmp_path: Path
) -> None:
    from reviewer.ui.roster.filing_form import FilingForm

    shown = ShownReview()
    form = FilingForm(shown)
    qtbot.addWidget(form)
    first, second = _session(tmp_path, "a.txt"), _session(tmp_path, "b.txt")
    for session in (first, second):
        shown.set_session(session)
        form.show_current()
    assert form.field("company").isEnabled()
    second.model.edit_filing("company", "Second Corp")
    assert form.field("company").text() == "Second Corp"
    first.model.edit_filing("company", "First Corp")
    assert form.field("company").text() == "Second Corp"
    shown.set_session(None)
    form.show_current()
    assert not form.field("company").isEnabled()
