#!/usr/bin/env bash
# Renders assets/icons/whisker-studio.svg to the PNG sizes each OS needs, plus a Windows .ico and a macOS .icns.
# The results are committed: run this only after changing the SVG.
# Needs rsvg-convert (Debian: apt-get install -y librsvg2-bin) and python3 (for the .ico/.icns containers, which
# simply hold the PNGs: ICO with PNG entries is read by Windows Vista and later, ICNS ic07-ic10/icp4-icp6 by macOS 10.7+).
set -euo pipefail
cd "$(dirname "$0")/.."
svg=assets/icons/whisker-studio.svg
out=assets/icons
for s in 16 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$s" -h "$s" "$svg" -o "$out/whisker-studio-$s.png"
done
python3 - "$out" <<'PY'
import struct, sys, os
out = sys.argv[1]
def png(s):
    with open(os.path.join(out, f"whisker-studio-{s}.png"), "rb") as f:
        return f.read()
# Windows .ico: a directory of PNG-compressed images (256 is written as 0 in the directory).
sizes = [16, 32, 48, 64, 128, 256]
blobs = [png(s) for s in sizes]
header = struct.pack("<HHH", 0, 1, len(sizes))
offset = 6 + 16 * len(sizes)
entries = b""
for s, b in zip(sizes, blobs):
    entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(b), offset)
    offset += len(b)
with open(os.path.join(out, "whisker-studio.ico"), "wb") as f:
    f.write(header + entries + b"".join(blobs))
# macOS .icns: typed PNG chunks.
types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024),
         ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
body = b"".join(t.encode() + struct.pack(">I", 8 + len(png(s))) + png(s) for t, s in types)
with open(os.path.join(out, "whisker-studio.icns"), "wb") as f:
    f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
# The window icons the studio sets on its stages (StudioApp) travel inside the jar.
res=src/main/resources/org/whiskerstudio/app/icons
mkdir -p "$res"
for s in 16 32 48 64 128 256; do cp "$out/whisker-studio-$s.png" "$res/"; done
ls -la "$out"
