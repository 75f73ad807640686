#!/usr/bin/env bash
# Renders the extension's icons (public/icon/<size>.png, which WXT puts in the manifest) from the
# one source drawing, assets/icon/recoupe.svg; 16 px comes from its redrawing on the 16-pixel grid
# (recoupe-16.svg), where the large drawing's thin rings would blur. The PNGs are committed: run
# this after changing a drawing. Needs rsvg-convert (Debian: apt-get install librsvg2-bin).
set -eu
cd "$(dirname "$0")/../.."
command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: apt-get install librsvg2-bin" >&2; exit 1; }
mkdir -p public/icon
rsvg-convert -w 16 -h 16 assets/icon/recoupe-16.svg -o public/icon/16.png
for size in 32 48 96 128; do
  rsvg-convert -w "$size" -h "$size" assets/icon/recoupe.svg -o "public/icon/$size.png"
done
ls -l public/icon
