package io.relulab.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.activation.Activation;
import io.relulab.activation.Elu;
import io.relulab.activation.LeakyRelu;
import io.relulab.activation.PRelu;
import io.relulab.activation.Relu;
import io.relulab.data.Dataset;
import io.relulab.loss.BinaryCrossEntropy;
import io.relulab.nn.Network;
import io.relulab.nn.NetworkSpec;
import io.relulab.optim.AdamConfig;
import io.relulab.random.NumpyRandom;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * After warm-up (every batch shape, including the smaller last batch, has run), training steps allocate
 * nothing: measured with {@code com.sun.management.ThreadMXBean.getThreadAllocatedBytes} over 3200 steps.
 * (Allocation, not time, is asserted.)
 *
 * <p>The bound is below 8 bytes per step rather than exactly 0: while the JIT is still recompiling, a
 * deoptimisation can allocate a few hundred bytes once (measured: 0 in almost every epoch, 56–992 bytes in
 * a handful), whereas any allocation on the step's path costs at least 16 bytes (one object header) on
 * every step, so it would exceed the bound at least twofold.
 *
 * <p>The build runs this test only in the JVM without {@code jdk.incubator.vector} (scalar kernels; the layers'
 * buffers are the same with either kernels): vector code boxes its vectors on the heap until C2 has compiled it,
 * and when that happens depends on the JIT's timing, not on the engine.
 */
class ZeroAllocationTest {

    static List<Activation> activations() {
        return List.of(new Relu(), new LeakyRelu(0.1), new PRelu(), new Elu());
    }

    @ParameterizedTest
    @MethodSource("activations")
    void trainingStepsAllocateNothingAfterWarmUp(Activation activation) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        // the notebook's shapes: 20 → 64 → 32 → 1, batches of 32; 1000 rows leave a last batch of 8
        Dataset data = TrainerTest.blobs(1000, 1);
        double[] wide = new double[1000 * 20];
        for (int r = 0; r < 1000; r++) {
            for (int c = 0; c < 20; c++) {
                wide[r * 20 + c] = data.feature(r, c % 4) * (1 + c / 4);
            }
        }
        Dataset train = Dataset.of(wide, 1000, 20, data.labelIndices());
        NumpyRandom random = new NumpyRandom(1);
        Network network = NetworkSpec.notebook(20, activation).build(random);
        TrainingStep step = new TrainingStep(network, AdamConfig.keras().create(), new BinaryCrossEntropy());
        int[] order = new int[1000];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int warmUp = 0; warmUp < 10; warmUp++) {
            epoch(step, train, order, random);
        }
        long before = threads.getThreadAllocatedBytes(thread);
        long after = threads.getThreadAllocatedBytes(thread);
        long measurementOverhead = after - before;
        before = threads.getThreadAllocatedBytes(thread);
        int epochs = 100;
        for (int e = 0; e < epochs; e++) {
            epoch(step, train, order, random); // 100 × 32 = 3200 steps (31 of 32 rows, 1 of 8 per epoch)
        }
        after = threads.getThreadAllocatedBytes(thread);
        long steps = epochs * 32L;
        assertThat(after - before - measurementOverhead).as("bytes allocated by %d training steps", steps).isLessThan(8 * steps);
    }

    private static void epoch(TrainingStep step, Dataset train, int[] order, NumpyRandom random) {
        random.shuffle(order);
        for (int from = 0; from < order.length; from += 32) {
            double loss = step.run(train, order, from, Math.min(order.length, from + 32));
            if (!Double.isFinite(loss)) {
                throw new AssertionError("loss " + loss);
            }
        }
    }
}
