package io.relulab.bench;

import io.relulab.activation.Activation;
import io.relulab.activation.Elu;
import io.relulab.activation.LeakyRelu;
import io.relulab.activation.PRelu;
import io.relulab.activation.Relu;
import io.relulab.data.PreparedData;
import io.relulab.data.synthetic.Datasets;
import io.relulab.diagnostics.DeadNeuronAnalyzer;
import io.relulab.experiment.Scenario;
import io.relulab.experiment.StudyData;
import io.relulab.experiment.StudySpec;
import io.relulab.experiment.TrialRunner;
import io.relulab.experiment.TrialSpec;
import io.relulab.train.TrainingResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The engine's accuracy check against the PyTorch reference of the engine issue: the notebook's data and
 * settings (20→64→32→1, glorot_uniform, zero bias, Keras Adam 0.001, BCE from logits, batch 32 reshuffled
 * each epoch, 50 epochs), seeds 0–9, printing mean ± sample std of test and train accuracy per variant beside the
 * PyTorch reference's. Each trial is trial (notebook, activation, seed) of {@code relulab study}, run by the same
 * {@link TrialRunner} (its seed convention is {@link TrialSpec}'s).
 *
 * <p>Run: {@code java -cp relulab-bench/target/benchmarks.jar io.relulab.bench.AccuracyTable [seeds] [threads]}.
 */
public final class AccuracyTable {

    private AccuracyTable() {
    }

    public static void main(String[] args) throws Exception {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        PreparedData data = Datasets.notebook();
        List<Activation> variants = List.of(new Relu(), new LeakyRelu(0.1), new PRelu(0.0), new Elu(1.0));
        double[][] reference = {{0.894, 0.978}, {0.898, 0.968}, {0.890, 0.991}, {0.907, 0.943}};
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        System.out.printf(Locale.ROOT, "%-16s %-22s %-10s %-22s %-10s %s%n", "variant", "test acc (mean ± sd)", "PyTorch",
                "train acc (mean ± sd)", "PyTorch", "test loss");
        long start = System.nanoTime();
        for (int v = 0; v < variants.size(); v++) {
            Activation activation = variants.get(v);
            Future<?>[] futures = new Future<?>[seeds];
            for (int seed = 0; seed < seeds; seed++) {
                long s = seed;
                futures[seed] = pool.submit(() -> trial(activation, data, s));
            }
            double[] test = new double[seeds];
            double[] train = new double[seeds];
            double[] testLoss = new double[seeds];
            for (int seed = 0; seed < seeds; seed++) {
                TrainingResult result = (TrainingResult) futures[seed].get();
                test[seed] = result.validation().accuracy();
                train[seed] = result.training().accuracy();
                testLoss[seed] = result.validation().loss();
            }
            System.out.printf(Locale.ROOT, "%-16s %.4f ± %.4f        %.3f      %.4f ± %.4f        %.3f      %.4f%n",
                    activation.spec(), mean(test), sd(test), reference[v][0], mean(train), sd(train), reference[v][1], mean(testLoss));
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%d trials in %.1f s%n", variants.size() * seeds, (System.nanoTime() - start) / 1e9);
    }

    /** Trial (notebook, activation, seed) of the reference study, validated on the test split each epoch. */
    public static TrainingResult trial(Activation activation, PreparedData data, long seed) {
        StudyData study = StudyData.of(StudyData.NOTEBOOK_DESCRIPTION, data);
        TrialSpec trial = new TrialSpec(Scenario.notebook().name(), activation, seed, StudySpec.notebookDefaults(study, activation),
                DeadNeuronAnalyzer.defaults(), Optional.empty());
        return new TrialRunner(study).runObserved(trial, 0, warning -> { }).training();
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    static double sd(double[] values) {
        if (values.length < 2) {
            return 0;
        }
        double m = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - m) * (v - m);
        }
        return Math.sqrt(sum / (values.length - 1));
    }
}
