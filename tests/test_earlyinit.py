"""Start-up checks: supported Qt and PySide6 versions; no side effects on import."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from reviewer.earlyinit import (
    EXIT_NO_DISPLAY,
    EXIT_UNSUPPORTED,
    MIN_PYSIDE,
    MIN_QT,
    display_problem,
    qt_problem,
    unsupported,
    version_tuple,
)

ROOT = Path(__file__).resolve().parent.parent


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REVIEWER_")}
    home = tmp_path / "home"
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    env.update(extra)
    return env


@pytest.mark.parametrize(
    ("text", "expected"),
    [("6.12.0", (6, 12, 0)), ("6.7", (6, 7)), ("6.8.0a1", (6, 8, 0)), ("x", ())],
)
def test_version_tuple(text: str, expected: tuple[int, ...]) -> None:
    assert version_tuple(text) == expected


def test_the_minimum_is_pyprojects() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [
        d
        for d in project["project"]["dependencies"]
        if d.startswith("pyside6-essentials")
    ]
    assert len(pins) == 1
    found = re.search(r">=\s*([\d.]+)", pins[0])
    assert found is not None
    assert version_tuple(found.group(1)) == MIN_PYSIDE == MIN_QT


def test_old_versions_are_named_with_the_fix() -> None:
    message = unsupported("6.5.3", "6.5.2")
    assert message is not None
    assert "PySide6 6.5.3 (needs 6.7 or newer)" in message
    assert "Qt 6.5.2 (needs 6.7 or newer)" in message
    assert "pip install --upgrade 'pyside6-essentials>=6.7'" in message
    only_qt = unsupported("6.9.0", "6.6.1")
    assert only_qt is not None
    assert "Qt 6.6.1" in only_qt
    assert "PySide6" not in only_qt.split(";")[0].replace("PySide6 6.9", "")


def test_supported_versions_pass() -> None:
    assert unsupported("6.7.0", "6.7.0") is None
    assert unsupported("6.12.0", "6.12.1") is None
    assert qt_problem() is None  # this installation


def _fake_pyside(root: Path, version: str) -> Path:
    """An old PySide6 on the path: only what the check reads, no widgets at all."""
    package = root / "fake" / "PySide6"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(f"__version__ = {version!r}\n", "utf-8")
    (package / "QtCore.py").write_text(f"def qVersion():\n    return {version!r}\n")
    return package.parent


def test_the_app_refuses_an_old_pyside_before_any_window(tmp_path: Path) -> None:
    fake = _fake_pyside(tmp_path, "6.5.0")
    env = _env(tmp_path, PYTHONPATH=os.pathsep.join([str(fake), str(ROOT)]))
    done = subprocess.run(
        [sys.executable, "-m", "reviewer"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == EXIT_UNSUPPORTED, done.stderr
    assert "PySide6 6.5.0 (needs 6.7 or newer)" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_missing_pyside_is_a_message(tmp_path: Path) -> None:
    fake = tmp_path / "fake" / "PySide6"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('broken wheel')\n", "utf-8")
    env = _env(tmp_path, PYTHONPATH=os.pathsep.join([str(fake.parent), str(ROOT)]))
    done = subprocess.run(
        [sys.executable, "-m", "reviewer"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == EXIT_UNSUPPORTED
    assert "PySide6 cannot be imported (broken wheel)" in done.stderr
    assert "Traceback" not in done.stderr


def test_importing_the_ui_patches_nothing(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "before = sys.getrefcount(None)\n"
        "import reviewer.ui, reviewer.ui.window.main_window\n"
        "assert sys.getrefcount(None) - before < 1_000_000, 'refcounts patched'\n"
    )
    subprocess.run(
        [sys.executable, "-c", code], env=_env(tmp_path), check=True, timeout=120
    )


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="PEP 683: already immortal")
def test_the_app_start_applies_the_workaround(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from reviewer.cli import main\n"
        "code = main([])\n"
        "assert sys.getrefcount(None) > 1 << 39, 'workaround not applied at start'\n"
        "sys.exit(code)\n"
    )
    env = _env(tmp_path, REVIEWER_SMOKE_EXIT_MS="0")
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")
def test_no_display_is_a_message_not_an_abort(tmp_path: Path) -> None:
    """Without a display Qt aborts (SIGABRT, exit 134); the app says what to do."""
    env = _env(tmp_path)
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-m", "reviewer"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == EXIT_NO_DISPLAY, done.stderr
    assert "no display" in done.stderr
    assert "xvfb-run" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("environ", "platform", "refused"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({}, "darwin", False),
        ({}, "win32", False),
    ],
)
def test_display_problem(environ: dict[str, str], platform: str, refused: bool) -> None:
    assert (display_problem(environ, platform) is not None) is refused
