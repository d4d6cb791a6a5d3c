import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The notebook training step of two or more builds in one JVM, timed by the thread's CPU clock, blocks interleaved
 * (A, B, B, A, ...): each build's classes are loaded by their own class loader, so both run under the same load,
 * frequency and JIT queue, which separate JVMs on a shared machine do not. Each build is a classes folder or jar of
 * relulab-core (put first) with the dependencies from the given benchmarks jar behind it. Prints per build and
 * activation the median and minimum µs per step over 25 blocks of 1 000 steps (after 12 warm-up blocks), the bytes
 * allocated per step, and whether every build ended with the same weights bit for bit.
 *
 * <pre>{@code
 * java --add-modules jdk.incubator.vector -XX:CompileCommand=quiet \
 *   '-XX:CompileCommand=dontinline,io.relulab.math.Vector*::*InPlace' \
 *   '-XX:CompileCommand=dontinline,io.relulab.math.VectorProductKernels::multiply*' \
 *   relulab-bench/scripts/StepAB.java relulab-bench/target/benchmarks.jar relu,elu \
 *   /tmp/base/relulab-core/target/classes relulab-core/target/classes
 * }</pre>
 */
public class StepAB {
    public static void main(String[] args) throws Throwable {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Path dependencies = Path.of(args[0]);
        String[] activations = args[1].split(",");
        List<String> builds = Arrays.asList(args).subList(2, args.length);
        int blocks = 25;
        int steps = 1000;
        for (String activation : activations) {
            List<Build> runs = new ArrayList<>();
            for (String build : builds) {
                runs.add(new Build(build, dependencies, activation));
            }
            double[][] perStep = new double[runs.size()][blocks];
            long[] bytes = new long[runs.size()];
            for (int block = -12; block < blocks; block++) {
                for (int v = 0; v < runs.size(); v++) {
                    int which = (block & 1) == 0 ? v : runs.size() - 1 - v;
                    Build run = runs.get(which);
                    long allocated = threads.getCurrentThreadAllocatedBytes();
                    long start = threads.getCurrentThreadCpuTime();
                    run.steps(steps);
                    long time = threads.getCurrentThreadCpuTime() - start;
                    if (block >= 0) {
                        perStep[which][block] = time / (double) steps / 1e3;
                        bytes[which] += threads.getCurrentThreadAllocatedBytes() - allocated;
                    }
                }
            }
            String reference = runs.get(0).weights();
            for (int v = 0; v < runs.size(); v++) {
                double[] sorted = perStep[v].clone();
                Arrays.sort(sorted);
                System.out.printf("%-6s %-55s median %6.2f us/step CPU, min %6.2f, %d B/step, weights %s%n",
                        activation, builds.get(v), sorted[blocks / 2], sorted[0], bytes[v] / ((long) blocks * steps),
                        runs.get(v).weights().equals(reference) ? "same as the first" : "DIFFERENT");
            }
        }
    }

    /** One build's step, reached by method handles (no boxing: every handle has an exact type). */
    private static final class Build {
        private final Object step;
        private final Object data;
        private final int[] order;
        private final Object network;
        private final MethodHandle run;
        private final MethodHandle parameters;
        private int done;

        Build(String classes, Path dependencies, String activation) throws Throwable {
            ClassLoader loader = new URLClassLoader(new URL[] {Path.of(classes).toUri().toURL(), dependencies.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Class<?> datasets = Class.forName("io.relulab.data.synthetic.Datasets", true, loader);
            Class<?> split = datasets.getMethod("notebook").getReturnType();
            Object notebook = datasets.getMethod("notebook").invoke(null);
            data = split.getMethod("train").invoke(notebook);
            Class<?> dataset = Class.forName("io.relulab.data.Dataset", true, loader);
            Class<?> random = Class.forName("io.relulab.random.NumpyRandom", true, loader);
            int rows = (int) dataset.getMethod("rows").invoke(data);
            int columns = (int) dataset.getMethod("columns").invoke(data);
            order = (int[]) random.getMethod("permutation", int.class).invoke(random.getConstructor(long.class).newInstance(1L), rows);
            Class<?> activationType = Class.forName("io.relulab.activation.Activation", true, loader);
            String name = switch (activation) {
                case "relu" -> "Relu";
                case "prelu" -> "PRelu";
                case "elu" -> "Elu";
                case "selu" -> "Selu";
                case "celu" -> "Celu";
                default -> throw new IllegalArgumentException(activation + "; expected relu, prelu, elu, selu or celu");
            };
            Object function = Class.forName("io.relulab.activation." + name, true, loader).getConstructor().newInstance();
            Class<?> spec = Class.forName("io.relulab.nn.NetworkSpec", true, loader);
            Object networkSpec = spec.getMethod("notebook", int.class, activationType).invoke(null, columns, function);
            network = spec.getMethod("build", random).invoke(networkSpec, random.getConstructor(long.class).newInstance(0L));
            Class<?> adam = Class.forName("io.relulab.optim.AdamConfig", true, loader);
            Object optimizer = adam.getMethod("create").invoke(adam.getMethod("keras").invoke(null));
            Object loss = Class.forName("io.relulab.loss.BinaryCrossEntropy", true, loader).getConstructor().newInstance();
            Class<?> stepType = Class.forName("io.relulab.train.TrainingStep", true, loader);
            Class<?> networkType = Class.forName("io.relulab.nn.Network", true, loader);
            step = stepType.getConstructor(networkType, Class.forName("io.relulab.optim.Optimizer", true, loader),
                    Class.forName("io.relulab.loss.Loss", true, loader)).newInstance(network, optimizer, loss);
            run = lookup.findVirtual(stepType, "run", MethodType.methodType(double.class, dataset, int[].class, int.class, int.class))
                    .asType(MethodType.methodType(double.class, Object.class, Object.class, int[].class, int.class, int.class));
            parameters = lookup.findVirtual(networkType, "parameters", MethodType.methodType(List.class))
                    .asType(MethodType.methodType(List.class, Object.class));
        }

        void steps(int count) throws Throwable {
            for (int s = 0; s < count; s++, done++) {
                int from = (done % 50) * 32;
                double loss = (double) run.invokeExact(step, data, order, from, from + 32);
            }
        }

        /** A digest of every parameter's bits. */
        String weights() throws Throwable {
            long hash = 17;
            for (Object parameter : (List<?>) parameters.invokeExact(network)) {
                double[] values = (double[]) parameter.getClass().getMethod("values").invoke(parameter);
                for (double value : values) {
                    hash = hash * 31 + Double.doubleToRawLongBits(value);
                }
            }
            return Long.toHexString(hash);
        }
    }
}
