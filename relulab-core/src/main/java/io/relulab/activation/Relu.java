package io.relulab.activation;

/**
 * Rectified linear unit.
 *
 * <ul>
 *   <li>f(x) = max(0, x)</li>
 *   <li>f′(x) = 1 for x &gt; 0, 0 for x &lt; 0</li>
 *   <li>Kink convention: f′(0) = 0, as PyTorch, TensorFlow and JAX (the backward pass lets the
 *       gradient through only where the output is &gt; 0); docs/specs/activations-and-remedies.md §1.2.</li>
 *   <li>No parameters. Spec string {@code "relu"}.</li>
 *   <li>Can die: f′ = 0 on the whole negative half-line.</li>
 * </ul>
 *
 * <p>NaN in gives NaN out (value and derivative), so that a diverged pre-activation is not hidden.
 * Source: Nair and Hinton, ICML 2010; PyTorch {@code torch.nn.ReLU}, Keras {@code activations.relu}.
 */
public record Relu() implements Activation {

    /** Canonical name in spec strings. */
    public static final String NAME = "relu";

    /** The entry of this activation in the registry ({@link Activations}). */
    public static final ActivationType<Relu> TYPE = ActivationType.builder(NAME, Relu.class)
            .factory(parameters -> new Relu()).label("ReLU").kinks(0.0).examples(new Relu()).build();

    @Override
    public double value(double x) {
        return x <= 0.0 ? 0.0 : x;
    }

    @Override
    public double derivative(double x) {
        return x > 0.0 ? 1.0 : x <= 0.0 ? 0.0 : x;
    }

    /** Branch-free: max(0, x), the same numbers as {@link #value} ({@link Rectifiers}). */
    @Override
    public void valuesInPlace(double[] values, int from, int to) {
        valuesInto(values, values, from, to);
    }

    /** max(0, x) from one array into another, in one pass. */
    @Override
    public void valuesInto(double[] input, double[] output, int from, int to) {
        for (int i = from; i < to; i++) {
            output[i] = Math.max(0.0, input[i]);
        }
    }

    /** Branch-free: the step m(x), the same numbers as {@link #derivative} ({@link Rectifiers}). */
    @Override
    public void derivativesInPlace(double[] values, int from, int to) {
        for (int i = from; i < to; i++) {
            values[i] = Rectifiers.step(values[i]);
        }
    }

    /** From the signs alone, the same number as the default ({@link Rectifiers}). */
    @Override
    public double largestAbsoluteDerivative(float[] values, int from, int to) {
        return Rectifiers.largestAbsoluteSlope(values, from, to, 0.0);
    }

    /** Branch-free: gradients[i]·m(z[i]), the same numbers as the default. */
    @Override
    public void backwardInPlace(double[] preActivations, double[] outputs, double[] gradients, int from, int to) {
        backwardInto(preActivations, outputs, gradients, gradients, from, to);
    }

    /** inputGradients[i] = outputGradients[i]·m(z[i]), in one pass. */
    @Override
    public void backwardInto(double[] preActivations, double[] outputs, double[] outputGradients,
                             double[] inputGradients, int from, int to) {
        for (int i = from; i < to; i++) {
            inputGradients[i] = outputGradients[i] * Rectifiers.step(preActivations[i]);
        }
    }

    @Override
    public String spec() {
        return NAME;
    }

    @Override
    public boolean canDie() {
        return true;
    }
}
