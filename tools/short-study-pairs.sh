#!/usr/bin/env bash
# The short study of this tree against another build, both run AT THE SAME TIME in each round, so that both meet the
# same load from other processes (on a shared machine, runs one after the other do not: their CPU times drift with the
# load by more than the difference measured). Each round runs `study --scenarios notebook --seeds 1 --quiet` of both
# builds, each through its own launcher (./relulab, so with that build's JVM options; EXTRA_OPTIONS are added to this
# tree's JVM through JDK_JAVA_OPTIONS: a flag to try), prints each one's wall and user+system CPU time and the load,
# checks that both wrote the same history.csv and figure bytes, and ends with the means and how often this tree used
# less CPU. Both runs share the two cores, so their wall times are about twice those of a lone run: compare CPU
# times, and wall times only with each other.
#
#   tools/short-study-pairs.sh BASE_ROOT [ROUNDS] [EXTRA_OPTIONS]     (ROUNDS defaults to 6)
#
# BASE_ROOT is another checkout with its own ./relulab (e.g. /tmp/base14); both launchers build their jar and class-data
# archive first when needed (not timed).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
base="$(cd "${1:?usage: tools/short-study-pairs.sh BASE_ROOT [ROUNDS] [EXTRA_OPTIONS]}" && pwd)"
rounds="${2:-6}"
extra="${3:-}"
work="$(mktemp -d "${TMPDIR:-/tmp}/relulab-short-pairs.XXXXXX")"
trap 'rm -rf "$work"' EXIT
"$root/relulab" --version > /dev/null
"$base/relulab" --version > /dev/null

run() { # ROOT NAME EXTRA...: one study through ROOT's own launcher (its JVM options) into $work/NAME
  local tree=$1 name=$2
  shift 2
  [ $# -gt 0 ] && export JDK_JAVA_OPTIONS="$*" # each run is a subshell of its own
  /usr/bin/time -f "%e %U %S" -o "$work/$name.time" "$tree/relulab" study --scenarios notebook \
      --seeds 1 --quiet --out "$work/$name/out" > /dev/null 2> "$work/$name.err" || { cat "$work/$name.err" >&2; exit 1; }
}
cpu() { awk '{printf "%.2f", $2 + $3}' "$1"; }
wall() { awk '{print $1}' "$1"; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(java -version 2>&1 | head -1)"
echo "round load1 this_wall this_cpu base_wall base_cpu bytes"
: > "$work/rounds"
for round in $(seq "$rounds"); do
  rm -rf "$work/this" "$work/base"
  load="$(cut -d' ' -f1 /proc/loadavg)"
  if [ $((round % 2)) = 1 ]; then # alternate which one starts first
    run "$root" this $extra & run "$base" base & wait
  else
    run "$base" base & run "$root" this $extra & wait
  fi
  same=same
  for file in history.csv figures/figure1-activations.png figures/figure1-activations.svg figures/figure2-notebook.png \
      figures/figure2-notebook.svg; do
    cmp -s "$work/this/out/$file" "$work/base/out/$file" || same="DIFFERENT:$file"
  done
  line="$round $load $(wall "$work/this.time") $(cpu "$work/this.time") $(wall "$work/base.time") $(cpu "$work/base.time") $same"
  echo "$line" | tee -a "$work/rounds"
done
awk '{n++; tw += $3; tc += $4; bw += $5; bc += $6; if ($4 < $6) fewer++}
  END {printf "mean: this %.2f s wall, %.2f s CPU; base %.2f s wall, %.2f s CPU; this used less CPU in %d of %d rounds\n",
       tw / n, tc / n, bw / n, bc / n, fewer, n}' "$work/rounds"
