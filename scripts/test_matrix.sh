#!/usr/bin/env bash
# `make test-matrix`: the README's `make test`, from a fresh clone, inside Debian 13 «trixie» (QGIS 3.40 LTR)
# and Debian sid (QGIS 3.44) root filesystems built from Debian's own packages with mmdebstrap.
#
#   MATRIX_RELEASES   releases to run (default: "trixie sid")
#   MATRIX_CACHE      where the root filesystems are kept between runs (default: /var/cache/veille-matrix)
#   MATRIX_REBUILD=1  rebuild the root filesystems from scratch (a fresh Debian, as CI on a new machine)
#   MATRIX_WORKTREE=1 test the working tree (uncommitted changes included) instead of HEAD
#   MATRIX_PYTEST     extra pytest arguments (default: none, the whole suite)
#
# After `make test`, `make demo` runs on the same clone; either failing fails the release.
# Each release's `make test` does its own set-up inside the root filesystem (Debian packages, .venv), so the
# first run proves the set-up on a fresh system and later runs prove it idempotent. Results (versions, counts,
# time, desktop exit code) land in tests/artifacts/matrix/<release>/; scripts/versions_table.py writes the
# README's «Versions testées» table from them. Exit code: 0 when every release passed, 1 otherwise.
# Needs root (mmdebstrap, chroot, mounts).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RELEASES=${MATRIX_RELEASES:-"trixie sid"}
CACHE=${MATRIX_CACHE:-/var/cache/veille-matrix}
OUT=$ROOT/tests/artifacts/matrix
INCLUDE=python3-qgis,qgis,qgis-providers,python3-pip,python3-venv,xvfb,git,make,ca-certificates,sudo

if [ "$(id -u)" -ne 0 ]; then
  echo "make test-matrix construit des systèmes Debian (mmdebstrap, chroot) : lancez-le en root (ou sudo)." >&2
  exit 2
fi
if ! command -v mmdebstrap >/dev/null; then
  echo "Installation de mmdebstrap ..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap >/dev/null
fi
mkdir -p "$CACHE" "$OUT"

# The sources under test: HEAD, or the working tree with its uncommitted and new files (a commit object made
# through a temporary index; neither the branch nor the index changes).
REV=$(git rev-parse HEAD)
if [ -n "${MATRIX_WORKTREE:-}" ]; then
  index=$(mktemp)
  cp "$(git rev-parse --git-dir)/index" "$index"
  GIT_INDEX_FILE=$index git add -A
  REV=$(git commit-tree "$(GIT_INDEX_FILE=$index git write-tree)" -p HEAD -m "make test-matrix: arbre de travail")
  rm -f "$index"
fi

MOUNTED=()
cleanup() {
  local m p
  # no process of a release outlives its run (an interrupted pytest, a throwaway PostgreSQL)
  for p in /proc/[0-9]*; do
    case "$(readlink "$p/root" 2>/dev/null)" in "$CACHE"/*) kill -9 "${p#/proc/}" 2>/dev/null ;; esac
  done
  for m in "${MOUNTED[@]}"; do umount -R -l "$m" 2>/dev/null; done
  MOUNTED=()
}
trap cleanup EXIT
trap 'cleanup; echo "Matrice interrompue."; exit 130' INT TERM

build_rootfs() {
  local rel=$1 dir=$CACHE/$1
  if [ -n "${MATRIX_REBUILD:-}" ]; then rm -rf "$dir"; fi
  if [ -f "$dir/.veille-rootfs" ]; then return 0; fi
  rm -rf "$dir" "$dir.tmp"
  echo "[$rel] construction du système Debian (mmdebstrap, quelques minutes) ..."
  # The archive's sid Release file may be past its validity date: do not let apt refuse it.
  if ! mmdebstrap --quiet --variant=apt --aptopt='Acquire::Check-Valid-Until "false"' --include="$INCLUDE" \
      "$rel" "$dir.tmp" </dev/null >"$OUT/$rel.mmdebstrap.log" 2>&1; then
    echo "[$rel] ÉCHEC de mmdebstrap : les paquets Debian de $rel ne s'installent pas (journal : $OUT/$rel.mmdebstrap.log)."
    tail -20 "$OUT/$rel.mmdebstrap.log"
    return 1
  fi
  date -u +%FT%TZ > "$dir.tmp/.veille-rootfs"
  mv "$dir.tmp" "$dir"
}

enter() {  # enter ROOTFS COMMAND… : run a command inside the root filesystem
  local dir=$1; shift
  chroot "$dir" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=dumb "$@"
}

run_release() {
  local rel=$1 dir=$CACHE/$1 res=$OUT/$1 start code
  rm -rf "$res"; mkdir -p "$res"
  build_rootfs "$rel" || { echo "mmdebstrap" > "$res/failure"; return 1; }
  for m in proc sys dev; do
    mount --rbind "/$m" "$dir/$m" && mount --make-rslave "$dir/$m" && MOUNTED+=("$dir/$m")
  done
  cp /etc/resolv.conf "$dir/etc/resolv.conf"
  cp /etc/ssl/certs/ca-certificates.crt "$dir/etc/ssl/certs/ca-certificates.crt"
  # a fresh clone of the sources under test
  rm -rf "$dir/work"; mkdir -p "$dir/work"
  git -C "$ROOT" update-ref refs/veille-matrix/rev "$REV"
  git clone -q --no-checkout "$ROOT" "$dir/work/veille"
  git -C "$dir/work/veille" fetch -q origin refs/veille-matrix/rev
  git -C "$dir/work/veille" checkout -q --detach FETCH_HEAD
  echo "[$rel] make test dans un clone neuf ($REV) ..."
  start=$(date +%s)
  enter "$dir" bash -c "cd /work/veille && make test PYTEST_ARGS='${MATRIX_PYTEST:-}'" >"$res/make_test.log" 2>&1
  code=$?
  echo $(( $(date +%s) - start )) > "$res/seconds"
  echo "$code" > "$res/exit_code"
  # the README's other entry point, on the same fresh clone
  enter "$dir" bash -c "cd /work/veille && make demo" >"$res/make_demo.log" 2>&1
  demo=$?
  echo "$demo" > "$res/demo_exit_code"
  if [ "$demo" -ne 0 ]; then
    echo "[$rel] ÉCHEC : make demo a rendu le code $demo (journal : $res/make_demo.log)."
    [ "$code" -ne 0 ] || code=$demo
  fi
  cp -r "$dir/work/veille/tests/artifacts/." "$res/" 2>/dev/null || true
  cleanup
  tail -5 "$res/make_test.log"
  if [ "$code" -eq 0 ] && ! /usr/bin/python3 -c "import json,sys; s=json.load(open('$res/run_summary.json')); sys.exit(0 if s['counts']['passed'] > 0 else 1)" 2>/dev/null; then
    echo "[$rel] aucun test n'a réussi (ou pas de résumé $res/run_summary.json) : échec."
    code=5
  fi
  if [ "$code" -ne 0 ]; then
    echo "[$rel] ÉCHEC : make test a rendu le code $code (journal complet : $res/make_test.log)."
    # what failed and why, so that CI's own output is enough to start from
    grep -E "^(E  |FAILED |ERROR )|^_{5,} .* _{5,}$" "$res/make_test.log" | head -40 | sed 's/^/       /'
    [ -f "$res/desktop_exit.json" ] && sed 's/^/       bureau : /' "$res/desktop_exit.json" | head -5
    # A failure of Debian's archive (a package missing or uninstallable) is outside the project: say so, name it.
    if grep -qE "^E: (Unable to locate package|Package .* has no installation candidate|Unable to correct problems)|unmet dependencies|held broken packages" "$res/make_test.log"; then
      echo "[$rel] cause extérieure au projet : l'archive Debian « $rel » ne fournit pas un paquet installable :"
      grep -E "^E: | Depends: |unmet" "$res/make_test.log" | head -10 | sed 's/^/       /'
      for pkg in $(grep -oE "(Unable to locate package|Package) [a-z0-9.+-]+" "$res/make_test.log" | awk '{print $NF}' | sort -u); do
        echo "       voir https://tracker.debian.org/pkg/$pkg"
      done
    elif [ "$rel" = sid ]; then
      echo "[$rel] sid change tous les jours : si l'échec vient d'un paquet Debian (voir le journal), signalez-le sur"
      echo "       https://bugs.debian.org/src:qgis (ou le paquet en cause) ; il n'est pas masqué ici."
    fi
    return 1
  fi
  echo "[$rel] réussi en $(cat "$res/seconds") s."
}

failed=()
for rel in $RELEASES; do
  run_release "$rel" || failed+=("$rel")
done
/usr/bin/python3 scripts/versions_table.py --readme README.md "$ROOT/tests/artifacts/run_summary.json" "$OUT"/*/run_summary.json || true
if [ ${#failed[@]} -gt 0 ]; then
  echo "Matrice : ÉCHEC pour ${failed[*]}."
  exit 1
fi
echo "Matrice : toutes les versions ont réussi ($RELEASES)."
