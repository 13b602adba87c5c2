"""End to end on the live extractor: retrain from my reviews, the extraction model
setting and the status bar (#13)."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from reviewer.core.extraction import EXTRACTOR_VERSION
from reviewer.learn.replay import corpus_pairs, write_reviewed
from reviewer.models.queue_model import FilingStatus
from reviewer.ui.context import AppContext
from reviewer.ui.settings import Settings
from reviewer.ui.window.main_window import MainWindow
from reviewer.ui.window.model_actions import active_model, set_active_model
from tests.conftest import CORPUS
from tests.ui.conftest import FakeDialogs
from tests.ui.helpers import open_and_wait

pytestmark = pytest.mark.corpus

GOLD = CORPUS / "gold"
TRAIN = ["gh-001", "gh-002", "gn-001", "gn-002", "gr-001", "gr-002"]
UNREVIEWED = ["gr-003", "gr-004"]


@pytest.fixture(autouse=True)
def _built_in_model_after() -> Iterator[None]:
    yield
    set_active_model(None)  # the model in use is process-wide


def _copy(names: list[str], folder: Path) -> list[tuple[Path, Path]]:
    folder.mkdir(exist_ok=True)
    pairs = []
    for raw, gold in corpus_pairs(GOLD, names):
        copy = folder / raw.name
        shutil.copyfile(raw, copy)
        pairs.append((copy, gold))
    return pairs


def test_retrain_from_the_window(
    qtbot, window: MainWindow, dataset: Path, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    reviewed = _copy(TRAIN, tmp_path / "reviewed")
    write_reviewed(dataset, reviewed)
    queue = [raw for raw, _ in _copy(UNREVIEWED, tmp_path / "queue")]
    reviewed_file = reviewed[0][0]
    window.when_built(lambda: None)
    assert window.model_actions.label.text() == "Model: built-in"

    first = open_and_wait(qtbot, window, *queue, reviewed_file)
    assert first.extraction.extractor_version == EXTRACTOR_VERSION
    qtbot.waitUntil(
        lambda: window.queue.entry(2).status is FilingStatus.REVIEWED, timeout=20000
    )
    window.navigator.open_row(2)  # the reviewed filing, opened before retraining
    qtbot.waitUntil(
        lambda: (
            (s := window.navigator.current()) is not None
            and s.path == str(reviewed_file)
        ),
        timeout=20000,
    )
    reviewed_session = window.navigator.current()
    assert reviewed_session is not None
    reviewed_rows = reviewed_session.model.state().rows
    window.navigator.open_row(0)
    qtbot.waitUntil(lambda: window.navigator.current() is first, timeout=10000)

    dialogs.confirm_answer = True
    with (
        qtbot.waitSignal(window.model_actions.retrain_progressed, timeout=60000),
        qtbot.waitSignal(window.model_actions.reextracting, timeout=120000) as again,
    ):
        window.model_actions.retrain.trigger()
        assert window.model_actions.progress.isVisible()
    assert again.args == [2]  # both unreviewed filings; never the reviewed one

    model_file = dataset.with_name("dataset.model.json")
    tag = "model-" + hashlib.sha256(model_file.read_bytes()).hexdigest()[:6]
    assert window.model_actions.label.text() == f"Model: {tag}"
    assert window._context.settings.extraction_model() == str(model_file)
    new_version = f"{EXTRACTOR_VERSION}+{tag}"
    qtbot.waitUntil(
        lambda: (
            (s := window.navigator.current()) is not None
            and s.path == str(queue[0])
            and s.extraction.extractor_version == new_version
        ),
        timeout=30000,
    )
    window.navigator.open_row(1)
    qtbot.waitUntil(
        lambda: (
            (s := window.navigator.current()) is not None and s.path == str(queue[1])
        ),
        timeout=30000,
    )
    second = window.navigator.current()
    assert second is not None
    assert second.extraction.extractor_version == new_version
    with qtbot.waitSignal(window.saver.saved, timeout=30000):
        assert window.saver.save_current()
    rows = pd.read_csv(dataset, dtype=str, keep_default_na=False)
    saved = rows[rows["doc_id"] == second.doc_id]
    assert set(saved["extractor_version"]) == {new_version}  # provenance

    sessions = {s.path: s for s in window.navigator.sessions()}
    assert sessions[str(reviewed_file)] is reviewed_session
    assert reviewed_session.extraction.extractor_version == EXTRACTOR_VERSION
    assert reviewed_session.model.state().rows == reviewed_rows
    assert window.queue.entry(2).status is FilingStatus.REVIEWED
    assert not dialogs.errors


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (None, "There is no model file"),
        (b"{broken", "it is not JSON"),
        (
            b'{"extractor_version": "0.9.0", "features": [], "coefficients": [],'
            b' "intercept": 0}',
            "trained for extractor 0.9.0",
        ),
    ],
)
def test_a_bad_model_file_falls_back_to_the_built_in_model(
    qtbot,
    context: AppContext,
    settings: Settings,
    dataset: Path,
    dialogs: FakeDialogs,
    tmp_path: Path,
    content: bytes | None,
    says: str,
) -> None:
    path = tmp_path / "mine.json"
    if content is not None:
        path.write_bytes(content)
    settings.set_extraction_model(str(path))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.build_panes()
    assert active_model() is None
    assert window.model_actions.label.text() == "Model: built-in"
    [(title, message)] = dialogs.errors
    assert says in message
    assert "built-in extraction model is used" in message
    assert settings.extraction_model() == ""


def test_retrain_without_a_dataset_says_so(
    qtbot, window: MainWindow, dialogs: FakeDialogs
) -> None:
    window.build_panes()
    window.model_actions.retrain.trigger()
    [(_, message)] = dialogs.errors
    assert "no dataset with reviews" in message


def test_retrain_on_a_dataset_without_reviews_says_so(
    qtbot, window: MainWindow, dataset: Path, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    reviewed = _copy(["gh-001"], tmp_path / "reviewed")
    write_reviewed(dataset, reviewed)
    text = dataset.read_text(encoding="utf-8").replace(",reviewed,", ",extracted,")
    dataset.write_text(text, encoding="utf-8")
    window.build_panes()
    with qtbot.waitSignal(window._context.runner.stopped, timeout=60000):
        window.model_actions.retrain.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=10000)
    [(_, message)] = dialogs.errors
    assert "has no reviewed rows" in message
    assert window.model_actions.label.text() == "Model: built-in"
    assert window.model_actions.retrain.isEnabled()
    assert not window.model_actions.progress.isVisible()
