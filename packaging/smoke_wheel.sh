#!/usr/bin/env bash
# Smoke-test the wheel as a user gets it: build it, install it into a fresh virtual
# environment in a temporary folder, and run the installed `reviewer` from another
# folder (so this checkout is not on sys.path):
#   reviewer --version                      must print the package version
#   reviewer extract <bundled sample> -o    must write a CSV with the dataset header
# Usage: packaging/smoke_wheel.sh [WHEEL]   (builds one into a temp dir when omitted)
# Env: PYTHON (default: /work/venv/bin/python, else .venv/bin/python, else python3)
#      used to build and to create the venv; pip's cache and PIP_FIND_LINKS /
#      PIP_INDEX_URL are honoured, so repeated runs install from the local cache.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

if [ -z "${PYTHON:-}" ]; then
    for candidate in .venv/bin/python /work/venv/bin/python; do
        if [ -x "$candidate" ]; then PYTHON="$candidate"; break; fi
    done
fi
PYTHON="${PYTHON:-python3}"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/reviewer-smoke-wheel.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
step() { printf 'smoke_wheel: %s\n' "$*" >&2; }

if [ $# -ge 1 ]; then
    WHEEL="$(realpath "$1")"
else
    step "building the wheel"
    "$PYTHON" -m build --wheel --outdir "$WORK/dist" "$ROOT" >"$WORK/build.log" 2>&1 \
        || { cat "$WORK/build.log" >&2; exit 1; }
    WHEEL="$(ls "$WORK"/dist/*.whl)"
fi
step "wheel: $(basename "$WHEEL")"

# The bare interpreter the build Python was made from, so the new venv is really fresh.
BASE_PY="$("$PYTHON" -c 'import sys, os; print(os.path.join(sys.base_prefix, "bin", "python3"))')"
step "creating a fresh venv with $BASE_PY"
"$BASE_PY" -m venv "$WORK/venv"
VPY="$WORK/venv/bin/python"
step "installing the wheel and its dependencies"
"$VPY" -m pip install -q "$WHEEL" >"$WORK/pip.log" 2>&1 || { cat "$WORK/pip.log" >&2; exit 1; }

mkdir "$WORK/elsewhere"
cd "$WORK/elsewhere"
export QT_QPA_PLATFORM=offscreen
unset PYTHONPATH

EXPECTED_VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/reviewer/__init__.py")"
GOT_VERSION="$("$WORK/venv/bin/reviewer" --version)"
step "reviewer --version -> $GOT_VERSION"
[ "$GOT_VERSION" = "reviewer $EXPECTED_VERSION" ] \
    || { echo "smoke_wheel: expected 'reviewer $EXPECTED_VERSION'" >&2; exit 1; }

"$VPY" - "$ROOT" <<'PY'
"""The installed package, not the checkout, and its resources inside it."""
import sys
from pathlib import Path

import reviewer
from reviewer.paths import resources_dir, sample_filing

root = Path(sys.argv[1]).resolve()
package = Path(reviewer.__file__).resolve().parent
assert root not in package.parents, f"imported the checkout: {package}"
assert resources_dir() == package / "resources", resources_dir()
assert sample_filing().is_file(), sample_filing()
icons = resources_dir() / "icons"
assert (icons / "org.boardchange.Reviewer.svg").is_file()
assert (icons / "hicolor" / "48x48" / "apps" / "org.boardchange.Reviewer.png").is_file()
PY
SAMPLE="$("$VPY" -c 'from reviewer.paths import sample_filing; print(sample_filing())')"
SAMPLES=("$SAMPLE")
# The PDF twin, when the package ships one, exercises pdfplumber/pypdfium2 too.
[ -f "${SAMPLE%.txt}.pdf" ] && SAMPLES+=("${SAMPLE%.txt}.pdf")
step "reviewer extract ${SAMPLES[*]##*/}"
"$WORK/venv/bin/reviewer" extract "${SAMPLES[@]}" -o out.csv

"$VPY" - "${SAMPLES[@]}" <<'PY'
"""The CSV header is the dataset's columns, in order, and there is a row."""
import csv
import sys

from reviewer.core.schema import COLUMN_NAMES

with open("out.csv", newline="", encoding="utf-8") as handle:
    rows = list(csv.reader(handle))
assert tuple(rows[0]) == tuple(COLUMN_NAMES), rows[0]
sources = {row[rows[0].index("source_file")] for row in rows[1:]}
for sample in sys.argv[1:]:
    assert sample in sources, f"no row for {sample}: {sources}"
print(f"smoke_wheel: out.csv has {len(rows[0])} columns, {len(rows) - 1} rows", file=sys.stderr)
PY
step "OK"
