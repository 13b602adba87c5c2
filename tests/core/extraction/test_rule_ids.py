"""Rule ids: every row names the rules that produced it; vetoes have names."""

from __future__ import annotations

from collections.abc import Callable

from reviewer.core.document import Document, DocumentFormat
from reviewer.core.provenance import build_records
from reviewer.core.records import ROW_FIELD_NAMES, Extraction, FilingFields, ReviewState
from reviewer.core.serialize import row_from_dict, row_to_dict
from tests.core.extraction.conftest import DATELINE, Extracted

RELEASE = (
    DATELINE + "Corvane Inc. (NYSE: CVN) today announced that Odile Marchetti has "
    "resigned from the Board of Directors, effective immediately. The Board has "
    "appointed Praveen Haverford as an independent director."
)


def test_every_row_names_its_trigger_assignment_and_role_rules(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(RELEASE, rules_only=True)
    left = result.row("Odile Marchetti")
    assert left.change_type == "resigned"
    assert left.rules[:2] == ("trigger:resigned", "assign:subject")
    assert any(rule.startswith(("role:", "board:")) for rule in left.rules)
    joined = result.row("Praveen Haverford")
    assert joined.rules[:2] == ("trigger:appointed", "assign:object")


def test_the_decision_layer_adds_its_verdict_to_the_rules(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(RELEASE)
    for row in result.rows:
        verdicts = [r for r in row.rules if r.startswith("model:")]
        assert len(verdicts) == 1, row.rules
        assert 0.0 <= float(verdicts[0].rsplit(":", 1)[1]) <= 1.0


def test_a_vetoed_change_is_kept_as_a_named_candidate(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Corvane Inc. announced that the Board of Directors appointed "
        "Tamsin Okonkwo as Chief Financial Officer, effective December 1, 2026."
    )
    result = extracted(text, rules_only=True)
    assert not result.rows  # an officer-only change is no board event
    (vetoed,) = [c for c in result.of("Tamsin Okonkwo") if c.source == "veto"]
    assert vetoed.veto == "veto:officer_title"
    assert vetoed.event.rules[-1] == "veto:officer_title"


def test_rule_ids_are_not_a_dataset_column(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(RELEASE)
    row = result.row("Odile Marchetti")
    assert "rules" not in ROW_FIELD_NAMES
    assert "rules" not in row_to_dict(row)
    assert row_from_dict(row_to_dict(row)) == row  # rules are no part of identity
    document = Document(
        text=RELEASE, source_path="r.txt", sha256="0" * 64, format=DocumentFormat.TEXT
    )
    extraction = Extraction(FilingFields(), result.rows, (), "test")
    records = build_records(
        document, extraction, ReviewState.from_extraction(extraction), "r.txt"
    )
    assert records
    assert all("rules" not in record for record in records)
