#!/usr/bin/env bash
# The Chrome Web Store wants screenshots of 1280x800 (or 640x400): this places each screenshot the
# store listing names (docs/store/*.md) in the middle of a 1280x800 canvas, in test-results/store/.
# (Firefox Add-ons takes docs/*.png as they are.) Needs rsvg-convert (apt-get install librsvg2-bin).
set -eu
cd "$(dirname "$0")/../.."
command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: apt-get install librsvg2-bin" >&2; exit 1; }
mkdir -p test-results/store
for name in popup-fr-light popup-fr-figures popup-fr-dark popup-en-dark options-fr; do
  src="docs/$name.png"
  [ -f "$src" ] || { echo "missing $src (written by npm test)" >&2; exit 1; }
  read -r w h < <(python3 -c "import struct,sys; b=open(sys.argv[1],'rb').read(24); print(*struct.unpack('>II', b[16:24]))" "$src")
  # Fit into 1200x760, centred on a neutral background.
  scale=$(python3 -c "print(min(1200/$w, 760/$h, 1.0))")
  sw=$(python3 -c "print(round($w*$scale))"); sh=$(python3 -c "print(round($h*$scale))")
  x=$(( (1280 - sw) / 2 )); y=$(( (800 - sh) / 2 ))
  cat > "test-results/store/$name.svg" <<SVG
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1280" height="800">
  <rect width="1280" height="800" fill="#eef2f8"/>
  <image x="$x" y="$y" width="$sw" height="$sh" xlink:href="data:image/png;base64,$(base64 -w0 "$src")"/>
</svg>
SVG
  rsvg-convert "test-results/store/$name.svg" -o "test-results/store/$name.png"
  rm "test-results/store/$name.svg"
  echo "test-results/store/$name.png"
done
