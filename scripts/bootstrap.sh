#!/usr/bin/env bash
# Idempotent set-up for a Debian 12 machine: apt packages, then .venv.
# Fast when everything is present: dpkg-query and a stamp file decide what to do.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(python3-qgis qgis-providers qgis python3-venv python3-pip xvfb xauth imagemagick
  postgresql-15 postgresql-15-postgis-3 python3-mock pyqt5-dev-tools qttools5-dev-tools zip qttranslations5-l10n
  poppler-utils python3-psycopg2)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installation des paquets Debian manquants : ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

STAMP=.venv/.veille-stamp
want="$(cat requirements.txt requirements-dev.txt constraints.txt | sha256sum | cut -c1-16)"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] && .venv/bin/python -c "import qgis.core" 2>/dev/null; then
  exit 0
fi
echo "Préparation de l'environnement Python .venv ..."
[ -x .venv/bin/python ] || /usr/bin/python3 -m venv --system-site-packages .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -c constraints.txt -r requirements-dev.txt
.venv/bin/python -c "import qgis.core, shapely, pandas, jsonschema, pyproj; assert shapely.__version__ >= '2'"
echo "$want" > "$STAMP"
