package io.relulab.report;

import io.relulab.diagnostics.ProbeSet;
import io.relulab.experiment.DyingProgression;
import io.relulab.experiment.Measurement;
import io.relulab.experiment.ScenarioSetup;
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
import java.util.Optional;

/**
 * A small study built by hand: two scenarios × three activations × three seeds, three epochs, two hidden
 * layers. In {@code high-lr} relu seed 2 diverged in epoch 2 and relu seeds 0 and 1 lose units in layer 1. Every
 * number follows from the formulas below, so tests can state expected values exactly.
 */
final class HandMadeStudy {

    static final List<String> SCENARIOS = List.of("notebook", "high-lr");
    static final List<String> ACTIVATIONS = List.of("relu", "leaky_relu:0.1", "softplus:1,20");
    static final Instant CREATED = Instant.parse("2025-01-02T03:04:05Z");

    static final Measurement MEASUREMENT = new Measurement(ProbeSet.notebook(), Optional.empty());

    private HandMadeStudy() {
    }

    /** The scenarios as they ran: each with a description and the configuration of its trials. */
    static List<ScenarioSetup> setups(List<String> names) {
        return names.stream().map(name -> new ScenarioSetup(name, "what " + name + " changes & why <b>",
                Map.of("optimizer", name.equals("high-lr") ? "adam:0.05" : "adam:0.001"))).toList();
    }

    /** The study's aggregation of {@code trials} in the named scenarios. */
    static List<io.relulab.experiment.ScenarioSummary> aggregate(List<TrialResult> trials, List<String> scenarios) {
        return StudyAggregator.aggregate(trials, setups(scenarios), ACTIVATIONS, "relu", MEASUREMENT);
    }

    static StudyResult study() {
        return study(CREATED, 1_234_567);
    }

    /** The study with the given timings: {@code createdAt} and every trial's elapsed nanoseconds. */
    static StudyResult study(Instant createdAt, long elapsedNanos) {
        List<TrialResult> trials = trials(elapsedNanos);
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put("network", "Dense(64) → act → Dense(32) → act → Dense(1, sigmoid)");
        configuration.put("optimizer", "adam(lr=0.001)");
        configuration.put("epochs", "3");
        configuration.put("note", "<b>bold</b> & \"quoted\"");
        Provenance provenance = new Provenance("0.1.0-TEST", "relulab study --seeds 3 --epochs 3", configuration, MEASUREMENT,
                "make_classification(n_samples=2000, n_features=20, random_state=42) <script>alert(1)</script>",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 1600, 400, 20, true, "17.0.15", createdAt);
        return new StudyResult(provenance, ACTIVATIONS, trials, aggregate(trials, SCENARIOS),
                "In the toy simulation 12 of 100 units died.\n\nA second paragraph with <angle> brackets.",
                List.of(new DyingProgression("toy simulation", 100, new double[] {3, 8, 12}),
                        new DyingProgression("high-lr, relu", 96, new double[] {1, 2, 2.5})));
    }

    /** Test accuracy of a finished trial: distinct per scenario, activation and seed. */
    static double testAccuracy(int scenario, int activation, int seed) {
        return 0.85 + 0.01 * activation + 0.002 * seed - 0.05 * scenario;
    }

    static List<TrialResult> trials(long elapsedNanos) {
        List<TrialResult> trials = new ArrayList<>();
        for (int s = 0; s < SCENARIOS.size(); s++) {
            for (int a = 0; a < ACTIVATIONS.size(); a++) {
                for (int seed = 0; seed < 3; seed++) {
                    boolean relu = a == 0;
                    boolean highLr = s == 1;
                    if (highLr && relu && seed == 2) {
                        trials.add(diverged(seed, elapsedNanos));
                        continue;
                    }
                    double test = testAccuracy(s, a, seed);
                    TrialHistory history = new TrialHistory(
                            new double[] {0.6, 0.4, 0.1 + 0.2},
                            new double[] {0.7, 0.8, 0.9},
                            new double[] {0.5, 0.45, 0.35 + 0.01 * seed},
                            new double[] {0.8, 0.82, test});
                    int dead = highLr && relu ? 2 + seed : 0;
                    List<LayerDeadCounts> counts = List.of(
                            new LayerDeadCounts("layer1", 64, new int[] {0, dead, dead + 1}, new int[] {0, dead, dead},
                                    new int[] {1, dead + 1, dead + 2}),
                            new LayerDeadCounts("layer2", 32, new int[] {0, 0, 0}, new int[] {0, 0, 0}, new int[] {0, 0, 1}));
                    trials.add(new TrialResult(SCENARIOS.get(s), ACTIVATIONS.get(a), seed, TrialStatus.COMPLETED, 0,
                            test + 0.05, test, 0.25, 0.3 + 0.001 * seed, history, counts, elapsedNanos));
                }
            }
        }
        return trials;
    }

    private static TrialResult diverged(int seed, long elapsedNanos) {
        TrialHistory history = new TrialHistory(new double[] {0.9, Double.NaN}, new double[] {0.6, 0.5},
                new double[] {1.5, Double.POSITIVE_INFINITY}, new double[] {0.55, 0.5});
        List<LayerDeadCounts> counts = List.of(
                new LayerDeadCounts("layer1", 64, new int[] {10, 64}, new int[] {10, 64}, new int[] {11, 64}),
                new LayerDeadCounts("layer2", 32, new int[] {0, 32}, new int[] {0, 32}, new int[] {0, 32}));
        return new TrialResult("high-lr", "relu", seed, TrialStatus.DIVERGED, 2, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, history, counts, elapsedNanos);
    }
}
