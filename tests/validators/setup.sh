#!/usr/bin/env bash
# Installs what the external validators need: Debian's chromium, poppler-utils, qpdf and a Java runtime
# (each only if missing), then the npm packages (axe-core, vnu-jar, playwright-core).
set -euo pipefail
cd "$(dirname "$0")"
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v java >/dev/null || missing+=(default-jre-headless)
for tool in pdfinfo pdftoppm pdftotext; do
  command -v "$tool" >/dev/null || { missing+=(poppler-utils); break; }
done
command -v qpdf >/dev/null || missing+=(qpdf)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Es fehlen Debian-Pakete für die Prüfprogramme: bitte 'apt-get install ${missing[*]}' ausführen." >&2
    exit 1
  fi
fi
if [ ! -d node_modules/axe-core ] || [ ! -d node_modules/vnu-jar ] || [ ! -d node_modules/playwright-core ]; then
  npm install --no-audit --no-fund --loglevel=error
fi
