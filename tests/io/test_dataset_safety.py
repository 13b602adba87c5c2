"""The dataset never loses a row silently: found by attack (issue #17).

Each test reproduces one way a save lost or corrupted rows before, with real
files, real locks and real processes.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from filelock import FileLock

from reviewer.core.schema import COLUMN_NAMES
from reviewer.io.dataset import (
    DatasetError,
    DatasetFormatError,
    DatasetLockedError,
    doc_statuses,
    read_dataset,
    save_records,
)

ROOT = Path(__file__).resolve().parents[2]


def _record(doc_id: str, person: str = "Ann Lee", **cells: str) -> dict[str, str]:
    return (
        {name: "" for name in COLUMN_NAMES}
        | {
            "doc_id": doc_id,
            "person": person,
            "change_type": "appointed",
            "review_status": "extracted",
        }
        | cells
    )


def _line(cells: dict[str, str], header: list[str]) -> str:
    return ",".join(cells.get(name, "") for name in header)


# -- 1. a dataset reached through a symlink ------------------------------------
def test_a_save_through_a_link_takes_the_real_files_lock(tmp_path: Path) -> None:
    real = tmp_path / "ds.csv"
    link = tmp_path / "link.csv"
    save_records(real, [_record("aaaa")])
    link.symlink_to(real)
    held = FileLock(str(real) + ".lock")
    held.acquire()
    try:
        with pytest.raises(DatasetLockedError):
            save_records(link, [_record("bbbb")], lock_timeout=0.2)
    finally:
        held.release()
    assert read_dataset(real)["doc_id"].tolist() == ["aaaa"]
    assert not (tmp_path / "link.csv.lock").exists()


def test_a_hard_linked_dataset_is_refused_unchanged(tmp_path: Path) -> None:
    real = tmp_path / "ds.csv"
    save_records(real, [_record("aaaa")])
    os.link(real, tmp_path / "other-name.csv")
    before = real.read_bytes()
    with pytest.raises(DatasetFormatError, match="2 names"):
        save_records(real, [_record("bbbb")])
    assert real.read_bytes() == before


# -- 2. a stray quote in a hand-edited cell --------------------------------------
def test_a_bare_quote_in_an_unquoted_cell_loses_no_record(tmp_path: Path) -> None:
    path = tmp_path / "ds.csv"
    header = list(COLUMN_NAMES)
    lines = [",".join(header)]
    lines.append(_line(_record("aaaa", evidence='a 17" display'), header))
    lines += [_line(_record(f"d{n:03}"), header) for n in range(5)]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    expected = [row[0] for row in csv.reader(io.StringIO(path.read_text()))][1:]
    assert len(expected) == 6  # csv.reader reads the quote as a literal

    save_records(path, [_record("aaaa", person="New Name")])
    frame = read_dataset(path)
    assert sorted(frame["doc_id"]) == sorted(expected)
    save_records(path, [_record("d002", person="Again")])
    frame = read_dataset(path)
    assert sorted(frame["doc_id"]) == sorted(expected)  # none duplicated
    assert frame.set_index("doc_id").loc["d002", "person"] == "Again"


# -- 3. two columns with one name, columns out of order ---------------------------
def test_two_blank_columns_keep_their_own_values(tmp_path: Path) -> None:
    path = tmp_path / "ds.csv"
    header = ["person", "doc_id", *COLUMN_NAMES[2:], "", ""]
    header = list(dict.fromkeys(header[:-2])) + ["", ""]
    header.insert(1, "source_file")
    rows = [header]
    for doc in ("aaaa", "bbbb"):
        cells = _record(doc)
        rows.append(
            [cells.get(n, "") for n in header[:-2]] + [f"{doc}-one", f"{doc}-two"]
        )
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")

    save_records(path, [_record("bbbb", person="Changed")])
    back = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert back[0][: len(COLUMN_NAMES)] == list(COLUMN_NAMES)
    assert back[1][-2:] == ["aaaa-one", "aaaa-two"]
    assert back[2][-2:] == ["", ""]


def test_a_schema_column_twice_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "ds.csv"
    header = [*COLUMN_NAMES, "person"]
    text = ",".join(header) + "\r\n" + _line(_record("aaaa"), header) + "\r\n"
    path.write_bytes(text.encode("utf-8"))
    with pytest.raises(DatasetFormatError, match="two columns named 'person'"):
        save_records(path, [_record("bbbb")])
    assert path.read_bytes() == text.encode("utf-8")


# -- 7. paths that are not regular files ------------------------------------------
def _save_in_child(target: str) -> subprocess.CompletedProcess[str]:
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from reviewer.io.dataset import DatasetError, save_records\n"
        "from reviewer.core.schema import COLUMN_NAMES\n"
        "rec = {n: '' for n in COLUMN_NAMES} | {'doc_id': 'aaaa'}\n"
        "try:\n"
        "    save_records(sys.argv[1], [rec], lock_timeout=1)\n"
        "except DatasetError as exc:\n"
        "    print('refused:', exc)\n"
    )
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    return subprocess.run(  # the bound keeps a hanging save from hanging the suite
        [sys.executable, "-c", code, target],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_dev_zero_is_refused(tmp_path: Path) -> None:
    result = _save_in_child("/dev/zero")
    assert result.stdout.startswith("refused:"), result.stderr[-500:]
    assert "not a regular file" in result.stdout
    assert not Path("/dev/zero.lock").exists()


def test_a_fifo_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "some.fifo"
    os.mkfifo(fifo)
    try:
        result = _save_in_child(str(fifo))
    except subprocess.TimeoutExpired:
        pytest.fail("saving into a FIFO blocked")
    assert "not a regular file" in result.stdout, result.stderr[-500:]
    with pytest.raises(DatasetError, match="not a regular file"):
        doc_statuses(fifo)


# -- 9. temporary files left by a killed save -------------------------------------
def test_stale_temp_files_of_this_dataset_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "ds.csv"
    save_records(path, [_record("aaaa")])
    stale = tmp_path / ".ds.csv.k9_abc12.tmp"
    stale.write_bytes(b"x" * 1000)
    other = tmp_path / ".ds.csv.x.k9_abc12.tmp"  # dataset "ds.csv.x"'s copy
    other.write_bytes(b"y")
    save_records(path, [_record("bbbb")])
    assert not stale.exists()
    assert other.exists()


# -- 12. rows with the wrong number of cells --------------------------------------
def test_save_and_read_refuse_a_short_row_alike_and_name_it(tmp_path: Path) -> None:
    path = tmp_path / "ds.csv"
    header = list(COLUMN_NAMES)
    good = _line(_record("aaaa"), header)
    text = ",".join(header) + "\r\n" + good + "\r\nbbbb,short\r\n"
    path.write_bytes(text.encode("utf-8"))
    with pytest.raises(
        DatasetFormatError, match=r"record 3 \(line 3\) has 2 cells"
    ) as saving:
        save_records(path, [_record("cccc")])
    assert path.read_bytes() == text.encode("utf-8")
    with pytest.raises(DatasetFormatError) as reading:
        doc_statuses(path)
    assert str(reading.value) == str(saving.value)


# -- the concurrency attack ------------------------------------------------------
_WRITER = """
import sys
from reviewer.io.dataset import save_records
from reviewer.core.schema import COLUMN_NAMES
target, tag, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
for n in range(count):
    rec = {c: '' for c in COLUMN_NAMES} | {'doc_id': f'{tag}{n:04}', 'person': 'P'}
    save_records(target, [rec], lock_timeout=120)
print('done', flush=True)
"""


def test_three_processes_one_through_a_link_lose_nothing(tmp_path: Path) -> None:
    real = tmp_path / "ds.csv"
    link = tmp_path / "link.csv"
    save_records(real, [_record("seed")])
    link.symlink_to(real)
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    count = 300
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(target), tag, str(count)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for target, tag in ((real, "a"), (link, "b"), (real, "c"))
    ]
    outputs = [w.communicate(timeout=600)[0] for w in writers]
    assert all(o.strip() == "done" for o in outputs)
    ids = read_dataset(real)["doc_id"].tolist()
    assert len(ids) == len(set(ids)) == 1 + 3 * count
    assert link.is_symlink()


def test_threads_saving_through_link_and_name_lose_nothing(tmp_path: Path) -> None:
    real = tmp_path / "ds.csv"
    link = tmp_path / "link.csv"
    save_records(real, [_record("seed")])
    link.symlink_to(real)

    def write(target: Path, tag: str) -> None:
        for n in range(25):
            save_records(target, [_record(f"{tag}{n:03}")], lock_timeout=60)

    threads = [
        threading.Thread(target=write, args=a) for a in ((real, "a"), (link, "b"))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(read_dataset(real)["doc_id"])) == 51
