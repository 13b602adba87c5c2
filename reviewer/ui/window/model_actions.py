"""Which decision model the window extracts with, and retraining it (issue #13).

- Settings › Extraction Model: the built-in model, or a model file trained by
  ``reviewer train``. A file that is missing, damaged or made for another
  extractor version is named in a plain message and the built-in model is used.
- Review › Retrain from My Reviews: trains on the current dataset's reviewed
  rows on the task runner (off the GUI thread, with progress in the status bar),
  writes ``<dataset>.model.json`` beside the dataset, uses it, then offers to
  extract again the queue's filings nobody has reviewed yet (reviewed filings
  and filings with changes are never touched).
- The status bar names the model in use (``Model: built-in`` or
  ``Model: model-3f2a9c``).

The model in use is process-wide (:func:`active_model`): the navigator's
background loads read it when they start.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QProgressBar

from reviewer.core.schema import FilingStatus

if TYPE_CHECKING:
    from reviewer.core.modelfile import LoadedModel
    from reviewer.models.queue_model import QueueModel
    from reviewer.ui.context import AppContext
    from reviewer.ui.window.navigator import Navigator
    from reviewer.ui.window.status_bar import ReviewStatusBar

logger = logging.getLogger(__name__)

RETRAIN = "retrain"
"""The task runner's channel for retraining."""
BUILT_IN = "built-in"

_active: LoadedModel | None = None


def active_model() -> LoadedModel | None:
    """The model the window extracts with (None: the built-in one)."""
    return _active


def set_active_model(model: LoadedModel | None) -> None:
    """Extract with ``model`` from now on (None: the built-in one)."""
    global _active
    _active = model


def model_path_for(dataset: str) -> Path:
    """Where Retrain writes the model: beside the dataset, ``NAME.model.json``."""
    path = Path(dataset)
    return path.with_name(f"{path.stem}.model.json")


def retrain_work(
    dataset: str,
) -> Callable[[threading.Event, Callable[[int, int], None]], object]:
    """The background work of Retrain: train, write the model, read it back."""

    def work(cancel: threading.Event, progress: Callable[[int, int], None]) -> object:
        from reviewer.core.modelfile import load_model_file
        from reviewer.learn import write_model
        from reviewer.learn.reviews import train_on_reviews

        def step(done: int, total: int, _what: str) -> None:
            if cancel.is_set():
                raise InterruptedError("retraining was cancelled")
            progress(done, total + 1)  # the fit is the last step

        model, data = train_on_reviews([Path(dataset)], progress=step)
        output = model_path_for(dataset)
        write_model(model, output)
        return load_model_file(output), data.problems, len(data.docs)

    return work


def describe_training_error(error: object) -> str:
    """A plain message for a failed retraining."""
    from reviewer.io.errors import DatasetError
    from reviewer.learn.reviews import NoReviewsError

    if isinstance(error, NoReviewsError | DatasetError):
        return str(error)
    if isinstance(error, OSError):
        return f"The model could not be written: {error.strerror or error}."
    if isinstance(error, ValueError):
        return f"The reviews cannot train a model: {error}."
    return f"Unexpected problem while retraining ({error})."


class ModelActions(QObject):
    """The Extraction Model settings, Retrain from My Reviews, the status label.

    Signals:
        model_changed(str): the model in use changed; its name.
        retrain_progressed(int, int): (done, total) of a retraining.
        retrained(str): a retraining finished; the new model's name.
        reextracting(int): how many filings will be extracted again.
    """

    model_changed = Signal(str)
    retrain_progressed = Signal(int, int)
    retrained = Signal(str)
    reextracting = Signal(int)

    def __init__(
        self,
        window: QMainWindow,
        context: AppContext,
        navigator: Navigator,
        queue: QueueModel,
        status: ReviewStatusBar,
    ) -> None:
        """Add the menus to ``window`` and the model label to ``status``."""
        super().__init__(window)
        self._context = context
        self._navigator = navigator
        self._queue = queue
        self._status = status
        self.label = QLabel(status)
        self.progress = QProgressBar(status)
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.label)

        menu_bar = window.menuBar()
        settings_menu = QMenu("&Settings", window)
        model_menu = settings_menu.addMenu("Extraction &Model")
        group = QActionGroup(self)
        self.use_built_in = QAction("&Built-in Model", self, checkable=True)
        self.use_file = QAction("Model &File…", self, checkable=True)
        for action in (self.use_built_in, self.use_file):
            group.addAction(action)
            model_menu.addAction(action)
        help_menu = next(
            (a for a in menu_bar.actions() if a.text().replace("&", "") == "Help"),
            None,
        )
        menu_bar.insertMenu(help_menu, settings_menu) if help_menu else (
            menu_bar.addMenu(settings_menu)
        )
        self.retrain = QAction("Retrain from My Re&views", self)
        self.retrain.setStatusTip(
            "Train the extraction model on this dataset's reviewed filings"
        )
        review_menu = next(
            (
                a.menu()
                for a in menu_bar.actions()
                if a.text().replace("&", "") == "Review"
            ),
            None,
        )
        if isinstance(review_menu, QMenu):
            review_menu.addSeparator()
            review_menu.addAction(self.retrain)
        self.use_built_in.triggered.connect(self._on_use_built_in_triggered)
        self.use_file.triggered.connect(self._on_use_file_triggered)
        self.retrain.triggered.connect(self.start_retrain)
        runner = context.runner
        runner.progressed.connect(self._on_runner_progressed)
        runner.finished.connect(self._on_runner_finished)
        runner.errored.connect(self._on_runner_errored)
        self._restore()

    # -- the model in use -----------------------------------------------------
    def _restore(self) -> None:
        path = self._context.settings.extraction_model()
        if path:
            self.use_model_file(path)
        else:
            self._show(None)

    def use_model_file(self, path: str) -> bool:
        """Extract with the model at ``path``; True when the file is in use.

        On a bad file, say why and use the built-in model.
        """
        from reviewer.core.modelfile import ModelFileError, load_model_file

        try:
            model = load_model_file(path)
        except ModelFileError as exc:
            self._context.dialogs.error(
                "Extraction model",
                f"{exc}\n\nThe built-in extraction model is used instead.",
            )
            self.use_built_in_model()
            return False
        set_active_model(model)
        self._context.settings.set_extraction_model(str(model.path))
        self._show(model)
        return True

    def use_built_in_model(self) -> None:
        """Extract with the built-in model."""
        set_active_model(None)
        self._context.settings.set_extraction_model("")
        self._show(None)

    def model_name(self) -> str:
        """``built-in`` or ``model-3f2a9c``."""
        model = active_model()
        return BUILT_IN if model is None else model.tag

    def _show(self, model: LoadedModel | None) -> None:
        self.use_built_in.setChecked(model is None)
        self.use_file.setChecked(model is not None)
        if model is None:
            self.label.setText(f"Model: {BUILT_IN}")
            self.label.setToolTip("Extracting with the built-in model")
        else:
            self.label.setText(f"Model: {model.tag}")
            self.label.setToolTip(f"Extracting with {model.path}")
        self.model_changed.emit(self.model_name())

    @Slot()
    def _on_use_built_in_triggered(self) -> None:
        self.use_built_in_model()

    @Slot()
    def _on_use_file_triggered(self) -> None:
        current = self._context.settings.extraction_model()
        path = self._context.dialogs.ask_model_file(current)
        if path:
            self.use_model_file(path)
        else:
            self._show(active_model())  # cancelled: the check mark as it was

    # -- retraining -----------------------------------------------------------
    @Slot()
    def start_retrain(self) -> None:
        """Train on the current dataset's reviews in the background."""
        dataset = self._context.settings.dataset_path()
        if not dataset or not Path(dataset).is_file():
            self._context.dialogs.error(
                "Retrain from my reviews",
                "There is no dataset with reviews yet: review some filings and "
                "save them into a dataset first.",
            )
            return
        if self._context.runner.is_busy(RETRAIN):
            return
        self.retrain.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        name = Path(dataset).name
        self._status.showMessage(f"Retraining from the reviews in {name}…")
        self._context.runner.start(RETRAIN, retrain_work(dataset), priority=-1)

    def _done(self) -> None:
        self.retrain.setEnabled(True)
        self.progress.setVisible(False)
        self._status.clearMessage()

    @Slot(str, int, int)
    def _on_runner_progressed(self, channel: str, done: int, total: int) -> None:
        if channel != RETRAIN:
            return
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.retrain_progressed.emit(done, total)

    @Slot(str, object)
    def _on_runner_errored(self, channel: str, error: object) -> None:
        if channel != RETRAIN:
            return
        self._done()
        if isinstance(error, InterruptedError):
            return
        self._context.dialogs.error(
            "Retrain from my reviews", describe_training_error(error)
        )

    @Slot(str, object)
    def _on_runner_finished(self, channel: str, result: object) -> None:
        if channel != RETRAIN or not isinstance(result, tuple):
            return
        self._done()
        model, problems, documents = result
        set_active_model(model)
        self._context.settings.set_extraction_model(str(model.path))
        self._show(model)
        self.retrained.emit(model.tag)
        note = f"Trained {model.tag} on {documents} reviewed filings."
        if problems:
            shown = "\n".join(problems[:10])
            more = f"\n… and {len(problems) - 10} more" if len(problems) > 10 else ""
            note += (
                f"\n\nLeft out (source file missing, moved or changed):\n{shown}{more}"
            )
        paths = [e.path for e in self._queue.entries() if e.status is FilingStatus.NEW]
        if not paths:
            self._context.dialogs.info("Retrain from my reviews", note)
            return
        question = (
            f"{note}\n\nExtract again the {len(paths)} filing(s) in the queue that "
            "nobody has reviewed yet, with the new model? Reviewed filings are "
            "never touched."
        )
        if self._context.dialogs.confirm("Retrain from my reviews", question):
            again = self._navigator.reextract(paths)
            self.reextracting.emit(len(again))
            self._status.show_note(
                f"{len(again)} filing(s) will be extracted again with {model.tag}"
            )
