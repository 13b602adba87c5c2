"""packaging/linux/install_user.sh puts every file where the desktop looks for it."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from reviewer.ui.icons import APP_ICON_SIZES, APP_ID

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "packaging" / "linux" / "install_user.sh"


def _run(prefix: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(SCRIPT), *args],
        env={**os.environ, "PREFIX": str(prefix)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _fake_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    exe = bundle / "reviewer"
    exe.write_text("#!/bin/sh\necho fake reviewer\n", encoding="utf-8")
    exe.chmod(0o755)
    return bundle


def test_install_then_uninstall_for_the_user(tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    result = _run(prefix, str(_fake_bundle(tmp_path)))
    assert result.returncode == 0, result.stderr
    share = prefix / "share"
    launcher = prefix / "bin" / "reviewer"
    assert launcher.is_symlink()
    assert subprocess.run(
        [launcher], capture_output=True, text=True, check=True
    ).stdout == ("fake reviewer\n")
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    hicolor = share / "icons" / "hicolor"
    for size in APP_ICON_SIZES:
        assert (hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file(), size
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()

    result = _run(prefix, "--uninstall")
    assert result.returncode == 0, result.stderr
    leftovers = list(prefix.rglob(f"{APP_ID}*")) + [
        p for p in (prefix / "bin", prefix / "opt") if any(p.iterdir())
    ]
    assert leftovers == []


def test_install_refuses_a_missing_bundle(tmp_path: Path) -> None:
    result = _run(tmp_path / "prefix", str(tmp_path / "nothing-here"))
    assert result.returncode != 0
    assert "build_bundle.sh" in result.stderr
    assert not (tmp_path / "prefix").exists()
