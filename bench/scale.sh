#!/usr/bin/env bash
# Batch scaling: wall time and peak RSS of one run over N generated plans, per format, in a capped
# heap. Plans are copies of plans/ with their own ids, footprint codes, CCG codes and council names
# (bench/GeneratePlans.java), written to a temporary folder that is removed afterwards.
#
#   bench/scale.sh                                  # 1,000 and 10,000 plans; text, JSON to a file, CSV to a file
#   SIZES="100000" FORMATS=text bench/scale.sh      # the 100,000-plan run
#   HEAP=512m JAVA_FLAGS="-XX:+UseSerialGC" bench/scale.sh
#   JAR=/tmp/before.jar bench/scale.sh              # another build of the checker (before/after)
#
# Needs /usr/bin/time (GNU time) for peak RSS. Output: one line per run.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${SIZES:-"1000 10000"}
formats=${FORMATS:-"text json csv"}
heap=${HEAP:-512m}
flags=${JAVA_FLAGS:-}
jar=${JAR:-target/stpcheck.jar}
[ -n "${JAR:-}" ] || [ -f target/stpcheck.jar ] || mvn -B -q -ntp -DskipTests package
work=$(mktemp -d "${TMPDIR:-/tmp}/stpcheck-scale.XXXXXX")
trap 'rm -rf "$work"' EXIT
printf '%-8s %-5s %9s %9s %8s %s\n' plans format "wall s" "RSS MB" "exit" "report"
for n in $sizes; do
  java bench/GeneratePlans.java plans "$work/plans" "$n"
  for f in $formats; do
    out="$work/report.$f"
    # text goes to standard output (redirected to a file); JSON and CSV are written with -o
    if [ "$f" = text ]; then
      set +e
      /usr/bin/time -f '%e %M' -o "$work/time" java -Xmx"$heap" $flags -jar "$jar" check "$work/plans" \
        --fail-on never > "$out" 2> "$work/stderr"
      rc=$?
      set -e
    else
      set +e
      /usr/bin/time -f '%e %M' -o "$work/time" java -Xmx"$heap" $flags -jar "$jar" check "$work/plans" \
        --format "$f" -o "$out" --fail-on never 2> "$work/stderr"
      rc=$?
      set -e
    fi
    read -r wall rss < <(tail -1 "$work/time")
    printf '%-8s %-5s %9.1f %9d %8s %s\n' "$n" "$f" "$wall" $((rss / 1024)) "$rc" "$(du -h "$out" | cut -f1)"
    rm -f "$out"
  done
  rm -rf "$work/plans"
done
