package io.relulab.activation;

/**
 * Mish.
 *
 * <ul>
 *   <li>f(x) = x·tanh(softplus(x)), softplus(x) = ln(1 + e^x)</li>
 *   <li>f′(x) = tanh(sp) + x·σ(x)·(1 − tanh²(sp))</li>
 *   <li>Smooth: no kink. No parameters. Spec string {@code "mish"}.</li>
 * </ul>
 *
 * <p>Stable evaluation: with n = e^x and a = n(n + 2), tanh(softplus(x)) = a/(a + 2) and
 * 1 − tanh² = 4(a + 1)/(a + 2)², which neither cancel for negative x nor overflow for x ≤ 40; above
 * 40 both f = x and f′ = 1 hold to double precision (the corrections are below 1e−30 relative).
 * (PyTorch computes {@code tanh(log1p(exp(x)))}, which overflows exp for large x; docs/specs/activations-and-remedies.md §1.3.)
 *
 * <p>Source: Misra, <i>Mish: A Self Regularized Non-Monotonic Activation Function</i>, BMVC 2020;
 * PyTorch {@code torch.nn.Mish}.
 */
public record Mish() implements Activation {

    /** Canonical name in spec strings. */
    public static final String NAME = "mish";

    private static final double SATURATION = 40.0;

    /** The entry of this activation in the registry ({@link Activations}). */
    public static final ActivationType<Mish> TYPE = ActivationType.builder(NAME, Mish.class)
            .factory(parameters -> new Mish()).label("Mish").examples(new Mish()).build();

    @Override
    public double value(double x) {
        if (x > SATURATION) {
            return x;
        }
        double n = Math.exp(x);
        double a = n * (n + 2.0);
        return x * (a / (a + 2.0));
    }

    @Override
    public double derivative(double x) {
        if (x > SATURATION) {
            return 1.0;
        }
        double n = Math.exp(x);
        double a = n * (n + 2.0);
        double aPlus2 = a + 2.0;
        double tanhSoftplus = a / aPlus2;
        double sechSquared = 4.0 * (a + 1.0) / (aPlus2 * aPlus2);
        double sigmoid = n / (1.0 + n);
        return tanhSoftplus + x * sigmoid * sechSquared;
    }

    @Override
    public String spec() {
        return NAME;
    }
}
