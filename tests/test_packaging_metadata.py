"""Desktop entry and AppStream metadata: valid, consistent with each other and
with the package (id, binary, icon, version, licence)."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reviewer import __version__
from reviewer.ui.icons import APP_ID

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _pyproject() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)


def _run_validator(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which(tool)
    if exe is None:
        pytest.skip(f"{tool} is not installed (Debian: desktop-file-utils / appstream)")
    return subprocess.run(
        [exe, *args], capture_output=True, text=True, timeout=60, check=False
    )


def test_desktop_file_validate_accepts_the_desktop_entry() -> None:
    result = _run_validator("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()


def test_appstreamcli_accepts_the_metainfo() -> None:
    result = _run_validator("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_opens_documents_with_the_reviewer_command() -> None:
    entry = _desktop_entry()
    scripts = _pyproject()["project"]["scripts"]
    assert entry["Type"] == "Application"
    command, *rest = entry["Exec"].split()
    assert command in scripts
    assert rest == ["%F"]
    mimetypes = set(filter(None, entry["MimeType"].split(";")))
    assert mimetypes == {"application/pdf", "text/plain", "text/html"}
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"


def test_the_desktop_icon_name_resolves_to_bundled_icon_files() -> None:
    icons = ROOT / "resources" / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (icons / "48x48" / "apps" / f"{APP_ID}.png").is_file()


def test_metainfo_matches_the_desktop_entry_and_the_package() -> None:
    root = ET.parse(METAINFO).getroot()
    project = _pyproject()["project"]
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("provides/binary") in project["scripts"]
    assert root.findtext("project_license") == project["license"]
    mediatypes = {el.text for el in root.findall("provides/mediatype")}
    assert mediatypes == set(filter(None, _desktop_entry()["MimeType"].split(";")))
    assert root.find("content_rating[@type='oars-1.1']") is not None
    assert root.findtext("developer/name")
    image = root.findtext("screenshots/screenshot[@type='default']/image")
    assert image is not None
    assert image.startswith("https://")


def test_the_newest_release_is_the_package_version() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "the metainfo lists no release"
    newest = releases[0]
    assert newest.get("version") == __version__
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", newest.get("date", ""))
    assert newest.findall("description/*"), "the release has no notes"


def test_the_version_has_one_source_of_truth() -> None:
    config = _pyproject()
    assert "version" in config["project"]["dynamic"]
    assert "version" not in config["project"]
    assert config["tool"]["hatch"]["version"]["path"] == "reviewer/__init__.py"
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
