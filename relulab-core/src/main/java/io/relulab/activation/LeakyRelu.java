package io.relulab.activation;

/**
 * Leaky rectified linear unit with a fixed negative slope a.
 *
 * <ul>
 *   <li>f(x) = x for x &gt; 0, a·x otherwise</li>
 *   <li>f′(x) = 1 for x &gt; 0, a for x &lt; 0</li>
 *   <li>Kink convention: f′(0) = a, as PyTorch ({@code leaky_relu_backward} uses {@code x > 0 ? 1 : a})
 *       and TensorFlow; JAX uses 1. Spec §1.2.</li>
 *   <li>Parameter {@code negativeSlope} a ∈ [0, 1). There is deliberately no default constructor: the
 *       frameworks disagree (PyTorch 0.01, Keras layer 0.3, Keras function and {@code tf.nn} 0.2) and
 *       the reference notebook uses 0.1, so a spec names the slope, e.g. {@code "leaky_relu:0.1"}.</li>
 *   <li>Can die only when a = 0 (then it is ReLU).</li>
 * </ul>
 *
 * <p>Source: Maas, Hannun and Ng, ICML 2013 workshop; PyTorch {@code torch.nn.LeakyReLU}.
 *
 * @param negativeSlope the slope a for non-positive inputs, in [0, 1)
 */
public record LeakyRelu(double negativeSlope) implements Activation {

    /** Canonical name in spec strings. */
    public static final String NAME = "leaky_relu";
    /** PyTorch's default negative slope ({@code torch.nn.LeakyReLU}). */
    public static final double PYTORCH_DEFAULT_NEGATIVE_SLOPE = 0.01;
    /** Keras' default for the {@code LeakyReLU} layer. */
    public static final double KERAS_LAYER_DEFAULT_NEGATIVE_SLOPE = 0.3;
    /** The slope used by the reference notebook. */
    public static final double NOTEBOOK_NEGATIVE_SLOPE = 0.1;

    /** The entry of this activation in the registry ({@link Activations}). */
    public static final ActivationType<LeakyRelu> TYPE = ActivationType.builder(NAME, LeakyRelu.class)
            .parameter(ActivationParameter.requiredNumber("SLOPE", "slope", "frameworks disagree on a default: PyTorch "
                    + ActivationType.labelNumber(PYTORCH_DEFAULT_NEGATIVE_SLOPE) + ", Keras "
                    + ActivationType.labelNumber(KERAS_LAYER_DEFAULT_NEGATIVE_SLOPE)))
            .factory(parameters -> new LeakyRelu(parameters.number(0)))
            .label(a -> "Leaky ReLU (α=" + ActivationType.labelNumber(a.negativeSlope()) + ")")
            .kinks(0.0)
            .examples(new LeakyRelu(NOTEBOOK_NEGATIVE_SLOPE), new LeakyRelu(0.0), new LeakyRelu(PYTORCH_DEFAULT_NEGATIVE_SLOPE),
                    new LeakyRelu(0.5))
            .build();

    /** Validates the slope. */
    public LeakyRelu {
        negativeSlope = Checks.inHalfOpenRange("negativeSlope", negativeSlope, 0.0, 1.0);
    }

    @Override
    public double value(double x) {
        return x > 0.0 ? x : negativeSlope * x;
    }

    @Override
    public double derivative(double x) {
        return x > 0.0 ? 1.0 : x <= 0.0 ? negativeSlope : x;
    }

    /** Branch-free, the same numbers as {@link #value(double)} ({@link Rectifiers}). */
    @Override
    public void valuesInPlace(double[] values, int from, int to) {
        Rectifiers.valuesInto(values, values, from, to, negativeSlope);
    }

    /** Branch-free, one pass from one array into another ({@link Rectifiers}). */
    @Override
    public void valuesInto(double[] input, double[] output, int from, int to) {
        Rectifiers.valuesInto(input, output, from, to, negativeSlope);
    }

    /** Branch-free, the same numbers as {@link #derivative(double)} ({@link Rectifiers}). */
    @Override
    public void derivativesInPlace(double[] values, int from, int to) {
        Rectifiers.derivativesInPlace(values, from, to, negativeSlope);
    }

    /** From the signs alone, the same number as the default ({@link Rectifiers}). */
    @Override
    public double largestAbsoluteDerivative(float[] values, int from, int to) {
        return Rectifiers.largestAbsoluteSlope(values, from, to, negativeSlope);
    }

    /** Branch-free, the same numbers as the default ({@link Rectifiers}). */
    @Override
    public void backwardInPlace(double[] preActivations, double[] outputs, double[] gradients, int from, int to) {
        Rectifiers.backwardInto(preActivations, gradients, gradients, from, to, negativeSlope);
    }

    /** Branch-free, one pass from one array into another ({@link Rectifiers}). */
    @Override
    public void backwardInto(double[] preActivations, double[] outputs, double[] outputGradients,
                             double[] inputGradients, int from, int to) {
        Rectifiers.backwardInto(preActivations, outputGradients, inputGradients, from, to, negativeSlope);
    }

    @Override
    public String spec() {
        return NAME + ":" + Checks.specNumber(negativeSlope);
    }

    /** True only for a zero slope, which makes this ReLU. */
    @Override
    public boolean canDie() {
        return negativeSlope == 0.0;
    }
}
