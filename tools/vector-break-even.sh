#!/usr/bin/env bash
# Where the vector kernels start to pay (issue 13, "vector run"; the reasoning is in io.relulab.math.VectorModule's
# WARM_UP_STEPS): `study --scenarios notebook --seeds N --quiet` (N seeds × 4 trials × 2 500 steps) with the
# launcher's JVM options, the vector kernels forced on (-Drelulab.vector=true) and off (false) in the same JVM set-up
# (module, dontinline, class-data archive), interleaved, ROUNDS times per N. Prints wall and CPU (user + sys) seconds
# of every run, the medians per N and mode, the load average, and whether history.csv is byte-identical across all.
# Usage: tools/vector-break-even.sh ROUNDS N...        e.g. tools/vector-break-even.sh 3 1 2 3 4 6 8
# (after `./relulab --help` has built the jar and its archive).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds=$1
shift
jar="$root/relulab-cli/target/relulab.jar"
archive="$root/relulab-cli/target/relulab.jsa"
work="$(mktemp -d "${TMPDIR:-/tmp}/vector-break-even.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# shellcheck source=../relulab-cli/jvm-options.sh
source "$root/relulab-cli/jvm-options.sh"
options=("${base_options[@]}" "${vector_module_options[@]}" -XX:SharedArchiveFile="$archive")
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(java -version 2>&1 | head -1)"
for round in $(seq "$rounds"); do
  for n in "$@"; do
    for vector in true false; do
      rm -rf "$work/out"
      /usr/bin/time -o "$work/time" -f '%e %U %S' java "${options[@]}" -Drelulab.vector="$vector" -jar "$jar" \
          study --scenarios notebook --seeds "$n" --quiet --out "$work/out" >/dev/null 2>"$work/err"
      read -r wall user sys < <(tail -1 "$work/time")
      reference="$work/history-$n.csv"
      [ -f "$reference" ] || cp "$work/out/history.csv" "$reference"
      same=$(cmp -s "$reference" "$work/out/history.csv" && echo identical || echo DIFFERENT)
      printf 'round %s  seeds %s  steps %s  vector %-5s  wall %s s  cpu %.2f s  load %s  history.csv %s\n' "$round" "$n" \
          $((n * 10000)) "$vector" "$wall" "$(echo "$user + $sys" | bc)" "$(cut -d' ' -f1 /proc/loadavg)" "$same" \
          | tee -a "$work/results"
    done
  done
done
echo "medians (s): seeds, steps, vector wall/cpu, plain wall/cpu, vector − plain wall/cpu"
/usr/bin/python3 - "$work/results" <<'PY'
import collections, statistics, sys
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    f = line.split()
    rows[(int(f[3]), f[7])].append((float(f[9]), float(f[12])))
for n in sorted({n for n, _ in rows}):
    v, p = rows[(n, "true")], rows[(n, "false")]
    vw, vc = statistics.median(x[0] for x in v), statistics.median(x[1] for x in v)
    pw, pc = statistics.median(x[0] for x in p), statistics.median(x[1] for x in p)
    print(f"{n:3d} {n * 10000:7d}   {vw:6.2f} {vc:6.2f}   {pw:6.2f} {pc:6.2f}   {vw - pw:+6.2f} {vc - pc:+6.2f}")
PY
