package io.relulab.activation;

/**
 * Swish with a fixed β; β = 1 is SiLU (sigmoid-weighted linear unit).
 *
 * <ul>
 *   <li>f(x) = x·σ(βx), with the two-branch stable σ</li>
 *   <li>f′(x) = σ(βx) + βx·σ(βx)·σ(−βx) (σ(−βx) computed directly, not as 1 − σ)</li>
 *   <li>Smooth: no kink.</li>
 *   <li>Parameter β ≥ 0, default {@link #SILU_BETA} = 1 (PyTorch {@code SiLU}, Keras {@code silu} /
 *       {@code swish}). β = 0 gives x/2; β → ∞ approaches ReLU. Spec string {@code "silu"} for β = 1,
 *       otherwise {@code "swish:β"}.</li>
 * </ul>
 *
 * <p>Source: Elfwing, Uchibe and Doya, 2018 (SiLU); Ramachandran, Zoph and Le, <i>Searching for
 * Activation Functions</i>, arXiv:1710.05941 (Swish-β).
 *
 * @param beta the slope β inside the sigmoid; a finite number ≥ 0
 */
public record Swish(double beta) implements Activation {

    /** Canonical name of β = 1 in spec strings. */
    public static final String SILU_NAME = "silu";
    /** Canonical name of general β in spec strings. */
    public static final String NAME = "swish";
    /** β of SiLU. */
    public static final double SILU_BETA = 1.0;

    /** SiLU's entry in the registry ({@link Activations}): {@code silu}, no parameters (β = 1). */
    public static final ActivationType<Swish> SILU_TYPE = ActivationType.builder(SILU_NAME, Swish.class)
            .factory(parameters -> new Swish()).label("SiLU").examples(new Swish()).build();
    /** Swish-β's entry in the registry ({@link Activations}): {@code swish[:BETA]}; β = 1 is written {@code silu}. */
    public static final ActivationType<Swish> TYPE = ActivationType.builder(NAME, Swish.class)
            .parameter(ActivationParameter.number("BETA", "beta", SILU_BETA))
            .factory(parameters -> new Swish(parameters.number(0)))
            .label(a -> "Swish (β=" + ActivationType.labelNumber(a.beta()) + ")")
            .examples(new Swish(1.5), new Swish(0.0), new Swish(10.0))
            .build();

    /** Validates β. */
    public Swish {
        beta = Checks.finiteNonNegative("beta", beta);
    }

    /** SiLU, i.e. β = 1. */
    public Swish() {
        this(SILU_BETA);
    }

    @Override
    public double value(double x) {
        return x * Logistic.sigmoid(beta * x);
    }

    @Override
    public double derivative(double x) {
        double z = beta * x;
        double s = Logistic.sigmoid(z);
        double sTimesComplement = s * Logistic.complement(z);
        return sTimesComplement == 0.0 ? s : s + z * sTimesComplement;
    }

    @Override
    public String spec() {
        return beta == SILU_BETA ? SILU_NAME : NAME + ":" + Checks.specNumber(beta);
    }
}
