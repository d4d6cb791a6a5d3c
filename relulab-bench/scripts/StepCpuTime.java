import io.relulab.activation.Activation;
import io.relulab.activation.Elu;
import io.relulab.activation.LeakyRelu;
import io.relulab.activation.PRelu;
import io.relulab.activation.Relu;
import io.relulab.data.Dataset;
import io.relulab.data.synthetic.Datasets;
import io.relulab.loss.BinaryCrossEntropy;
import io.relulab.nn.NetworkSpec;
import io.relulab.optim.AdamConfig;
import io.relulab.random.NumpyRandom;
import io.relulab.train.TrainingStep;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The training step of TrainingStepBenchmark, timed by the thread's CPU time instead of the wall clock: a
 * cross-check that stays meaningful on a machine shared with other work (JMH's wall-clock numbers then are not).
 * Run: {@code java [--add-modules jdk.incubator.vector] -cp relulab-bench/target/benchmarks.jar
 * relulab-bench/scripts/StepCpuTime.java relu elu}
 */
public class StepCpuTime {
    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Dataset train = Datasets.notebook().train();
        int[] order = new NumpyRandom(1).permutation(train.rows());
        for (String spec : args.length > 0 ? args : new String[] {"relu", "leaky_relu:0.1", "prelu", "elu"}) {
            Activation activation = switch (spec) {
                case "relu" -> new Relu();
                case "leaky_relu:0.1" -> new LeakyRelu(0.1);
                case "prelu" -> new PRelu();
                case "elu" -> new Elu();
                default -> throw new IllegalArgumentException(spec);
            };
            double[] perStep = new double[15];
            for (int block = -10; block < perStep.length; block++) {
                TrainingStep step = new TrainingStep(NetworkSpec.notebook(train.columns(), activation).build(new NumpyRandom(0)),
                        AdamConfig.keras().create(), new BinaryCrossEntropy());
                long start = threads.getCurrentThreadCpuTime();
                for (int s = 0; s < 2000; s++) {
                    int from = (s % 50) * 32;
                    step.run(train, order, from, from + 32);
                }
                if (block >= 0) {
                    perStep[block] = (threads.getCurrentThreadCpuTime() - start) / 2000 / 1e3;
                }
            }
            Arrays.sort(perStep);
            TrainingStep step = new TrainingStep(NetworkSpec.notebook(train.columns(), activation).build(new NumpyRandom(0)),
                    AdamConfig.keras().create(), new BinaryCrossEntropy());
            long bytes = ((com.sun.management.ThreadMXBean) threads).getCurrentThreadAllocatedBytes();
            for (int s = 0; s < 2000; s++) {
                int from = (s % 50) * 32;
                step.run(train, order, from, from + 32);
            }
            long allocated = ((com.sun.management.ThreadMXBean) threads).getCurrentThreadAllocatedBytes() - bytes;
            System.out.printf("%-15s median %.1f us/step CPU (min %.1f), %d bytes allocated per step%n", spec,
                    perStep[perStep.length / 2], perStep[0], allocated / 2000);
        }
    }
}
