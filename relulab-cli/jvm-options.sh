# shellcheck shell=bash
# The JVM options of ./relulab, stated once: the launcher sources this file, and so do the scripts that run the jar
# themselves (tools/, relulab-bench/). README, "Performance", says why each is there.
#
# Every run: headless figures; the serial collector (a run allocates little, and it starts faster than G1 on two
# cores); JVM warnings on stderr, so that they never mix with the output; and four settings of C2, the JIT's
# optimising compiler, whose one thread on a two-core machine is busy for the whole of a short run. By default C2
# compiles a method whole only after 600 calls, but one of its loops on its own (on-stack replacement) after 40 000
# iterations, so every kernel, whose loops are long for its calls, was compiled twice (the loop first, the whole
# method later). With these, a method is compiled whole after 50 calls once its calls and loop iterations together
# reach 15 000 (the default), a loop on its own only after 400 000 iterations within one call, and C2 inlines a
# frequently called method of up to 150 bytecodes (325 by default) and calls up to 9 deep (JDK 14's default; 15 since
# JDK 15), so that its compilations are smaller and ready sooner. The results are the same bits, whichever code
# computes them.
# shellcheck disable=SC2034
base_options=(-Djava.awt.headless=true -XX:+UseSerialGC -Xlog:disable -Xlog:all=warning:stderr
  -XX:Tier4MinInvocationThreshold=50 -XX:Tier4BackEdgeThreshold=400000 -XX:FreqInlineSize=150
  -XX:MaxInlineLevel=9)
# The vector kernels' module: the JDK's incubating Vector API; dontinline keeps each vector loop its own compilation,
# so that C2 never meets it too deep to use the intrinsics.
# shellcheck disable=SC2034
vector_module_options=(--add-modules jdk.incubator.vector -XX:CompileCommand=quiet
  '-XX:CompileCommand=dontinline,io.relulab.math.Vector*::*InPlace'
  '-XX:CompileCommand=dontinline,io.relulab.math.VectorProductKernels::multiply*')
# The commands that train or inspect add the module with relulab.vector=auto, so that a run engages the vector
# kernels only when its planned work repays their warm-up (they give the same bits as the plain loops).
# shellcheck disable=SC2034
vector_options=("${vector_module_options[@]}" -Drelulab.vector=auto)
