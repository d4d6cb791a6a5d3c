package io.relulab.experiment;

import io.relulab.nn.Initializer;
import io.relulab.optim.OptimizerConfig;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings a trial may change from its defaults; an empty field keeps whatever is underneath. Used twice: a
 * {@link Scenario}'s changes, and the options a user gave explicitly on the command line. Explicit options win:
 * the configuration that runs is {@code defaults ← scenario.changes() ← explicit}
 * ({@link #overriddenBy}, {@link #applyTo}).
 *
 * @param hiddenSizes     hidden widths
 * @param initializer     kernel initializer of every dense layer
 * @param biasInitializer bias initializer of every dense layer
 * @param optimizer       the optimiser
 * @param epochs          epochs, ≥ 1
 * @param batchSize       rows per batch, ≥ 1
 */
public record TrialSettings(
        Optional<List<Integer>> hiddenSizes,
        Optional<Initializer> initializer,
        Optional<Initializer> biasInitializer,
        Optional<OptimizerConfig> optimizer,
        Optional<Integer> epochs,
        Optional<Integer> batchSize) {

    private static final TrialSettings NONE = new TrialSettings(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public TrialSettings {
        hiddenSizes = Objects.requireNonNull(hiddenSizes, "hiddenSizes").map(List::copyOf);
        Objects.requireNonNull(initializer, "initializer");
        Objects.requireNonNull(biasInitializer, "biasInitializer");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(epochs, "epochs");
        Objects.requireNonNull(batchSize, "batchSize");
    }

    /** Changes nothing. */
    public static TrialSettings none() {
        return NONE;
    }

    public TrialSettings withHiddenSizes(List<Integer> value) {
        return new TrialSettings(Optional.of(value), initializer, biasInitializer, optimizer, epochs, batchSize);
    }

    public TrialSettings withInitializer(Initializer value) {
        return new TrialSettings(hiddenSizes, Optional.of(value), biasInitializer, optimizer, epochs, batchSize);
    }

    public TrialSettings withBiasInitializer(Initializer value) {
        return new TrialSettings(hiddenSizes, initializer, Optional.of(value), optimizer, epochs, batchSize);
    }

    public TrialSettings withOptimizer(OptimizerConfig value) {
        return new TrialSettings(hiddenSizes, initializer, biasInitializer, Optional.of(value), epochs, batchSize);
    }

    public TrialSettings withEpochs(int value) {
        return new TrialSettings(hiddenSizes, initializer, biasInitializer, optimizer, Optional.of(value), batchSize);
    }

    public TrialSettings withBatchSize(int value) {
        return new TrialSettings(hiddenSizes, initializer, biasInitializer, optimizer, epochs, Optional.of(value));
    }

    /** These settings with every field that {@code explicit} sets taken from {@code explicit}. */
    public TrialSettings overriddenBy(TrialSettings explicit) {
        return new TrialSettings(
                explicit.hiddenSizes.or(() -> hiddenSizes),
                explicit.initializer.or(() -> initializer),
                explicit.biasInitializer.or(() -> biasInitializer),
                explicit.optimizer.or(() -> optimizer),
                explicit.epochs.or(() -> epochs),
                explicit.batchSize.or(() -> batchSize));
    }

    /** {@code defaults} with every field these settings set replaced. */
    public TrialConfiguration applyTo(TrialConfiguration defaults) {
        var network = defaults.network();
        network = hiddenSizes.map(network::withHiddenSizes).orElse(network);
        network = initializer.map(network::withInitializer).orElse(network);
        network = biasInitializer.map(network::withBiasInitializer).orElse(network);
        var training = defaults.training();
        training = epochs.map(training::withEpochs).orElse(training);
        training = batchSize.map(training::withBatchSize).orElse(training);
        return new TrialConfiguration(network, optimizer.orElse(defaults.optimizer()), training);
    }
}
