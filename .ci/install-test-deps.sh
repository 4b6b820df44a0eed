#!/usr/bin/env bash
# Installs everything `npm test` needs: Debian's Chromium (Playwright's own browsers cannot be
# downloaded here), poppler-utils for pdftotext, qpdf and a PDF manual for the PDF import tests,
# fonts for Persian/Arabic/Azerbaijani text,
# then the npm packages. The Electron binary is not downloadable here; its tests skip.
set -euo pipefail

need=()
[ -x /usr/lib/chromium/chromium ] || need+=(chromium)
command -v pdftotext >/dev/null || need+=(poppler-utils)
[ -d /usr/share/fonts/truetype/noto ] || need+=(fonts-noto-core)
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)
# qpdf encrypts a PDF for the import tests; camlidl-doc ships a small real-world PDF manual (pdfTeX).
command -v qpdf >/dev/null || need+=(qpdf)
[ -f /usr/share/doc/camlidl/camlidl-1.04.doc.pdf ] || need+=(camlidl-doc)
# redis-server: the team sync test starts one on a free loopback port (two server instances through Redis).
command -v redis-server >/dev/null || need+=(redis-server)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

export ELECTRON_SKIP_BINARY_DOWNLOAD=1
npm ci --no-audit --no-fund
