package io.relulab.optim;

import java.util.Objects;

/**
 * Hyperparameters of {@link Adam} (Kingma and Ba 2015).
 *
 * <p>Defaults ({@link #keras()}, docs/ARCHITECTURE.md §4): learning rate 0.001, β₁ 0.9, β₂ 0.999, ε 1e-7 added to the
 * uncorrected √v (Keras). {@link #pytorch()}: the same with ε 1e-8 added to the corrected √v̂.
 *
 * @param learningRate     η &gt; 0
 * @param beta1            0 ≤ β₁ &lt; 1
 * @param beta2            0 ≤ β₂ &lt; 1
 * @param epsilon          ε &gt; 0
 * @param epsilonPlacement where ε goes
 */
public record AdamConfig(double learningRate, double beta1, double beta2, double epsilon, EpsilonPlacement epsilonPlacement)
        implements OptimizerConfig {

    public static final double DEFAULT_LEARNING_RATE = 0.001;
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    /** Keras' ε ({@code keras.config.epsilon()}). */
    public static final double KERAS_EPSILON = 1e-7;
    /** PyTorch's ε. */
    public static final double PYTORCH_EPSILON = 1e-8;

    public AdamConfig {
        OptimizerConfig.positive("learning rate", learningRate);
        OptimizerConfig.unitInterval("beta1", beta1);
        OptimizerConfig.unitInterval("beta2", beta2);
        OptimizerConfig.positive("epsilon", epsilon);
        Objects.requireNonNull(epsilonPlacement, "epsilonPlacement");
    }

    /** Keras' Adam: lr 0.001, β₁ 0.9, β₂ 0.999, ε 1e-7 on the uncorrected √v. */
    public static AdamConfig keras() {
        return keras(DEFAULT_LEARNING_RATE);
    }

    /** Keras' Adam with the given learning rate. */
    public static AdamConfig keras(double learningRate) {
        return new AdamConfig(learningRate, DEFAULT_BETA1, DEFAULT_BETA2, KERAS_EPSILON, EpsilonPlacement.KERAS);
    }

    /** PyTorch's Adam: lr 0.001, β₁ 0.9, β₂ 0.999, ε 1e-8 on the corrected √v̂. */
    public static AdamConfig pytorch() {
        return pytorch(DEFAULT_LEARNING_RATE);
    }

    /** PyTorch's Adam with the given learning rate. */
    public static AdamConfig pytorch(double learningRate) {
        return new AdamConfig(learningRate, DEFAULT_BETA1, DEFAULT_BETA2, PYTORCH_EPSILON, EpsilonPlacement.PYTORCH);
    }

    @Override
    public Adam create() {
        return new Adam(this);
    }

    @Override
    public String name() {
        return epsilonPlacement == EpsilonPlacement.KERAS ? "adam" : "adam_pytorch";
    }

    @Override
    public String spec() {
        double defaultEpsilon = epsilonPlacement == EpsilonPlacement.KERAS ? KERAS_EPSILON : PYTORCH_EPSILON;
        StringBuilder spec = new StringBuilder(name()).append(':').append(OptimizerConfig.specNumber(learningRate));
        boolean epsilonSet = epsilon != defaultEpsilon;
        if (epsilonSet || beta1 != DEFAULT_BETA1 || beta2 != DEFAULT_BETA2) {
            spec.append(',').append(OptimizerConfig.specNumber(beta1)).append(',').append(OptimizerConfig.specNumber(beta2));
        }
        if (epsilonSet) {
            spec.append(',').append(OptimizerConfig.specNumber(epsilon));
        }
        return spec.toString();
    }
}
