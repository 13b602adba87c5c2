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

import re as _re
from collections.abc import Callable
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


class LazyPattern:
    """A pattern compiled when first used; then the compiled pattern's methods."""

    def __init__(self, pattern: Any, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: _re.Pattern[Any] | None = None
        _pending.append(self)

    def compiled(self) -> _re.Pattern[Any]:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = _re.compile(self.pattern, self._flags)
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

    def __deepcopy__(self, memo: dict[int, Any]) -> LazyPattern:
        return self


def _unwrap(pattern: Any) -> Any:
    return pattern.compiled() if isinstance(pattern, LazyPattern) else pattern


def compile_all(cancel: Callable[[], bool] | None = None) -> int:
    """Compile every lazy pattern not compiled yet; how many were compiled.

    ``cancel``: asked before each pattern; stops when it answers true.
    """
    count = 0
    while _pending and not (cancel is not None and cancel()):
        pattern = _pending.pop()
        if pattern.__dict__.get("_compiled") is None:
            pattern.compiled()
            count += 1
    return count


def pending() -> int:
    """How many lazy patterns are not compiled yet."""
    return sum(1 for p in _pending if p.__dict__.get("_compiled") is None)


if not TYPE_CHECKING:

    def compile(pattern, flags=0):  # noqa: A001 - re.compile's stand-in
        """A :class:`LazyPattern` (a compiled pattern is returned as it is)."""
        if isinstance(pattern, (_re.Pattern, LazyPattern)):
            if flags:
                raise ValueError(
                    "cannot process flags argument with a compiled pattern"
                )
            return pattern
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
