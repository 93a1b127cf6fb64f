#!/usr/bin/env bash
# Make the app icon's PNG sizes and the Windows .ico from the SVGs in resources/icons/.
# The results are committed, so neither the app nor a build needs these tools; run this
# again only after changing an SVG. Needs rsvg-convert (Debian: librsvg2-bin) and
# ImageMagick's convert (Debian: imagemagick).
set -euo pipefail
ICONS="$(cd "$(dirname "${BASH_SOURCE[0]}")/../resources/icons" && pwd)"
cd "$ICONS"
for size in 16 24 32; do
  rsvg-convert -w "$size" -h "$size" walkthrough-small.svg -o "walkthrough-$size.png"
done
for size in 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" walkthrough.svg -o "walkthrough-$size.png"
done
# Windows wants 16, 24, 32, 48 and 256 in one file (256 stored as PNG by ImageMagick).
convert walkthrough-16.png walkthrough-24.png walkthrough-32.png walkthrough-48.png walkthrough-64.png \
  walkthrough-128.png walkthrough-256.png walkthrough.ico
ls -l "$ICONS"
