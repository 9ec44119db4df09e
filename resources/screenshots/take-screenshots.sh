#!/usr/bin/env bash
# Regenerates one PNG per wizard page, in English into this folder and in German into de/: the real window
# under a virtual X server, filled with sample inputs by `okta-jwt-wizard --screenshots DIR --language LANG`
# (app/wizard/ScreenshotTour.cpp).
# Usage: resources/screenshots/take-screenshots.sh [BUILD_DIR]   (default: build)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-$root/build}"
wizard="$build/bin/okta-jwt-wizard"
if [ ! -x "$wizard" ]; then
    echo "take-screenshots: $wizard not found; build first (make build)" >&2
    exit 2
fi
command -v xvfb-run >/dev/null || { echo "take-screenshots: xvfb-run is missing (Debian: xvfb)" >&2; exit 2; }
# A fixed screen, a fixed style, no user theme and a fixed language, so the pictures only change when the UI
# does.
shoot() {
    LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORMTHEME= QT_STYLE_OVERRIDE=Fusion \
        xvfb-run -a -s "-screen 0 1400x900x24" "$wizard" --screenshots "$2" --language "$1"
}
shoot en "$here"
shoot de "$here/de"
