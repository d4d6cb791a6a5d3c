package io.relulab.activation;

/**
 * Hyperbolic tangent.
 *
 * <ul>
 *   <li>f(x) = tanh x ({@link Math#tanh})</li>
 *   <li>f′(x) = 1 − tanh² x = 4e^(−2|x|)/(1 + e^(−2|x|))², evaluated in the second form, which keeps
 *       full relative precision for large |x| where 1 − tanh² cancels</li>
 *   <li>Smooth: no kink. No parameters. Spec string {@code "tanh"}.</li>
 * </ul>
 *
 * <p>Source: PyTorch {@code torch.nn.Tanh}; Keras {@code activations.tanh}.
 */
public record Tanh() implements Activation {

    /** Canonical name in spec strings. */
    public static final String NAME = "tanh";

    /** The entry of this activation in the registry ({@link Activations}). */
    public static final ActivationType<Tanh> TYPE = ActivationType.builder(NAME, Tanh.class)
            .factory(parameters -> new Tanh()).label("Tanh").examples(new Tanh()).build();

    @Override
    public double value(double x) {
        return Math.tanh(x);
    }

    @Override
    public double derivative(double x) {
        double e = Math.exp(-2.0 * Math.abs(x));
        double onePlus = 1.0 + e;
        return 4.0 * e / (onePlus * onePlus);
    }

    @Override
    public String spec() {
        return NAME;
    }
}
