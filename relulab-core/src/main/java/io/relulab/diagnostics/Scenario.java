package io.relulab.diagnostics;

import io.relulab.nn.Constant;
import io.relulab.nn.Initializer;
import io.relulab.nn.NetworkSpec;
import io.relulab.optim.AdamConfig;
import io.relulab.optim.OptimizerConfig;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A named training set-up that does — or, for the control, does not — kill ReLU units on the notebook's
 * data (make_classification, 1600 standardised training rows, 20 features; network 20 → 64 → 32 → 1,
 * glorot_uniform kernels, zero biases, Adam (Keras) 0.001, batches of 32, 50 epochs). A scenario changes
 * only what it names; everything else stays as in the notebook.
 *
 * <p>Dead = activation derivative 0 on every probe row (package documentation). The numbers quoted on each
 * preset were measured with this engine ({@code Trainer}, 50 epochs) on seeds 0–9, one generator per run
 * seeded with the seed (network initialisation, then shuffling); "full" = all 1600 training rows,
 * "first100" = the monitor's default probe. Reproduce one with
 * {@code relulab train --activation relu --scenario NAME --seed S --probe full --json F}.
 *
 * @param name           preset name, e.g. {@code "high-lr"}
 * @param description    what it changes, why, and what was measured
 * @param hiddenSizes    hidden widths, or {@code null} to keep the notebook's 64, 32
 * @param biasInitializer bias initializer of every dense layer, or {@code null} to keep zeros
 * @param optimizer      optimiser, or {@code null} to keep the notebook's Adam 0.001
 */
public record Scenario(String name, String description, List<Integer> hiddenSizes, Initializer biasInitializer,
        OptimizerConfig optimizer) {

    /** Learning rate of {@link #highLearningRate()}: Adam (Keras) 0.05. */
    public static final double HIGH_LEARNING_RATE = 0.05;
    /** Constant bias of {@link #negativeBias()}: −1. */
    public static final double NEGATIVE_BIAS = -1.0;
    /** Depth of {@link #deepNarrow()}: 10 hidden layers. */
    public static final int DEEP_NARROW_DEPTH = 10;
    /** Width of {@link #deepNarrow()}: 4 units per hidden layer. */
    public static final int DEEP_NARROW_WIDTH = 4;

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (hiddenSizes != null) {
            hiddenSizes = List.copyOf(hiddenSizes);
        }
    }

    /**
     * The control: the notebook's settings unchanged. Measured: no ReLU unit dead in any layer at any epoch on
     * the full training set (seeds 0–9), as with PyTorch (spec §7); training accuracy 0.97–0.98 at epoch 50.
     * On the notebook's 100-row probe one seed (8) shows 1–2 second-layer units "dead" in epochs 1–10 that
     * fire on other training rows — a probe artefact.
     */
    public static Scenario notebook() {
        return new Scenario("notebook",
                "the notebook's settings unchanged (control): Adam 0.001, 64-32, glorot_uniform, zero biases; "
                        + "no ReLU unit dies on the training set (seeds 0-9)",
                null, null, null);
    }

    /**
     * Adam (Keras) with learning rate {@value #HIGH_LEARNING_RATE} instead of 0.001. Large steps push
     * second-layer units below zero for every input within the first epoch. Measured (seeds 0–9, full probe,
     * second layer of 32 units): 7–21 dead after epoch 1 (mean 12.1), 13–23 after epoch 10 (mean 18.6),
     * 19–27 after epoch 50 (mean 22.2, i.e. 69 %); the first layer keeps every unit; training accuracy
     * 0.89–0.96 at epoch 50. Leaky ReLU (0.1) and ELU have no dead unit and reach 0.88–0.93 and 0.92–0.96.
     * Adam 0.03 kills fewer (spec §7); at 0.1 ELU's training drifts towards chance in most seeds, so 0.05 is
     * where the comparison is fair.
     */
    public static Scenario highLearningRate() {
        return new Scenario("high-lr",
                "Adam learning rate " + HIGH_LEARNING_RATE + " instead of 0.001: second-layer ReLU units die from the "
                        + "first epoch on (seeds 0-9: 7-21 of 32 dead after epoch 1, 19-27 after epoch 50), "
                        + "while leaky_relu and elu keep every unit and keep training",
                null, null, AdamConfig.keras(HIGH_LEARNING_RATE));
    }

    /**
     * Every dense layer's biases start at {@value #NEGATIVE_BIAS} instead of 0. With standardised inputs and
     * glorot_uniform kernels the first layer's pre-activations spread by about 0.7 around −1, so first-layer
     * outputs are small and sparse and most second-layer units start dead. Measured (seeds 0–9, full probe):
     * 19–28 of 32 second-layer units dead after epoch 1; as the first layer grows they revive (2–31 dead after
     * epoch 10, 0–5 after epoch 50) and training accuracy recovers from 0.50–0.84 at epoch 10 to 0.97–0.98 at
     * epoch 50 — dying here is reversible because upstream units keep learning. Leaky ReLU and ELU: no dead
     * unit. A bias of −2 kills the whole second layer for good (constant output).
     */
    public static Scenario negativeBias() {
        return new Scenario("negative-bias",
                "every bias initialised to " + NEGATIVE_BIAS + " instead of 0: 19-28 of 32 second-layer ReLU units "
                        + "dead after epoch 1 (seeds 0-9); most revive by epoch 50 as the first layer learns",
                null, new Constant(NEGATIVE_BIAS), null);
    }

    /**
     * {@value #DEEP_NARROW_DEPTH} hidden layers of {@value #DEEP_NARROW_WIDTH} units instead of 64, 32 —
     * the deep, narrow regime where Lu et al. (2020) show ReLU networks are born dead or collapse. Measured
     * (seeds 0–9, full probe): in 5 of 10 networks some layer has all 4 units dead from epoch 1 on and the
     * output is constant for the whole run (accuracy 0.48–0.50); the other 5 train to 0.82–0.89 with 1–3 dead
     * units in several layers. Leaky ReLU and ELU: no dead unit, all 10 train (0.84–0.90).
     */
    public static Scenario deepNarrow() {
        return new Scenario("deep-narrow",
                DEEP_NARROW_DEPTH + " hidden layers of " + DEEP_NARROW_WIDTH + " units instead of 64, 32: in 5 of 10 "
                        + "seeds a whole layer is dead from epoch 1 and the output stays constant",
                Collections.nCopies(DEEP_NARROW_DEPTH, DEEP_NARROW_WIDTH), null, null);
    }

    /** Every preset, control first. */
    public static List<Scenario> all() {
        return List.of(notebook(), highLearningRate(), negativeBias(), deepNarrow());
    }

    /** {@code base} with this scenario's hidden sizes and bias initializer, where it sets them. */
    public NetworkSpec applyTo(NetworkSpec base) {
        NetworkSpec spec = base;
        if (hiddenSizes != null) {
            spec = spec.withHiddenSizes(hiddenSizes);
        }
        if (biasInitializer != null) {
            spec = spec.withBiasInitializer(biasInitializer);
        }
        return spec;
    }

    /** This scenario's optimiser, or {@code base} if it keeps the notebook's. */
    public OptimizerConfig optimizerOr(OptimizerConfig base) {
        return optimizer != null ? optimizer : base;
    }
}
