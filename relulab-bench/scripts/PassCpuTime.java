import io.relulab.activation.Elu;
import io.relulab.activation.PRelu;
import io.relulab.activation.Relu;
import io.relulab.nn.ActivationLayer;
import io.relulab.nn.Layer;
import io.relulab.nn.Mode;
import io.relulab.nn.PReluLayer;
import io.relulab.random.NumpyRandom;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The forward and backward passes of one nonlinear layer (relu, prelu, elu) of the notebook network's first hidden layer shape (32 rows
 * × 64 units), timed by the thread's CPU clock: µs per pass, median of 15 blocks of 5 000 passes after 10 warm-up
 * blocks. Only public layer API, so it runs against any build: {@code java [--add-modules jdk.incubator.vector
 * -XX:CompileCommand=dontinline,io.relulab.math.Vector*::*InPlace] -cp relulab-bench/target/benchmarks.jar
 * relulab-bench/scripts/PassCpuTime.java prelu elu}
 */
public class PassCpuTime {
    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int rows = 32;
        int units = 64;
        NumpyRandom random = new NumpyRandom(3);
        double[] z = random.uniform(-3, 3, rows * units);
        double[] g = random.uniform(-1, 1, rows * units);
        for (String spec : args.length > 0 ? args : new String[] {"prelu", "elu"}) {
            Layer layer = switch (spec) {
                case "prelu" -> new PReluLayer("p", new PRelu(PRelu.HE_INITIAL_ALPHA), units);
                case "elu" -> new ActivationLayer(new Elu(), units);
                case "relu" -> new ActivationLayer(new Relu(), units);
                default -> throw new IllegalArgumentException(spec + "; expected relu, prelu or elu");
            };
            double[] forward = new double[15];
            double[] backward = new double[15];
            double sink = 0.0;
            for (int block = -10; block < forward.length; block++) {
                long start = threads.getCurrentThreadCpuTime();
                for (int s = 0; s < 5000; s++) {
                    sink += layer.forward(z, rows, Mode.TRAINING)[s & 63];
                }
                long middle = threads.getCurrentThreadCpuTime();
                for (int s = 0; s < 5000; s++) {
                    sink += layer.backward(g, rows, true)[s & 63];
                }
                long end = threads.getCurrentThreadCpuTime();
                if (block >= 0) {
                    forward[block] = (middle - start) / 5000 / 1e3;
                    backward[block] = (end - middle) / 5000 / 1e3;
                }
            }
            Arrays.sort(forward);
            Arrays.sort(backward);
            System.out.printf("%-6s forward %.2f us, backward %.2f us per pass of %d x %d (CPU clock, medians; %s)%n",
                    spec, forward[7], backward[7], rows, units, sink == 42.0 ? "" : "ok");
        }
    }
}
