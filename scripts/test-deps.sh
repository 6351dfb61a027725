#!/usr/bin/env bash
# What `make test` needs beyond the venv, installed only if missing (idempotent, quick when present):
# PostgreSQL server binaries, Node.js for ical.js, a Unicode font (the importer's PDF test writes one),
# Chromium and zbar (browser tests, QR decoding), and shared/ics-check (real calendar parsers).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
need=()
python3 -c 'import ensurepip, venv' 2>/dev/null || need+=(python3-venv)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql)
id postgres >/dev/null 2>&1 || need+=(postgresql)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)  # PDFs with Vietnamese text
[ -x /usr/bin/chromium ] || need+=(chromium)  # the browser tests (Playwright drives Debian's Chromium)
command -v zbarimg >/dev/null || need+=(zbar-tools)  # decodes the subscription page's QR code
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
ics="${ICS_CHECK_DIR:-../shared/ics-check}"
if [ -x "$ics/install.sh" ] || [ -f "$ics/install.sh" ]; then
  bash "$ics/install.sh" >/dev/null
else
  echo "test-deps: $ics not found (the feed tests need shared/ics-check beside the repository)" >&2
  exit 1
fi
