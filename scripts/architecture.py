"""Draw the package's layers from its imports (``--check``: is the doc current?).

Walks every module under ``reviewer/`` with :mod:`ast`, groups modules by their
sub-package (``core.extraction``, ``io.dataset``, ``ui.window``…), and writes a
Mermaid graph of which group imports which (module-level and function-level
imports alike) between the markers in ``docs/architecture.md``. ``--check``
exits 1 when the file is not what the code draws today (the test suite runs it).
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "reviewer"
DOC = ROOT / "docs" / "architecture.md"
BEGIN = "<!-- architecture:begin (scripts/architecture.py writes this) -->"
END = "<!-- architecture:end -->"
LAYERS = ("ui", "models", "cli", "learn", "io", "core")


def group_of(module: str) -> str:
    """``reviewer.core.extraction.names`` -> ``core.extraction``; top modules alone."""
    parts = module.split(".")[1:]
    if not parts:
        return "reviewer"
    if len(parts) >= 3 or (
        len(parts) == 2 and (PACKAGE / parts[0] / parts[1]).is_dir()
    ):
        return ".".join(parts[:2])
    return parts[0]


def module_name(path: Path) -> str:
    """The dotted name of a file under the package."""
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def edges() -> dict[str, set[str]]:
    """Which group imports which (self-imports left out)."""
    found: dict[str, set[str]] = defaultdict(set)
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        source = group_of(module_name(path))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                if name.startswith("reviewer.") and name != "reviewer.__init__":
                    target = group_of(name)
                    if target != source and target != "reviewer":
                        found[source].add(target)
        found.setdefault(source, set())
    return found


def mermaid() -> str:
    """The graph, one subgraph per layer, as Mermaid text."""
    graph = edges()
    groups = sorted(
        (set(graph) | {t for ts in graph.values() for t in ts}) - {"reviewer"}
    )
    lines = ["```mermaid", "flowchart TD"]
    for layer in LAYERS:
        members = [g for g in groups if g.split(".")[0] == layer]
        if not members:
            continue
        lines.append(f'  subgraph layer_{layer}["{layer} layer"]')
        lines += [f"    {g.replace('.', '_')}[{g}]" for g in members]
        lines.append("  end")
    others = [g for g in groups if g.split(".")[0] not in LAYERS]
    lines += [f"  {g.replace('.', '_')}[{g}]" for g in others]
    for source in groups:
        for target in sorted(graph.get(source, ())):
            lines.append(f"  {source.replace('.', '_')} --> {target.replace('.', '_')}")
    lines.append("```")
    return "\n".join(lines)


def render(text: str) -> str:
    """``text`` with the diagram between the markers (added at the top if absent)."""
    block = f"{BEGIN}\n{mermaid()}\n{END}"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        return head + block + rest.split(END, 1)[1]
    title, _, body = text.partition("\n")
    return f"{title}\n\n{block}\n{body}"


def main(argv: list[str]) -> int:
    """Write the diagram, or with ``--check`` say whether it is current."""
    current = DOC.read_text(encoding="utf-8")
    wanted = render(current)
    if "--check" in argv:
        if wanted != current:
            print("docs/architecture.md is stale: run python scripts/architecture.py")
            return 1
        return 0
    DOC.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
