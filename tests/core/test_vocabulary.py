"""The enums of ``core/schema.py`` are the only spellings of the dataset's states."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from reviewer.core.schema import (
    CHANGE_TYPES,
    REVIEW_STATUSES,
    ChangeType,
    Direction,
    FilingStatus,
    ReviewStatus,
    direction_of,
)

PACKAGE = Path(__file__).resolve().parents[2] / "reviewer"
STATES = {
    str(m) for enum in (ChangeType, Direction, ReviewStatus, FilingStatus) for m in enum
}

# (file, value): where a string equal to a state is data or means something else.
ALLOWED: dict[tuple[str, str], str] = {
    # the extraction rules' lexicons: trigger words keyed by the change they signal
    **{
        ("core/extraction/patterns.py", v): "trigger lexicon keyed by change type"
        for v in CHANGE_TYPES
    },
    **{
        (
            "core/extraction/lists.py",
            v,
        ): "meeting and list rules, being rebuilt under #12"
        for v in CHANGE_TYPES
    },
    **{
        ("core/extraction/merge.py", v): "leave-type priority table (data)"
        for v in CHANGE_TYPES
    },
    **{
        ("core/extraction/roster.py", v): "roster rules, being rebuilt under #12"
        for v in CHANGE_TYPES
    },
    **{
        ("core/extraction/changes.py", v): "trigger rules, being rebuilt under #12"
        for v in CHANGE_TYPES
    },
    **{
        (
            "core/extraction/fields/lexicon.py",
            v,
        ): "English verbs (appointed, elected) in a lexicon"
        for v in CHANGE_TYPES
    },
    **{
        (f"core/extraction/{name}.py", v): "candidate and meeting rules, merged from "
        "the #12 branches while the rebuild goes on"
        for name in ("candidates", "meeting_reading", "meetings")
        for v in STATES
    },
    ("core/extraction/persons/likelihood.py", "none"): "a name-likelihood label",
    ("core/extraction/roles.py", "new"): "the English word before 'director'",
    ("core/entities.py", "ROLE"): "an entity label, not a direction",
    ("core/provenance.py", "none"): "NONE_ROW_ID, the id of the no-change row",
    ("io/team/store.py", "reviewed"): "a key of the team status dictionary",
    ("models/team_queue_model.py", "reviewed"): "the queue row's key of the same name",
    ("cli/workspace_cmd.py", "new"): "team task states, which include held",
    ("cli/workspace_cmd.py", "in progress"): "team task states, which include held",
    ("cli/workspace_cmd.py", "reviewed"): "team task states, which include held",
    ("ui/icons.py", "reviewed"): "the name of the Mark reviewed action's icon",
}


def _docstrings(tree: ast.AST) -> set[int]:
    kinds = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, kinds) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def state_literals(root: Path) -> list[tuple[str, int, str]]:
    """(file relative to ``root``, line, value) of every state spelled as a string."""
    found = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel == "core/schema.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = _docstrings(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and node.value in STATES
                and id(node) not in docs
            ):
                found.append((rel, node.lineno, node.value))
    return found


def test_states_are_spelled_only_by_the_enums() -> None:
    stray = [
        f"reviewer/{rel}:{line}: {value!r}"
        for rel, line, value in state_literals(PACKAGE)
        if (rel, value) not in ALLOWED
    ]
    assert not stray, "use the enums of reviewer.core.schema:\n" + "\n".join(stray)


def test_every_allowance_is_still_needed() -> None:
    used = {(rel, value) for rel, _, value in state_literals(PACKAGE)}
    per_file = {rel for rel, _ in ALLOWED if not rel.startswith("core/extraction/")}
    stale = {key for key in ALLOWED if key[0] in per_file and key not in used}
    assert not stale


def test_the_scan_finds_a_bare_state(tmp_path: Path) -> None:
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "pane.py").write_text(
        '"""A pane; "reviewed" in a docstring is prose."""\n'
        'def shown(status):\n    return status == "reviewed"\n',
        encoding="utf-8",
    )
    assert state_literals(tmp_path) == [("ui/pane.py", 3, "reviewed")]


def test_enum_members_are_the_dataset_strings() -> None:
    assert ChangeType.NOT_STANDING == "not_standing"
    assert f"{ReviewStatus.REVIEWED}" == "reviewed"
    assert CHANGE_TYPES[0] == "appointed"
    assert REVIEW_STATUSES == (
        "extracted",
        "reviewed",
    )
    assert FilingStatus("in progress") is FilingStatus.IN_PROGRESS


@pytest.mark.parametrize(
    ("change", "way"),
    [
        ("appointed", Direction.JOIN),
        ("elected", Direction.JOIN),
        ("deceased", Direction.LEAVE),
        ("role_change", Direction.ROLE),
        ("continuing", None),
        ("none", None),
    ],
)
def test_direction_of(change: str, way: Direction | None) -> None:
    assert direction_of(change) == way
