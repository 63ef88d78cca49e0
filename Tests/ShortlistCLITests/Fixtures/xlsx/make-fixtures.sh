#!/usr/bin/env bash
# Makes the .xlsx fixtures of the workbook import tests from a CSV scoring sheet of ours, with two
# programs other than Shortlist: LibreOffice (Debian: apt-get install -y libreoffice-calc-nogui) and
# Python's openpyxl (pip install openpyxl; a test-time tool, never a dependency of Shortlist).
# Run from the repository root after `swift build`:  Tests/ShortlistCLITests/Fixtures/xlsx/make-fixtures.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
shortlist="${SHORTLIST:-.build/debug/shortlist}"
# chen-jing's ratings of the retail sample, as the CSV sheet an evaluator gets (with dates and Chinese names).
"$shortlist" sheet export samples/retail-10-stores --evaluator chen-jing --output "$here/chen-jing.csv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# LibreOffice reads the CSV as UTF-8 (filter options: separator 44 ',', quote 34 '"', charset 76 UTF-8, from line 1),
# detecting numbers and ISO dates, and saves it as Excel 2007-365 .xlsx.
cp "$here/chen-jing.csv" "$work/chen-jing-libreoffice.csv"
soffice --headless -env:UserInstallation=file://"$work/profile" --infilter="CSV:44,34,76,1" --convert-to xlsx --outdir "$work" "$work/chen-jing-libreoffice.csv" >/dev/null
cp "$work/chen-jing-libreoffice.xlsx" "$here/"
python3 "$here/make-openpyxl-fixture.py" "$here/chen-jing.csv" "$here/chen-jing-openpyxl.xlsx"
