package io.relulab.experiment;

import io.relulab.activation.Activation;
import io.relulab.diagnostics.DeadNeuronAnalyzer;
import io.relulab.diagnostics.ProbeSet;
import io.relulab.diagnostics.Scenario;
import io.relulab.nn.NetworkSpec;
import io.relulab.optim.AdamConfig;
import io.relulab.optim.OptimizerConfig;
import io.relulab.train.TrainingConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A declarative study: which activations, in which scenarios, from which seeds, on which data and network.
 * The runner turns it into one trial per (scenario, activation, seed).
 *
 * <p>Defaults ({@link #notebook}) reproduce the reference notebook: its data, Dense(64) → act → Dense(32) →
 * act → Dense(1, sigmoid) with glorot_uniform kernels and zero biases, Adam (Keras defaults), binary
 * cross-entropy, batches of 32, 50 epochs, validation on the test set after every epoch; activations relu,
 * leaky_relu:0.1, prelu (slope starts at 0) and elu:1.0; seeds 0–9; scenarios {@code notebook} and
 * {@code high-lr}; dead neurons measured on the first 100 training rows with τ = 0.1.
 *
 * @param data training and test data
 * @param activations activations to compare, the baseline (relu) first when present
 * @param scenarios scenarios to run each activation in
 * @param seeds trial seeds
 * @param network the network template (its activation is replaced per variant; a scenario may change widths and biases)
 * @param optimizer the optimiser (a scenario may replace it)
 * @param training epochs, batch size and the rest of the training settings (validation data is set to the test set)
 * @param probe the rows on which dead neurons are counted
 * @param tau the dormancy threshold τ of the dead-neuron monitor
 * @param redo recycling, when enabled
 */
public record StudySpec(
        StudyData data,
        List<Activation> activations,
        List<Scenario> scenarios,
        List<Long> seeds,
        NetworkSpec network,
        OptimizerConfig optimizer,
        TrainingConfig training,
        ProbeSet probe,
        double tau,
        Optional<RedoSettings> redo) {

    /** Seeds of the default study: 0 to 9. */
    public static final int DEFAULT_SEED_COUNT = 10;

    public StudySpec {
        Objects.requireNonNull(data, "data");
        activations = List.copyOf(activations);
        scenarios = List.copyOf(scenarios);
        seeds = List.copyOf(seeds);
        requireNonEmptyAndDistinct("activations", activations.stream().map(Activation::spec).toList());
        requireNonEmptyAndDistinct("scenarios", scenarios.stream().map(Scenario::name).toList());
        requireNonEmptyAndDistinct("seeds", seeds.stream().map(String::valueOf).toList());
        if (network.inputSize() != data.train().columns()) {
            throw new IllegalArgumentException("network input size must equal the data's " + data.train().columns()
                    + " feature columns, got " + network.inputSize());
        }
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(probe, "probe");
        if (!(tau >= 0) || Double.isInfinite(tau)) {
            throw new IllegalArgumentException("tau must be a finite number ≥ 0, got " + tau);
        }
        Objects.requireNonNull(redo, "redo");
    }

    /** The reference study on {@code data} with the given activations, scenarios and seeds, everything else the notebook's. */
    public static StudySpec notebook(StudyData data, List<Activation> activations, List<Scenario> scenarios, List<Long> seeds) {
        return new StudySpec(data, activations, scenarios, seeds,
                NetworkSpec.notebook(data.train().columns(), activations.get(0)),
                AdamConfig.keras(), TrainingConfig.notebook(), ProbeSet.notebook(), DeadNeuronAnalyzer.DEFAULT_TAU,
                Optional.empty());
    }

    /** Every trial of this study in a fixed order: scenario, then activation, then seed. */
    public List<TrialSpec> trials() {
        return scenarios.stream()
                .flatMap(scenario -> activations.stream()
                        .flatMap(activation -> seeds.stream().map(seed -> new TrialSpec(scenario, activation, seed))))
                .toList();
    }

    /** Every setting as ordered name → value pairs, for provenance. */
    public Map<String, String> describe() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("data", data.description());
        settings.put("train_rows", String.valueOf(data.train().rows()));
        settings.put("test_rows", String.valueOf(data.test().rows()));
        settings.put("features", String.valueOf(data.train().columns()));
        settings.put("activations", activations.stream().map(Activation::spec).collect(Collectors.joining(",")));
        settings.put("scenarios", scenarios.stream().map(Scenario::name).collect(Collectors.joining(",")));
        settings.put("seeds", seeds.stream().map(String::valueOf).collect(Collectors.joining(",")));
        settings.put("hidden", network.hiddenSizes().stream().map(String::valueOf).collect(Collectors.joining(",")));
        settings.put("init", network.initializer().spec());
        settings.put("bias_init", network.biasInitializer().spec());
        settings.put("output", network.head().spec());
        settings.put("optimizer", optimizer.toString());
        settings.put("epochs", String.valueOf(training.epochs()));
        settings.put("batch_size", String.valueOf(training.batchSize()));
        settings.put("validation", "test set after every epoch");
        settings.put("probe", probe.describe());
        settings.put("tau", String.valueOf(tau));
        settings.put("redo", redo.map(r -> "every " + r.period() + " steps, tau " + r.tau()).orElse("off"));
        for (Scenario scenario : scenarios) {
            settings.put("scenario." + scenario.name(), scenario.description());
        }
        return settings;
    }

    private static void requireNonEmptyAndDistinct(String name, List<String> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        if (values.stream().distinct().count() != values.size()) {
            throw new IllegalArgumentException(name + " must be distinct, got " + String.join(",", values));
        }
    }
}
