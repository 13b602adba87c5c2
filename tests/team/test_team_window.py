"""The desktop app on a team workspace: a real window against a real PostgreSQL.

Connect, claim on open, edit (the draft on the server), accept with the version
check, next; a second client sees the filing as held; a conflict is refused
with a message naming who; the server stopped mid-review leaves the edits in
the outbox, the status bar says so, and they are accepted once it is back.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import psycopg
import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QDialog, QLineEdit, QTableView

from reviewer.cli import take_workspace
from reviewer.core.records import FilingFields, ReviewState, RosterRow
from reviewer.core.schema import ChangeType
from reviewer.core.serialize import state_to_dict
from reviewer.io.team import TeamClient, TeamWorkspace, WorkspaceError
from reviewer.ui.context import AppContext
from reviewer.ui.settings import Settings
from reviewer.ui.tasks import TaskRunner
from reviewer.ui.window.main_window import MainWindow
from reviewer.ui.window.review_saver import flush_autosaves
from reviewer.ui.window.session import FilingSession
from tests.conftest import CORPUS
from tests.ui.conftest import FakeDialogs

NAMES = ("gh-001.txt", "gr-001.txt", "gr-002.txt")
OPEN_MS = 30_000  # a claim plus the live extractor on a busy 2-core machine


class TeamDialogs(FakeDialogs):
    """FakeDialogs that also answer the Connect dialog."""

    def __init__(self) -> None:
        super().__init__()
        self.team_answer: tuple[str, str] | None = None
        self.team_asked: list[tuple[str, str]] = []
        self.adjudications: list[tuple] = []
        self.adjudication_answer = lambda first, second: None

    def ask_team_workspace(self, dsn: str, reviewer: str) -> tuple[str, str] | None:
        self.team_asked.append((dsn, reviewer))
        return self.team_answer

    def ask_adjudication(self, name, first, second):
        self.adjudications.append((name, first, second))
        return self.adjudication_answer(first, second)


@pytest.fixture
def space(team_dsn: str, tmp_path: Path) -> Iterator[TeamWorkspace]:
    """A workspace holding three real filings of the corpus."""
    folder = tmp_path / "filings"
    folder.mkdir()
    for name in NAMES:
        (folder / name).write_bytes((CORPUS / "raw" / name).read_bytes())
    with TeamWorkspace(team_dsn) as workspace:
        workspace.init()
        workspace.add(sorted(folder.iterdir()), "lead", base=tmp_path)
        yield workspace


@pytest.fixture
def dialogs() -> TeamDialogs:
    return TeamDialogs()


@pytest.fixture
def window(qtbot, qapp, tmp_path: Path, dialogs: TeamDialogs) -> Iterator[MainWindow]:
    """A window with no dataset chosen: the team workspace is where reviews go."""
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    runner = TaskRunner()
    context = AppContext(
        settings=Settings(store),
        undo_group=QUndoGroup(),
        runner=runner,
        dialogs=dialogs,
        prefetch=False,
        extractor=None,  # the live extractor: corpus filings are not recorded
    )
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.build_panes()
    yield window
    window.team.close_for_quit()
    runner.wait(5000)
    QThreadPool.globalInstance().waitForDone(5000)
    flush_autosaves(5000)


@pytest.fixture
def bob(space: TeamWorkspace, tmp_path: Path) -> Iterator[TeamClient]:
    """A second reviewer, with his own connection and cache."""
    client = TeamClient(TeamWorkspace(space.dsn), "bob", tmp_path / "cache-bob")
    yield client
    client.shutdown()


def connect(qtbot, window: MainWindow, space: TeamWorkspace, tmp_path: Path) -> None:
    window.connect_team(space.dsn, "ann", cache=tmp_path / "cache-ann")
    qtbot.waitUntil(lambda: window.team.model.rowCount() == len(NAMES), timeout=OPEN_MS)


def shown(window: MainWindow) -> FilingSession | None:
    return window.navigator.current()


def open_from_dock(qtbot, window: MainWindow, row: int) -> FilingSession:
    """Choose a filing in the team queue (Enter) and wait until it is shown."""
    doc_id = window.team.model.item(row).doc_id
    view = window.team_dock.list_view
    view.setCurrentIndex(window.team.model.index(row, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: shown(window) is not None and shown(window).doc_id == doc_id,
        timeout=OPEN_MS,
    )
    session = shown(window)
    assert session is not None
    return session


def server_task(dsn: str, doc_id: str) -> dict:
    """The review task of ``doc_id`` as the server holds it now."""
    with psycopg.connect(dsn) as db:
        row = db.execute(
            "SELECT t.holder, t.lease_until >= now(), t.draft, t.accepted_at, "
            "t.reviewer, t.records FROM tasks t JOIN filings f ON f.id = t.filing_id "
            "WHERE f.doc_id = %s",
            (doc_id,),
        ).fetchone()
    assert row is not None
    holder, live, draft, accepted, reviewer, records = row
    return {
        "holder": holder if live else None,
        "draft": draft,
        "accepted": accepted is not None,
        "reviewer": reviewer,
        "records": records,
    }


def add_person(session: FilingSession, person: str) -> None:
    """An edit: a row the reviewer adds."""
    session.model.add_row(
        session.model.rowCount(),
        RosterRow(row_id="u1", person=person, change_type=ChangeType.APPOINTED),
    )


def test_connect_claim_edit_accept_and_next(
    qtbot, window: MainWindow, space: TeamWorkspace, bob: TeamClient, tmp_path: Path
) -> None:
    dialogs = window._context.dialogs
    assert isinstance(dialogs, TeamDialogs)
    dialogs.team_answer = (space.dsn, "ann")
    window.ui_actions.connect_team.trigger()  # File > Connect to Team Workspace…
    assert dialogs.team_asked  # the dialog was asked, with the login name default
    qtbot.waitUntil(lambda: window.team.model.rowCount() == len(NAMES), timeout=OPEN_MS)
    assert window.team_dock.isVisible()
    assert window.status.team_label.text().startswith("Team: ann in ")
    assert window.ui_actions.disconnect_team.isEnabled()
    assert [i.state for i in window.team.model.items()] == ["new"] * 3

    session = open_from_dock(qtbot, window, 0)
    first = session.doc_id
    assert server_task(space.dsn, first)["holder"] == "ann"
    qtbot.waitUntil(lambda: window.team.model.item(0).held_by == "ann")
    assert window.team.model.data(window.team.model.index(0, 2)) == "you"
    # A second client sees the filing as held and cannot open it.
    with pytest.raises(WorkspaceError, match="being reviewed by ann"):
        bob.open(first)

    add_person(session, "Jane Roe")
    qtbot.waitUntil(lambda: server_task(space.dsn, first)["draft"] is not None)
    draft = server_task(space.dsn, first)["draft"]
    assert "Jane Roe" in [row["person"] for row in draft["rows"]]

    window.ui_actions.accept_next.trigger()
    qtbot.waitUntil(lambda: server_task(space.dsn, first)["accepted"], timeout=OPEN_MS)
    accepted = server_task(space.dsn, first)
    assert accepted["reviewer"] == "ann"
    assert "Jane Roe" in [r["person"] for r in accepted["records"]]
    assert {r["reviewed_by"] for r in accepted["records"]} == {"ann"}
    # "next" claims the next filing nobody holds and shows it.
    qtbot.waitUntil(
        lambda: shown(window) is not None and shown(window).doc_id != first,
        timeout=OPEN_MS,
    )
    second = shown(window)
    assert second is not None
    assert server_task(space.dsn, second.doc_id)["holder"] == "ann"
    assert not session.is_dirty()

    out = tmp_path / "dataset.csv"
    assert space.export(out) == 1
    frame = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert set(frame["doc_id"]) == {first}
    assert "Jane Roe" in set(frame["person"])
    assert window._context.settings.team_workspace()  # remembered for next time
    assert "password" not in window._context.settings.team_workspace()

    window.ui_actions.disconnect_team.trigger()
    qtbot.waitUntil(lambda: server_task(space.dsn, second.doc_id)["holder"] is None)
    assert not window.status.team_label.isVisible()


def test_a_draft_on_the_server_comes_back_into_the_roster(
    qtbot, window: MainWindow, space: TeamWorkspace, bob: TeamClient, tmp_path: Path
) -> None:
    opened = bob.open()
    assert opened is not None
    draft = ReviewState(
        filing=FilingFields(),
        rows=(RosterRow(row_id="u1", person="Draft Person", change_type="resigned"),),
        entities=(),
    )
    bob.save_draft(opened.claim.doc_id, state_to_dict(draft))
    bob.close(opened.claim.doc_id)
    connect(qtbot, window, space, tmp_path)
    row = window.team.model.row_of(opened.claim.doc_id)
    session = open_from_dock(qtbot, window, row)
    assert [row.person for row in session.model.rows()] == ["Draft Person"]
    assert session.is_dirty()  # not accepted yet


def test_a_filing_held_by_someone_else_shows_as_held_and_is_refused(
    qtbot, window: MainWindow, space: TeamWorkspace, bob: TeamClient, tmp_path: Path
) -> None:
    opened = bob.open()
    assert opened is not None
    connect(qtbot, window, space, tmp_path)
    row = window.team.model.row_of(opened.claim.doc_id)
    assert window.team.model.item(row).state == "held"
    assert window.team.model.data(window.team.model.index(row, 2)) == "bob"
    dialogs = window._context.dialogs
    assert isinstance(dialogs, TeamDialogs)
    window.team.open_filing(opened.claim.doc_id)
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=OPEN_MS)
    title, message = dialogs.errors[-1]
    assert title == "Cannot open this filing"
    assert "being reviewed by bob" in message
    assert shown(window) is None
    assert server_task(space.dsn, opened.claim.doc_id)["holder"] == "bob"


def test_an_accept_someone_else_beat_is_refused_naming_them(
    qtbot, window: MainWindow, space: TeamWorkspace, bob: TeamClient, tmp_path: Path
) -> None:
    connect(qtbot, window, space, tmp_path)
    session = open_from_dock(qtbot, window, 0)
    doc_id = session.doc_id
    add_person(session, "Ann's Pick")
    qtbot.waitUntil(lambda: server_task(space.dsn, doc_id)["draft"] is not None)
    with psycopg.connect(space.dsn) as db:  # ann's lease runs out (her laptop slept)
        db.execute("UPDATE tasks SET lease_until = now() - interval '1 second'")
    taken = bob.open(doc_id)
    assert taken is not None
    bob.accept(doc_id, [{"doc_id": doc_id, "person": "Bob's Pick"}], {})

    dialogs = window._context.dialogs
    assert isinstance(dialogs, TeamDialogs)
    window.ui_actions.accept_next.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=OPEN_MS)
    title, message = dialogs.errors[-1]
    assert title == "Not accepted"
    assert "bob accepted this review in the meantime" in message
    assert "not saved over it" in message
    task = server_task(space.dsn, doc_id)
    assert task["reviewer"] == "bob"
    assert [r["person"] for r in task["records"]] == ["Bob's Pick"]
    assert shown(window) is session  # no "next" after a refusal; the edits stay
    assert session.is_dirty()
    refused = [h for h in space.history() if h["action"] == "accept-refused"]
    assert [h["who"] for h in refused] == ["ann"]


def test_the_server_lost_mid_review_keeps_the_edits_and_sends_them_when_back(
    qtbot,
    pg_server: tuple,
    window: MainWindow,
    space: TeamWorkspace,
    tmp_path: Path,
) -> None:
    server, _ = pg_server
    if server is None:
        pytest.skip("stopping the server needs the one started by the suite")
    connect(qtbot, window, space, tmp_path)
    session = open_from_dock(qtbot, window, 0)
    doc_id = session.doc_id
    label = window.status.team_label
    server.pause()
    try:
        add_person(session, "Offline Person")
        qtbot.waitUntil(
            lambda: label.text() == "Team workspace offline — 1 change waiting",
            timeout=OPEN_MS,
        )
        assert label.isVisible()
        window.ui_actions.accept_next.trigger()  # accepted offline: into the outbox
        qtbot.waitUntil(lambda: not session.is_dirty(), timeout=OPEN_MS)
        assert label.text() == "Team workspace offline — 1 change waiting"
        window.ui_actions.refresh_team.trigger()  # F5 while still down
        qtbot.waitUntil(lambda: not window.team._runner.is_busy("team:refresh"))
        assert label.text() == "Team workspace offline — 1 change waiting"
    finally:
        server.resume()
    window.ui_actions.refresh_team.trigger()  # F5 (the timer does it every 15 s)
    qtbot.waitUntil(lambda: label.text().startswith("Team: ann in "), timeout=OPEN_MS)
    task = server_task(space.dsn, doc_id)
    assert task["accepted"]
    assert task["reviewer"] == "ann"
    assert "Offline Person" in [r["person"] for r in task["records"]]
    qtbot.waitUntil(lambda: window.team.model.item(0).state == "reviewed")


def test_connection_problems_are_a_plain_message(
    qtbot, window: MainWindow, team_dsn: str, tmp_path: Path
) -> None:
    dialogs = window._context.dialogs
    assert isinstance(dialogs, TeamDialogs)
    cases = [
        ("host=127.0.0.1 port=1 dbname=x connect_timeout=2", "cannot connect"),
        ("not a dsn", "is not valid"),
        (team_dsn, "no team workspace yet"),  # an empty database: no schema
    ]
    for dsn, expected in cases:
        count = len(dialogs.errors)
        window.connect_team(dsn, "ann", cache=tmp_path / "cache")
        qtbot.waitUntil(lambda n=count: len(dialogs.errors) > n, timeout=OPEN_MS)
        title, message = dialogs.errors[-1]
        assert title == "Cannot connect to the team workspace"
        assert expected in message
        assert "Traceback" not in message
        assert not window.team.is_connected()
        assert not window.team_dock.isVisible()


def test_reviewer_workspace_opens_the_window_connected(
    space: TeamWorkspace, tmp_path: Path
) -> None:
    """``reviewer --workspace DSN``: the window connects and remembers the DSN."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        REVIEWER_SMOKE_EXIT_MS="12000",
        REVIEWER_NAME="ann",
    )
    result = subprocess.run(
        [sys.executable, "-m", "reviewer", "--workspace", space.dsn],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    conf = Path(os.environ["XDG_CONFIG_HOME"]) / "BoardChange" / "Reviewer.conf"
    store = QSettings(str(conf), QSettings.Format.IniFormat)
    assert store.value("team/reviewer") == "ann"
    assert "dbname=team_" in str(store.value("team/workspace"))


def test_take_workspace_splits_the_option_off_the_window_arguments() -> None:
    assert take_workspace(["--workspace", "service=boards", "a.txt"]) == (
        "service=boards",
        ["a.txt"],
    )
    assert take_workspace(["--workspace=", "a.txt"]) == ("", ["a.txt"])
    assert take_workspace(["a.txt"]) == (None, ["a.txt"])
    # a subcommand's own arguments are left alone
    assert take_workspace(["workspace", "status", "--workspace", "x"]) == (
        None,
        ["workspace", "status", "--workspace", "x"],
    )


def row(doc_id: str, who: str, person: str, change: str) -> dict[str, str]:
    """One dataset row of a review."""
    return {
        "doc_id": doc_id,
        "person": person,
        "change_type": change,
        "review_status": "reviewed",
        "reviewed_by": who,
    }


def test_a_disagreement_is_adjudicated_side_by_side(
    qtbot, window: MainWindow, team_dsn: str, tmp_path: Path
) -> None:
    folder = tmp_path / "filings"
    folder.mkdir()
    (folder / NAMES[0]).write_bytes((CORPUS / "raw" / NAMES[0]).read_bytes())
    with TeamWorkspace(team_dsn) as space:
        space.init()
        space.set_double_review(1.0, "lead")  # every filing to two reviewers
        space.add([folder / NAMES[0]], "lead", base=tmp_path)
        clients = [
            TeamClient(TeamWorkspace(team_dsn), who, tmp_path / f"cache-{who}")
            for who in ("ann", "bob")
        ]
        try:
            for client, change in zip(clients, ("resigned", "retired"), strict=True):
                opened = client.open()
                assert opened is not None
                doc_id = opened.claim.doc_id
                records = [row(doc_id, client.reviewer, "Dina Powell", change)]
                assert client.accept(doc_id, records, {})
        finally:
            for client in clients:
                client.shutdown()
        dialogs = window._context.dialogs
        assert isinstance(dialogs, TeamDialogs)

        def choose_bob_edited(first, second):
            rows = [dict(r) for r in second[1]]
            rows[0]["person"] = "Dina Powell McCormick"
            return rows

        dialogs.adjudication_answer = choose_bob_edited
        window.connect_team(team_dsn, "carol", cache=tmp_path / "cache-carol")
        qtbot.waitUntil(lambda: window.team.model.rowCount() == 1, timeout=OPEN_MS)
        assert window.team.model.item(0).state == "disagreement"
        view = window.team_dock.list_view
        view.setCurrentIndex(window.team.model.index(0, 0))
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: window.team.model.item(0).state == "reviewed", timeout=OPEN_MS
        )
        name, first, second = dialogs.adjudications[0]
        assert name == NAMES[0]
        assert [first[0], second[0]] == ["ann", "bob"]
        assert shown(window) is None  # adjudicating claims nothing
        out = tmp_path / "dataset.csv"
        assert space.export(out) == 1
        frame = pd.read_csv(out, dtype=str, keep_default_na=False)
        assert list(frame["person"]) == ["Dina Powell McCormick"]
        assert list(frame["change_type"]) == ["retired"]
        adjudications = [h for h in space.history() if h["action"] == "adjudicate"]
        assert [h["who"] for h in adjudications] == ["carol"]


def test_the_adjudication_view_tints_the_disputed_rows_and_keeps_edits(
    qtbot,
) -> None:
    from reviewer.models.records_model import DISPUTED
    from reviewer.ui.adjudication import AdjudicationDialog

    ann = [
        row("d", "ann", "Dina Powell", "resigned"),
        row("d", "ann", "Ann Lee", "appointed"),
    ]
    bob = [row("d", "bob", "Ann Lee", "elected"), row("d", "bob", "Bo Chen", "removed")]
    dialog = AdjudicationDialog("gh-001.txt", ("ann", ann), ("bob", bob))
    qtbot.addWidget(dialog)
    dialog.show()
    left, right = dialog.models
    background = Qt.ItemDataRole.BackgroundRole
    # Dina (ann only) and Bo Chen (bob only) are disputed; Ann Lee is in both
    # (elected and appointed count as one).
    assert left.data(left.index(0, 0), background).color() == DISPUTED
    assert left.data(left.index(1, 0), background) is None
    assert right.data(right.index(0, 0), background) is None
    assert right.data(right.index(1, 0), background).color() == DISPUTED
    view = next(v for v in dialog.findChildren(QTableView) if v.model() is right)
    qtbot.waitExposed(dialog)
    view.setCurrentIndex(right.index(1, 0))
    # as a double-click does
    assert view.edit(right.index(1, 0), view.EditTrigger.DoubleClicked, None)
    editor = view.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Bo Chen Jr.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # commits (queued by the delegate)
    qtbot.waitUntil(lambda: right.records()[1]["person"] == "Bo Chen Jr.")
    qtbot.mouseClick(dialog.use_buttons[1], Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    answer = dialog.answer()
    assert answer is not None
    assert [r["person"] for r in answer] == ["Ann Lee", "Bo Chen Jr."]
    assert answer[1]["reviewed_by"] == "bob"  # columns not shown ride along


def lease_until(dsn: str, doc_id: str):
    with psycopg.connect(dsn) as db:
        found = db.execute(
            "SELECT t.lease_until FROM tasks t JOIN filings f ON f.id = t.filing_id "
            "WHERE f.doc_id = %s",
            (doc_id,),
        ).fetchone()
    assert found is not None
    return found[0]


def test_the_lease_is_renewed_while_open_and_given_back_on_switch_and_quit(
    qtbot, window: MainWindow, space: TeamWorkspace, tmp_path: Path
) -> None:
    connect(qtbot, window, space, tmp_path)
    first = open_from_dock(qtbot, window, 0).doc_id
    taken = lease_until(space.dsn, first)
    window.team.renew_timer.setInterval(100)  # every third of the lease, sooner
    qtbot.waitUntil(lambda: lease_until(space.dsn, first) > taken, timeout=OPEN_MS)

    window.ui_actions.next_filing.trigger()  # Next: the next free filing
    qtbot.waitUntil(
        lambda: shown(window) is not None and shown(window).doc_id != first,
        timeout=OPEN_MS,
    )
    second = shown(window).doc_id
    assert server_task(space.dsn, second)["holder"] == "ann"
    qtbot.waitUntil(lambda: server_task(space.dsn, first)["holder"] is None)

    window.ui_actions.previous_filing.trigger()  # back: claimed again
    qtbot.waitUntil(lambda: shown(window).doc_id == first, timeout=OPEN_MS)
    qtbot.waitUntil(lambda: server_task(space.dsn, first)["holder"] == "ann")
    qtbot.waitUntil(lambda: server_task(space.dsn, second)["holder"] is None)

    window.close()  # quit: what is held goes back to the team
    assert server_task(space.dsn, first)["holder"] is None


def test_the_queue_is_read_again_on_its_timer_and_open_next_claims(
    qtbot, window: MainWindow, space: TeamWorkspace, bob: TeamClient, tmp_path: Path
) -> None:
    connect(qtbot, window, space, tmp_path)
    window.team.refresh_timer.setInterval(100)  # every 15 s in use
    opened = bob.open()
    assert opened is not None
    row = window.team.model.row_of(opened.claim.doc_id)
    qtbot.waitUntil(lambda: window.team.model.item(row).held_by == "bob")
    qtbot.mouseClick(window.team_dock.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown(window) is not None, timeout=OPEN_MS)
    assert shown(window).doc_id != opened.claim.doc_id  # bob's is not handed out
    assert server_task(space.dsn, shown(window).doc_id)["holder"] == "ann"
