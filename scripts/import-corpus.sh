#!/bin/sh
# Regenerates the Word files of the import corpus (test/fixtures/import/<case>/document.docx)
# from the sources written by hand beside them, with programs other than stdkit:
#
#   source.fodt  flat ODT        -> LibreOffice: soffice --headless --convert-to docx
#   source.html  HTML            -> LibreOffice (read as a Writer document, "HTML (StarWriter)")
#   source.md    pandoc Markdown -> pandoc -o document.docx
#
# Each case's expected.md is the edition source `stdkit import` must produce from its document.docx
# (test/import-corpus.test.ts). Run from the repository root:
#
#   sh scripts/import-corpus.sh            every case
#   sh scripts/import-corpus.sh technical  one case (or several)
#
# Needs LibreOffice (soffice, 7.x) and pandoc (2.x or later) on the PATH. LibreOffice and pandoc stamp
# the files they write (dates, ids), so regenerating changes the .docx bytes but not what they hold.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
corpus="$root/test/fixtures/import"
profile=$(mktemp -d "${TMPDIR:-/tmp}/stdkit-corpus-lo.XXXXXX")
out=$(mktemp -d "${TMPDIR:-/tmp}/stdkit-corpus-out.XXXXXX")
trap 'rm -rf "$profile" "$out"' EXIT INT TERM

if [ "$#" -eq 0 ]; then
  set -- $(cd "$corpus" && ls -d */ | tr -d /)
fi

for name in "$@"; do
  dir="$corpus/$name"
  if [ -f "$dir/source.md" ]; then
    (cd "$dir" && pandoc source.md -f markdown -t docx -o "$out/source.docx")
  elif [ -f "$dir/source.fodt" ]; then
    soffice "-env:UserInstallation=file://$profile" --headless --convert-to docx --outdir "$out" "$dir/source.fodt" >/dev/null
  elif [ -f "$dir/source.html" ]; then
    soffice "-env:UserInstallation=file://$profile" --headless --infilter='HTML (StarWriter)' \
      --convert-to 'docx:MS Word 2007 XML' --outdir "$out" "$dir/source.html" >/dev/null
  else
    echo "import-corpus: $name has no source.md, source.fodt or source.html" >&2
    exit 1
  fi
  mv "$out/source.docx" "$dir/document.docx"
  echo "$name/document.docx"
done
