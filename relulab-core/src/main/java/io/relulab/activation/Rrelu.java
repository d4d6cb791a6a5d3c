package io.relulab.activation;

import java.util.random.RandomGenerator;

/**
 * Randomized leaky ReLU.
 *
 * <ul>
 *   <li>Training ({@link #trainingValuesInPlace}): for each element with x ≤ 0 a slope r is drawn from
 *       U(lower, upper) and f(x) = r·x; elements with x &gt; 0 pass through. The local derivative of each
 *       element (r, or 1 for x &gt; 0) is recorded so that the backward pass multiplies by it.</li>
 *   <li>Evaluation ({@link #value}, {@link #derivative}): a fixed slope m = (lower + upper)/2, i.e. Leaky
 *       ReLU with slope m; f′(x) = 1 for x &gt; 0, m for x &lt; 0.</li>
 *   <li>Kink convention: f′(0) = m in evaluation and the drawn r in training (PyTorch draws for
 *       {@code input <= 0} and evaluates with {@code leaky_relu(x, m)}); docs/specs/activations-and-remedies.md §1.2.</li>
 *   <li>Defaults lower = 1/8, upper = 1/3 ({@link #DEFAULT_LOWER}, {@link #DEFAULT_UPPER}; PyTorch,
 *       DL4J and TF-Addons agree), so m = 11/48 ≈ 0.22917. Both bounds lie in [0, 1) with lower ≤ upper.
 *       Can die only when upper = 0.</li>
 * </ul>
 *
 * <p>Source: Xu, Wang, Chen and Li, <i>Empirical Evaluation of Rectified Activations in Convolutional
 * Network</i>, arXiv:1505.00853; PyTorch {@code torch.nn.RReLU}.
 *
 * @param lower the smallest slope, in [0, 1)
 * @param upper the largest slope, in [lower, 1)
 */
public record Rrelu(double lower, double upper) implements Activation {

    /** Canonical name in spec strings. */
    public static final String NAME = "rrelu";
    /** PyTorch's default lower bound 1/8 (written as a double expression, docs/specs/activations-and-remedies.md §1.4). */
    public static final double DEFAULT_LOWER = 1.0 / 8.0;
    /** PyTorch's default upper bound 1/3. */
    public static final double DEFAULT_UPPER = 1.0 / 3.0;

    /** The entry of this activation in the registry ({@link Activations}). */
    public static final ActivationType<Rrelu> TYPE = ActivationType.builder(NAME, Rrelu.class)
            .parameter(ActivationParameter.number("LOWER", "lower bound", DEFAULT_LOWER))
            .parameter(ActivationParameter.number("UPPER", "upper bound", DEFAULT_UPPER))
            .allOrNone()
            .factory(parameters -> new Rrelu(parameters.number(0), parameters.number(1)))
            .label(a -> "RReLU (α~U[" + ActivationType.labelNumber(a.lower()) + ", " + ActivationType.labelNumber(a.upper()) + "])")
            .kinks(0.0)
            .examples(new Rrelu(), new Rrelu(0.1, 0.1), new Rrelu(0.0, 0.5))
            .build();

    /** Validates the bounds. */
    public Rrelu {
        lower = Checks.inHalfOpenRange("lower", lower, 0.0, 1.0);
        if (!(upper >= lower && upper < 1.0)) {
            throw new IllegalArgumentException("upper must be in [lower, 1) = [" + Checks.format(lower)
                    + ", 1), got " + upper);
        }
        upper = upper + 0.0;
    }

    /** RReLU with PyTorch's defaults lower = 1/8, upper = 1/3. */
    public Rrelu() {
        this(DEFAULT_LOWER, DEFAULT_UPPER);
    }

    /** The evaluation slope (lower + upper)/2. */
    public double meanSlope() {
        return 0.5 * (lower + upper);
    }

    @Override
    public double value(double x) {
        return x <= 0.0 ? meanSlope() * x : x;
    }

    @Override
    public double derivative(double x) {
        return x > 0.0 ? 1.0 : x <= 0.0 ? meanSlope() : x;
    }

    /**
     * Training forward pass on {@code values[from..to)}: each x ≤ 0 is multiplied by a fresh slope
     * r = lower + (upper − lower)·u, u = {@code generator.nextDouble()}, drawn in index order and only
     * for those elements; {@code slopesOut[i]} receives the local derivative (r, or 1 for x &gt; 0) for
     * the backward pass. NaN passes through with slope 1.
     *
     * @param values the pre-activations, replaced by the activations
     * @param slopesOut receives f′ of each element, same indexing as {@code values}
     * @param from first index, inclusive
     * @param to last index, exclusive
     * @param generator the source of the slopes
     */
    public void trainingValuesInPlace(double[] values, double[] slopesOut, int from, int to,
            RandomGenerator generator) {
        double width = upper - lower;
        for (int i = from; i < to; i++) {
            double x = values[i];
            if (x <= 0.0) {
                double slope = lower + width * generator.nextDouble();
                values[i] = slope * x;
                slopesOut[i] = slope;
            } else {
                slopesOut[i] = 1.0;
            }
        }
    }

    @Override
    public String spec() {
        return NAME + ":" + Checks.specNumber(lower) + "," + Checks.specNumber(upper);
    }

    /** True only when upper = 0 (every slope is then 0). */
    @Override
    public boolean canDie() {
        return upper == 0.0;
    }

    /** Slopes drawn from the trial's generator in training. */
    @Override
    public <L> L layer(ActivationLayers<L> layers) {
        return layers.randomSlopes(this);
    }
}
