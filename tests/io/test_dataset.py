"""The dataset CSV: exact columns, lossless round trip, merge by document."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.core.provenance import build_records
from reviewer.core.records import ReviewState
from reviewer.core.schema import COLUMN_NAMES
from reviewer.io.dataset import (
    DatasetFormatError,
    DatasetNotFoundError,
    doc_statuses,
    read_dataset,
    save_records,
    save_review,
    source_file_for,
)
from reviewer.io.dataset.csvsafe import TRIGGERS, neutralise, restore
from tests.io.review_factory import make_document, make_extraction, make_review

NASTY = [
    "Zoë Ñúñez 張偉 — “quoted”",
    'a, b, "c"',
    "line one\nline two\r\nline three\rend",
    '=HYPERLINK("http://evil")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\tindented",
    "\rcarriage",
    "'=already quoted",
    "-5",
    "  leading and trailing  ",
    "",
]


def _record(doc_id: str, i: int) -> dict[str, str]:
    return {
        name: NASTY[(i + j) % len(NASTY)] for j, name in enumerate(COLUMN_NAMES)
    } | {"doc_id": doc_id}


def test_every_column_round_trips_through_pandas(tmp_path: Path) -> None:
    import pandas as pd

    path = tmp_path / "d.csv"
    records = [_record("aaaa", i) for i in range(len(NASTY))]
    save_records(path, records)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert tuple(frame.columns) == COLUMN_NAMES
    stored = frame.to_dict("records")
    assert stored == [{k: neutralise(v) for k, v in r.items()} for r in records]
    restored = read_dataset(path, restore_formulas=True).to_dict("records")
    assert restored == records
    assert path.read_bytes().startswith(b"doc_id,source_file,")  # UTF-8, no BOM


def test_no_written_cell_starts_a_formula(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    save_records(path, [_record("aaaa", i) for i in range(len(NASTY))])
    for value in read_dataset(path).to_numpy().ravel():
        assert not value or value[0] not in TRIGGERS or value == "-5"


@given(st.text())
def test_neutralise_is_reversible_and_safe(value: str) -> None:
    safe = neutralise(value)
    assert restore(safe) == value
    if safe and safe[0] in TRIGGERS:
        float(safe)  # only plain numbers may keep a leading sign


def test_saving_a_document_twice_keeps_one_copy_and_others_untouched(
    tmp_path: Path,
) -> None:
    path = tmp_path / "d.csv"
    other = [_record("bbbb", i) for i in range(3)]
    save_records(path, other)
    before = read_dataset(path)
    doc = make_document(tmp_path)
    ext = make_extraction(doc)
    save_review(path, doc, ext, make_review(ext))
    save_review(path, doc, ext, make_review(ext, reviewer="bo"))
    frame = read_dataset(path)
    mine = frame[frame["doc_id"] == doc.doc_id]
    assert len(mine) == 3
    assert set(mine["reviewed_by"]) == {"bo"}
    assert set(mine["source_file"]) == {"filing.txt"}  # relative to the dataset
    kept = frame[frame["doc_id"] == "bbbb"].reset_index(drop=True)
    assert kept.equals(before)


def test_existing_rows_keep_their_text_and_extra_columns(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    header = ["notes", *reversed(COLUMN_NAMES)]
    values = {name: "" for name in COLUMN_NAMES} | {"doc_id": "cccc", "person": "=1+1"}
    line = ",".join(["my note", *(values[n] for n in reversed(COLUMN_NAMES))])
    path.write_text(",".join(header) + "\n" + line + "\n", encoding="utf-8")
    save_records(path, [_record("dddd", 0)])
    frame = read_dataset(path)
    assert list(frame.columns) == [*COLUMN_NAMES, "notes"]
    old = frame[frame["doc_id"] == "cccc"].iloc[0]
    assert (old["person"], old["notes"]) == ("=1+1", "my note")  # untouched
    assert frame[frame["doc_id"] == "dddd"].iloc[0]["notes"] == ""


def test_keep_reviewed_never_overwrites_a_review(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    doc = make_document(tmp_path)
    ext = make_extraction(doc)
    save_review(path, doc, ext, make_review(ext))
    machine = build_records(doc, ext, ReviewState.from_extraction(ext), "filing.txt")
    summary = save_records(path, machine, keep_reviewed=True)
    assert summary.kept_reviewed == (doc.doc_id,)
    assert set(read_dataset(path)["review_status"]) == {"reviewed"}
    assert doc_statuses(path) == {doc.doc_id: "reviewed"}


def test_a_file_that_is_not_a_dataset_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("name,phone\nann,555\n", encoding="utf-8")
    with pytest.raises(DatasetFormatError, match="not a dataset"):
        save_records(path, [_record("aaaa", 0)])
    assert path.read_text(encoding="utf-8") == "name,phone\nann,555\n"
    with pytest.raises(DatasetNotFoundError):
        read_dataset(tmp_path / "absent.csv")


def test_source_file_is_relative_only_below_the_dataset(tmp_path: Path) -> None:
    dataset = tmp_path / "data" / "d.csv"
    (tmp_path / "data" / "in").mkdir(parents=True)
    assert source_file_for(tmp_path / "data" / "in" / "a.pdf", dataset) == "in/a.pdf"
    outside = tmp_path / "elsewhere.pdf"
    assert source_file_for(outside, dataset) == str(outside)


def test_rows_kept_byte_for_byte_in_a_hand_edited_file(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    header = ",".join([*COLUMN_NAMES, "notes"])
    empty = "," * (len(COLUMN_NAMES) - 2)
    kept = f'"ee""ee",Ann{empty},"multi\nline ""note"""'
    gone = f"ffff,Old{empty},x"
    raw = "\ufeff" + header + "\n" + kept + "\n" + gone  # BOM, LF, no final newline
    path.write_bytes(raw.encode("utf-8"))
    save_records(path, [_record("ffff", 0)])
    data = path.read_bytes()
    assert (kept + "\n").encode("utf-8") in data
    frame = read_dataset(path)
    assert frame["doc_id"].tolist() == ['ee"ee', "ffff"]
    assert frame["notes"].tolist() == ['multi\nline "note"', ""]
    assert frame["source_file"].tolist()[1] == neutralise(
        _record("ffff", 0)["source_file"]
    )


def test_a_cut_short_file_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    text = ",".join(COLUMN_NAMES) + '\naaaa,"open quote\n'
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DatasetFormatError, match="cut short"):
        save_records(path, [_record("bbbb", 0)])
    assert path.read_text(encoding="utf-8") == text


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.sampled_from('ab,"\n\r= é\t'), max_size=12),
        min_size=len(COLUMN_NAMES),
        max_size=len(COLUMN_NAMES),
    ),
)
def test_other_documents_survive_any_cell_text(cells: list[str]) -> None:
    kept = dict(zip(COLUMN_NAMES, cells, strict=True)) | {"doc_id": "keep"}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "d.csv"
        save_records(path, [kept, _record("swap", 1)])
        save_records(path, [_record("swap", 2), _record("swap", 3)])
        frame = read_dataset(path, restore_formulas=True)
        assert frame["doc_id"].tolist() == ["keep", "swap", "swap"]
        assert frame.iloc[0].to_dict() == kept


def test_a_linked_dataset_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    link = tmp_path / "link.csv"
    save_records(real, [_record("aaaa", 0)])
    link.symlink_to(real)
    save_records(link, [_record("bbbb", 0)])
    assert link.is_symlink()
    assert read_dataset(real)["doc_id"].tolist() == ["aaaa", "bbbb"]


def test_save_review_survives_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    # The GUI's path: a name with undecodable bytes reaches save_review as
    # surrogates; UTF-8 cannot hold them, so the save writes U+FFFD instead.
    doc = make_document(tmp_path)
    odd = replace(doc, source_path=str(tmp_path / "bad\udcff\udcfename.txt"))
    ext = make_extraction(odd)
    out = tmp_path / "d.csv"
    save_review(out, odd, ext, make_review(ext))
    frame = read_dataset(out)
    assert set(frame["source_file"]) == {"bad\ufffd\ufffdname.txt"}
