"""Patterns compiled on first use (``reviewer.core.lazyre``, issue #14).

Importing the extractor must not compile its pattern set; a lazy pattern must
behave exactly like the compiled one; and the extractor's results must not
depend on when its patterns were compiled.
"""

from __future__ import annotations

import ast
import copy
import json
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.core import lazyre

ROOT = Path(__file__).resolve().parents[2]
EXTRACTION = ROOT / "reviewer" / "core" / "extraction"

CASES = [
    (r"\bre-?\s?election\b", re.IGNORECASE),
    (r"(?P<who>Mr|Ms)\.?\s+(?P<name>[A-Z][a-z]+)", 0),
    (r"(?<!re-)\belect(?:s|ed|ion)?\b(?!\s+not\b)", re.IGNORECASE),
    (r"^\s*(\d+)\s*$", re.MULTILINE),
    (r"(?i:board)\s+of\s+(?-i:Directors)", 0),
]
TEXTS = [
    "Mr. Smith will not stand for re-election; Ms Jones was elected.",
    "The Board of Directors elects MS Doe.\n 12 \nre election",
    "",
    "board of Directors BOARD OF DIRECTORS",
]


@pytest.mark.parametrize(("pattern", "flags"), CASES)
def test_a_lazy_pattern_answers_like_the_compiled_one(pattern, flags):
    lazy = lazyre.LazyPattern(pattern, flags)  # what a module's constant gets
    assert lazy.__dict__["_compiled"] is None
    eager = re.compile(pattern, flags)
    assert lazy.pattern == eager.pattern
    for text in TEXTS:
        assert _same(lazy.search(text), eager.search(text))
        assert _same(lazy.match(text), eager.match(text))
        assert _same(lazy.fullmatch(text), eager.fullmatch(text))
        assert _same(lazy.search(text, 3, 30), eager.search(text, 3, 30))
        assert lazy.findall(text) == eager.findall(text)
        assert [m.span() for m in lazy.finditer(text)] == [
            m.span() for m in eager.finditer(text)
        ]
        assert lazy.sub("<\\g<0>>", text) == eager.sub("<\\g<0>>", text)
        assert lazy.subn("#", text, 1) == eager.subn("#", text, 1)
        assert lazy.split(text) == eager.split(text)
        # re's own functions take a lazy pattern too
        assert _same(lazyre.search(lazy, text), eager.search(text))
        assert lazyre.sub(lazy, "#", text) == eager.sub("#", text)
    assert (lazy.flags, lazy.groups, lazy.groupindex) == (
        eager.flags,
        eager.groups,
        eager.groupindex,
    )
    assert lazy == eager
    assert hash(lazy) == hash(eager)
    assert repr(lazy) == repr(eager)
    assert pickle.loads(pickle.dumps(lazy)) == eager
    assert copy.deepcopy(lazy) is lazy
    assert lazyre.compile(lazy) is lazy


def test_a_lazy_pattern_compiles_once_on_first_use_and_then_is_the_compiled_one():
    lazy = lazyre.LazyPattern(r"\bnever-used-elsewhere-\d+\b")
    assert lazy.__dict__["_compiled"] is None
    assert lazy.pattern == r"\bnever-used-elsewhere-\d+\b"  # no compile for this
    assert lazy.__dict__["_compiled"] is None
    lazy.search("x")
    compiled = lazy.__dict__["_compiled"]
    assert isinstance(compiled, re.Pattern)
    # later calls are the compiled pattern's own bound methods: no extra layer
    assert lazy.search == compiled.search
    assert lazy.__dict__["search"].__self__ is compiled


def test_a_bad_pattern_fails_on_first_use_and_compile_all_finds_it(monkeypatch):
    monkeypatch.setattr(lazyre, "_pending", [])  # the process's own stay as they are
    bad = lazyre.LazyPattern(r"(unclosed")
    with pytest.raises(re.error):
        bad.search("x")
    bad = lazyre.LazyPattern(r"(unclosed")
    with pytest.raises(re.error):
        lazyre.compile_all()
    assert bad.__dict__["_compiled"] is None


def test_the_extraction_package_imports_lazyre_instead_of_re():
    """A new rule module gets lazy patterns: it cannot import re itself."""
    offenders = []
    for path in sorted(EXTRACTION.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import) and any(
                alias.name == "re" for alias in node.names
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            if isinstance(node, ast.ImportFrom) and node.module == "re":
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, (
        "use `from reviewer.core import lazyre as re` so that the patterns compile "
        f"on first use: {offenders}"
    )


_COUNT_COMPILES = """
import re._compiler as compiler
compiled = []
original = compiler.compile
def counting(pattern, flags=0):
    compiled.append(pattern)
    return original(pattern, flags)
compiler.compile = counting
import reviewer.core.extraction
from reviewer.core import lazyre
print(len(compiled), lazyre.pending())
"""


def test_importing_the_extractor_compiles_almost_none_of_its_patterns():
    out = subprocess.run(
        [sys.executable, "-c", _COUNT_COMPILES],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    compiled, pending = int(out[0]), int(out[1])
    # before lazy compiling the import compiled some 440 patterns; what is left is
    # the standard library's own (json, dataclasses, urllib)
    assert pending > 300
    assert compiled < 20, compiled


_EXTRACT = """
import sys
from pathlib import Path
from reviewer.core.extraction import engine
from reviewer.core import lazyre
from reviewer.io.loaders import load_document
if sys.argv[1] == "eager":
    lazyre.compile_all()
    assert lazyre.pending() == 0
for path in sys.argv[2:]:
    sink = []
    print(repr(engine.run(load_document(path), sink=sink)))
    print(repr(sink))
"""


def test_lazy_compile_gives_the_results_of_compiling_everything_first():
    raw = ROOT / "data" / "corpus" / "raw"
    paths = [str(ROOT / "resources" / "samples" / p) for p in _samples()]
    paths += [str(p) for p in sorted(raw.glob("*.txt"))[:12]]
    outputs = {
        mode: subprocess.run(
            [sys.executable, "-c", _EXTRACT, mode, *paths],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for mode in ("lazy", "eager")
    }
    assert outputs["lazy"].count("RosterRow(") > 5
    assert outputs["lazy"] == outputs["eager"]


def _samples() -> list[str]:
    return sorted(p.name for p in (ROOT / "resources" / "samples").glob("*.txt"))


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups()


def test_a_pattern_built_inside_a_function_is_compiled_at_once():
    def build(names: list[str]) -> object:
        return lazyre.compile("|".join(names))

    built = build(["Jane Doe", "John Roe"])
    assert isinstance(built, re.Pattern)  # not kept, not cached: a document's own
    in_a_comprehension = [lazyre.compile(p) for p in ("a", "b")]
    assert all(isinstance(p, re.Pattern) for p in in_a_comprehension)


_CACHED = """
import re, re._compiler as compiler
compiled = []
original = compiler.compile
def counting(pattern, flags=0):
    compiled.append(pattern)
    return original(pattern, flags)
import reviewer.core.extraction
from reviewer.core import lazyre
patterns = list(lazyre._pending)
compiler.compile = counting
lazyre.compile_all()
compiler.compile = original
same = all(p.compiled() == re.compile(p.pattern, p._flags) for p in patterns)
print(len(patterns), len(compiled), 0, same)
"""


def _cached_run(folder: Path, seed: str = "0") -> list[str]:
    env = {**os.environ, "REVIEWER_PATTERN_CACHE": str(folder), "PYTHONHASHSEED": seed}
    return subprocess.run(
        [sys.executable, "-c", _CACHED],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()


def test_the_code_cache_gives_the_patterns_re_compile_gives(tmp_path):
    count, misses, _, same = _cached_run(tmp_path, "1")
    assert int(count) > 300
    # the first run compiles them all with re (a pattern written twice once)
    assert int(count) - 10 < int(misses) <= int(count)
    assert same == "True"
    (cache,) = tmp_path.glob("patterns-*.jsonl")
    # a later run (another hash seed: no pattern may depend on a set's order)
    # compiles none of them with re's parser, and they are equal all the same
    count, misses, _, same = _cached_run(tmp_path, "2")
    assert (int(misses), same) == (0, "True")
    # a damaged file: the lines that are whole still count, the rest is compiled
    damaged = cache.read_bytes()[: cache.stat().st_size // 2]
    cache.write_bytes(damaged + b'\n["x",0]\t[not json\n["(a)",0]\t[0,[1],0,{},[]]\n')
    count, misses, _, same = _cached_run(tmp_path, "3")
    assert 0 < int(misses) < int(count)
    assert same == "True"
    # and what that run compiled is back in the file
    count, misses, _, same = _cached_run(tmp_path, "4")
    assert (int(misses), same) == (0, "True")


def test_the_code_cache_can_be_turned_off(tmp_path):
    env = {**os.environ, "REVIEWER_PATTERN_CACHE": "off", "HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", _CACHED],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert int(out[1]) > 300  # all compiled by re
    assert out[3] == "True"
    assert not list(tmp_path.rglob("patterns-*"))


def test_reviewer_extract_keeps_the_code_its_worker_compiled(tmp_path):
    """The default run extracts in a worker process, which ends without atexit."""
    env = {**os.environ, "REVIEWER_PATTERN_CACHE": str(tmp_path / "cache")}
    sample = ROOT / "resources" / "samples" / _samples()[0]
    subprocess.run(
        [sys.executable, "-m", "reviewer", "extract", str(sample)]
        + ["-o", str(tmp_path / "out.csv")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        check=True,
    )
    (cache,) = (tmp_path / "cache").glob("patterns-*.jsonl")
    assert cache.stat().st_size > 100_000


def test_an_entry_whose_code_is_invalid_is_compiled_by_re(tmp_path, monkeypatch):
    monkeypatch.setenv("REVIEWER_PATTERN_CACHE", str(tmp_path))
    codes = lazyre.CodeCache()
    path = codes.path()
    assert path is not None
    key = json.dumps([r"\bboard\b", 0], ensure_ascii=False)
    path.write_text(f"{key}\t[32, [1, 2, 3], 0, {{}}, [null]]\n", encoding="utf-8")
    assert codes.compile(r"\bboard\b", 0) == re.compile(r"\bboard\b")
    codes.save()
    # the bad entry was replaced by the right one
    assert lazyre.CodeCache().compile(r"\bboard\b", 0) == re.compile(r"\bboard\b")
    assert "[1, 2, 3]" not in path.read_text(encoding="utf-8")
