#!/usr/bin/env bash
# Side-by-side timings for the README's "Performance" section, interleaved (A, B, peer, A, B, peer, ...) so that
# a change in the machine's load hits every candidate alike; prints medians. Needs the peers of README.md here
# and both builds' jars (mvn -B -q -DskipTests -pl relulab-cli,relulab-bench -am package).
#
#   bash relulab-bench/peers/compare.sh [BASE_ROOT] [ROUNDS]
#
# BASE_ROOT: the root of another build to compare with (e.g. an export of main, built the same way); optional.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
base="${1:-}"
rounds="${2:-3}"
work="$(mktemp -d "${TMPDIR:-/tmp}/relulab-compare.XXXXXX")"
results="$work/results.tsv"
peers="$root/relulab-bench/peers"

say() { echo "$*" >&2; }
cpu_steps() { # name, jar, JVM options...: appends "name:activation<TAB>us/step" timed by the thread's CPU clock
  local name="$1" jar="$2"; shift 2
  java "$@" -cp "$jar" "$root/relulab-bench/scripts/StepCpuTime.java" relu elu 2>/dev/null \
    | awk -v n="$name" '{print n ":" $1 "\t" $3}' >> "$results"
}

load() { say "load: $(uptime | sed 's/.*load average: //')"; }

timed() { # name, command...: appends "name<TAB>wall<TAB>user" to results
  local name="$1"; shift
  /usr/bin/time -f "%e %U" -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || { cat "$work/stderr" >&2; return 1; }
  read -r wall user < "$work/time"
  printf '%s\t%s\t%s\n' "$name" "$wall" "$user" >> "$results"
}

jmh() { # name, jar, extra JMH options...: appends "name:activation<TAB>us/op"
  local name="$1" jar="$2"; shift 2
  java -jar "$jar" TrainingStepBenchmark -wi 5 -w 1 -i 5 -r 1 -f 1 "$@" 2>/dev/null \
    | awk -v n="$name" '/^TrainingStepBenchmark.trainingStep/ {print n ":" $2 "\t" $5}' >> "$results"
}

# ./relulab's own JVM options (see the launcher), to time the jar with its kernels forced one way (the launcher passes
# relulab.vector=auto: vector kernels only for runs whose planned work repays their warm-up)
# shellcheck source=../../relulab-cli/jvm-options.sh
source "$root/relulab-cli/jvm-options.sh"
launcher=("${base_options[@]}" -XX:SharedArchiveFile="$root/relulab-cli/target/relulab.jsa")
vector=("${vector_module_options[@]}")

load
gcc -O2 -mavx2 -mfma -o "$work/fma_peak" "$peers/fma_peak.c"
"$work/fma_peak"
grep -o -w -E 'avx2|avx512f|fma' /proc/cpuinfo | sort -u | tr '\n' ' ' >&2; echo >&2
"$root/relulab" --version > /dev/null # builds the jar and the class-data archive if needed (not timed)
[ -n "$base" ] && [ -x "$base/relulab" ] && "$base/relulab" --version > /dev/null 2>&1

for round in $(seq "$rounds"); do
  say "round $round"; load
  jmh "jmh new (vector)" "$root/relulab-bench/target/benchmarks.jar" -p activation=relu,elu
  jmh "jmh new (no module)" "$root/relulab-bench/target/benchmarks.jar" -p activation=relu,elu -jvmArgsAppend -Drelulab.vector=false
  [ -n "$base" ] && jmh "jmh base (vector)" "$base/relulab-bench/target/benchmarks.jar" -p activation=relu,elu
  cpu_steps "step CPU new (vector)" "$root/relulab-bench/target/benchmarks.jar" "${vector[@]}"
  cpu_steps "step CPU new (scalar)" "$root/relulab-bench/target/benchmarks.jar"
  [ -n "$base" ] && cpu_steps "step CPU base (vector)" "$base/relulab-bench/target/benchmarks.jar" "${vector[@]}"
  [ -n "$base" ] && cpu_steps "step CPU base (scalar)" "$base/relulab-bench/target/benchmarks.jar"
  timed "notebook seeds 1: new ./relulab" "$root/relulab" study --scenarios notebook --seeds 1 --quiet --out "$work/new"
  timed "notebook seeds 1: new, vector kernels forced" java "${launcher[@]}" "${vector[@]}" -Drelulab.vector=true \
      -jar "$root/relulab-cli/target/relulab.jar" study --scenarios notebook --seeds 1 --quiet --out "$work/new-vector"
  [ -n "$base" ] && timed "notebook seeds 1: base ./relulab" "$base/relulab" study --scenarios notebook --seeds 1 --quiet --out "$work/base"
  [ -n "$base" ] && timed "notebook seeds 1: base jar, no module" java -Djava.awt.headless=true \
      -jar "$base/relulab-cli/target/relulab.jar" study --scenarios notebook --seeds 1 --quiet --out "$work/base-scalar"
  timed "pytorch four trials (float64)" /usr/bin/python3 "$peers/pytorch_trials.py"
  timed "default study: new ./relulab" "$root/relulab" study --quiet --out "$work/new-default"
  timed "default study: new, plain kernels forced" java "${launcher[@]}" "${vector[@]}" -Drelulab.vector=false \
      -jar "$root/relulab-cli/target/relulab.jar" study --quiet --out "$work/new-default-plain"
  [ -n "$base" ] && timed "default study: base ./relulab" "$base/relulab" study --quiet --out "$work/base-default"
done
cmp "$work/new/history.csv" "$work/new-vector/history.csv" && say "history.csv: the same bytes with the plain and the vector kernels"
cmp "$work/new-default/history.csv" "$work/new-default-plain/history.csv" \
  && say "default study's history.csv: the same bytes with the vector and the plain kernels"
[ -n "$base" ] && cmp "$work/new/history.csv" "$work/base/history.csv" && say "history.csv: the same bytes as the base build"
load
/usr/bin/python3 "$peers/peer_steps.py"
load

/usr/bin/python3 - "$results" <<'PY'
import collections, statistics, sys
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    name, *values = line.rstrip("\n").split("\t")
    rows[name].append([float(v) for v in values])
print(f"{'measurement':45s} {'n':>2s} {'median':>9s} {'(user s)':>9s}  all")
for name, values in rows.items():
    first = [v[0] for v in values]
    extra = f"{statistics.median([v[1] for v in values]):9.2f}" if len(values[0]) > 1 else " " * 9
    print(f"{name:45s} {len(values):2d} {statistics.median(first):9.2f} {extra}  {' '.join(f'{v:.2f}' for v in first)}")
PY
echo "raw results: $results" >&2
