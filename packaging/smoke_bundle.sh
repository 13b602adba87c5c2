#!/usr/bin/env bash
# Smoke-test the PyInstaller bundle built by packaging/build_bundle.sh, from a
# temporary folder, with Qt offscreen:
#   reviewer --version                      prints the package version
#   reviewer extract <bundled sample> -o    writes a CSV with the dataset header
#   REVIEWER_SMOKE_EXIT_MS=3000 reviewer <sample>
#                                           opens the window on the sample and quits
#                                           cleanly (exit code 0) after 3 s
# Usage: packaging/smoke_bundle.sh [BUNDLE_DIR]   (default: dist/reviewer)
# Env:   SMOKE_TIMEOUT  seconds before the window run counts as hung (default 90)
#        PYTHON         reads the expected CSV header from reviewer.core.schema
#                       (pure Python; default .venv/bin/python, else python3)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
if [ -z "${PYTHON:-}" ] && [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; fi
PYTHON="$(command -v "${PYTHON:-python3}")"
BUNDLE="$(realpath "${1:-dist/reviewer}")"
EXE="$BUNDLE/reviewer"
[ -x "$EXE" ] || { echo "smoke_bundle: no executable at $EXE (run packaging/build_bundle.sh)" >&2; exit 1; }
SAMPLE="$BUNDLE/_internal/resources/samples/seed-21vianet.txt"
[ -f "$SAMPLE" ] || { echo "smoke_bundle: the bundle lacks $SAMPLE" >&2; exit 1; }
for icon in org.boardchange.Reviewer.svg hicolor/48x48/apps/org.boardchange.Reviewer.png open.svg; do
    [ -f "$BUNDLE/_internal/resources/icons/$icon" ] \
        || { echo "smoke_bundle: the bundle lacks icons/$icon" >&2; exit 1; }
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/reviewer-smoke-bundle.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
export QT_QPA_PLATFORM=offscreen
unset PYTHONPATH PYTHONHOME
step() { printf 'smoke_bundle: %s\n' "$*" >&2; }

EXPECTED="reviewer $(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/reviewer/__init__.py")"
GOT="$("$EXE" --version)"
step "--version -> $GOT"
[ "$GOT" = "$EXPECTED" ] || { echo "smoke_bundle: expected '$EXPECTED'" >&2; exit 1; }

# The text sample, plus the PDF one when present (exercises pdfplumber/pypdfium2).
SAMPLES=("$SAMPLE")
PDF_SAMPLE="$BUNDLE/_internal/resources/samples/seed-21vianet.pdf"
[ -f "$PDF_SAMPLE" ] && SAMPLES+=("$PDF_SAMPLE")
step "extract ${#SAMPLES[@]} bundled sample(s)"
"$EXE" extract "${SAMPLES[@]}" -o out.csv
EXPECTED_HEADER="$(cd "$ROOT" && "$PYTHON" -c 'import sys; sys.path.insert(0, "."); from reviewer.core.schema import COLUMN_NAMES; print(",".join(COLUMN_NAMES))')"
GOT_HEADER="$(head -n 1 out.csv | tr -d '\r')"
[ "$GOT_HEADER" = "$EXPECTED_HEADER" ] \
    || { printf 'smoke_bundle: CSV header differs:\n got  %s\n want %s\n' "$GOT_HEADER" "$EXPECTED_HEADER" >&2; exit 1; }
for sample in "${SAMPLES[@]}"; do
    grep -qF "$sample" out.csv || { echo "smoke_bundle: no row for $sample in out.csv" >&2; exit 1; }
done

step "open the window on the sample (REVIEWER_SMOKE_EXIT_MS=3000)"
start=$(date +%s)
set +e
REVIEWER_SMOKE_EXIT_MS=3000 timeout "${SMOKE_TIMEOUT:-90}" "$EXE" "$SAMPLE" >gui.log 2>&1
rc=$?
set -e
elapsed=$(( $(date +%s) - start ))
if [ $rc -eq 124 ]; then
    cat gui.log >&2
    echo "smoke_bundle: the window did not quit within ${SMOKE_TIMEOUT:-90} s (is reviewer.ui.smoke.install_smoke_exit wired into reviewer/app.py?)" >&2
    exit 1
fi
[ $rc -eq 0 ] || { cat gui.log >&2; echo "smoke_bundle: the window run exited with $rc" >&2; exit 1; }
if grep -E "Traceback|Could not load the Qt platform plugin|Cannot load library" gui.log >&2; then
    echo "smoke_bundle: errors in the window run's output" >&2; exit 1
fi
step "window run exited 0 after ${elapsed} s"
step "bundle size $(du -sh "$BUNDLE" | cut -f1)"
step "OK"
