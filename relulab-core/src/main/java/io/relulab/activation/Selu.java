package io.relulab.activation;

import io.relulab.math.ExponentialKernels;

/**
 * Scaled exponential linear unit (self-normalising networks).
 *
 * <ul>
 *   <li>f(x) = λ·x for x &gt; 0, λα·(e^x − 1) for x ≤ 0 (with {@link io.relulab.math.StableMath#expm1})</li>
 *   <li>f′(x) = λ for x &gt; 0, λα·e^x for x &lt; 0</li>
 *   <li>Kink convention: f′(0) = λα ≈ 1.7581 (PyTorch builds SELU on its ELU kernel, which takes the
 *       negative branch at 0; TensorFlow gives λ); docs/specs/activations-and-remedies.md §1.2.</li>
 *   <li>No parameters: α = {@value #ALPHA}, λ = {@value #SCALE} (the paper's constants
 *       1.6732632423543772848… and 1.0507009873554804934… rounded to double), and
 *       λα = {@link #NEGATIVE_COEFFICIENT} computed as the double product λ·α like PyTorch.</li>
 * </ul>
 *
 * <p>Source: Klambauer, Unterthiner, Mayr and Hochreiter, <i>Self-Normalizing Neural Networks</i>,
 * NeurIPS 2017; PyTorch {@code torch.nn.SELU}; Keras {@code activations.selu}.
 */
public record Selu() implements Activation {

    /** Canonical name in spec strings. */
    public static final String NAME = "selu";
    /** α = 1.6732632423543772848170429916717. */
    public static final double ALPHA = 1.6732632423543772848170429916717;
    /** λ = 1.0507009873554804934193349852946. */
    public static final double SCALE = 1.0507009873554804934193349852946;
    /** λ·α, the coefficient of the negative branch. */
    public static final double NEGATIVE_COEFFICIENT = SCALE * ALPHA;

    /** The entry of this activation in the registry ({@link Activations}). */
    public static final ActivationType<Selu> TYPE = ActivationType.builder(NAME, Selu.class)
            .factory(parameters -> new Selu()).label("SELU").kinks(0.0).examples(new Selu()).build();

    @Override
    public double value(double x) {
        return ExponentialKernels.forward(x, SCALE, NEGATIVE_COEFFICIENT, 1.0);
    }

    @Override
    public double derivative(double x) {
        return x > 0.0 ? SCALE : NEGATIVE_COEFFICIENT * Math.exp(x);
    }

    /** The same numbers as {@link #value}, branch-free and (with the vector module) vectorised. */
    @Override
    public void valuesInPlace(double[] values, int from, int to) {
        ExponentialKernels.forwardInto(values, values, from, to, SCALE, NEGATIVE_COEFFICIENT, 1.0);
    }

    /** As {@link #valuesInPlace}, from one array into another in one pass. */
    @Override
    public void valuesInto(double[] input, double[] output, int from, int to) {
        ExponentialKernels.forwardInto(input, output, from, to, SCALE, NEGATIVE_COEFFICIENT, 1.0);
    }

    /**
     * The engine's backward pass from the forward outputs: ∂L/∂y·λ for z &gt; 0, ∂L/∂y·(f(z) + λα) for z ≤ 0
     * (= λα·e^z to within rounding, as for {@link Elu#backwardInPlace}); branch-free.
     */
    @Override
    public void backwardInPlace(double[] preActivations, double[] outputs, double[] gradients, int from, int to) {
        ExponentialKernels.backwardInto(preActivations, outputs, gradients, gradients, from, to, SCALE, 1.0, NEGATIVE_COEFFICIENT);
    }

    /** As {@link #backwardInPlace}, from one array into another in one pass. */
    @Override
    public void backwardInto(double[] preActivations, double[] outputs, double[] outputGradients,
                             double[] inputGradients, int from, int to) {
        ExponentialKernels.backwardInto(preActivations, outputs, outputGradients, inputGradients, from, to, SCALE, 1.0, NEGATIVE_COEFFICIENT);
    }

    @Override
    public String spec() {
        return NAME;
    }
}
