"""Batch inputs and outputs: S3 through moto, manifests, globs, Parquet, resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.io.batch.parts import Done, PartStore
from tests.cluster.conftest import ROOT, extract, make_batch, rows

SECRET = "not-a-real-secret-Zq81"


def _upload(endpoint: str, bucket: str, folder: Path, prefix: str) -> None:
    import boto3

    s3 = boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id="testing",
        aws_secret_access_key=SECRET,
        region_name="us-east-1",
    )
    s3.create_bucket(Bucket=bucket)
    for path in sorted(folder.iterdir()):
        s3.upload_file(str(path), bucket, f"{prefix}/{path.name}")


def test_s3_inputs_are_read_with_credentials_from_the_environment(
    s3_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("s3fs")
    folder = tmp_path / "in"
    make_batch(folder, 12, hostile=False)
    (folder / "empty.txt").write_bytes(b"")
    _upload(s3_server, "filings", folder, "2024/q1")
    env = {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": SECRET,
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ENDPOINT_URL": s3_server,
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    out = tmp_path / "s3.csv"
    done = extract("s3://filings/2024/q1/", "-o", str(out), "--jobs", "2")
    assert done.returncode == 1, done.stderr
    assert "s3://filings/2024/q1/empty.txt: the file is empty" in done.stderr
    assert "13 document(s) written" not in done.stderr
    assert "12 document(s) written" in done.stderr
    assert SECRET not in done.stderr
    local = tmp_path / "local.csv"
    extract(str(folder), "-o", str(local), "--jobs", "1")
    got, expected = rows(out), rows(local)
    assert got["source_file"].str.startswith("s3://filings/2024/q1/doc-").all()
    assert got.drop(columns="source_file").equals(expected.drop(columns="source_file"))
    # a manifest may name URLs; a missing key is named, not fatal
    manifest = tmp_path / "list.txt"
    manifest.write_text("# two filings\ns3://filings/2024/q1/doc-00003.txt\n\n"
                        "s3://filings/2024/q1/gone.txt\n")  # fmt: skip
    again = extract("--manifest", str(manifest), "-o", str(tmp_path / "m.csv"))
    assert again.returncode == 1
    assert "s3://filings/2024/q1/gone.txt: no such file or folder" in again.stderr
    assert set(rows(tmp_path / "m.csv")["source_file"]) == {
        "s3://filings/2024/q1/doc-00003.txt"
    }


def test_a_password_in_a_url_is_refused_and_never_shown(tmp_path: Path) -> None:
    done = extract(f"s3://user:{SECRET}@bucket/x.txt", "-o", str(tmp_path / "d.csv"))
    assert done.returncode == 1
    assert "password in a URL is refused" in done.stderr
    assert SECRET not in done.stderr


def test_globs_and_manifests_pick_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    make_batch(folder, 6, hostile=False)
    (folder / "sub").mkdir()
    (folder / "doc-00001.txt").rename(folder / "sub" / "doc-00001.txt")
    out = tmp_path / "g.csv"
    pattern = str(folder / "**" / "doc-0000[1-3].txt")
    assert main(["extract", pattern, "-o", str(out)]) == 0
    assert list(dict.fromkeys(rows(out)["source_file"])) == [
        "in/doc-00002.txt", "in/doc-00003.txt", "in/sub/doc-00001.txt",
    ]  # fmt: skip
    manifest = tmp_path / "m.txt"
    manifest.write_text("in/doc-00005.txt\nfile://" + str(folder / "doc-00004.txt"))
    out = tmp_path / "m.csv"
    assert main(["extract", "--manifest", str(manifest), "-o", str(out)]) == 0
    assert list(dict.fromkeys(rows(out)["source_file"])) == [
        "in/doc-00005.txt", "in/doc-00004.txt",
    ]  # fmt: skip
    assert main(["extract", "-o", str(out)]) == 2
    assert "name the files" in capsys.readouterr().err


def test_parquet_output_has_the_csv_rows_and_keeps_reviews(tmp_path: Path) -> None:
    import pandas as pd

    folder = tmp_path / "in"
    make_batch(folder, 8, hostile=False)
    csv_out, parquet_out = tmp_path / "d.csv", tmp_path / "d.parquet"
    assert main(["extract", str(folder), "-o", str(csv_out)]) == 0
    as_parquet = ["extract", str(folder), "-o", str(parquet_out), "--format", "parquet"]
    assert main(as_parquet) == 0
    assert parquet_out.is_dir()
    frame = pd.read_parquet(parquet_out)
    assert frame.reset_index(drop=True).equals(rows(csv_out))
    # a reviewed document is kept when the batch runs again
    first = frame["doc_id"].iloc[0]
    frame.loc[frame["doc_id"] == first, "review_status"] = "reviewed"
    frame.loc[frame["doc_id"] == first, "reviewed_by"] = "ana"
    for old in parquet_out.glob("*.parquet"):
        old.unlink()
    frame.to_parquet(parquet_out / "part-00000.parquet", index=False)
    assert main(as_parquet) == 0
    again = pd.read_parquet(parquet_out)
    assert set(again[again["doc_id"] == first]["reviewed_by"]) == {"ana"}
    assert len(again) == len(frame)


def _record(doc: str, source: str) -> dict[str, str]:
    return {"doc_id": doc, "source_file": source, "person": "Jane Roe"}


def test_parts_resume_skips_committed_sources_only(tmp_path: Path) -> None:
    out = tmp_path / "d.csv"
    store = PartStore(out, "csv", {"reviewer": ""})
    assert store.open() is False
    y_rows = (_record("2", "y.txt"), _record("2", "y.txt"))
    store.write("a", [Done("x.txt", (_record("1", "x.txt"),)), Done("y.txt", y_rows)])
    # a part cut off before its ledger does not count
    (store.folder / "part-b.csv").write_text("doc_id\n3\n")
    again = PartStore(out, "csv", {"reviewer": ""})
    assert again.open() is True
    assert again.done_sources() == {"x.txt", "y.txt"}
    # the same bytes under another name: written once, the earlier source wins
    again.write("c", [Done("z.txt", (_record("1", "z.txt"),))])
    records, duplicates = again.collect(["z.txt", "x.txt", "y.txt"])
    assert [r["source_file"] for r in records] == ["z.txt", "y.txt", "y.txt"]
    assert duplicates == [("x.txt", "z.txt")]
    # sources of another batch into the same output are not merged in
    records, _ = again.collect(["y.txt"])
    assert [r["source_file"] for r in records] == ["y.txt", "y.txt"]
    # parts from a run with other settings are not mixed in
    other = PartStore(out, "csv", {"reviewer": "ana"})
    assert other.open() is False
    assert other.done_sources() == set()
    assert json.loads((other.folder / "run.json").read_text())["reviewer"] == "ana"


@pytest.mark.skipif(os.name != "posix", reason="sends SIGINT")
def test_ctrl_c_then_a_rerun_gives_the_uninterrupted_result(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    make_batch(folder, 700, hostile=False)
    out = tmp_path / "d.csv"
    command = subprocess.Popen(
        [sys.executable, "-m", "reviewer", "extract", str(folder), "-o", str(out),
         "--jobs", "2"],
        cwd=ROOT, env=os.environ | {"PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    parts = tmp_path / "d.csv.parts"
    try:
        deadline = time.monotonic() + 120
        while not list(parts.glob("part-*.json")):
            assert command.poll() is None, "finished before it could be interrupted"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        command.send_signal(signal.SIGINT)
        _out, err = command.communicate(timeout=60)
    finally:
        if command.poll() is None:
            command.kill()
    assert command.returncode == 130, err
    assert "run the same command again to resume" in err
    assert not out.exists()
    again = extract(str(folder), "-o", str(out), "--jobs", "2")
    assert again.returncode == 0, again.stderr
    assert "resuming: " in again.stderr
    whole = tmp_path / "whole.csv"
    extract(str(folder), "-o", str(whole), "--jobs", "1")
    assert rows(out).equals(rows(whole))
    assert rows(out)["doc_id"].nunique() == 700
