package io.relulab.bench;

import io.relulab.activation.Activation;
import io.relulab.activation.Elu;
import io.relulab.activation.LeakyRelu;
import io.relulab.activation.PRelu;
import io.relulab.activation.Relu;
import io.relulab.data.Dataset;
import io.relulab.data.synthetic.Datasets;
import io.relulab.loss.BinaryCrossEntropy;
import io.relulab.nn.Network;
import io.relulab.nn.NetworkSpec;
import io.relulab.optim.AdamConfig;
import io.relulab.random.NumpyRandom;
import io.relulab.train.TrainingStep;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One training step of the notebook's network (20 → 64 → act → 32 → act → 1, sigmoid + binary
 * cross-entropy, Keras Adam) on a batch of 32 rows of the notebook's training data: gather the rows, forward,
 * loss and gradient, backward, Adam update. Batches cycle through a fixed permutation of the 1600 rows; the
 * network and optimiser restart from the same initial state every iteration. Single thread.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-XX:CompileCommand=quiet",
    "-XX:CompileCommand=dontinline,io.relulab.math.Vector*::*InPlace",
    "-XX:CompileCommand=dontinline,io.relulab.math.VectorProductKernels::multiply*"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class TrainingStepBenchmark {

    @Param({"relu", "leaky_relu:0.1", "prelu", "elu"})
    public String activation;

    private Dataset train;
    private int[] order;
    private TrainingStep step;
    private int from;

    @Setup(Level.Trial)
    public void loadData() {
        train = Datasets.notebook().train();
        order = new NumpyRandom(1).permutation(train.rows());
    }

    @Setup(Level.Iteration)
    public void freshNetwork() {
        Network network = NetworkSpec.notebook(train.columns(), activation(activation)).build(new NumpyRandom(0));
        step = new TrainingStep(network, AdamConfig.keras().create(), new BinaryCrossEntropy());
        from = 0;
    }

    @Benchmark
    public double trainingStep() {
        double loss = step.run(train, order, from, from + 32);
        from += 32;
        if (from >= order.length) {
            from = 0;
        }
        return loss;
    }

    static Activation activation(String spec) {
        return switch (spec) {
            case "relu" -> new Relu();
            case "leaky_relu:0.1" -> new LeakyRelu(0.1);
            case "prelu" -> new PRelu();
            case "elu" -> new Elu();
            default -> throw new IllegalArgumentException("benchmark activation " + spec + "; expected relu, leaky_relu:0.1, prelu or elu");
        };
    }
}
