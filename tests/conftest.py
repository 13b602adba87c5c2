"""Shared fixtures: offscreen Qt, the corpus beside the checkout, tiny documents."""

from __future__ import annotations

import os
import tempfile

SCREENS = os.path.join(os.path.dirname(__file__), "data", "screens.json")
# Before any QApplication: offscreen, on two virtual screens (a 1920x1200 desk and
# a 1024x700 laptop at its right), so window sizes are what users have, not the
# plugin's 800x800 default.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREENS}"

from reviewer.pyside_guard import immortalize_singletons  # noqa: E402

immortalize_singletons()  # PySide6 6.12.0 on Python 3.11 leaks None and True

import multiprocessing.util  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
CORPUS = ROOT / "data" / "corpus"  # the real corpus, kept in step with ../shared/corpus
# The team's shared copy the repository's corpus is kept in step with (an
# environment variable may point elsewhere, e.g. nowhere, to try the skip).
SHARED_CORPUS = Path(
    os.environ.get("REVIEWER_SHARED_CORPUS", str(ROOT.parent / "shared" / "corpus"))
)
SAMPLES = ROOT / "resources" / "samples"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark GUI tests (those that need a QApplication) so `-m "not gui"` works."""
    for item in items:
        names = getattr(item, "fixturenames", ())
        if "qapp" in names or "qtbot" in names:
            item.add_marker(pytest.mark.gui)


# multiprocessing keeps one temporary folder per process and removes it at exit;
# make it now, in the real temporary folder, not in a test's short-lived one.
multiprocessing.util.get_temp_dir()


@pytest.fixture(autouse=True)
def _hermetic_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point HOME, the XDG folders and QSettings at a fresh temporary folder.

    No test reads or writes the user's autosave fallback, settings or caches, so
    a sidecar left there by the app can neither fail a test nor be deleted by one.
    Temporary files go below it too. Child processes inherit the environment.
    """
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    (home / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(home / "tmp"))
    for name, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(name, str(home / sub))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # the headless job runs without Qt
        return home
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / ".config"))
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(home / "etc-xdg"))
    return home


@pytest.fixture
def corpus() -> Path:
    """The real development corpus kept in this repository (data/corpus)."""
    assert (CORPUS / "raw").is_dir(), f"data/corpus is missing ({CORPUS})"
    return CORPUS


@pytest.fixture
def data_dir() -> Path:
    """Small documents written for the tests."""
    return DATA


@pytest.fixture
def samples_dir() -> Path:
    """The bundled sample filings."""
    return SAMPLES
