#!/usr/bin/env bash
# Cold whole-process times, in one run, in rotated rounds: each round runs every variant once, in
# turn, and each variant's time is divided by the floor's time of the same round, so that a busy
# moment of the machine weighs on both sides of a ratio. Reported: the median of the per-round
# ratios with their interquartile range, median and min-max times, and peak RSS.
#
#   floor        a JVM that only parses the same YAML with Jackson (ParseOnly), Java 17, as before
#   best         ./stpcheck as a user runs it: the best runtime the launcher finds, with its archive
#   java17       ./stpcheck with STPCHECK_JAVA=<a Java 17>: Java 17 alone, with its CDS archive
#   no archive   ./stpcheck with Java 17 and STPCHECK_CDS=0
#
# Every launcher run prints its runtime and archive (STPCHECK_TIMING=launcher); the benchmark fails
# loudly when a run that should use its archive did not. Needs target/stpcheck.jar (mvn package),
# bash, perl and GNU time (/usr/bin/time). ROUNDS=10 by default; PLAN= the one plan.
# Writes bench/cold-results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${ROUNDS:-10}
plan=${PLAN:-src/test/resources/examples/wessex-vale.yaml}
out=bench/cold-results.md
work=bench/target/cold
[ -f target/stpcheck.jar ] || { echo "cold.sh: build first: mvn -B -DskipTests package" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "cold.sh: needs GNU time (apt-get install time)" >&2; exit 2; }
mkdir -p "$work"

# Java 17 for the floor and the java17 rows: the default java when it is 17-24, else the usual places
j17=""
for h in "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")" /usr/lib/jvm/*; do
  v=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9]*\).*/\1/p' "$h/release" 2>/dev/null || true)
  if [ -n "$v" ] && [ "$v" -ge 17 ] && [ "$v" -lt 25 ]; then j17=$h; break; fi
done
[ -n "$j17" ] || { echo "cold.sh: no Java 17 found" >&2; exit 2; }

"$j17/bin/javac" -d "$work/classes" -cp target/stpcheck.jar bench/src/main/java/org/stpcheck/bench/ParseOnly.java
floorcp="$work/classes:target/stpcheck.jar"

# name | expected archive state | command
variants=(
  "floor, 1 plan|-|$j17/bin/java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp $floorcp org.stpcheck.bench.ParseOnly $plan"
  "best, 1 plan|used|./stpcheck check $plan --fail-on never"
  "best, 44 plans|used|./stpcheck check plans --fail-on never"
  "java17, 1 plan|used|env STPCHECK_JAVA=$j17 ./stpcheck check $plan --fail-on never"
  "java17, 44 plans|used|env STPCHECK_JAVA=$j17 ./stpcheck check plans --fail-on never"
  "no archive (17), 1 plan|off|env STPCHECK_JAVA=$j17 STPCHECK_CDS=0 ./stpcheck check $plan --fail-on never"
  "no archive (17), 44 plans|off|env STPCHECK_JAVA=$j17 STPCHECK_CDS=0 ./stpcheck check plans --fail-on never"
)

# train the archives afresh first, timing the training runs (the first check after a build), and
# make sure both paths print the same report
export STPCHECK_TIMING=launcher
rm -rf target/startup
ms() { local to=$1 s e; shift; s=$(date +%s%N); "$@" >"$to" 2>/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
train_best=$(ms "$work/ref.txt" ./stpcheck check "$plan" --fail-on never)
# on Java 25 a batch trains a cache of its own (the launcher's comment says why)
train_best44=$(ms "$work/ref44.txt" ./stpcheck check plans --fail-on never)
train_17=$(ms "$work/ref17.txt" env STPCHECK_JAVA="$j17" ./stpcheck check "$plan" --fail-on never)
cmp -s "$work/ref.txt" "$work/ref17.txt" || { echo "cold.sh: the best path and Java 17 print different reports" >&2; exit 1; }
best=$(./stpcheck check "$plan" --fail-on never 2>&1 >/dev/null | sed -n 's/^stpcheck timing: launcher *//p')

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
tsv="$work/rounds.tsv"
: > "$tsv"
for r in $(seq "$rounds"); do
  for v in "${variants[@]}"; do
    IFS='|' read -r name expect cmd <<<"$v"
    s=$(date +%s%N)
    # shellcheck disable=SC2086  # the command is split on purpose
    /usr/bin/time -f '%M' -o "$work/rss" $cmd >"$work/out" 2>"$work/err" || { cat "$work/err" >&2; echo "cold.sh: '$cmd' failed" >&2; exit 1; }
    e=$(date +%s%N)
    if [ "$expect" != - ]; then
      grep -q "archive=$expect" "$work/err" && ! grep -q '^stpcheck: note:' "$work/err" || {
        cat "$work/err" >&2
        echo "cold.sh: FAILED: '$name' ran without its start-up archive (expected archive=$expect); its time would mislead" >&2
        exit 1
      }
      cmp -s "$work/out" "$work/ref.txt" || [[ $name == *44* ]] || { echo "cold.sh: '$name' printed a different report" >&2; exit 1; }
    fi
    printf '%s\t%d\t%d\t%d\n' "$name" "$r" $(( (e - s) / 1000000 )) "$(tail -1 "$work/rss")" >>"$tsv"
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

{
  echo "# Cold start: measured results"
  echo
  echo "\`bench/cold.sh\`, $(date -u +%Y-%m-%d), $rounds rotated rounds on $(nproc) cores; load average $load_before before, $load_after after."
  echo "Best path: $best. Java 17: $("$j17/bin/java" -version 2>&1 | head -1)."
  echo "Plan: \`$plan\`. Ratios are per round against the floor of the same round."
  echo "Training runs (the first check after a build, archives removed first): best path $train_best ms (44 plans: $train_best44 ms), Java 17 $train_17 ms."
  echo
  perl -e '
    my (%t, %k, @order, %seen);
    while (<STDIN>) { chomp; my ($n, $r, $ms, $kb) = split /\t/; $t{$n}{$r} = $ms; $k{$n}{$r} = $kb; push @order, $n unless $seen{$n}++; }
    sub quant { my ($p, @a) = @_; @a = sort { $a <=> $b } @a; my $i = $p * $#a; my $lo = int $i; $a[$lo] + ($i - $lo) * (($a[$lo + 1] // $a[$lo]) - $a[$lo]) }
    my $floor = $order[0];
    my @r = sort { $a <=> $b } keys %{ $t{$floor} };
    sub ratios { my ($v, $w) = @_; map { $t{$v}{$_} / $t{$w}{$_} } @r }
    print "| variant | median ms | min-max ms | ratio to floor: median (IQR) | peak RSS MB (median) |\n|---|---:|---:|---:|---:|\n";
    for my $v (@order) {
      my @ms = map { $t{$v}{$_} } @r; my @q = ratios($v, $floor); my @kb = map { $k{$v}{$_} / 1024 } @r;
      printf "| %s | %d | %d-%d | %.2f (%.2f-%.2f) | %d |\n", $v, quant(.5, @ms), quant(0, @ms), quant(1, @ms), quant(.5, @q), quant(.25, @q), quant(.75, @q), quant(.5, @kb);
    }
    my @b1 = ratios("best, 1 plan", $floor); my @j1 = ratios("java17, 1 plan", $floor);
    my @b44 = ratios("best, 44 plans", "best, 1 plan"); my @j44 = ratios("java17, 44 plans", "java17, 1 plan");
    my $rss = quant(.5, map { $k{"best, 1 plan"}{$_} / 1024 } @r); my $rss17 = quant(.5, map { $k{"java17, 1 plan"}{$_} / 1024 } @r);
    print "\n| target (issue 12) | measured: median (IQR) | met |\n|---|---:|:---:|\n";
    my $row = sub { my ($what, $m, $lo, $hi, $limit) = @_; printf "| %s | %.2f (%.2f-%.2f) | %s |\n", $what, $m, $lo, $hi, $m <= $limit ? "yes" : "no" };
    $row->("one plan, best path, <= 1.5x the floor", quant(.5, @b1), quant(.25, @b1), quant(.75, @b1), 1.5);
    $row->("one plan, Java 17 alone, <= 2.0x the floor", quant(.5, @j1), quant(.25, @j1), quant(.75, @j1), 2.0);
    $row->("44 plans <= 1.3x one plan, best path", quant(.5, @b44), quant(.25, @b44), quant(.75, @b44), 1.3);
    $row->("44 plans <= 1.3x one plan, Java 17", quant(.5, @j44), quant(.25, @j44), quant(.75, @j44), 1.3);
    printf "| peak RSS of one cold check <= 150 MB (best path / Java 17) | %d / %d MB | %s |\n", $rss, $rss17, ($rss <= 150 && $rss17 <= 150) ? "yes" : "no";
  ' <"$tsv"
} >"$out"
cat "$out"
