#!/usr/bin/env bash
# The short study of two builds, one after the other in interleaved pairs (A B, B A, A B, ...: the order alternates,
# so that a drift of the machine's load hits both alike): `study --scenarios notebook --seeds 1 --quiet` through each
# build's own launcher (its JVM options), every run's wall and user+system CPU time with the load average, then the
# medians and in how many pairs B used less CPU; checks in every pair that both wrote the same history.csv and figure
# bytes. On a machine that others share, compare CPU times and the load beside them, not only wall times.
#
#   tools/short-study-ab.sh ROOT_A ROOT_B [PAIRS]        (PAIRS defaults to 8)
#
# ROOT_A and ROOT_B are checkouts with their own ./relulab (e.g. /tmp/base15 and .); each launcher builds its jar and
# class-data archive first when needed (not timed).
set -euo pipefail
a="$(cd "${1:?usage: tools/short-study-ab.sh ROOT_A ROOT_B [PAIRS]}" && pwd)"
b="$(cd "${2:?usage: tools/short-study-ab.sh ROOT_A ROOT_B [PAIRS]}" && pwd)"
pairs="${3:-8}"
work="$(mktemp -d "${TMPDIR:-/tmp}/relulab-short-ab.XXXXXX")"
trap 'rm -rf "$work"' EXIT
"$a/relulab" --version > /dev/null
"$b/relulab" --version > /dev/null

run() { # NAME ROOT: one study into $work/NAME/out; appends "NAME wall cpu load1" to the results
  local name=$1 tree=$2 load wall user system
  rm -rf "${work:?}/$name"
  load="$(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$tree/relulab" study --scenarios notebook --seeds 1 --quiet \
      --out "$work/$name/out" > /dev/null 2> "$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
  read -r wall user system < "$work/time"
  echo "$name $wall $(awk -v u="$user" -v s="$system" 'BEGIN {printf "%.2f", u + s}') $load" | tee -a "$work/results"
}
median() { # NAME COLUMN (2 wall, 3 cpu, 4 load)
  awk -v n="$1" -v c="$2" '$1 == n {print $c}' "$work/results" | sort -n \
      | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(java -version 2>&1 | head -1)"
echo "A = $a"
echo "B = $b"
echo "run wall_s cpu_s load1"
: > "$work/results"
for pair in $(seq "$pairs"); do
  if [ $((pair % 2)) = 1 ]; then run A "$a"; run B "$b"; else run B "$b"; run A "$a"; fi
  for file in history.csv figures/figure1-activations.png figures/figure1-activations.svg figures/figure2-notebook.png \
      figures/figure2-notebook.svg; do
    cmp -s "$work/A/out/$file" "$work/B/out/$file" || echo "DIFFERENT: $file"
  done
done
echo "median A: wall $(median A 2) s, cpu $(median A 3) s; median B: wall $(median B 2) s, cpu $(median B 3) s;" \
    "load $(median A 4) (median)"
awk '$1 == "A" {a[++i] = $3} $1 == "B" {b[++j] = $3} END {for (k = 1; k <= i; k++) if (b[k] < a[k]) n++;
    printf "B used less CPU in %d of %d pairs\n", n, i}' "$work/results"
