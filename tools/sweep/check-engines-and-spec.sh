#!/usr/bin/env bash
# Reproduces the sweep checks of issue 12 on this machine (see README "The dying map"):
#   1. the 16-trial sweep with the local engine (A) and as a Spark local[2] job (B): same trials bit for bit;
#   2. the same command into A again resumes and runs no trial;
#   3. --spec A/results.json (the expanded spec A recorded) into A2 gives A's trials again;
#   4. with --full, the 720-trial sweep with epochs as an axis (5, 10, 20) whose dying map the issue note describes.
# Usage: tools/sweep/check-engines-and-spec.sh OUT_DIR [--full]     (needs /usr/bin/python3 for the comparison)
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
R="$here/relulab"
out=${1:?usage: $0 OUT_DIR [--full]}
mkdir -p "$out"
ARGS="--learning-rates 0.001,0.05 --depths 2,3 --widths 16 --activations relu,leaky_relu:0.1 --seeds 2 --epochs 4"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$R" sweep $ARGS --out "$out/A" --quiet
"$R" sweep $ARGS --engine spark --master 'local[2]' --out "$out/B" --quiet
"$R" sweep $ARGS --out "$out/A" 2>&1 | grep -i resuming
echo "trial log parts in A: $(ls "$out/A/trials" | wc -l)"
"$R" sweep --spec "$out/A/results.json" --out "$out/A2" --quiet
/usr/bin/python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
def trials(name):
    doc = json.load(open(f"{out}/{name}/results.json"))
    rows = []
    for t in doc["trials"]:
        t.pop("elapsed_ms", None)
        rows.append(json.dumps(t, sort_keys=True))
    return rows, doc   # in the file's order: the sweep's expansion order on every engine
a, da = trials("A"); b, db = trials("B"); c, dc = trials("A2")
print("trials:", len(a), len(b), len(c))
print("local == spark (every field but elapsed_ms, in file order):", a == b, "| cells:", da["cells"] == db["cells"], "| findings:", da["findings"] == db["findings"])
print("A == --spec A/results.json:", a == c, "| same spec:", da["spec"] == dc["spec"])
PY
if [[ "${2:-}" == "--full" ]]; then
  "$R" sweep --learning-rates 0.001,0.003,0.01,0.03,0.1 --depths 2,4,8 --widths 32 --activations relu,leaky_relu:0.1 \
      --inits glorot_uniform,he_normal --epochs 5,10,20 --seeds 4 --out "$out/epochs"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
