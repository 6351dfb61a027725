#!/usr/bin/env bash
# What `make test` needs beyond the venv, installed only if missing (idempotent, quick when present):
# PostgreSQL server binaries, Node.js, a Unicode font (the importer's PDF test writes one), Chromium and zbar
# (browser tests, QR decoding), and the real calendar parsers of tests/feedcheck: calcurse and libical
# (Debian), ical.js (npm, into tests/feedcheck/node_modules), python-icalendar (PyPI, into tests/feedcheck/.venv).
# Nothing outside the repository is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
fc=tests/feedcheck
need=()
python3 -c 'import ensurepip, venv' 2>/dev/null || need+=(python3-venv)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql)
id postgres >/dev/null 2>&1 || need+=(postgresql)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)  # PDFs with Vietnamese text
[ -x /usr/bin/chromium ] || need+=(chromium)  # the browser tests (Playwright drives Debian's Chromium)
command -v zbarimg >/dev/null || need+=(zbar-tools)
[ -f /usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf ] || need+=(fonts-liberation)  # the exports' Times New Roman metrics
# Liberation 2: fonts-liberation 1.07 has no precomposed Vietnamese letters (ạ, ấ, ợ…), the PDFs fell back to DejaVu
[ -f /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] || need+=(fonts-liberation2)
ldconfig -p 2>/dev/null | grep -q libpango-1.0 || need+=(libpango-1.0-0 libpangoft2-1.0-0)  # WeasyPrint (PDF export)
command -v pdftoppm >/dev/null || need+=(poppler-utils)  # the export tests' page images (test-artifacts/export/)
command -v openssl >/dev/null || need+=(openssl)  # the SMTP tests make a test CA and certificates  # decodes the subscription page's QR code
command -v calcurse >/dev/null || need+=(calcurse)  # feedcheck: a client that imports the file
# feedcheck: libical (Evolution, GNOME Calendar) through GObject introspection, from Debian's own python3
# (the bindings are built for it, not for a venv's interpreter).
/usr/bin/python3 -c "import gi; gi.require_version('ICalGLib', '3.0')" 2>/dev/null || need+=(python3 python3-gi gir1.2-ical-3.0)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# ical.js exactly as package-lock.json says (version and integrity hash); the stamp is the lock it came from,
# so a changed pin reinstalls and an unchanged one costs a file comparison.
if ! cmp -s "$fc/package-lock.json" "$fc/node_modules/.installed-lock" 2>/dev/null; then
  (cd "$fc" && npm ci --ignore-scripts --no-audit --no-fund --silent)
  cp "$fc/package-lock.json" "$fc/node_modules/.installed-lock"
fi

# python-icalendar + recurring-ical-events in their own small venv (why: see tests/feedcheck/requirements.txt).
if ! cmp -s "$fc/requirements.txt" "$fc/.venv/.installed" 2>/dev/null; then
  [ -x "$fc/.venv/bin/python" ] || python3 -m venv "$fc/.venv"
  "$fc/.venv/bin/pip" install --quiet --disable-pip-version-check -r "$fc/requirements.txt"
  cp "$fc/requirements.txt" "$fc/.venv/.installed"
fi
echo "test-deps: ready"
