package io.relulab.experiment;

import io.relulab.activation.Activation;
import io.relulab.activation.Elu;
import io.relulab.activation.LeakyRelu;
import io.relulab.activation.PRelu;
import io.relulab.activation.Relu;
import io.relulab.diagnostics.DeadNeuronAnalyzer;
import io.relulab.nn.NetworkSpec;
import io.relulab.optim.AdamConfig;
import io.relulab.optim.OptimizerConfig;
import io.relulab.train.TrainingConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A declarative study: which activations, in which scenarios, from which seeds, on which data. The runner turns it
 * into one {@link TrialSpec} per (scenario, activation, seed).
 *
 * <p>The configuration of a scenario's trials is resolved in one place, {@link #configuration}: the study's
 * {@code defaults}, then what the scenario changes, then every option the user gave explicitly — explicit options
 * win, in {@code relulab study} as in {@code relulab train}.
 *
 * <p>Defaults ({@link #notebook}) reproduce the reference notebook: Dense(64) → act → Dense(32) → act →
 * Dense(1, sigmoid) with glorot_uniform kernels and zero biases ({@link NetworkSpec#notebook}), Adam (Keras defaults,
 * {@link #DEFAULT_OPTIMIZER}), binary cross-entropy, {@link TrialConfiguration#DEFAULT_TRAINING} (batches of
 * {@value TrainingConfig#DEFAULT_BATCH_SIZE}, {@value TrainingConfig#DEFAULT_EPOCHS} epochs), validation on the test set
 * after every epoch; dead neurons measured by {@link DeadNeuronAnalyzer#defaults()} (the first
 * {@value io.relulab.diagnostics.ProbeSet#NOTEBOOK_ROWS} training rows, τ = {@value DeadNeuronAnalyzer#DEFAULT_TAU}).
 *
 * @param data        training and test data
 * @param activations activations to compare, the baseline (relu) first when present
 * @param scenarios   scenarios to run each activation in
 * @param seeds       trial seeds
 * @param defaults    the configuration before scenarios and explicit options (its activation is replaced per variant)
 * @param explicit    the options the user gave explicitly; they override every scenario
 * @param monitor     probe and τ of the dead-neuron monitor
 * @param redo        recycling, when enabled
 */
public record StudySpec(
        StudyData data,
        List<Activation> activations,
        List<Scenario> scenarios,
        List<Long> seeds,
        TrialConfiguration defaults,
        TrialSettings explicit,
        DeadNeuronAnalyzer monitor,
        Optional<RedoSettings> redo) {

    /** Seeds of the default study: {@value} seeds, 0 to {@value} − 1. */
    public static final int DEFAULT_SEED_COUNT = 10;
    /** The first seed of a study given a seed count N (seeds 0..N−1), and the seed of a single {@code relulab train} run. */
    public static final long FIRST_SEED = 0;
    /**
     * Activations of the default study, the notebook's four: ReLU (the baseline), Leaky ReLU with slope
     * {@value LeakyRelu#NOTEBOOK_NEGATIVE_SLOPE}, PReLU (slopes learnt from {@value PRelu#KERAS_DEFAULT_ALPHA}) and ELU
     * with α = {@value Elu#DEFAULT_ALPHA}.
     */
    public static final List<Activation> DEFAULT_ACTIVATIONS = List.of(new Relu(), new LeakyRelu(LeakyRelu.NOTEBOOK_NEGATIVE_SLOPE),
            new PRelu(), new Elu(Elu.DEFAULT_ALPHA));
    /** Scenarios of the default study: the control ({@code notebook}) and {@code high-lr}. */
    public static final List<Scenario> DEFAULT_SCENARIOS = List.of(Scenario.notebook(), Scenario.highLearningRate());
    /** The notebook's optimiser: Adam with the Keras defaults (learning rate {@value AdamConfig#DEFAULT_LEARNING_RATE}). */
    public static final OptimizerConfig DEFAULT_OPTIMIZER = AdamConfig.keras();

    public StudySpec {
        Objects.requireNonNull(data, "data");
        activations = List.copyOf(activations);
        scenarios = List.copyOf(scenarios);
        seeds = List.copyOf(seeds);
        requireNonEmptyAndDistinct("activations", activations.stream().map(Activation::spec).toList());
        requireNonEmptyAndDistinct("scenarios", scenarios.stream().map(Scenario::name).toList());
        requireNonEmptyAndDistinct("seeds", seeds.stream().map(String::valueOf).toList());
        Objects.requireNonNull(defaults, "defaults");
        Objects.requireNonNull(explicit, "explicit");
        if (defaults.network().inputSize() != data.train().columns()) {
            throw new IllegalArgumentException("network input size must equal the data's " + data.train().columns()
                    + " feature columns, got " + defaults.network().inputSize());
        }
        Objects.requireNonNull(monitor, "monitor");
        Objects.requireNonNull(redo, "redo");
    }

    /** The reference study on {@code data} with the given activations, scenarios and seeds, everything else the notebook's. */
    public static StudySpec notebook(StudyData data, List<Activation> activations, List<Scenario> scenarios, List<Long> seeds) {
        return new StudySpec(data, activations, scenarios, seeds, notebookDefaults(data, activations.get(0)), TrialSettings.none(),
                DeadNeuronAnalyzer.defaults(), Optional.empty());
    }

    /** The notebook's configuration for {@code data}: 64-32 network, Keras defaults, Adam 0.001, 50 epochs of 32. */
    public static TrialConfiguration notebookDefaults(StudyData data, Activation activation) {
        return new TrialConfiguration(NetworkSpec.notebook(data.train().columns(), activation), DEFAULT_OPTIMIZER,
                TrialConfiguration.DEFAULT_TRAINING);
    }

    /** This study with {@code newExplicit} as the explicit options. */
    public StudySpec withExplicit(TrialSettings newExplicit) {
        return new StudySpec(data, activations, scenarios, seeds, defaults, newExplicit, monitor, redo);
    }

    /** This study with another monitor (probe, τ). */
    public StudySpec withMonitor(DeadNeuronAnalyzer newMonitor) {
        return new StudySpec(data, activations, scenarios, seeds, defaults, explicit, newMonitor, redo);
    }

    /** This study with ReDo on or off. */
    public StudySpec withRedo(Optional<RedoSettings> newRedo) {
        return new StudySpec(data, activations, scenarios, seeds, defaults, explicit, monitor, newRedo);
    }

    /** What the trials of {@code scenario} run with: defaults ← the scenario's changes ← explicit options. */
    public TrialConfiguration configuration(Scenario scenario) {
        return scenario.changes().overriddenBy(explicit).applyTo(defaults);
    }

    /** Every trial of this study in a fixed order: scenario, then activation, then seed. */
    public List<TrialSpec> trials() {
        return scenarios.stream()
                .flatMap(scenario -> {
                    TrialConfiguration configuration = configuration(scenario);
                    return activations.stream().flatMap(activation -> seeds.stream()
                            .map(seed -> new TrialSpec(scenario.name(), activation, seed, configuration, monitor, redo)));
                })
                .toList();
    }

    /**
     * Each scenario with its description and the configuration its trials run with, in the study's order. When an
     * explicit option replaces what the scenario changes, the description says so, e.g. {@code …; overridden here by
     * the explicit --optimizer adam:0.001}.
     */
    public List<ScenarioSetup> scenarioSetups() {
        return scenarios.stream()
                .map(s -> new ScenarioSetup(s.name(), s.description() + overriddenNote(s), configuration(s).specs()))
                .toList();
    }

    private String overriddenNote(Scenario scenario) {
        Map<String, String> ran = configuration(scenario).specs();
        TrialSettings changes = scenario.changes();
        List<String> overridden = new ArrayList<>();
        if (changes.hiddenSizes().isPresent() && explicit.hiddenSizes().isPresent()) {
            overridden.add("--hidden " + ran.get("hidden"));
        }
        if (changes.initializer().isPresent() && explicit.initializer().isPresent()) {
            overridden.add("--init " + ran.get("init"));
        }
        if (changes.biasInitializer().isPresent() && explicit.biasInitializer().isPresent()) {
            overridden.add("--bias-init " + ran.get("bias_init"));
        }
        if (changes.optimizer().isPresent() && explicit.optimizer().isPresent()) {
            overridden.add("--optimizer " + ran.get("optimizer"));
        }
        if (changes.epochs().isPresent() && explicit.epochs().isPresent()) {
            overridden.add("--epochs " + ran.get("epochs"));
        }
        if (changes.batchSize().isPresent() && explicit.batchSize().isPresent()) {
            overridden.add("--batch-size " + ran.get("batch_size"));
        }
        return overridden.isEmpty() ? "" : "; overridden here by the explicit " + String.join(", ", overridden);
    }

    /**
     * The study-wide settings, as ordered name → spec pairs in the syntax of {@code relulab study}'s options (names
     * without dashes): activations, scenarios, seeds, probe, tau, saturation_eps, redo (with redo_period and redo_tau when on), then
     * every option given explicitly (hidden, init, …, which then hold in every scenario). What each scenario ran with
     * is in its {@link ScenarioSetup}.
     */
    public Map<String, String> describe() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("activations", activations.stream().map(Activation::spec).collect(Collectors.joining(",")));
        settings.put("scenarios", scenarios.stream().map(Scenario::name).collect(Collectors.joining(",")));
        settings.put("seeds", seeds.stream().map(String::valueOf).collect(Collectors.joining(",")));
        settings.put("probe", monitor.probe().describe());
        settings.put("tau", String.valueOf(monitor.tau()));
        settings.put("saturation_eps", String.valueOf(monitor.saturationEpsilon()));
        settings.put("redo", redo.isPresent() ? "on" : "off");
        redo.ifPresent(r -> {
            settings.put("redo_period", String.valueOf(r.period()));
            settings.put("redo_tau", String.valueOf(r.tau()));
        });
        Map<String, String> all = explicit.applyTo(defaults).specs();
        explicit.hiddenSizes().ifPresent(v -> settings.put("hidden", all.get("hidden")));
        explicit.initializer().ifPresent(v -> settings.put("init", all.get("init")));
        explicit.biasInitializer().ifPresent(v -> settings.put("bias_init", all.get("bias_init")));
        explicit.optimizer().ifPresent(v -> settings.put("optimizer", all.get("optimizer")));
        explicit.epochs().ifPresent(v -> settings.put("epochs", all.get("epochs")));
        explicit.batchSize().ifPresent(v -> settings.put("batch_size", all.get("batch_size")));
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
