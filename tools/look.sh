#!/bin/sh
# Render a .docx to PNG pages for looking at it: LibreOffice headless → PDF → pdftoppm.
# usage: tools/look.sh FILE.docx [OUTDIR] [DPI]   → OUTDIR/FILE-1.png, FILE-2.png, …
# LibreOffice substitutes fonts that are not installed (仿宋_GB2312 → a Noto CJK face);
# the layout (page, margins, pitch, alignment) is what this is for, not the exact glyphs.
set -eu
docx_file=${1:?usage: tools/look.sh FILE.docx [OUTDIR] [DPI]}
outdir=${2:-$(dirname "$docx_file")}
dpi=${3:-60}
mkdir -p "$outdir"
name=$(basename "$docx_file" .docx)
# A private profile dir: a running LibreOffice or a stale lock must not block the conversion.
profile_dir=$(mktemp -d)
trap 'rm -rf "$profile_dir"' EXIT
soffice -env:UserInstallation="file://$profile_dir" --headless --convert-to pdf \
    --outdir "$outdir" "$docx_file" >/dev/null 2>&1
pdftoppm -r "$dpi" -png "$outdir/$name.pdf" "$outdir/$name"
ls "$outdir/$name"*.png
