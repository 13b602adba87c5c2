"""Pipes, devices and files whose size lies are refused, never read forever."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

from reviewer.io.errors import FileTooLargeError, UnreadableFileError
from reviewer.io.loaders import LoadOptions, load_document

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")


@posix_only
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    # opening a pipe with no writer blocks forever; the loader must not open it
    pipe = tmp_path / "filing.txt"
    os.mkfifo(pipe)
    outcome: list[BaseException] = []

    def load() -> None:
        try:
            load_document(pipe)
        except BaseException as error:  # noqa: BLE001 - reported to the test
            outcome.append(error)

    thread = threading.Thread(target=load, daemon=True)
    thread.start()
    thread.join(10)
    if thread.is_alive():  # unblock the reader so the thread can end
        with open(pipe, "wb"):
            pass
        pytest.fail("loading a named pipe blocked")
    assert isinstance(outcome[0], UnreadableFileError)
    assert "not a regular file" in outcome[0].message


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_an_endless_device_is_refused() -> None:
    with pytest.raises(UnreadableFileError, match="not a regular file"):
        load_document("/dev/zero")


@pytest.mark.skipif(sys.platform != "linux", reason="needs /proc")
def test_a_file_bigger_than_its_stat_size_is_still_bounded() -> None:
    status = Path("/proc/self/status")
    assert status.stat().st_size == 0  # /proc files say 0 bytes but hold more
    with pytest.raises(FileTooLargeError, match="holds more than"):
        load_document(status, LoadOptions(max_bytes=100))
    assert "Pid:" in load_document(status).text


@posix_only
def test_a_folder_linking_to_itself_is_walked_once(tmp_path: Path) -> None:
    from reviewer.io.batch.sources import expand

    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "again").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "a.txt").write_text("Jane Roe joined the board.")
    found = expand([str(tmp_path)])
    assert found.sources == [str(tmp_path / "a.txt")]
    assert found.problems == []


@pytest.mark.skipif(sys.platform != "linux", reason="needs byte file names")
def test_a_file_name_that_is_not_utf8_still_gets_its_rows_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reviewer.cli import main
    from reviewer.io.dataset import read_dataset

    folder = os.fsencode(tmp_path)
    good = folder + b"/bad\xff\xfename.txt"
    with open(good, "wb") as handle:
        handle.write(b"NEW YORK -- Acme Inc. appointed Jane Roe to its Board.")
    with open(folder + b"/empty\xff.txt", "wb"):
        pass
    out = tmp_path / "d.csv"
    # writing the name into the CSV used to fail: surrogates are not UTF-8
    assert main(["extract", str(tmp_path), "-o", str(out), "-j", "2"]) == 1
    err = capsys.readouterr().err
    assert "empty\\udcff.txt: the file is empty" in err
    frame = read_dataset(out)
    assert set(frame["source_file"]) == {"bad\ufffd\ufffdname.txt"}
