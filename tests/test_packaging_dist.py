"""The wheel and sdist carry the resources, and the wheel works once installed."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from reviewer import __version__
from reviewer.ui.icons import ACTION_ICONS, APP_ID, LINE_SIZES

ROOT = Path(__file__).resolve().parent.parent
RESOURCE_FILES = [
    "samples/seed-21vianet.txt",
    "persons/given.txt",  # the person-name lists the extractor reads
    "persons/surnames.txt",
    "persons/english.txt",
    f"icons/{APP_ID}.svg",
    f"icons/hicolor/256x256/apps/{APP_ID}.png",
    f"icons/hicolor/scalable/apps/{APP_ID}.svg",
    *(f"icons/{svg}" for _theme, svg in ACTION_ICONS.values()),
    # the pre-rendered masks the window paints its icons from (no QtSvg at start)
    *(
        f"icons/line/{Path(svg).stem}-{size}.png"
        for _theme, svg in ACTION_ICONS.values()
        for size in LINE_SIZES
    ),
]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``python -m build``: an sdist, then a wheel built from that sdist."""
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out


def _one(folder: Path, pattern: str) -> Path:
    (found,) = folder.glob(pattern)
    return found


def test_the_wheel_built_from_the_sdist_holds_the_resources(dist: Path) -> None:
    wheel = _one(dist, f"board_change_reviewer-{__version__}-py3-none-any.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = archive.read(
            f"board_change_reviewer-{__version__}.dist-info/entry_points.txt"
        ).decode()
    for rel in RESOURCE_FILES:
        assert f"reviewer/resources/{rel}" in names, rel
    assert not any(name.startswith(("tests/", "resources/")) for name in names)
    assert "reviewer = reviewer.cli:main" in entry_points


def test_the_sdist_holds_the_resources_and_the_packaging_files(dist: Path) -> None:
    sdist = _one(dist, f"board_change_reviewer-{__version__}.tar.gz")
    prefix = f"board_change_reviewer-{__version__}/"
    with tarfile.open(sdist) as archive:
        names = set(archive.getnames())
    for rel in RESOURCE_FILES:
        assert f"{prefix}resources/{rel}" in names, rel
    for rel in (
        f"packaging/linux/{APP_ID}.desktop",
        f"packaging/linux/{APP_ID}.metainfo.xml",
        "packaging/reviewer.spec",
        "packaging/make_icons.py",
    ):
        assert prefix + rel in names, rel


@pytest.mark.slow
def test_the_installed_wheel_runs_outside_the_checkout(dist: Path) -> None:
    """packaging/smoke_wheel.sh: fresh venv, --version, extract the sample (~30 s)."""
    wheel = _one(dist, "*.whl")
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "smoke_wheel.sh"), str(wheel)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        env={**os.environ, "PYTHON": sys.executable},
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert f"reviewer {__version__}" in result.stderr
    assert "smoke_wheel: OK" in result.stderr
