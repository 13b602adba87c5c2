"""The package never evaluates, unpickles or fetches: checked in its source."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "reviewer"
BANNED_CALLS = {"eval", "exec", "compile", "__import__", "input"}
BANNED_MODULES = {
    "pickle",
    "cPickle",
    "dill",
    "marshal",
    "shelve",
    "yaml",
    "socket",
    "ssl",
    "urllib.request",
    "http.client",
    "ftplib",
    "requests",
    "httpx",
    "aiohttp",
    "xml.dom.minidom",
    "xml.sax",
    "subprocess",
}


def _problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in BANNED_CALLS:
                found.append(f"{path}:{node.lineno} calls {node.func.id}()")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in BANNED_MODULES or alias.name.split(".")[0] in {
                    "pickle",
                    "marshal",
                    "shelve",
                    "socket",
                    "requests",
                }:
                    found.append(f"{path}:{node.lineno} imports {alias.name}")
        elif isinstance(node, ast.ImportFrom) and node.module in BANNED_MODULES:
            found.append(f"{path}:{node.lineno} imports from {node.module}")
        elif (
            isinstance(node, ast.keyword)
            and node.arg == "resolve_entities"
            and not (isinstance(node.value, ast.Constant) and node.value.value is False)
        ):
            found.append(f"{path}:{node.lineno} resolves XML entities")
    return found


def test_no_module_evaluates_fetches_or_unpickles() -> None:
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 20
    problems = [problem for path in files for problem in _problems(path)]
    assert problems == []


def test_the_checker_finds_what_it_looks_for(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import pickle\nfrom urllib.request import urlopen\n"
        "eval('1')\nparser(resolve_entities=True)\n"
    )
    assert len(_problems(bad)) == 4
