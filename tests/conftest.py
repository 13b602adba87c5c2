"""Shared fixtures: offscreen Qt, the corpus beside the checkout, tiny documents."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication

from reviewer.pyside_guard import immortalize_singletons  # noqa: E402

immortalize_singletons()  # PySide6 6.12.0 on Python 3.11 leaks None and True

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
CORPUS = ROOT / "data" / "corpus"  # the real corpus, kept in step with ../shared/corpus
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
SAMPLES = ROOT / "resources" / "samples"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark GUI tests (those that need a QApplication) so `-m "not gui"` works."""
    for item in items:
        names = getattr(item, "fixturenames", ())
        if "qapp" in names or "qtbot" in names:
            item.add_marker(pytest.mark.gui)


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
