#!/usr/bin/env bash
# Installs what the external validators need: Debian's chromium (if missing) and the npm packages.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium fehlt: bitte 'apt-get install chromium' ausführen." >&2
    exit 1
  fi
fi
command -v java >/dev/null || { echo "Java fehlt (für den Nu Html Checker)." >&2; exit 1; }
for tool in pdfinfo pdftoppm pdftotext qpdf; do
  command -v "$tool" >/dev/null || { echo "$tool fehlt: bitte 'apt-get install poppler-utils qpdf' ausführen." >&2; exit 1; }
done
if [ ! -d node_modules/axe-core ] || [ ! -d node_modules/vnu-jar ] || [ ! -d node_modules/playwright-core ]; then
  npm install --no-audit --no-fund --loglevel=error
fi
