package io.relulab.activation;

/**
 * Logistic sigmoid.
 *
 * <ul>
 *   <li>f(x) = σ(x) = 1/(1 + e^(−x)), evaluated in two branches (e^x/(1 + e^x) for x &lt; 0) so that
 *       exp never overflows (docs/specs/activations-and-remedies.md §1.3)</li>
 *   <li>f′(x) = σ(x)·σ(−x) = e^(−|x|)/(1 + e^(−|x|))², exact for large |x| where 1 − σ would cancel</li>
 *   <li>Smooth: no kink. No parameters. Spec string {@code "sigmoid"}.</li>
 * </ul>
 *
 * <p>Source: PyTorch {@code torch.nn.Sigmoid}; Keras {@code activations.sigmoid}.
 */
public record Sigmoid() implements Activation {

    /** Canonical name in spec strings. */
    public static final String NAME = "sigmoid";

    /** The entry of this activation in the registry ({@link Activations}). */
    public static final ActivationType<Sigmoid> TYPE = ActivationType.builder(NAME, Sigmoid.class)
            .factory(parameters -> new Sigmoid()).label("Sigmoid").examples(new Sigmoid()).build();

    @Override
    public double value(double x) {
        return Logistic.sigmoid(x);
    }

    @Override
    public double derivative(double x) {
        return Logistic.derivative(x);
    }

    @Override
    public String spec() {
        return NAME;
    }
}
