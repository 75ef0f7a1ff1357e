#!/usr/bin/env bash
# Whole-process cold times, measured side by side on one machine:
#   floor   : a minimal JVM program that only parses the same YAML with Jackson (ParseOnly)
#   one     : ./stpcheck check on one plan (with the launcher's CDS archive) and without CDS
#   all 44  : ./stpcheck check plans/
# Uses hyperfine when installed (apt-get install hyperfine), else a plain loop with `date`.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
plan=${PLAN:-src/test/resources/examples/wessex-vale.yaml}
[ -f target/stpcheck.jar ] || mvn -B -q -DskipTests package
(cd bench && mvn -B -q -DskipTests package)
cp="bench/target/classes:$(cat bench/target/classpath.txt)"
./stpcheck check "$plan" --fail-on never >/dev/null   # trains the CDS archive once
floor="java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp $cp org.stpcheck.bench.ParseOnly $plan"
floor44="java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp $cp org.stpcheck.bench.ParseOnly plans"
one="./stpcheck check $plan --fail-on never"
onenocds="java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar target/stpcheck.jar check $plan --fail-on never"
all="./stpcheck check plans --fail-on never"
if command -v hyperfine >/dev/null; then
  hyperfine -N -w 2 -r "$runs" --export-markdown bench/cold-results.md \
    -n "floor: Jackson parse, 1 plan" "$floor" -n "floor: Jackson parse, 44 plans" "$floor44" \
    -n "stpcheck, 1 plan (CDS)" "$one" -n "stpcheck, 1 plan (no CDS)" "$onenocds" -n "stpcheck, 44 plans (CDS)" "$all"
else
  for cmd in "$floor" "$floor44" "$one" "$onenocds" "$all"; do
    best=999999
    for _ in $(seq "$runs"); do
      s=$(date +%s%N); $cmd >/dev/null; e=$(date +%s%N)
      t=$(( (e - s) / 1000000 )); [ $t -lt $best ] && best=$t
    done
    echo "best of $runs: ${best} ms  $cmd"
  done
fi
