#!/usr/bin/env bash
# Renders grayarea.svg into the committed PNG sizes and the Windows .ico.
# Needs librsvg2-bin (rsvg-convert) and imagemagick; run it after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
for s in 16 24 32 48 64 128 256; do
    rsvg-convert -w "$s" -h "$s" grayarea.svg -o "grayarea-$s.png"
done
convert grayarea-16.png grayarea-24.png grayarea-32.png grayarea-48.png grayarea-64.png grayarea-256.png \
    -strip grayarea.ico
