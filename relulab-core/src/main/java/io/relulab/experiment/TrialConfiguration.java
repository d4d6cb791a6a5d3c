package io.relulab.experiment;

import io.relulab.nn.NetworkSpec;
import io.relulab.optim.OptimizerConfig;
import io.relulab.train.TrainingConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The configuration a trial actually runs with, once defaults, scenario and explicit options are resolved
 * ({@link TrialSettings}). The network's activation is a placeholder that each variant replaces; the training
 * settings carry no validation data (the runner validates on the study's test set).
 *
 * @param network   the network's shape, initializers and head
 * @param optimizer the optimiser
 * @param training  epochs, batch size, shuffling, divergence guard
 */
public record TrialConfiguration(NetworkSpec network, OptimizerConfig optimizer, TrainingConfig training) {

    /** The notebook's training settings: 50 epochs, batches of 32 reshuffled every epoch, the default divergence guard. */
    public static final TrainingConfig DEFAULT_TRAINING = TrainingConfig.notebook();

    public TrialConfiguration {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(training, "training");
    }

    /**
     * The settings in the syntax the command line accepts, keyed by option name without dashes, in this order:
     * {@code hidden} ({@code 64,32}, or {@code none}), {@code init}, {@code bias_init}, {@code optimizer}
     * ({@code adam:0.05}), {@code epochs}, {@code batch_size}.
     */
    public Map<String, String> specs() {
        Map<String, String> specs = new LinkedHashMap<>();
        specs.put("hidden", network.hiddenSizes().isEmpty() ? "none"
                : network.hiddenSizes().stream().map(String::valueOf).collect(Collectors.joining(",")));
        specs.put("init", network.initializer().spec());
        specs.put("bias_init", network.biasInitializer().spec());
        specs.put("optimizer", optimizer.spec());
        specs.put("epochs", String.valueOf(training.epochs()));
        specs.put("batch_size", String.valueOf(training.batchSize()));
        return specs;
    }
}
