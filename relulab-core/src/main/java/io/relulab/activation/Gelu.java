package io.relulab.activation;

import java.util.List;
import org.apache.commons.numbers.gamma.Erfc;

/**
 * Gaussian error linear unit, exact or with the tanh approximation.
 *
 * <p>Exact ({@link Approximation#NONE}, the default):
 * <ul>
 *   <li>f(x) = x·Φ(x) = ½·x·(1 + erf(x/√2)), evaluated as ½·x·erfc(−x/√2) (Apache Commons Numbers
 *       {@link Erfc}), which keeps full relative precision for negative x where 1 + erf cancels</li>
 *   <li>f′(x) = Φ(x) + x·φ(x), φ(x) = e^(−x²/2)/√(2π)</li>
 * </ul>
 * Tanh approximation ({@link Approximation#TANH}), with u = √(2/π)·(x + 0.044715·x³):
 * <ul>
 *   <li>f(x) = ½·x·(1 + tanh u), evaluated as x·σ(2u) (the same number, since 1 + tanh u = 2σ(2u),
 *       but without cancellation for negative x)</li>
 *   <li>f′(x) = σ(2u) + 2x·σ(2u)·σ(−2u)·√(2/π)·(1 + 3·0.044715·x²), which equals
 *       ½(1 + t) + ½x(1 − t²)·√(2/π)(1 + 3·0.044715x²) with t = tanh u</li>
 * </ul>
 * Smooth everywhere: no kink. Spec strings {@code "gelu"} and {@code "gelu:tanh"}. Defaults: PyTorch's
 * {@code GELU(approximate='none')} and Keras' {@code activations.gelu(approximate=False)} are exact;
 * note that {@code keras.ops.gelu} defaults to the tanh form (docs/specs/activations-and-remedies.md §1.1).
 *
 * <p>Source: Hendrycks and Gimpel, <i>Gaussian Error Linear Units (GELUs)</i>, arXiv:1606.08415;
 * PyTorch {@code torch.nn.GELU}.
 *
 * @param approximation {@link Approximation#NONE} for the exact erf form, {@link Approximation#TANH} for
 *     the tanh approximation
 */
public record Gelu(Approximation approximation) implements Activation {

    /** Canonical name in spec strings. */
    public static final String NAME = "gelu";

    /** Which formula to evaluate; the names follow PyTorch's {@code approximate} argument. */
    public enum Approximation {
        /** The exact x·Φ(x). */
        NONE,
        /** ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))). */
        TANH
    }

    private static final double INVERSE_SQRT_2 = 0.7071067811865476; // 1/√2
    private static final double INVERSE_SQRT_2PI = 0.3989422804014327; // 1/√(2π)
    private static final double SQRT_2_OVER_PI = 0.7978845608028654; // √(2/π)
    private static final double CUBIC_COEFFICIENT = 0.044715;

    /** The entry of this activation in the registry ({@link Activations}). */
    public static final ActivationType<Gelu> TYPE = ActivationType.builder(NAME, Gelu.class)
            .parameter(ActivationParameter.word("tanh", "approximation", "none", List.of("tanh", "none", "erf")))
            .factory(parameters -> new Gelu(parameters.word(0).equals("tanh") ? Approximation.TANH : Approximation.NONE))
            .label(a -> a.approximation() == Approximation.NONE ? "GELU" : "GELU (tanh)")
            .examples(new Gelu(), new Gelu(Approximation.TANH))
            .build();

    /** Validates the approximation. */
    public Gelu {
        if (approximation == null) {
            throw new IllegalArgumentException("approximation must be NONE or TANH, got null");
        }
    }

    /** Exact GELU. */
    public Gelu() {
        this(Approximation.NONE);
    }

    @Override
    public double value(double x) {
        if (approximation == Approximation.NONE) {
            return 0.5 * x * Erfc.value(-x * INVERSE_SQRT_2);
        }
        return x * Logistic.sigmoid(2.0 * tanhArgument(x));
    }

    @Override
    public double derivative(double x) {
        if (approximation == Approximation.NONE) {
            double cdf = 0.5 * Erfc.value(-x * INVERSE_SQRT_2);
            double density = Math.exp(-0.5 * x * x) * INVERSE_SQRT_2PI;
            return density == 0.0 ? cdf : cdf + x * density;
        }
        double twiceU = 2.0 * tanhArgument(x);
        double s = Logistic.sigmoid(twiceU);
        double sTimesComplement = s * Logistic.complement(twiceU);
        if (sTimesComplement == 0.0) {
            return s; // |x| so large that the second term is exactly 0 (and its factors may overflow)
        }
        double uPrime = SQRT_2_OVER_PI * (1.0 + 3.0 * CUBIC_COEFFICIENT * x * x);
        return s + 2.0 * x * sTimesComplement * uPrime;
    }

    private static double tanhArgument(double x) {
        return SQRT_2_OVER_PI * (x + CUBIC_COEFFICIENT * x * x * x);
    }

    @Override
    public String spec() {
        return approximation == Approximation.NONE ? NAME : NAME + ":tanh";
    }
}
