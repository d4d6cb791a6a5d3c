package io.relulab.optim;

/**
 * Hyperparameters of {@link RmsProp}. Keras defaults: learning rate 0.001, ρ 0.9, momentum 0,
 * ε 1e-7, not centred.
 *
 * @param learningRate η &gt; 0
 * @param rho          decay of the squared-gradient average, 0 ≤ ρ &lt; 1
 * @param momentum     0 ≤ μ &lt; 1
 * @param epsilon      ε &gt; 0, added under the square root (Keras and TensorFlow)
 * @param centered     divide by the estimated variance instead of the second moment
 */
public record RmsPropConfig(double learningRate, double rho, double momentum, double epsilon, boolean centered)
        implements OptimizerConfig {

    public static final double DEFAULT_LEARNING_RATE = 0.001;
    public static final double DEFAULT_RHO = 0.9;
    public static final double DEFAULT_EPSILON = 1e-7;

    public RmsPropConfig {
        OptimizerConfig.positive("learning rate", learningRate);
        OptimizerConfig.unitInterval("rho", rho);
        OptimizerConfig.unitInterval("momentum", momentum);
        OptimizerConfig.positive("epsilon", epsilon);
    }

    /** Keras defaults with the given learning rate. */
    public RmsPropConfig(double learningRate) {
        this(learningRate, DEFAULT_RHO, 0.0, DEFAULT_EPSILON, false);
    }

    @Override
    public RmsProp create() {
        return new RmsProp(this);
    }

    @Override
    public String name() {
        return "rmsprop";
    }

    @Override
    public String spec() {
        StringBuilder spec = new StringBuilder("rmsprop:").append(OptimizerConfig.specNumber(learningRate));
        boolean epsilonSet = epsilon != DEFAULT_EPSILON;
        boolean momentumSet = epsilonSet || momentum != 0;
        if (momentumSet || rho != DEFAULT_RHO) {
            spec.append(',').append(OptimizerConfig.specNumber(rho));
        }
        if (momentumSet) {
            spec.append(',').append(OptimizerConfig.specNumber(momentum));
        }
        if (epsilonSet) {
            spec.append(',').append(OptimizerConfig.specNumber(epsilon));
        }
        return centered ? spec.append(",centered").toString() : spec.toString();
    }
}
