#!/bin/sh
# The inspector's speed against plain ONNX Runtime inference (README, "Inspect your own model"): InspectorSpeed
# (plain vs inspect, median of REPEATS after a warm-up, wall and CPU time) and InspectorProfile (where the time
# goes), on the CNN of 962 926 parameters and IMAGES random 1x28x28 images, batches of BATCH. The JVM options
# are the relulab launcher's (the vector kernels); pass VECTOR=false to time the plain loops instead.
# Usage: tools/inspector-speed.sh [IMAGES [BATCH [REPEATS]]]     (defaults 10000 256 3)
set -e
cd "$(dirname "$0")/.."
mvn -B -q -pl relulab-onnx -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/cp.txt
cp="relulab-onnx/target/test-classes:relulab-onnx/target/classes:$(cat relulab-onnx/target/cp.txt)"
run() {
  java -Drelulab.vector="${VECTOR:-true}" --add-modules jdk.incubator.vector -XX:CompileCommand=quiet \
      '-XX:CompileCommand=dontinline,io.relulab.math.Vector*::*InPlace' -cp "$cp" "$@" 2>&1 \
      | grep -v '^WARNING: Using incubator modules'
}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(java -version 2>&1 | head -1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
run io.relulab.onnx.InspectorSpeed "${1:-10000}" "${2:-256}" "${3:-3}"
run io.relulab.onnx.InspectorProfile "${1:-10000}" "${2:-256}" "${3:-3}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
