#!/usr/bin/env bash
# `make qgis`: open the real QGIS desktop with the packaged plugin in a throwaway profile.
# Without a display, it runs under Xvfb and saves a screenshot (VEILLE_E2E_OUT) instead.
# VEILLE_STARTUP_SCRIPT: another script to run inside QGIS (default scripts/qgis_startup.py).
# VEILLE_LOCALE: the interface language of the throwaway profile (default fr_FR; en_US for English).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PROFILES=$(mktemp -d /tmp/veille-qgis-profile.XXXXXX)
PROFILE=veille
mkdir -p "$PROFILES/profiles/$PROFILE/python/plugins" "$PROFILES/profiles/$PROFILE/QGIS"
# the ZIP must hold the current code: rebuild it when a source is newer (run directly, not through `make qgis`)
if [ ! -f dist/veille_plugin.zip ] || [ -n "$(find veille_plugin forms resources metadata.txt -newer dist/veille_plugin.zip -type f ! -name '*.pyc' -print -quit)" ]; then
  .venv/bin/python scripts/package.py
fi
# what «Installer depuis un ZIP» does: extract the archive into the profile's plugin folder
python3 -c "import zipfile,sys; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])" dist/veille_plugin.zip "$PROFILES/profiles/$PROFILE/python/plugins"
cat > "$PROFILES/profiles/$PROFILE/QGIS/QGIS3.ini" <<INI
[PythonPlugins]
veille_plugin=true
[locale]
overrideFlag=true
userLocale=${VEILLE_LOCALE:-fr_FR}
[qgis]
showTips=false
checkVersion=false
INI
# Only what the plugin needs beyond the distribution reaches QGIS's Python path: .venv/plugin-site holds shapely
# built against Debian's GEOS where Debian's own shapely is older than 2 (scripts/bootstrap.sh), as a user's
# `pip install --user` would. Never the whole .venv: test tools and benchmark wheels stay out of QGIS's process.
if [ -d .venv/plugin-site ]; then
  export PYTHONPATH="$ROOT/.venv/plugin-site${PYTHONPATH:+:$PYTHONPATH}"
fi
export VEILLE_CONFIG_DIR="${VEILLE_CONFIG_DIR:-$PROFILES/config}"
export VEILLE_ROOT="$ROOT"  # the startup script's local test servers (tests/) live in the sources
unset QT_QPA_PLATFORM
echo "Profil QGIS jetable : $PROFILES"
ARGS=(--nologo --noversioncheck --profiles-path "$PROFILES" --profile "$PROFILE" --code "${VEILLE_STARTUP_SCRIPT:-$ROOT/scripts/qgis_startup.py}")
if [ -n "${DISPLAY:-}" ] && [ -z "${VEILLE_E2E_OUT:-}" ]; then
  exec qgis "${ARGS[@]}"
fi
export VEILLE_E2E_OUT="${VEILLE_E2E_OUT:-$ROOT/tests/artifacts}"
mkdir -p "$VEILLE_E2E_OUT"
# Python errors are recorded in a file instead of modal dialogs that would block QGIS until its timeout
export PYQGIS_STARTUP="$ROOT/scripts/qgis_e2e_guard.py"
echo "Pas d'écran : QGIS tourne sous Xvfb ; captures dans $VEILLE_E2E_OUT"
code=0
timeout "${QGIS_TIMEOUT:-150}" xvfb-run -a -s '-screen 0 1600x1000x24' qgis "${ARGS[@]}" || code=$?
echo "QGIS s'est terminé avec le code $code"
echo "{\"exit_code\": $code}" > "$VEILLE_E2E_OUT/desktop_exit.json"
exit "$code"
