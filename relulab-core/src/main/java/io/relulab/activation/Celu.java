package io.relulab.activation;

import io.relulab.math.ExponentialKernels;

/**
 * Continuously differentiable exponential linear unit.
 *
 * <ul>
 *   <li>f(x) = max(0, x) + min(0, α·(e^(x/α) − 1)), i.e. x for x &gt; 0 and α·expm1(x/α) for x ≤ 0 (with {@link io.relulab.math.StableMath#expm1})</li>
 *   <li>f′(x) = 1 for x &gt; 0, e^(x/α) for x &lt; 0</li>
 *   <li>Kink convention: f′(0) = 1 (PyTorch: {@code elu_backward(grad, α, 1, 1/α)}); both branches
 *       agree there, which is the point of CELU. Spec §1.2.</li>
 *   <li>Parameter α &gt; 0, default {@link #DEFAULT_ALPHA} = 1 (PyTorch and Keras 3), where CELU equals
 *       ELU(1).</li>
 * </ul>
 *
 * <p>Source: Barron, <i>Continuously Differentiable Exponential Linear Units</i>, arXiv:1704.07483
 * (2017); PyTorch {@code torch.nn.CELU}.
 *
 * @param alpha the saturation value −α for x → −∞; a finite number &gt; 0
 */
public record Celu(double alpha) implements Activation {

    /** Canonical name in spec strings. */
    public static final String NAME = "celu";
    /** PyTorch's and Keras' default α. */
    public static final double DEFAULT_ALPHA = 1.0;

    /** The entry of this activation in the registry ({@link Activations}). */
    public static final ActivationType<Celu> TYPE = ActivationType.builder(NAME, Celu.class)
            .parameter(ActivationParameter.number("ALPHA", "alpha", DEFAULT_ALPHA))
            .factory(parameters -> new Celu(parameters.number(0)))
            .label(a -> "CELU (α=" + ActivationType.labelNumber(a.alpha()) + ")")
            .kinks(0.0)
            .examples(new Celu(), new Celu(0.5), new Celu(3.0))
            .build();

    /** Validates α. */
    public Celu {
        alpha = Checks.finitePositive("alpha", alpha);
    }

    /** CELU with α = 1. */
    public Celu() {
        this(DEFAULT_ALPHA);
    }

    @Override
    public double value(double x) {
        return ExponentialKernels.forward(x, 1.0, alpha, alpha);
    }

    @Override
    public double derivative(double x) {
        return x > 0.0 ? 1.0 : Math.exp(x / alpha);
    }

    /** The same numbers as {@link #value}, branch-free and (with the vector module) vectorised. */
    @Override
    public void valuesInPlace(double[] values, int from, int to) {
        ExponentialKernels.forwardInto(values, values, from, to, 1.0, alpha, alpha);
    }

    /** As {@link #valuesInPlace}, from one array into another in one pass. */
    @Override
    public void valuesInto(double[] input, double[] output, int from, int to) {
        ExponentialKernels.forwardInto(input, output, from, to, 1.0, alpha, alpha);
    }

    /**
     * The engine's backward pass from the forward outputs: ∂L/∂y for z &gt; 0, ∂L/∂y·(f(z)·(1/α) + 1) for z ≤ 0
     * (= e^(z/α) to within rounding); branch-free.
     */
    @Override
    public void backwardInPlace(double[] preActivations, double[] outputs, double[] gradients, int from, int to) {
        ExponentialKernels.backwardInto(preActivations, outputs, gradients, gradients, from, to, 1.0, 1.0 / alpha, 1.0);
    }

    /** As {@link #backwardInPlace}, from one array into another in one pass. */
    @Override
    public void backwardInto(double[] preActivations, double[] outputs, double[] outputGradients,
                             double[] inputGradients, int from, int to) {
        ExponentialKernels.backwardInto(preActivations, outputs, outputGradients, inputGradients, from, to, 1.0, 1.0 / alpha, 1.0);
    }

    @Override
    public String spec() {
        return NAME + ":" + Checks.specNumber(alpha);
    }
}
