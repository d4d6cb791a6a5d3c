package io.relulab.activation;

/**
 * Softplus with PyTorch's β and threshold.
 *
 * <ul>
 *   <li>f(x) = x when β·x &gt; threshold (PyTorch's switch to the identity); otherwise
 *       (1/β)·ln(1 + e^(βx)), evaluated as (max(βx, 0) + log1p(e^(−|βx|)))/β, which never overflows</li>
 *   <li>f′(x) = 1 when β·x &gt; threshold; otherwise σ(βx) (two-branch stable sigmoid)</li>
 *   <li>Kink convention: at β·x = threshold exactly the smooth branch is used, as PyTorch (its test is
 *       {@code x*beta > threshold}). The switch makes f jump by ln(1 + e^(−threshold))/β ≈ 2.06e−9
 *       at the default threshold 20 (docs/specs/activations-and-remedies.md §1.1); a threshold of {@code Infinity} never switches.</li>
 *   <li>Parameters β &gt; 0 (default {@link #DEFAULT_BETA} = 1) and threshold &gt; 0 (default
 *       {@link #DEFAULT_THRESHOLD} = 20), PyTorch's {@code torch.nn.Softplus} defaults. Spec string
 *       {@code "softplus:1.0,20.0"}.</li>
 * </ul>
 *
 * <p>Source: Dugas et al., NeurIPS 2000; PyTorch {@code torch.nn.Softplus}.
 *
 * @param beta the sharpness β; a finite number &gt; 0
 * @param threshold above which β·x the function returns x; a number &gt; 0 or {@code Infinity}
 */
public record Softplus(double beta, double threshold) implements Activation {

    /** Canonical name in spec strings. */
    public static final String NAME = "softplus";
    /** PyTorch's default β. */
    public static final double DEFAULT_BETA = 1.0;
    /** PyTorch's default threshold. */
    public static final double DEFAULT_THRESHOLD = 20.0;

    /** The entry of this activation in the registry ({@link Activations}). */
    public static final ActivationType<Softplus> TYPE = ActivationType.builder(NAME, Softplus.class)
            .parameter(ActivationParameter.number("BETA", "beta", DEFAULT_BETA))
            .parameter(ActivationParameter.number("THRESHOLD", "threshold", DEFAULT_THRESHOLD))
            .factory(parameters -> new Softplus(parameters.number(0), parameters.number(1)))
            .label(a -> a.beta() == DEFAULT_BETA && a.threshold() == DEFAULT_THRESHOLD ? "Softplus"
                    : "Softplus (β=" + ActivationType.labelNumber(a.beta()) + ", threshold="
                            + ActivationType.labelNumber(a.threshold()) + ")")
            .kinks(a -> Double.isFinite(a.threshold() / a.beta()) ? new double[] {a.threshold() / a.beta()} : new double[0])
            .examples(new Softplus(), new Softplus(2.0, 20.0), new Softplus(0.5, 10.0), new Softplus(1.0, Double.POSITIVE_INFINITY))
            .build();

    /** Validates β and the threshold. */
    public Softplus {
        beta = Checks.finitePositive("beta", beta);
        threshold = Checks.positive("threshold", threshold);
    }

    /** Softplus with PyTorch's defaults β = 1, threshold = 20. */
    public Softplus() {
        this(DEFAULT_BETA, DEFAULT_THRESHOLD);
    }

    @Override
    public double value(double x) {
        double z = beta * x;
        return z > threshold ? x : Logistic.softplus(z) / beta;
    }

    @Override
    public double derivative(double x) {
        double z = beta * x;
        return z > threshold ? 1.0 : Logistic.sigmoid(z);
    }

    @Override
    public String spec() {
        return NAME + ":" + Checks.specNumber(beta) + "," + Checks.specNumber(threshold);
    }
}
