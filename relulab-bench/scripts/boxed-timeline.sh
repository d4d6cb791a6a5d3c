#!/usr/bin/env bash
# Where and when Vector API code runs boxed: samples (perf, 999 Hz, frame pointers) of a study with the vector module
# whose top frame is in jdk.incubator.vector / jdk.internal.vm.vector (the non-intrinsic Java bodies of the vector
# operations: boxed vectors), counted per calling kernel and per half second of the run, beside the same kernel's
# other samples. A kernel whose boxed samples stop once its compiled samples start was boxed only while it warmed up
# (interpreter and C1); one boxed to the end would be a steady-state problem. Needs perf and python3.
#
#   bash relulab-bench/scripts/boxed-timeline.sh [STUDY OPTIONS...]     (default: the default study)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/relulab-boxed.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# shellcheck source=../../relulab-cli/jvm-options.sh
source "$root/relulab-cli/jvm-options.sh"
perf record -F 999 -g -o "$work/perf.data" -- java "${base_options[@]}" "${vector_module_options[@]}" \
  -XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit -XX:+PreserveFramePointer \
  -jar "$root/relulab-cli/target/relulab.jar" study --quiet --out "$work/out" "$@" >/dev/null 2>&1
perf script -i "$work/perf.data" -F comm,tid,time,ip,sym 2>/dev/null > "$work/stacks.txt"
/usr/bin/python3 - "$work/stacks.txt" <<'PY'
import collections, sys
stacks, current = [], []
for line in open(sys.argv[1]):
    if line.strip():
        current.append(line.strip())
    elif current:
        stacks.append(current)
        current = []
if current:
    stacks.append(current)
start = float(stacks[0][0].split()[-1].rstrip(':'))
boxed, compiled, total = collections.defaultdict(collections.Counter), collections.defaultdict(collections.Counter), 0
for s in stacks:
    if len(s) < 2:
        continue
    total += 1
    t = int((float(s[0].split()[-1].rstrip(':')) - start) * 2) / 2
    frames = [f.split(None, 1)[1] for f in s[1:] if len(f.split(None, 1)) > 1]
    if 'jdk.incubator.vector' in frames[0] or 'jdk.internal.vm.vector' in frames[0]:
        own = [f for f in frames if 'io.relulab' in f]
        name = own[0].split('(')[0].split()[-1] if own else '(no io.relulab frame)'
        boxed[name][t] += 1
    elif 'io.relulab.math.Vector' in frames[0]:
        compiled[frames[0].split('(')[0].split()[-1]][t] += 1
print(f"{sum(sum(c.values()) for c in boxed.values())} boxed samples of {total}")
for name, counts in sorted(boxed.items(), key=lambda kv: -sum(kv[1].values())):
    print(f"{name}: boxed {sum(counts.values())}")
    print("   boxed at s:    " + " ".join(f"{t}:{n}" for t, n in sorted(counts.items())))
    own = compiled.get(name)
    if own:
        print("   compiled at s: " + " ".join(f"{t}:{n}" for t, n in sorted(own.items())))
PY
