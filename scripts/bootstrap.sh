#!/usr/bin/env bash
# Idempotent set-up on Debian 12 «bookworm», 13 «trixie» or sid: Debian packages, then .venv.
# Fast when everything is present: dpkg-query and a stamp file decide what to do.
#
# What the plugin runs on comes from the distribution, as a user's QGIS would have it: QGIS, and Debian's own
# pandas, pyproj, jsonschema, PyYAML, openpyxl and psycopg2, linked to the same PROJ/GEOS/GDAL as QGIS.
# Only where Debian's shapely is older than 2 (Debian 12) is shapely built from source against Debian's GEOS:
# a pip wheel would bring a second GEOS into QGIS's process. pip installs the test tools only.
# Package names and versions are read from the release (PostgreSQL major version, numpy pin), never hard-coded.
#   scripts/bootstrap.sh            set up for `make test` / `make demo`
#   scripts/bootstrap.sh --bench    also .venv-bench (GeoPandas, pyogrio: benchmarks only, never on QGIS's path)
#   scripts/bootstrap.sh --packages print the Debian packages this release needs, and stop
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive

is_installed() { dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null | grep -q '^ii'; }

apt_updated=""
apt_update() {
  if [ -z "$apt_updated" ]; then
    $SUDO apt-get update -qq
    apt_updated=1
  fi
}

# The PostgreSQL major version of this release: an installed server first, else the one Debian's `postgresql`
# metapackage depends on (15 on Debian 12, 17 on Debian 13).
pg_major() {
  local v
  v=$(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' 'postgresql-[0-9]*' 2>/dev/null \
      | sed -n 's/^ii *postgresql-\([0-9][0-9]*\)$/\1/p' | sort -n | tail -1)
  if [ -z "$v" ]; then
    v=$(apt-cache depends postgresql 2>/dev/null | sed -n 's/^ *Depends: postgresql-\([0-9][0-9]*\)$/\1/p' | head -1)
  fi
  if [ -z "$v" ]; then
    apt_update
    v=$(apt-cache depends postgresql 2>/dev/null | sed -n 's/^ *Depends: postgresql-\([0-9][0-9]*\)$/\1/p' | head -1)
  fi
  [ -n "$v" ] || { echo "Version de PostgreSQL introuvable dans les dépôts Debian (apt-cache depends postgresql)." >&2; exit 2; }
  echo "$v"
}

PG=$(pg_major)
APT_PACKAGES=(python3-qgis qgis-providers qgis python3-venv python3-pip xvfb xauth imagemagick
  "postgresql-$PG" "postgresql-$PG-postgis-3" python3-psycopg2 python3-mock pyqt5-dev-tools qttools5-dev-tools zip
  qttranslations5-l10n poppler-utils git
  python3-shapely python3-pandas python3-pyproj python3-jsonschema python3-yaml python3-openpyxl python3-hypothesis mount)
# Building shapely ≥ 2 against Debian's GEOS (only where Debian's shapely is older)
BUILD_PACKAGES=(gcc libc6-dev python3-dev libgeos-dev)

if [ "${1:-}" = "--packages" ]; then
  echo "${APT_PACKAGES[*]} ${BUILD_PACKAGES[*]}"
  exit 0
fi

install_missing() {
  local missing=() p
  for p in "$@"; do is_installed "$p" || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installation des paquets Debian manquants : ${missing[*]}"
    apt_update
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

install_missing "${APT_PACKAGES[@]}"

# Installed where the release still has them: QtWebKit lays the reports out at A4 width in the tests (Debian 12 has
# it; Debian 13 and sid dropped it, and those tests say so when they skip)
OPTIONAL_PACKAGES=(python3-pyqt5.qtwebkit)
for p in "${OPTIONAL_PACKAGES[@]}"; do
  # asked of the package lists already there (a fresh system has just updated them above): no network otherwise
  # (a release that dropped it may still list it, with no candidate: «Candidate: (none)»)
  if ! is_installed "$p" && apt-cache policy "$p" 2>/dev/null | grep -q 'Candidate: [^(]'; then install_missing "$p"; fi
done

# Does Debian's shapely do what the plugin needs? Asked of the plugin's own capability check.
shapely_ok() { "$1" -c 'import sys; from veille_plugin.dependencies import capability_problem; sys.exit(1 if capability_problem("shapely") else 0)' 2>/dev/null; }
BUILD_SHAPELY=""
shapely_ok /usr/bin/python3 || BUILD_SHAPELY=1
[ -n "$BUILD_SHAPELY" ] && install_missing "${BUILD_PACKAGES[@]}"

CODENAME=$(. /etc/os-release; echo "${VERSION_CODENAME:-unknown}")
STAMP=.venv/.veille-stamp
want="$(cat requirements-dev.txt requirements-bench.txt scripts/bootstrap.sh | sha256sum | cut -c1-16)-$CODENAME"
if ! { [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] && .venv/bin/python -c "import qgis.core" 2>/dev/null; }; then
  echo "Préparation de l'environnement Python .venv ..."
  rm -rf .venv  # rebuilt from scratch when its recipe changed: no stale wheel survives (pip's cache keeps it fast)
  /usr/bin/python3 -m venv --system-site-packages .venv
  # Debian's pyproj finds PROJ's data under sys.prefix: give the venv the system's (what QGIS uses)
  mkdir -p .venv/share && ln -sfn /usr/share/proj .venv/share/proj
  # Debian's compiled libraries stay as Debian ships them: pip may not replace them.
  .venv/bin/python - > .venv/debian-constraints.txt <<'PY'
import importlib.metadata as md
for dist in ("numpy", "pandas", "pyproj", "jsonschema", "PyYAML", "openpyxl", "psycopg2", "PyQt5", "scipy", "matplotlib"):
    try:
        version = md.version(dist)
    except md.PackageNotFoundError:
        continue
    if version[:1].isdigit() and "unknown" not in version:
        print(f"{dist}=={version}")
PY
  PIP=(.venv/bin/python -m pip install -q --disable-pip-version-check -c .venv/debian-constraints.txt)
  if [ -n "$BUILD_SHAPELY" ] && ! shapely_ok .venv/bin/python; then
    # Built from source against Debian's GEOS (libgeos-dev), into its own folder: the only folder that
    # `make qgis` and the desktop tests add to QGIS's Python path, as a user's `pip install --user` would.
    # The wheel built once is kept in the user's cache (pip 23.0 does not cache wheels built with --no-binary).
    WHEELS="${XDG_CACHE_HOME:-$HOME/.cache}/veille-plugin/wheels-$CODENAME"
    if ! ls "$WHEELS"/shapely-*.whl >/dev/null 2>&1; then
      echo "Construction de shapely ≥ 2 avec le GEOS de Debian (une fois, environ une minute) ..."
      .venv/bin/python -m pip wheel -q --disable-pip-version-check --no-deps --no-binary shapely -w "$WHEELS" "shapely>=2,<3"
    fi
    "${PIP[@]}" --no-deps --no-index --find-links "$WHEELS" --target .venv/plugin-site "shapely>=2,<3"
    .venv/bin/python -c "import sysconfig; print(sysconfig.get_paths()['purelib'])" \
      | xargs -I{} sh -c 'echo "$(pwd)/.venv/plugin-site" > "{}/veille-plugin-site.pth"'
  fi
  "${PIP[@]}" -r requirements-dev.txt
  .venv/bin/python -c "
import sys
from veille_plugin.dependencies import missing_dependencies
import qgis.core
missing = missing_dependencies()
if missing:
    sys.exit('Bibliothèques manquantes après installation : %s' % missing)"
  echo "$want" > "$STAMP"
fi

if [ "${1:-}" = "--bench" ]; then
  BSTAMP=.venv-bench/.veille-stamp
  if ! { [ -f "$BSTAMP" ] && [ "$(cat "$BSTAMP")" = "$want" ]; }; then
    echo "Préparation de l'environnement des mesures .venv-bench (GeoPandas) ..."
    rm -rf .venv-bench
    /usr/bin/python3 -m venv --system-site-packages .venv-bench
    # sees everything .venv has (shapely built against Debian's GEOS, test helpers), plus GeoPandas
    { [ -d .venv/plugin-site ] && echo "$(pwd)/.venv/plugin-site"
      .venv/bin/python -c "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    } > "$(.venv-bench/bin/python -c "import sysconfig; print(sysconfig.get_paths()['purelib'])")/veille-venv.pth"
    mkdir -p .venv-bench/share && ln -sfn /usr/share/proj .venv-bench/share/proj
    .venv-bench/bin/python -m pip install -q --disable-pip-version-check -c .venv/debian-constraints.txt -r requirements-bench.txt
    echo "$want" > "$BSTAMP"
  fi
fi
