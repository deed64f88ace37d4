#!/usr/bin/env bash
# Fails when a catalogue is out of date with the source: a tr() text missing
# from a .ts file, an obsolete entry kept, or a translation left unfinished.
# It runs lupdate over the sources into copies, so the real files stay as
# they are; `cmake --build BUILD --target update_translations` updates them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

status=0
for ts in "$root"/translations/parkexplorer_*.ts; do
  name="$(basename "$ts")"
  cp "$ts" "$work/$name"
  "$lupdate" -silent -no-obsolete -locations none "$root/app" "$root/models" \
    -ts "$work/$name" > "$work/lupdate.log" 2>&1 || {
      cat "$work/lupdate.log"
      status=1
    }
  before=$(grep -c '<message' "$ts" || true)
  after=$(grep -c '<message' "$work/$name" || true)
  unfinished=$(grep -c 'type="unfinished"' "$work/$name" || true)
  vanished=$(grep -cE 'type="(vanished|obsolete)"' "$ts" || true)
  if [[ "$before" != "$after" ]]; then
    echo "$name: the source has texts the catalogue lacks or the other way round ($before in the file, $after after lupdate)"
    diff <(grep -o '<source>.*</source>' "$ts" | sort) \
         <(grep -o '<source>.*</source>' "$work/$name" | sort) | head -20 || true
    status=1
  fi
  if [[ "$unfinished" != 0 ]]; then
    echo "$name: $unfinished unfinished translations"
    grep -B2 'type="unfinished"' "$work/$name" | grep '<source>' | head -20
    status=1
  fi
  if [[ "$vanished" != 0 ]]; then
    echo "$name: $vanished obsolete entries"
    status=1
  fi
done
exit $status
