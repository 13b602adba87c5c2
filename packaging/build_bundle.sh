#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle: dist/reviewer/reviewer (+ _internal/).
# Usage: packaging/build_bundle.sh [extra pyinstaller args]
# Env:   PYTHON  interpreter with the app's dependencies and PyInstaller
#                (default: .venv/bin/python, else /work/venv/bin/python, else python3;
#                 install PyInstaller with: pip install -e '.[bundle]')
#        REVIEWER_BUNDLE_DEBUG=1  console + bootloader diagnostics (see the spec)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${PYTHON:-}" ]; then
    for candidate in .venv/bin/python /work/venv/bin/python; do
        if [ -x "$candidate" ]; then PYTHON="$candidate"; break; fi
    done
fi
PYTHON="${PYTHON:-python3}"
"$PYTHON" -c 'import PyInstaller' 2>/dev/null \
    || { echo "build_bundle: PyInstaller is missing: $PYTHON -m pip install -e '.[bundle]'" >&2; exit 1; }

start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller "$@" packaging/reviewer.spec
end=$(date +%s)
size=$(du -sh dist/reviewer | cut -f1)
echo "build_bundle: dist/reviewer built in $((end - start)) s, $size" >&2
