#!/usr/bin/env bash
# Rebuilds the chart font: Noto Sans CJK SC (SIL OFL 1.1) cut down to printable ASCII, Latin-1 and every Han character
# the Chinese text catalogue uses, so /stats charts render on a server without any system fonts.
# Needs Debian's fonts-noto-cjk and fonttools (pyftsubset). Run from the repository root after changing Chinese texts.
set -euo pipefail
source=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
target=src/HipKnee.Bot/Charts/Fonts/NotoSansSC-Subset.otf
text=$(cat src/HipKnee.Core/Texts/Chinese/*.cs | grep -oP '[\p{Han}\x{3000}-\x{303F}\x{FF00}-\x{FFEF}]' | sort -u | tr -d '\n')
# The SC face is number 2 in the collection (JP, KR, SC, TC, HK).
pyftsubset "$source" --font-number=2 --output-file="$target" \
  --unicodes="U+0020-007E,U+00A0-00FF,U+2013-2014,U+2018-201D,U+2022,U+2026" --text="$text" \
  --layout-features='*' --name-IDs='*' --name-languages='*'
ls -l "$target"
