#!/usr/bin/env bash
# The notebook training step only, this build against another, interleaved round by round (new, base, new, base, ...):
# JMH TrainingStepBenchmark (wall clock; its forks add the vector module) with and without the module, and
# StepCpuTime.java (the thread's CPU clock, and the bytes allocated per step: a JVM whose vector code boxed shows
# hundreds of kilobytes) with and without it. Prints every value as measured, then the medians, and the load before
# each round. Both builds: mvn -B -q -DskipTests -pl relulab-cli,relulab-bench -am package.
#
#   bash relulab-bench/scripts/step-compare.sh BASE_ROOT [ROUNDS]
#
# ACTIVATIONS (comma-separated, default relu,prelu,elu) chooses the activations of both benchmarks.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
base="$1"
rounds="${2:-3}"
activations="${ACTIVATIONS:-relu,prelu,elu}"
results="$(mktemp "${TMPDIR:-/tmp}/relulab-step-compare.XXXXXX")"
# shellcheck source=../../relulab-cli/jvm-options.sh
source "$root/relulab-cli/jvm-options.sh"
vector=("${vector_module_options[@]}")

jmh() { # name, jar, extra JMH options...
  local name="$1" jar="$2"; shift 2
  java -jar "$jar" TrainingStepBenchmark -p activation="$activations" -wi 5 -w 1 -i 5 -r 1 -f 1 "$@" 2>/dev/null \
    | awk -v n="$name" '/^TrainingStepBenchmark.trainingStep/ {print "JMH " n " " $2 "\t" $5}' | tee -a "$results"
}
cpu() { # name, jar, JVM options...
  local name="$1" jar="$2"; shift 2
  java "$@" -cp "$jar" "$root/relulab-bench/scripts/StepCpuTime.java" ${activations//,/ } 2>/dev/null \
    | awk -v n="$name" '{print "CPU " n " " $1 "\t" $3 "\t" $(NF-4) " B/step"}' | tee -a "$results"
}

for round in $(seq "$rounds"); do
  echo "round $round, load $(uptime | sed 's/.*load average: //')"
  for build in new base; do
    dir="$root"; [ "$build" = base ] && dir="$base"
    jar="$dir/relulab-bench/target/benchmarks.jar"
    jmh "$build vector" "$jar"
    jmh "$build plain" "$jar" -jvmArgsAppend -Drelulab.vector=false
    cpu "$build vector" "$jar" "${vector[@]}"
    cpu "$build plain" "$jar"
  done
done
echo "medians (µs per step):"
/usr/bin/python3 - "$results" <<'PY'
import collections, statistics, sys
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    name, value = line.split("\t")[:2]
    rows[name].append(float(value))
for name, values in rows.items():
    print(f"{name:32s} {statistics.median(values):7.1f}   ({', '.join(f'{v:.1f}' for v in values)})")
PY
