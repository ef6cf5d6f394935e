#!/usr/bin/env bash
# Renders the PNG sizes of the application icon from its SVG (librsvg2-bin). The PNGs are
# committed: the build renders nothing. Run again after changing the SVG.
set -euo pipefail
icons=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../resources/icons/hicolor" && pwd)
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$icons/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$icons/scalable/apps/org.trellis.Trellis.svg" \
        -o "$icons/${size}x${size}/apps/org.trellis.Trellis.png"
done
