#!/usr/bin/env bash
# The launcher's vector run against another build (issue 13, "vector run"): `./relulab` of this tree and of BASE_ROOT
# (e.g. a build of main before it), interleaved round by round, on
#   short    study --scenarios notebook --seeds 1 --quiet     (plans 10 000 steps: the plain loops)
#   default  study --quiet                                     (200 000 steps: the vector kernels)
#   sweep    the 1 008-trial sweep of README "Speed and memory of a sweep" (504 000 steps)
# Prints wall and CPU (user + sys) seconds of every whole process, the load average, whether history.csv is
# byte-identical to the base's of the same round, and the medians per workload and build.
# Usage: tools/vector-run-compare.sh BASE_ROOT ROUNDS [short] [default] [sweep]   (default: short default)
# Run each launcher once before (`./relulab --help`) so that neither run builds its jar or archive while timed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base="$(cd "$1" && pwd)"
rounds=$2
shift 2
workloads=("$@")
[ ${#workloads[@]} -gt 0 ] || workloads=(short default)
work="$(mktemp -d "${TMPDIR:-/tmp}/vector-run-compare.XXXXXX")"
trap 'rm -rf "$work"' EXIT
arguments() {
  case "$1" in
    short) echo "study --scenarios notebook --seeds 1 --quiet" ;;
    default) echo "study --quiet" ;;
    sweep) echo "sweep --learning-rates 0.0001,0.0003,0.001,0.003,0.01,0.03,0.1 --depths 2,4,8 --widths 32 \
--activations relu,leaky_relu:0.1,elu:1.0,gelu --inits glorot_uniform,he_normal --seeds 6 --epochs 10 --quiet" ;;
  esac
}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(java -version 2>&1 | head -1)"
for round in $(seq "$rounds"); do
  for workload in "${workloads[@]}"; do
    for build in base new; do
      dir="$root"; [ "$build" = base ] && dir="$base"
      out="$work/$build"
      rm -rf "$out"
      # shellcheck disable=SC2046
      /usr/bin/time -o "$work/time" -f '%e %U %S' "$dir/relulab" $(arguments "$workload") --out "$out" >/dev/null 2>"$work/err" \
          || { echo "$build $workload failed:"; cat "$work/err"; exit 1; }
      read -r wall user sys < <(tail -1 "$work/time")
      same=""
      if [ "$build" = new ]; then
        same="history.csv $(cmp -s "$work/base/history.csv" "$out/history.csv" && echo identical || echo DIFFERENT)"
        [ -s "$work/err" ] && same="$same, stderr: $(head -c 200 "$work/err" | tr '\n' ' ')"
      fi
      printf 'round %s  %-7s  %-4s  wall %6.2f s  cpu %6.2f s  load %s  %s\n' "$round" "$workload" "$build" "$wall" \
          "$(echo "$user + $sys" | bc)" "$(cut -d' ' -f1 /proc/loadavg)" "$same" | tee -a "$work/results"
    done
  done
done
echo "medians (s): workload, build, wall, cpu"
/usr/bin/python3 - "$work/results" <<'PY'
import collections, statistics, sys
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    f = line.split()
    rows[(f[2], f[3])].append((float(f[5]), float(f[8])))
for (workload, build), values in rows.items():
    print(f"{workload:8s} {build:4s} {statistics.median(v[0] for v in values):7.2f} {statistics.median(v[1] for v in values):7.2f}"
          f"   ({', '.join(f'{v[0]:.2f}/{v[1]:.2f}' for v in values)})")
PY
