package io.relulab.bench;

import io.relulab.data.PreparedData;
import io.relulab.data.synthetic.Datasets;
import io.relulab.train.TrainingResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole trial of the notebook's experiment: build the network from seed 0, train 50 epochs of 50 batches
 * (2500 steps) on the 1600 training rows with validation on the 400 test rows after every epoch, then the final
 * evaluations ({@link AccuracyTable#trial}). Single thread.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-XX:CompileCommand=quiet",
    "-XX:CompileCommand=dontinline,io.relulab.math.Vector*::*InPlace",
    "-XX:CompileCommand=dontinline,io.relulab.math.VectorProductKernels::multiply*"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class TrialBenchmark {

    @Param({"relu", "leaky_relu:0.1", "prelu", "elu"})
    public String activation;

    private PreparedData data;

    @Setup
    public void loadData() {
        data = Datasets.notebook();
    }

    @Benchmark
    public TrainingResult fiftyEpochTrial() {
        return AccuracyTable.trial(TrainingStepBenchmark.activation(activation), data, 0);
    }
}
