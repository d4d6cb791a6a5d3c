package io.relulab.optim;

/**
 * Hyperparameters of {@link Sgd}. Keras defaults: learning rate 0.01, momentum 0, no Nesterov.
 *
 * @param learningRate η &gt; 0
 * @param momentum     μ, 0 ≤ μ &lt; 1
 * @param nesterov     Nesterov momentum (needs μ &gt; 0)
 */
public record SgdConfig(double learningRate, double momentum, boolean nesterov) implements OptimizerConfig {

    /** Keras' default learning rate for SGD. */
    public static final double DEFAULT_LEARNING_RATE = 0.01;

    public SgdConfig {
        OptimizerConfig.positive("learning rate", learningRate);
        OptimizerConfig.unitInterval("momentum", momentum);
        if (nesterov && momentum == 0) {
            throw new IllegalArgumentException("nesterov = true with momentum = 0; expected momentum > 0 for Nesterov momentum");
        }
    }

    /** Plain SGD with the given learning rate. */
    public SgdConfig(double learningRate) {
        this(learningRate, 0.0, false);
    }

    @Override
    public Sgd create() {
        return new Sgd(this);
    }

    @Override
    public String name() {
        return "sgd";
    }

    @Override
    public String spec() {
        StringBuilder spec = new StringBuilder("sgd:").append(OptimizerConfig.specNumber(learningRate));
        if (momentum != 0 || nesterov) {
            spec.append(',').append(OptimizerConfig.specNumber(momentum));
        }
        return nesterov ? spec.append(",nesterov").toString() : spec.toString();
    }
}
