"""The PyInstaller spec leaves out only what the application never imports."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "reviewer.spec"


def _spec_constant(name: str) -> object:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not a literal in {SPEC.name}")


def _imported_top_modules() -> dict[str, set[str]]:
    """Every module imported anywhere in the package (also lazily) -> files."""
    found: dict[str, set[str]] = {}
    for path in (ROOT / "reviewer").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            else:
                continue
            for name in names:
                found.setdefault(name, set()).add(str(path.relative_to(ROOT)))
    return found


def test_no_excluded_qt_module_is_imported_by_the_app() -> None:
    excluded = {f"PySide6.{name}" for name in _spec_constant("QT_UNUSED")}
    used = _imported_top_modules()
    clashes = {name: files for name, files in used.items() if name in excluded}
    assert clashes == {}, "the bundle would lack these Qt modules"


def test_no_excluded_python_package_is_imported_by_the_app() -> None:
    # training needs numpy only (#13): Retrain works in the bundle too
    excluded = set(_spec_constant("PY_UNUSED"))
    used = {name.split(".")[0] for name in _imported_top_modules()}
    assert used & excluded == set()


def test_every_runtime_dependency_is_imported_or_hidden_imported() -> None:
    """A dependency neither imported statically nor listed as hidden would be lost."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        deps = tomllib.load(handle)["project"]["dependencies"]
    import_names = {
        "pyside6-essentials": "PySide6",
        "pyside6-pdf": "PySide6",
        "python-dateutil": "dateutil",
        "charset-normalizer": "charset_normalizer",
    }
    text = SPEC.read_text(encoding="utf-8")
    used = {name.split(".")[0] for name in _imported_top_modules()}
    for requirement in deps:
        dist = requirement.split(";")[0].split(">")[0].split("=")[0].split("<")[0]
        module = import_names.get(dist.strip().lower(), dist.strip().replace("-", "_"))
        assert module in used or f'"{module}' in text, (
            f"{dist} is neither imported by reviewer nor a hidden import of the spec"
        )
