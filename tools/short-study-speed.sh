#!/usr/bin/env bash
# The short study against PyTorch's four trials as whole processes (issue 13; README, "Performance"):
# `./relulab study --scenarios notebook --seeds 1 --quiet` of this tree and of another build (BASE_ROOT, e.g. an
# export of an earlier commit built with `mvn -B -q -DskipTests -pl relulab-cli -am package`), and
# relulab-bench/peers/pytorch_trials.py, interleaved (this, base, PyTorch, this, base, ...) so that a change of the
# machine's load hits each alike. Prints every run's wall and user+system CPU time with the load average, then the
# medians and the ratio to PyTorch's median; checks that both builds wrote the same figures and history.csv bytes
# (their output folders have the same name, so that the recorded command is the same).
#
#   tools/short-study-speed.sh [BASE_ROOT] [ROUNDS]        (ROUNDS defaults to 5)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
base="${1:-}"
rounds="${2:-5}"
python="${PYTHON:-/usr/bin/python3}"
work="$(mktemp -d "${TMPDIR:-/tmp}/relulab-short-study.XXXXXX")"
trap 'rm -rf "$work"' EXIT
results="$work/results.txt"

timed() { # name, command...: runs it once, appends "name wall cpu load1" to the results and prints the line
  local name="$1"; shift
  local load; load="$(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
  read -r wall user system < "$work/time"
  local line; line="$name $wall $(awk -v u="$user" -v s="$system" 'BEGIN {printf "%.2f", u + s}') $load"
  echo "$line" >> "$results"
  echo "$line"
}

median() { # name, column (2 wall, 3 cpu)
  awk -v n="$1" -v c="$2" '$1 == n {print $c}' "$results" | sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

study=(study --scenarios notebook --seeds 1 --quiet)
"$root/relulab" --version > /dev/null # builds the jar and the class-data archive when needed (not timed)
[ -n "$base" ] && "$base/relulab" --version > /dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(java -version 2>&1 | head -1)"
echo "run wall_s cpu_s load1"
for round in $(seq "$rounds"); do
  rm -rf "$work/this" "$work/base"
  timed this "$root/relulab" "${study[@]}" --out "$work/this/out"
  [ -n "$base" ] && timed base "$base/relulab" "${study[@]}" --out "$work/base/out"
  timed pytorch "$python" "$root/relulab-bench/peers/pytorch_trials.py"
done

names=(this pytorch)
[ -n "$base" ] && names=(this base pytorch)
torch="$(median pytorch 2)"
for name in "${names[@]}"; do
  wall="$(median "$name" 2)"
  echo "median $name: wall $wall s, cpu $(median "$name" 3) s; PyTorch's wall / this: $(awk -v t="$torch" -v w="$wall" 'BEGIN {printf "%.2f", t / w}')"
done
if [ -n "$base" ]; then
  for file in history.csv figures/figure1-activations.png figures/figure1-activations.svg figures/figure2-notebook.png \
      figures/figure2-notebook.svg; do
    cmp -s "$work/this/out/$file" "$work/base/out/$file" && echo "same bytes: $file" || echo "DIFFERENT: $file"
  done
fi
