package io.relulab.activation;

/**
 * Parametric ReLU as a function f(x; α) of the input and a learnable slope α.
 *
 * <ul>
 *   <li>f(x; α) = x for x &gt; 0, α·x otherwise</li>
 *   <li>∂f/∂x = 1 for x &gt; 0, α for x &lt; 0</li>
 *   <li>∂f/∂α = 0 for x &gt; 0, x for x ≤ 0 (0 at x = 0)</li>
 *   <li>Kink convention: ∂f/∂x(0) = α, as PyTorch (the mask is {@code input > 0}); docs/specs/activations-and-remedies.md §1.2.</li>
 *   <li>Default α = 0 ({@link #KERAS_DEFAULT_ALPHA}: Keras' {@code alpha_initializer="Zeros"}, what the
 *       reference notebook uses, docs/ARCHITECTURE.md §4); He et al. 2015 and PyTorch start at 0.25
 *       ({@link #HE_INITIAL_ALPHA}). Any finite α is allowed, since a learned slope may leave [0, 1).</li>
 *   <li>{@link #canDie()} describes the function at this fixed α: true only when α = 0. A learnable α
 *       still receives the gradient ∂f/∂α = x on negative inputs, so a PReLU <em>layer</em> can revive.</li>
 * </ul>
 *
 * <p>The engine's PReLU layer keeps one α per unit; it uses the static forms
 * {@link #value(double, double)}, {@link #derivative(double, double)} and {@link #alphaDerivative(double)},
 * which give exactly the same numbers as the instance methods, and their branch-free form
 * {@link #slope(double, double)}.
 *
 * <p>Source: He, Zhang, Ren and Sun, <i>Delving Deep into Rectifiers</i>, ICCV 2015; PyTorch
 * {@code torch.nn.PReLU}; Keras {@code layers.PReLU}.
 *
 * @param alpha the slope α for non-positive inputs; any finite number
 */
public record PRelu(double alpha) implements Activation {

    /** Canonical name in spec strings. */
    public static final String NAME = "prelu";
    /** Keras' initial slope (zeros), the default here. */
    public static final double KERAS_DEFAULT_ALPHA = 0.0;
    /** He et al. 2015 / PyTorch initial slope. */
    public static final double HE_INITIAL_ALPHA = 0.25;

    /** The entry of this activation in the registry ({@link Activations}). */
    public static final ActivationType<PRelu> TYPE = ActivationType.builder(NAME, PRelu.class)
            .parameter(ActivationParameter.number("ALPHA", "alpha", KERAS_DEFAULT_ALPHA))
            .factory(parameters -> new PRelu(parameters.number(0)))
            .label(a -> "PReLU (α=" + ActivationType.labelNumber(a.alpha()) + ")")
            .kinks(0.0)
            .examples(new PRelu(HE_INITIAL_ALPHA), new PRelu(), new PRelu(-0.3), new PRelu(1.7))
            .build();

    /** Validates the slope. */
    public PRelu {
        alpha = Checks.finite("alpha", alpha);
    }

    /** PReLU with the default initial slope α = 0. */
    public PRelu() {
        this(KERAS_DEFAULT_ALPHA);
    }

    /** f(x; α) for a per-unit slope α (not validated: the hot path of the engine's layer). */
    public static double value(double x, double alpha) {
        return x > 0.0 ? x : alpha * x;
    }

    /** ∂f/∂x (x; α) with ∂f/∂x(0) = α. */
    public static double derivative(double x, double alpha) {
        return x > 0.0 ? 1.0 : x <= 0.0 ? alpha : x;
    }

    /** ∂f/∂α (x) = x for x ≤ 0, else 0; independent of α. */
    public static double alphaDerivative(double x) {
        return x > 0.0 ? 0.0 : x;
    }

    /**
     * The slope f(x; α)/x = ∂f/∂x (x; α) computed without a branch (1 for x &gt; 0, α for x ≤ 0, NaN for NaN):
     * for the engine's per-unit loops, where mispredicted branches on random signs cost more than the
     * arithmetic. x·slope(x, α) = {@link #value(double, double)} and slope(x, α) =
     * {@link #derivative(double, double)} exactly for every α other than −0 (for which it gives +0); see
     * {@link Rectifiers}.
     */
    public static double slope(double x, double alpha) {
        return Rectifiers.slope(x, alpha);
    }

    /**
     * The largest |∂f/∂x| over float32 values for a per-unit slope α, from the signs alone: the number
     * {@link Activation#largestAbsoluteDerivative} gives for {@link #derivative(double, double)} ({@link Rectifiers}).
     */
    public static double largestAbsoluteDerivative(float[] values, int from, int to, double alpha) {
        return Rectifiers.largestAbsoluteSlope(values, from, to, alpha);
    }

    @Override
    public double value(double x) {
        return value(x, alpha);
    }

    @Override
    public double derivative(double x) {
        return derivative(x, alpha);
    }

    /** ∂f/∂α at x, see {@link #alphaDerivative(double)}. */
    public double derivativeWithRespectToAlpha(double x) {
        return alphaDerivative(x);
    }

    /** Branch-free, the same numbers as {@link #value(double)} ({@link Rectifiers}). */
    @Override
    public void valuesInPlace(double[] values, int from, int to) {
        Rectifiers.valuesInto(values, values, from, to, alpha);
    }

    /** Branch-free, one pass from one array into another ({@link Rectifiers}). */
    @Override
    public void valuesInto(double[] input, double[] output, int from, int to) {
        Rectifiers.valuesInto(input, output, from, to, alpha);
    }

    /** Branch-free, the same numbers as {@link #derivative(double)} ({@link Rectifiers}). */
    @Override
    public void derivativesInPlace(double[] values, int from, int to) {
        Rectifiers.derivativesInPlace(values, from, to, alpha);
    }

    /** From the signs alone, the same number as the default ({@link Rectifiers}). */
    @Override
    public double largestAbsoluteDerivative(float[] values, int from, int to) {
        return Rectifiers.largestAbsoluteSlope(values, from, to, alpha);
    }

    /** Branch-free, the same numbers as the default ({@link Rectifiers}). */
    @Override
    public void backwardInPlace(double[] preActivations, double[] outputs, double[] gradients, int from, int to) {
        Rectifiers.backwardInto(preActivations, gradients, gradients, from, to, alpha);
    }

    /** Branch-free, one pass from one array into another ({@link Rectifiers}). */
    @Override
    public void backwardInto(double[] preActivations, double[] outputs, double[] outputGradients,
                             double[] inputGradients, int from, int to) {
        Rectifiers.backwardInto(preActivations, outputGradients, inputGradients, from, to, alpha);
    }

    @Override
    public String spec() {
        return NAME + ":" + Checks.specNumber(alpha);
    }

    /** True only when α = 0 (see the class comment: a learnable α can still revive the unit). */
    @Override
    public boolean canDie() {
        return alpha == 0.0;
    }

    /** One learnable slope per unit, starting at α. */
    @Override
    public <L> L layer(ActivationLayers<L> layers) {
        return layers.learnedSlopes(this);
    }
}
