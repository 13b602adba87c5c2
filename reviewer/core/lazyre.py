"""``re`` whose patterns compile on first use.

Use: ``from reviewer.core import lazyre as re``.

The extractor holds some 450 module-level patterns. Compiling them all took most
of its import (about 0.3 s of CPU, in ``re``'s pure-Python parser and compiler),
and a document needs fewer than half of them. A module that imports this one
instead of :mod:`re` keeps its code unchanged: ``re.compile`` returns a
:class:`LazyPattern`, which compiles on its first use and then behaves like the
compiled pattern (``search``, ``finditer``, ``sub``, ``flags`` ... are the
compiled pattern's own, stored on the instance, so a call costs what it cost
before). Everything else is :mod:`re`'s (``re.IGNORECASE``, ``re.escape``,
``re.Match``); the module-level functions (``re.search(P, s)``) accept a lazy
pattern too.

:func:`compile_all` compiles every pattern not compiled yet (the window's warm-up
calls it, so that no later open compiles one); :func:`pending` counts them.

Type checkers see :func:`re.compile` itself.
"""

from __future__ import annotations

import atexit
import os
import re as _re
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from re import *  # noqa: F403 - this module stands in for re
from re import __all__ as _re_all
from typing import TYPE_CHECKING, Any

__all__ = [*_re_all, "LazyPattern", "compile_all", "pending"]

# What a compiled pattern offers; copied onto the lazy one at its first use.
_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)

_pending: list[LazyPattern] = []


class CodeCache:
    """Compiled patterns' code, kept on disk across runs (like ``.pyc`` files).

    ``re`` parses and compiles a pattern in pure Python (about 0.5 ms each here,
    0.1 s for what one document needs); handing the finished code to ``_sre``
    takes microseconds. The code of each pattern compiled in a run is kept in
    one file per interpreter build and regular-expression engine, keyed by the
    pattern's text and flags, so an edited pattern is simply a miss. An entry is
    stored only when the pattern it makes equals what ``re.compile`` makes
    (compiled patterns compare their code), and anything unexpected (another
    ``re`` inside, an unreadable file) turns the cache off: patterns then come
    from ``re.compile``.

    The file is plain JSON, one pattern a line (``key<TAB>entry``): nothing in
    it is evaluated or unpickled, and a line is parsed only when its pattern is
    compiled. ``REVIEWER_PATTERN_CACHE``: the file's folder, or ``off``.
    """

    def __init__(self) -> None:
        self.entries: dict[str, str] | None = None  # key JSON -> entry JSON
        self.added = 0  # entries not saved yet
        self.enabled = True

    def path(self) -> Path | None:
        """The cache file, or None when there is none."""
        where = os.environ.get("REVIEWER_PATTERN_CACHE", "")
        if where.lower() in ("off", "0", "no", "false"):
            return None
        if not where:
            from platformdirs import user_cache_dir

            where = user_cache_dir("board-change-reviewer", appauthor=False)
        import _sre

        tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
        return Path(where) / f"patterns-{tag}.jsonl"

    def _read(self) -> dict[str, str]:
        try:
            path = self.path()
        except Exception:  # noqa: BLE001 - no cache folder (no platformdirs)
            path = None
        if path is None:
            self.enabled = False
            return {}
        try:
            # JSON escapes every newline inside a line; splitlines() would also
            # cut at U+2028 and the like, which JSON leaves as they are
            lines = path.read_text(encoding="utf-8").split("\n")
        except (OSError, ValueError):
            return {}
        entries: dict[str, str] = {}
        for line in lines:
            key, tab, entry = line.partition("\t")
            if tab:
                entries[key] = entry
        return entries

    def compile(self, pattern: Any, flags: int) -> _re.Pattern[Any]:
        """``re.compile(pattern, flags)``, from the cached code when it is there."""
        if self.entries is None:
            self.entries = self._read()
        if not self.enabled or not isinstance(pattern, str):
            return _re.compile(pattern, flags)
        import _sre
        import json

        key = json.dumps([pattern, int(flags)], ensure_ascii=False)
        entry = self.entries.get(key)
        if entry is not None:
            try:
                final_flags, code, groups, groupindex, indexgroup = json.loads(entry)
                return _sre.compile(  # type: ignore[no-any-return]
                    pattern, final_flags, code, groups, groupindex, tuple(indexgroup)
                )
            except Exception:  # noqa: BLE001 - a bad entry: compile as usual
                del self.entries[key]
        compiled = _re.compile(pattern, flags)
        try:
            made = _code_of(pattern, int(flags))
            if _sre.compile(pattern, *made) != compiled:
                raise ValueError(pattern)
        except Exception:  # noqa: BLE001 - another re: no cache
            self.enabled = False
            return compiled
        if not self.added:
            self._save_at_exit()
        self.entries[key] = json.dumps(list(made), ensure_ascii=False)
        self.added += 1
        return compiled

    def _save_at_exit(self) -> None:
        atexit.register(self.save)
        if "multiprocessing" in sys.modules:
            # a worker process (reviewer extract's pool) ends without atexit;
            # multiprocessing runs its own finalizers then
            from multiprocessing import util

            util.Finalize(None, self.save, exitpriority=0)

    def save(self) -> None:
        """Write the entries added in this run (with the file's, re-read)."""
        if not self.added or self.entries is None or not self.enabled:
            return
        try:
            path = self.path()
            if path is None:
                return
            entries = self._read()
            if len(entries) + self.added > _MOST_ENTRIES:
                entries = {}  # patterns of older versions: only this run's
            entries.update(dict(self.entries))  # a copy: another thread may add
            path.parent.mkdir(parents=True, exist_ok=True)
            writer = f"{os.getpid()}-{threading.get_ident()}"
            temporary = path.with_name(f"{path.name}.{writer}.tmp")
            temporary.write_text(
                "".join(f"{key}\t{entry}\n" for key, entry in entries.items()),
                encoding="utf-8",
            )
            os.replace(temporary, path)
            self.added = 0
        except Exception:  # noqa: BLE001 - a cache that cannot be written is none
            return


def _code_of(pattern: str, flags: int) -> tuple[Any, ...]:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` after the pattern."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    # plain ints: the opcodes are int subclasses (JSON writes them as names)
    code = [int(word) for word in _compiler._code(parsed, flags)]  # noqa: SLF001
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


_CODES = CodeCache()
_COMPREHENSIONS = frozenset(("<listcomp>", "<genexpr>", "<dictcomp>", "<setcomp>"))
_MOST_ENTRIES = 3000


class LazyPattern:
    """A pattern compiled when first used; then the compiled pattern's methods."""

    def __init__(self, pattern: Any, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: _re.Pattern[Any] | None = None
        _pending.append(self)

    def compiled(self) -> _re.Pattern[Any]:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = self._compiled
        if compiled is None:
            compiled = _CODES.compile(self.pattern, self._flags)
            for name in _ATTRIBUTES:
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
        return compiled

    def __getattr__(self, name: str) -> Any:
        # only called for what the instance lacks: the compiled pattern's
        # attributes before the first use
        if name.startswith("__") or name in ("pattern", "_flags", "_compiled"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyPattern):
            other = other.compiled()
        return self.compiled() == other

    def __hash__(self) -> int:
        return hash(self.compiled())

    def __repr__(self) -> str:
        return repr(self.compiled())

    def __reduce__(self) -> tuple[Any, ...]:
        return (_re.compile, (self.pattern, self._flags))

    def __copy__(self) -> LazyPattern:
        return self

    def __deepcopy__(self, _memo: dict[int, Any]) -> LazyPattern:
        return self


def _unwrap(pattern: Any) -> Any:
    return pattern.compiled() if isinstance(pattern, LazyPattern) else pattern


def compile_all(cancel: Callable[[], bool] | None = None) -> int:
    """Compile every lazy pattern not compiled yet; how many were compiled.

    ``cancel``: asked before each pattern; stops when it answers true. The code
    cache is saved at the end.
    """
    count = 0
    while _pending and not (cancel is not None and cancel()):
        pattern = _pending.pop()
        if pattern._compiled is None:  # noqa: SLF001
            pattern.compiled()
            count += 1
    _CODES.save()
    return count


def pending() -> int:
    """How many lazy patterns are not compiled yet."""
    return sum(1 for p in _pending if p._compiled is None)  # noqa: SLF001


if not TYPE_CHECKING:

    def compile(pattern, flags=0):  # noqa: A001 - re.compile's stand-in
        """A :class:`LazyPattern` for a module's own pattern, else ``re.compile``.

        Only a pattern compiled by a module's top-level code (a constant) is
        lazy and has its code cached: one built inside a function (from a
        document's names, say) is compiled at once, as ``re`` would.
        """
        if isinstance(pattern, (_re.Pattern, LazyPattern)):
            if flags:
                raise ValueError(
                    "cannot process flags argument with a compiled pattern"
                )
            return pattern
        caller = sys._getframe(1)  # noqa: SLF001
        while caller.f_back is not None and caller.f_code.co_name in _COMPREHENSIONS:
            caller = caller.f_back
        if caller.f_code.co_name != "<module>":
            return _re.compile(pattern, flags)
        return LazyPattern(pattern, flags)

    def search(pattern, string, flags=0):
        return _re.search(_unwrap(pattern), string, flags)

    def match(pattern, string, flags=0):
        return _re.match(_unwrap(pattern), string, flags)

    def fullmatch(pattern, string, flags=0):
        return _re.fullmatch(_unwrap(pattern), string, flags)

    def finditer(pattern, string, flags=0):
        return _re.finditer(_unwrap(pattern), string, flags)

    def findall(pattern, string, flags=0):
        return _re.findall(_unwrap(pattern), string, flags)

    def split(pattern, string, maxsplit=0, flags=0):
        return _re.split(_unwrap(pattern), string, maxsplit=maxsplit, flags=flags)

    def sub(pattern, repl, string, count=0, flags=0):
        return _re.sub(_unwrap(pattern), repl, string, count=count, flags=flags)

    def subn(pattern, repl, string, count=0, flags=0):
        return _re.subn(_unwrap(pattern), repl, string, count=count, flags=flags)
