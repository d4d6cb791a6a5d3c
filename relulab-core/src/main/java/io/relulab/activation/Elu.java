package io.relulab.activation;

import io.relulab.math.ExponentialKernels;
import io.relulab.math.StableMath;

/**
 * Exponential linear unit.
 *
 * <ul>
 *   <li>f(x) = x for x &gt; 0, α·(e^x − 1) for x ≤ 0, evaluated with {@link StableMath#expm1} (within one
 *       ulp) so that tiny negative inputs keep full relative precision (docs/specs/activations-and-remedies.md §1.3)</li>
 *   <li>f′(x) = 1 for x &gt; 0, α·e^x (= f(x) + α) for x &lt; 0</li>
 *   <li>Kink convention: f′(0) = α (PyTorch takes the negative branch at x = 0; TensorFlow gives 1);
 *       docs/specs/activations-and-remedies.md §1.2. With the default α = 1 both conventions agree.</li>
 *   <li>Parameter α ≥ 0, default {@link #DEFAULT_ALPHA} = 1 (PyTorch and Keras). α = 0 makes this ReLU,
 *       the only case in which it can die.</li>
 * </ul>
 *
 * <p>Source: Clevert, Unterthiner and Hochreiter, <i>Fast and Accurate Deep Network Learning by
 * Exponential Linear Units</i>, ICLR 2016; PyTorch {@code torch.nn.ELU}.
 *
 * @param alpha the saturation value −α for x → −∞; a finite number ≥ 0
 */
public record Elu(double alpha) implements Activation {

    /** Canonical name in spec strings. */
    public static final String NAME = "elu";
    /** PyTorch's and Keras' default α. */
    public static final double DEFAULT_ALPHA = 1.0;

    /** The entry of this activation in the registry ({@link Activations}). */
    public static final ActivationType<Elu> TYPE = ActivationType.builder(NAME, Elu.class)
            .parameter(ActivationParameter.number("ALPHA", "alpha", DEFAULT_ALPHA))
            .factory(parameters -> new Elu(parameters.number(0)))
            .label(a -> "ELU (α=" + ActivationType.labelNumber(a.alpha()) + ")")
            .kinks(0.0)
            .examples(new Elu(), new Elu(0.5), new Elu(0.0), new Elu(2.5))
            .build();

    /** Validates α. */
    public Elu {
        alpha = Checks.finiteNonNegative("alpha", alpha);
    }

    /** ELU with α = 1. */
    public Elu() {
        this(DEFAULT_ALPHA);
    }

    @Override
    public double value(double x) {
        return ExponentialKernels.forward(x, 1.0, alpha, 1.0);
    }

    @Override
    public double derivative(double x) {
        return x > 0.0 ? 1.0 : alpha * Math.exp(x);
    }

    /** The same numbers as {@link #value}, branch-free and (with the vector module) vectorised. */
    @Override
    public void valuesInPlace(double[] values, int from, int to) {
        ExponentialKernels.forwardInto(values, values, from, to, 1.0, alpha, 1.0);
    }

    /** As {@link #valuesInPlace}, from one array into another in one pass. */
    @Override
    public void valuesInto(double[] input, double[] output, int from, int to) {
        ExponentialKernels.forwardInto(input, output, from, to, 1.0, alpha, 1.0);
    }

    @Override
    public void derivativesInPlace(double[] values, int from, int to) {
        double a = alpha;
        for (int i = from; i < to; i++) {
            double x = values[i];
            values[i] = x > 0.0 ? 1.0 : a * Math.exp(x);
        }
    }

    /**
     * The engine's backward pass, from the forward outputs: ∂L/∂z = ∂L/∂y for z &gt; 0 and ∂L/∂y·(f(z) + α)
     * for z ≤ 0, which saves an exponential per element. f(z) + α = α·(e^z − 1) + α equals α·e^z (the scalar
     * {@link #derivative}) to within rounding, not bit for bit; PyTorch's {@code elu_backward} in its
     * result form (used for the in-place {@code elu_}) uses the same identity. NaN in z gives NaN. Branch-free
     * ({@link ExponentialKernels#backwardInto}).
     */
    @Override
    public void backwardInPlace(double[] preActivations, double[] outputs, double[] gradients, int from, int to) {
        ExponentialKernels.backwardInto(preActivations, outputs, gradients, gradients, from, to, 1.0, 1.0, alpha);
    }

    /** As {@link #backwardInPlace}, from one array into another in one pass. */
    @Override
    public void backwardInto(double[] preActivations, double[] outputs, double[] outputGradients,
                             double[] inputGradients, int from, int to) {
        ExponentialKernels.backwardInto(preActivations, outputs, outputGradients, inputGradients, from, to, 1.0, 1.0, alpha);
    }

    @Override
    public String spec() {
        return NAME + ":" + Checks.specNumber(alpha);
    }

    /** True only for α = 0, which makes this ReLU. */
    @Override
    public boolean canDie() {
        return alpha == 0.0;
    }
}
