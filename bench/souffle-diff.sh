#!/usr/bin/env bash
# Differential check against Soufflé: run every test program (test/datalog/<name>.dl on the facts
# in test/datalog/<name>/) under `souffle -j1` (its interpreter) and under fuselog's engine, and
# compare the output relations tuple for tuple (both sorted, since Soufflé orders symbols by
# interning order). With a facts directory as argument, also run rules/main.dl on it.
#
#   bench/souffle-diff.sh                 # the test programs
#   bench/souffle-diff.sh /path/to/facts  # ... and rules/main.dl on those facts
#
# Skips (exit 0) with a message when souffle is not on PATH. Exit 1 if any output differs.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v souffle >/dev/null 2>&1; then
  echo "souffle-diff: 'souffle' is not on PATH; skipping the differential check (install Soufflé 2.x to run it)"
  exit 0
fi
[ -f dist/src/commands/eval.js ] || npx tsc -p .

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
command="$PWD/dist/src/commands/eval.js"

run_ours() { # program factdir outdir
  node --input-type=module -e "
    import { evalCommand } from '$command';
    process.exitCode = await evalCommand({ program: process.argv[1], factDir: process.argv[2], outputDir: process.argv[3] });
  " "$1" "$2" "$3"
}

failures=0
compare() { # name program factdir
  local name=$1 prog=$2 facts=$3
  local a="$tmp/$name/souffle" b="$tmp/$name/fuselog"
  mkdir -p "$a" "$b"
  if ! souffle -j1 -F "$facts" -D "$a" "$prog" >"$tmp/$name/souffle.log" 2>&1; then
    echo "FAIL $name: souffle failed:"; sed 's/^/    /' "$tmp/$name/souffle.log" | head -20
    failures=$((failures + 1)); return
  fi
  if ! run_ours "$prog" "$facts" "$b" >"$tmp/$name/fuselog.log" 2>&1; then
    echo "FAIL $name: fuselog failed:"; sed 's/^/    /' "$tmp/$name/fuselog.log" | head -20
    failures=$((failures + 1)); return
  fi
  local bad=0
  for f in $( (cd "$a" && ls; cd "$b" && ls) | sort -u); do
    if [ ! -f "$a/$f" ] || [ ! -f "$b/$f" ]; then
      echo "FAIL $name: $f written by only one of the two"; bad=1; continue
    fi
    if ! diff <(LC_ALL=C sort "$a/$f") <(LC_ALL=C sort "$b/$f") >"$tmp/$name/$f.diff"; then
      echo "FAIL $name: $f differs (< souffle, > fuselog):"; head -20 "$tmp/$name/$f.diff" | sed 's/^/    /'; bad=1
    fi
  done
  if [ $bad = 0 ]; then echo "ok   $name ($(ls "$a" | wc -l) relations)"; else failures=$((failures + 1)); fi
}

for prog in test/datalog/*.dl; do
  name=$(basename "$prog" .dl)
  facts="test/datalog/$name"
  [ -d "$facts" ] || facts="test/datalog"
  compare "$name" "$prog" "$facts"
done

if [ $# -ge 1 ]; then
  compare "rules-main" rules/main.dl "$1"
fi

if [ $failures -gt 0 ]; then
  echo "souffle-diff: $failures program(s) differ"
  exit 1
fi
echo "souffle-diff: all outputs agree"
