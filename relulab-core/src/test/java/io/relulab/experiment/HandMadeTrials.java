package io.relulab.experiment;

import io.relulab.diagnostics.ProbeSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-made trials and the context to aggregate them, for the sentence tests. */
final class HandMadeTrials {

    static final Measurement FIRST_100 = new Measurement(ProbeSet.notebook(), Optional.empty());
    static final List<String> ACTIVATIONS = List.of("relu", "leaky_relu:0.1", "elu:1.0");

    private HandMadeTrials() {
    }

    static ScenarioSetup setup(String name) {
        return new ScenarioSetup(name, "hand-made", Map.of("optimizer", "adam:0.05"));
    }

    static ScenarioSummary aggregate(List<TrialResult> trials) {
        return StudyAggregator.aggregate(trials, List.of(setup("high-lr")), ACTIVATIONS, "relu", FIRST_100).get(0);
    }

    /** A completed trial of {@code high-lr} whose layer2 (32 units) has {@code layer2Dead[e]} dead units after epoch e + 1. */
    static TrialResult trial(String activation, long seed, double testAccuracy, int... layer2Dead) {
        int epochs = layer2Dead.length;
        double[] loss = new double[epochs];
        double[] accuracy = new double[epochs];
        double[] validationLoss = new double[epochs];
        double[] validationAccuracy = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            loss[e] = 0.6 - 0.1 * e;
            accuracy[e] = 0.7 + 0.05 * e;
            validationLoss[e] = 0.5 - 0.05 * e;
            validationAccuracy[e] = e == epochs - 1 ? testAccuracy : 0.8;
        }
        List<LayerDeadCounts> dead = List.of(
                new LayerDeadCounts("layer1", 64, new int[epochs], new int[epochs], new int[epochs]),
                new LayerDeadCounts("layer2", 32, layer2Dead, layer2Dead, layer2Dead));
        return new TrialResult("high-lr", activation, seed, TrialStatus.COMPLETED, 0, testAccuracy + 0.05, testAccuracy,
                0.3, 0.35, new TrialHistory(loss, accuracy, validationLoss, validationAccuracy), dead, 1);
    }

    /** A completed two-epoch trial whose layer2 has no dead unit but {@code saturated[e]} saturated ones after epoch e + 1. */
    static TrialResult saturatedTrial(String activation, long seed, double testAccuracy, int... saturated) {
        TrialResult plain = trial(activation, seed, testAccuracy, new int[saturated.length]);
        int epochs = saturated.length;
        List<LayerDeadCounts> dead = List.of(plain.deadCounts().get(0),
                new LayerDeadCounts("layer2", 32, saturated, new int[epochs], new int[epochs], saturated, new int[epochs]));
        return new TrialResult(plain.scenario(), activation, seed, plain.status(), 0, plain.trainAccuracy(), testAccuracy,
                plain.trainLoss(), plain.testLoss(), plain.history(), dead, 1);
    }

    static TrialResult diverged(String activation, long seed) {
        return new TrialResult("high-lr", activation, seed, TrialStatus.DIVERGED, 2, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, new TrialHistory(new double[] {0.5}, new double[] {0.5}, new double[] {0.5}, new double[] {0.5}),
                List.of(), 1);
    }
}
