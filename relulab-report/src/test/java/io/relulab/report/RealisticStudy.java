package io.relulab.report;

import io.relulab.experiment.DyingProgression;
import io.relulab.experiment.LayerDeadCounts;
import io.relulab.experiment.Provenance;
import io.relulab.experiment.StudyAggregator;
import io.relulab.experiment.StudyResult;
import io.relulab.experiment.TrialHistory;
import io.relulab.experiment.TrialResult;
import io.relulab.experiment.TrialStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A fake but realistic default study for looking at the report: the notebook's two scenarios × four variants
 * × ten seeds × 50 epochs, with accuracies near the reference table, ReLU units dying in {@code high-lr} within a
 * few epochs, and one diverged ReLU trial. Seeded, so every run draws the same numbers.
 */
final class RealisticStudy {

    static final List<String> ACTIVATIONS = List.of("relu", "leaky_relu:0.1", "prelu", "elu:1.0");
    static final List<String> SCENARIOS = List.of("notebook", "high-lr");
    static final int EPOCHS = 50;
    static final int SEEDS = 10;

    private RealisticStudy() {
    }

    static StudyResult study() {
        SplittableRandom random = new SplittableRandom(20250101);
        double[][] finalAccuracy = {{0.8935, 0.8960, 0.8945, 0.9005}, {0.8610, 0.8840, 0.8790, 0.8870}};
        List<TrialResult> trials = new ArrayList<>();
        for (int s = 0; s < SCENARIOS.size(); s++) {
            for (int a = 0; a < ACTIVATIONS.size(); a++) {
                for (int seed = 0; seed < SEEDS; seed++) {
                    boolean highLr = s == 1;
                    boolean relu = a == 0;
                    if (highLr && relu && seed == 7) {
                        trials.add(diverged(seed));
                        continue;
                    }
                    double target = finalAccuracy[s][a] + 0.007 * random.nextGaussian();
                    double[] loss = new double[EPOCHS];
                    double[] accuracy = new double[EPOCHS];
                    double[] validationLoss = new double[EPOCHS];
                    double[] validationAccuracy = new double[EPOCHS];
                    for (int e = 0; e < EPOCHS; e++) {
                        double progress = 1 - Math.exp(-(e + 1) / (highLr ? 2.5 : 6.0));
                        accuracy[e] = 0.70 + (target + 0.06 - 0.70) * progress + 0.004 * random.nextGaussian();
                        validationAccuracy[e] = 0.72 + (target - 0.72) * progress + 0.006 * random.nextGaussian();
                        loss[e] = 0.62 - 0.40 * progress - 0.0015 * e + 0.01 * random.nextGaussian();
                        validationLoss[e] = 0.58 - 0.32 * progress + (highLr ? 0.004 : 0.002) * e + 0.01 * random.nextGaussian();
                    }
                    validationAccuracy[EPOCHS - 1] = target;
                    List<LayerDeadCounts> dead = new ArrayList<>();
                    dead.add(deadCounts("layer1", 64, highLr && relu ? 14 + random.nextInt(10) : 0, random, relu));
                    dead.add(deadCounts("layer2", 32, highLr && relu ? 4 + random.nextInt(8) : 0, random, relu));
                    trials.add(new TrialResult(SCENARIOS.get(s), ACTIVATIONS.get(a), seed, TrialStatus.COMPLETED, 0,
                            target + 0.055, target, loss[EPOCHS - 1] - 0.01, validationLoss[EPOCHS - 1],
                            new TrialHistory(loss, accuracy, validationLoss, validationAccuracy), dead,
                            40_000_000L + random.nextInt(20_000_000)));
                }
            }
        }
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put("data", "make_classification(n_samples=1000, n_features=20, n_informative=10, random_state=42)");
        configuration.put("split", "train_test_split(test_size=0.2, random_state=42), StandardScaler fitted on train");
        configuration.put("network", "Dense(64) → act → Dense(32) → act → Dense(1, sigmoid)");
        configuration.put("initialiser", "glorot_uniform, zero bias");
        configuration.put("optimizer", "adam (Keras): lr 0.001 (notebook), 0.05 (high-lr); β1 0.9, β2 0.999, ε 1e-7");
        configuration.put("loss", "binary cross-entropy from logits");
        configuration.put("batch size", "32");
        configuration.put("epochs", "50");
        configuration.put("seeds", "0–9");
        configuration.put("probe", "first 100 training rows; τ = 0.1");
        configuration.put("threads", "2");
        Provenance provenance = new Provenance("0.1.0-SNAPSHOT", "relulab study --seeds 10 --scenarios notebook,high-lr",
                configuration, HandMadeStudy.MEASUREMENT, "make_classification(n_samples=1000, n_features=20, n_informative=10, n_redundant=10, "
                        + "random_state=42): 800 training rows, 200 test rows, 20 features, 2 classes",
                "3b0c4f3c1d1a6f0e9e5a4b2f7c8d9e0a1b2c3d4e5f60718293a4b5c6d7e8f901", 800, 200, 20, true, "17.0.15+6-Debian-1deb12u1",
                Instant.parse("2025-06-01T10:15:30Z"));
        double[] toy = new double[EPOCHS];
        double[] highLrRelu = new double[EPOCHS];
        for (int e = 0; e < EPOCHS; e++) {
            toy[e] = 100 * (1 - Math.exp(-(e + 1) / 12.0)) * 0.45;
            highLrRelu[e] = 26 * (1 - Math.exp(-(e + 1) / 2.0));
        }
        return new StudyResult(provenance, ACTIVATIONS, trials,
                StudyAggregator.aggregate(trials, HandMadeStudy.setups(SCENARIOS), ACTIVATIONS, "relu", HandMadeStudy.MEASUREMENT),
                "The toy simulation trains a single ReLU layer of 100 units with a large learning rate: 45 of 100 units "
                        + "are dead after 50 steps, because a large negative bias update pushes their pre-activation below "
                        + "zero for every input. With Leaky ReLU no unit dies.",
                List.of(new DyingProgression("toy simulation", 100, toy),
                        new DyingProgression("high-lr, relu (mean of 9 seeds)", 96, highLrRelu)));
    }

    private static LayerDeadCounts deadCounts(String layer, int units, int finalDead, SplittableRandom random, boolean relu) {
        int[] inactive = new int[EPOCHS];
        int[] dead = new int[EPOCHS];
        int[] dormant = new int[EPOCHS];
        for (int e = 0; e < EPOCHS; e++) {
            dead[e] = (int) Math.round(finalDead * (1 - Math.exp(-(e + 1) / 2.0)));
            inactive[e] = relu ? dead[e] + random.nextInt(2) : random.nextInt(3);
            dormant[e] = inactive[e] + random.nextInt(3);
        }
        return new LayerDeadCounts(layer, units, inactive, dead, dormant);
    }

    private static TrialResult diverged(int seed) {
        double[] loss = {0.7, 3.2, 41.0, Double.NaN};
        double[] accuracy = {0.6, 0.52, 0.5, 0.5};
        double[] validationLoss = {0.9, 5.1, Double.POSITIVE_INFINITY, Double.NaN};
        double[] validationAccuracy = {0.62, 0.5, 0.5, 0.5};
        List<LayerDeadCounts> dead = List.of(
                new LayerDeadCounts("layer1", 64, new int[] {20, 50, 64, 64}, new int[] {20, 50, 64, 64}, new int[] {21, 50, 64, 64}),
                new LayerDeadCounts("layer2", 32, new int[] {8, 30, 32, 32}, new int[] {8, 30, 32, 32}, new int[] {8, 30, 32, 32}));
        return new TrialResult("high-lr", "relu", seed, TrialStatus.DIVERGED, 4, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, new TrialHistory(loss, accuracy, validationLoss, validationAccuracy), dead, 12_000_000L);
    }
}
