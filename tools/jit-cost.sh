#!/usr/bin/env bash
# The JIT's share of a study, before and after (issue 13, "trial JIT"): for each build root given (a checkout whose
# relulab-cli/target holds relulab.jar and its class-data archive relulab.jsa, as ./relulab makes them), interleaved,
# ROUNDS times each:
#   1. wall and user CPU of the whole process, with the launcher's JVM options, and whether history.csv is
#      byte-identical to the first root's;
#   2. CPU seconds per thread kind (C2 and C1 compiler threads, trial threads, figures, main), from `perf record`
#      cpu-clock samples at 1 kHz (skipped when perf is missing);
#   3. once per root: the compile tasks' total time by tier from -XX:+LogCompilation (task wall time: it grows with
#      the machine's load, unlike 2), the ten largest C2 compilations and the number of method-handle classes
#      (LambdaForm$MH) the JVM spins at run time.
# Usage: tools/jit-cost.sh short|default ROUNDS ROOT...      e.g. tools/jit-cost.sh short 3 /tmp/base13 .
# "short" is `study --scenarios notebook --seeds 1 --quiet`, "default" the 80-trial `study --quiet`.
set -euo pipefail
# shellcheck source=../relulab-cli/jvm-options.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/relulab-cli/jvm-options.sh"
mode=$1 rounds=$2
shift 2
args=(study --quiet)
[ "$mode" = short ] && args+=(--scenarios notebook --seeds 1)
work="$(mktemp -d "${TMPDIR:-/tmp}/jit-cost.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# java with the launcher's options and ROOT's class-data archive, as an array (external programs such as
# /usr/bin/time and perf run it, which a shell function they cannot call)
jvm=()
set_jvm() { # ROOT
  jvm=(java "${base_options[@]}" "${vector_options[@]}" -XX:SharedArchiveFile="$1/relulab-cli/target/relulab.jsa")
}
jar() { echo "$1/relulab-cli/target/relulab.jar"; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(java -version 2>&1 | head -1)"
reference=""
for round in $(seq "$rounds"); do
  for root in "$@"; do
    root="$(cd "$root" && pwd)"
    out="$work/out"
    rm -rf "$out" "$work/perf.data"
    set_jvm "$root"
    if command -v perf >/dev/null; then
      /usr/bin/time -o "$work/time" -f '%e %U' perf record -q -F 1000 -e cpu-clock -o "$work/perf.data" -- \
          "${jvm[@]}" -jar "$(jar "$root")" "${args[@]}" --out "$out" >/dev/null
    else
      /usr/bin/time -o "$work/time" -f '%e %U' "${jvm[@]}" -jar "$(jar "$root")" "${args[@]}" --out "$out" >/dev/null
    fi
    read -r wall user < <(tail -1 "$work/time")
    [ -n "$reference" ] || { reference="$work/reference.csv"; cp "$out/history.csv" "$reference"; }
    same=$(cmp -s "$reference" "$out/history.csv" && echo identical || echo DIFFERENT)
    threads=""
    if [ -f "$work/perf.data" ]; then
      threads=$(perf report -q -i "$work/perf.data" --sort comm --stdio -F sample,comm 2>/dev/null | awk '
        { n = $1; c = $2; for (i = 3; i <= NF; i++) c = c " " $i
          k = "other"
          if (c ~ /C2 Compiler/) k = "C2"; else if (c ~ /C1 Compiler/) k = "C1"
          else if (c ~ /relulab-trial/) k = "trials"; else if (c ~ /relulab-figure/) k = "figures"
          else if (c == "java") k = "main"
          s[k] += n; t += n }
        END { printf "C2 %.2f  C1 %.2f  trials %.2f  figures %.2f  main %.2f  other %.2f  (s CPU)", \
              s["C2"]/1000, s["C1"]/1000, s["trials"]/1000, s["figures"]/1000, s["main"]/1000, s["other"]/1000 }')
    fi
    echo "round $round  $root  wall ${wall} s  user ${user} s  load $(cut -d' ' -f1 /proc/loadavg)  history.csv $same  $threads"
  done
done
for root in "$@"; do
  root="$(cd "$root" && pwd)"
  rm -rf "$work/out"
  set_jvm "$root"
  "${jvm[@]}" -XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation -XX:LogFile="$work/compilation.xml" \
      -Xlog:class+load=info:file="$work/classes.txt" -jar "$(jar "$root")" "${args[@]}" --out "$work/out" >/dev/null
  echo "== $root: compilation (LogCompilation task time, s) and run-time method-handle classes"
  python3 - "$work/compilation.xml" <<'EOF'
import collections, re, sys
text = open(sys.argv[1]).read()
by_tier = collections.Counter()
tasks = []
for task in re.finditer(r"<task ([^>]*)>(.*?)</task>", text, re.S):
    finished = re.search(r"<task_done([^>]*)>", task.group(2))
    if not finished:
        continue
    head, done = task.group(1), finished.group(1)
    method = re.search(r"method='([^']+)'", head).group(1).split(' ')
    level = re.search(r"level='(\d)'", head)
    tier = level.group(1) if level else '4'
    seconds = float(re.search(r"stamp='([0-9.]+)'", done).group(1)) - float(re.search(r"stamp='([0-9.]+)'", head).group(1))
    by_tier[tier] += seconds
    if tier == '4':
        size = re.search(r"nmsize='(\d+)'", done)
        osr = ' (OSR)' if "compile_kind='osr'" in head else ''
        tasks.append((seconds, method[0].split('.')[-1] + '.' + method[1] + osr, size.group(1) if size else '?'))
print('  by tier: ' + ', '.join('tier %s %.2f' % (t, by_tier[t]) for t in sorted(by_tier)) + ', C1 (tiers 1-3) %.2f, C2 %.2f'
      % (sum(v for t, v in by_tier.items() if t != '4'), by_tier['4']))
print('  made not entrant: %d' % len(re.findall(r'<make_not_entrant', text)))
for seconds, name, size in sorted(tasks, reverse=True)[:10]:
    print('  %.3f s  %s  %s bytes' % (seconds, name, size))
EOF
  echo "  LambdaForm\$MH classes spun at run time: $(grep -c 'LambdaForm\$MH.*__JVM_LookupDefineClass__' "$work/classes.txt" || true)"
done
