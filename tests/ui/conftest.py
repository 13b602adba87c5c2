"""Fixtures for the review workspace: context, dialogs, dataset, filings, the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtGui import QUndoGroup

from reviewer.ui.context import AppContext
from reviewer.ui.dialogs import Conflict, Dialogs, Unsaved
from reviewer.ui.settings import Settings
from reviewer.ui.tasks import TaskRunner
from reviewer.ui.window.main_window import MainWindow
from reviewer.ui.window.review_saver import flush_autosaves
from reviewer.ui.window.session import FilingSession
from tests.ui.helpers import FIVE_TEXT, load_review, open_and_wait
from tests.ui.recorded import RECORDED

SEED_TEXT = (
    "BEIJING, December 14, 2020 (GLOBE NEWSWIRE) — Example Group, Inc. (Nasdaq: EXG) "
    "today announced that Mr. Tao Zou, a director of the Company nominated by King "
    "Venture Holdings Limited, resigned from the board with immediate effect due to "
    "personal reasons. The resignation did not result from any disagreement with "
    "the Company.\n\nMs. Ann Lee was appointed as an independent director.\n"
)


class FakeDialogs(Dialogs):
    """Answers every question from attributes and records what was shown."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.unsaved_answer = Unsaved.CANCEL
        self.unsaved_asked = 0
        self.confirm_answer = True
        self.open_files: list[str] = []
        self.folder = ""
        self.dataset_path = ""
        self.reviewer_name = "Test Reviewer"
        self.conflict_answer = Conflict.CANCEL
        self.conflicts: list[str] = []

    def error(self, title: str, message: str) -> None:
        self.errors.append((title, message))

    def info(self, title: str, message: str) -> None:
        self.infos.append((title, message))

    def confirm(self, title: str, message: str) -> bool:
        return self.confirm_answer

    def ask_unsaved(self, message: str) -> Unsaved:
        self.unsaved_asked += 1
        return self.unsaved_answer

    def ask_conflict(self, message: str) -> Conflict:
        self.conflicts.append(message)
        return self.conflict_answer

    def ask_open_files(self, directory: str) -> list[str]:
        return list(self.open_files)

    def ask_folder(self, directory: str) -> str:
        return self.folder

    def ask_dataset_path(self, current: str) -> str:
        return self.dataset_path

    def ask_reviewer_name(self, current: str) -> str:
        return self.reviewer_name


@pytest.fixture
def dialogs() -> FakeDialogs:
    """Injected dialog answers."""
    return FakeDialogs()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings in an INI file under tmp_path, never the user's."""
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return Settings(store)


@pytest.fixture
def extractor(request: pytest.FixtureRequest):
    """The recorded extractor; the live one for end-to-end tests (test_end_to_end_*)."""
    if request.path.name.startswith("test_end_to_end"):
        return None
    return RECORDED


@pytest.fixture
def context(
    qapp, settings: Settings, dialogs: FakeDialogs, extractor
) -> Iterator[AppContext]:
    """A context with the dataset and reviewer already chosen."""
    runner = TaskRunner()
    yield AppContext(
        settings=settings,
        undo_group=QUndoGroup(),
        runner=runner,
        dialogs=dialogs,
        extractor=extractor,
    )
    runner.wait(5000)
    QThreadPool.globalInstance().waitForDone(5000)
    flush_autosaves(5000)  # no autosave writes into a removed tmp_path


@pytest.fixture
def dataset(tmp_path: Path, settings: Settings) -> Path:
    """The dataset CSV the reviews go into (not yet written)."""
    path = tmp_path / "dataset.csv"
    settings.set_dataset_path(str(path))
    settings.set_reviewer_name("Test Reviewer")
    return path


@pytest.fixture
def filings(tmp_path: Path) -> list[Path]:
    """Three small filings in a folder."""
    folder = tmp_path / "filings"
    folder.mkdir()
    paths = []
    for number, person in enumerate(("Tao Zou", "Ann Lee", "Bo Chen"), start=1):
        path = folder / f"filing-{number}.txt"
        path.write_text(SEED_TEXT.replace("Tao Zou", person), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def window(qtbot, context: AppContext, dataset: Path) -> MainWindow:
    """The main window, shown, saving into ``dataset``."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def session(qtbot, window: MainWindow, filings: list[Path]) -> FilingSession:
    """The first filing open in ``window`` with the two-row review of helpers."""
    session = open_and_wait(qtbot, window, filings[0])
    load_review(window, session)
    return session


@pytest.fixture
def five(tmp_path: Path) -> Path:
    """An 8-K naming three new directors, one with a middle initial and suffix."""
    path = tmp_path / "acme-8k.txt"
    path.write_text(FIVE_TEXT, encoding="utf-8")
    return path


@pytest.fixture
def five_person(corpus: Path) -> Path:
    """A real filing with five people in it (gold: five rows)."""
    return corpus / "raw" / "gr-012.txt"


@pytest.fixture
def seed(corpus: Path) -> Path:
    """The founding example of the corpus (every entity type in it)."""
    return corpus / "raw" / "seed-21vianet.txt"


@pytest.fixture
def window_on_screen(qtbot, window: MainWindow) -> MainWindow:
    """The window exposed and active: for tests that press keys or read pixels."""
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Write new recordings (only when recording: REVIEWER_RECORD_EXTRACTIONS=1)."""
    RECORDED.save()
