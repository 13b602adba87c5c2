"""The typed settings facade over an INI file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

from reviewer.ui.settings import MAX_RECENT, Settings


def _settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def test_values_survive_a_reopen(tmp_path: Path) -> None:
    first = _settings(tmp_path)
    assert (first.reviewer_name(), first.dataset_path(), first.zoom()) == ("", "", 0)
    first.set_reviewer_name("Ana")
    first.set_dataset_path("/data/board.csv")
    first.set_zoom(-2)
    first.sync()
    again = _settings(tmp_path)
    assert again.reviewer_name() == "Ana"
    assert again.dataset_path() == "/data/board.csv"
    assert again.zoom() == -2


def test_recent_files_newest_first_without_duplicates(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    for number in range(MAX_RECENT + 3):
        settings.add_recent_file(f"/f/{number}.txt")
    settings.add_recent_file("/f/5.txt")
    settings.sync()
    recent = _settings(tmp_path).recent_files()
    assert recent[0] == "/f/5.txt"
    assert len(recent) == MAX_RECENT
    assert len(set(recent)) == MAX_RECENT


def test_window_geometry_is_remembered(qtbot, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    window = QMainWindow()
    qtbot.addWidget(window)
    assert not settings.restore_window(window)
    window.resize(610, 430)
    settings.save_window(window)
    settings.sync()
    other = QMainWindow()
    qtbot.addWidget(other)
    assert _settings(tmp_path).restore_window(other)
    assert (other.width(), other.height()) == (610, 430)


def test_the_suite_never_touches_the_users_qt_settings(tmp_path: Path) -> None:
    import os

    from PySide6.QtCore import QSettings

    home = Path(os.environ["HOME"])
    assert home.is_relative_to(tmp_path.parent.parent)  # pytest's own tmp folder
    scope = QSettings.Scope.UserScope
    settings = QSettings(QSettings.Format.IniFormat, scope, "org", "app")
    assert Path(settings.fileName()).is_relative_to(home)
    assert Path(QSettings("org", "app").fileName()).is_relative_to(home)
