"""``reviewer extract`` over hostile files: good rows in, bad files named."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.io.dataset import read_dataset
from tests.io.pdfmaker import make_pdf, page_content

ROOT = Path(__file__).resolve().parents[2]

GOOD = {
    "a-good.txt": (
        "NEW YORK, March 1, 2021 -- Acme Holdings, Inc. (NASDAQ: ACME) announced "
        "today that Jane Roe has been appointed to its Board of Directors as an "
        "independent director, effective immediately.\n"
    ),
    "z-good.txt": (
        "BOSTON, June 2, 2021 -- Beta Systems Corp. (NYSE: BETA) announced that "
        "John Public resigned from its Board of Directors for personal reasons, "
        "effective June 1, 2021. His resignation was not the result of any "
        "disagreement with the Company.\n"
    ),
}
PDF = make_pdf([page_content(["Acme appointed Jane Roe as a director."])])
EVIL_NAME = "evil\x1b[31mred\x07.txt"


def _hostile_folder(base: Path) -> dict[str, str]:
    """Write the files; return each bad file's name with a word of its message."""
    base.mkdir()
    for name, text in GOOD.items():
        (base / name).write_text(text)
    bad = {
        "cut.pdf": (PDF[: len(PDF) // 3], "damaged or truncated"),
        "zero.pdf": (make_pdf([]), "no pages"),
        "locked.pdf": (
            make_pdf([page_content(["secret"])], user_password="pw"),
            "password-protected",
        ),
        "scan.pdf": (make_pdf([b""] * 300), "no text layer"),
        "nul.txt": (b"Board\x00\x00news", "binary data"),
        "empty.txt": (b"", "the file is empty"),
        "blank.md": (b"\n\n   \n", "only white space"),
        "invisible.html": (
            b"<html><body><script>alert('x')</script></body></html>",
            "no visible text",
        ),
        "notext.txt": (
            b"<SEC-DOCUMENT>\n<DOCUMENT>\n<TYPE>8-K\nno text part\n</DOCUMENT>\n",
            "no readable main document",
        ),
        "nodocument.txt": (b"<SEC-HEADER>\n</SEC-HEADER>\n", "no <DOCUMENT> parts"),
        EVIL_NAME: (b"", "the file is empty"),
    }
    for name, (data, _word) in bad.items():
        (base / name).write_bytes(data)
    return {name: word for name, (_data, word) in bad.items()}


def _run(*args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "reviewer", "extract", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=180,
        check=False,
    )
    return done, time.monotonic() - start


@pytest.mark.slow
def test_a_folder_of_hostile_files_is_extracted_by_the_command(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    bad = _hostile_folder(folder)
    huge = folder / "huge.txt"  # over the time or memory budget below
    huge.write_text("The board met. " * 2_000_000)
    out = tmp_path / "dataset.csv"
    done, elapsed = _run(
        str(folder), "-o", str(out), "--jobs", "2", "--timeout", "2",
        "--max-memory", "300",
    )  # fmt: skip
    assert elapsed < 90
    assert done.returncode == 1, done.stderr
    lines = done.stderr.splitlines()
    for name, word in bad.items():
        shown = name.encode("unicode_escape").decode("ascii")
        assert any(shown in line and word in line for line in lines), (name, word)
    assert "\x1b" not in done.stderr
    assert "\x07" not in done.stderr
    assert any("huge.txt" in line and "budget" in line for line in lines), done.stderr
    assert f"2 document(s) written to {out}, {len(bad) + 1} failed" in done.stderr
    frame = read_dataset(out)
    assert list(dict.fromkeys(frame["source_file"])) == [
        "in/a-good.txt",
        "in/z-good.txt",
    ]


def test_rows_are_the_same_whatever_the_number_of_jobs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for index in range(12):
        name, text = list(GOOD.items())[index % 2]
        (folder / f"{index:02d}-{name}").write_text(f"{text}\nFiling {index}.\n")
    outputs = []
    for jobs in ("1", "3"):
        out = tmp_path / f"d{jobs}.csv"
        assert main(["extract", str(folder), "-o", str(out), "--jobs", jobs]) == 0
        frame = read_dataset(out).drop(columns=["extracted_at"], errors="ignore")
        outputs.append(frame)
    assert outputs[0].equals(outputs[1])
    names = list(dict.fromkeys(outputs[0]["source_file"]))
    assert names == sorted(names)
    assert len(names) == 12


def test_without_budgets_one_job_runs_in_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    _hostile_folder(folder)
    out = tmp_path / "d.csv"
    args = ["extract", str(folder), "-o", str(out), "--timeout", "0"]
    assert main([*args, "--max-memory", "0"]) == 1
    assert "2 document(s) written" in capsys.readouterr().err


def test_the_size_limit_refuses_big_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "big.txt"
    path.write_text(GOOD["a-good.txt"] * 2000)
    out = tmp_path / "d.csv"
    assert main(["extract", str(path), "-o", str(out), "--max-size", "0.1"]) == 1
    assert "MB, over the 0.1 MB limit" in capsys.readouterr().err
    assert main(["extract", str(path), "-o", str(out), "--max-size", "0"]) == 0


@pytest.mark.parametrize(
    "bad",
    [
        ["--jobs", "-1"],
        ["--timeout", "-2"],
        ["--timeout", "nan"],
        ["--max-memory", "x"],
    ],
)
def test_bad_limits_are_refused(tmp_path: Path, bad: list[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["extract", str(tmp_path), "-o", str(tmp_path / "d.csv"), *bad])
    assert stopped.value.code == 2


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_ctrl_c_stops_the_batch_cleanly(tmp_path: Path) -> None:
    import signal

    from tests.hostile.test_batch import _alive, _children

    big = [tmp_path / "big1.txt", tmp_path / "big2.txt"]
    for path in big:
        path.write_text("The board met and talked. " * 800_000)  # seconds to read
    out = tmp_path / "d.csv"
    command = subprocess.Popen(
        [sys.executable, "-m", "reviewer", "extract", str(big[0]), str(big[1]),
         "-o", str(out), "--jobs", "2"],
        cwd=ROOT,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 20
        workers: set[int] = set()
        while time.monotonic() < deadline and len(workers) < 2:
            workers = _children(command.pid)
            time.sleep(0.05)
        assert workers
        command.send_signal(signal.SIGINT)
        _out, err = command.communicate(timeout=20)
    finally:
        if command.poll() is None:
            command.kill()
    assert command.returncode == 130
    assert "interrupted; the dataset was not changed" in err
    assert "Traceback" not in err
    assert not out.exists()
    time.sleep(0.5)
    assert not any(_alive(worker) for worker in workers)
