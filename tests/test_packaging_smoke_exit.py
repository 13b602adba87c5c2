"""REVIEWER_SMOKE_EXIT_MS: the switch that lets packaged builds be smoke-tested."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reviewer.ui.smoke import ENV_VAR, smoke_exit_ms

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("3000", 3000),
        (" 250 ", 250),
        ("0", 0),
        ("", None),
        ("soon", None),
        ("-5", None),
    ],
)
def test_the_delay_is_read_from_the_environment(
    value: str, expected: int | None
) -> None:
    assert smoke_exit_ms({ENV_VAR: value}) == expected


def test_no_variable_means_no_delay() -> None:
    assert smoke_exit_ms({}) is None


def _run_app(env_value: str | None, timeout: float) -> subprocess.CompletedProcess[str]:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QMainWindow\n"
        "from reviewer.ui.smoke import install_smoke_exit\n"
        "app = QApplication(sys.argv[:1])\n"
        "window = QMainWindow(); window.show()\n"
        "print('delay', install_smoke_exit(app), flush=True)\n"
        "sys.exit(app.exec())\n"
    )
    env = {k: v for k, v in os.environ.items() if k != ENV_VAR}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if env_value is not None:
        env[ENV_VAR] = env_value
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_a_running_app_quits_cleanly_after_the_delay() -> None:
    started = time.monotonic()
    result = _run_app("300", timeout=60)
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    assert "delay 300" in result.stdout
    assert elapsed >= 0.3


def test_without_the_variable_the_app_keeps_running() -> None:
    with pytest.raises(subprocess.TimeoutExpired) as exc:
        _run_app(None, timeout=4)
    # It reached the event loop with nothing scheduled, and stayed there.
    assert "delay None" in str(exc.value.stdout)
