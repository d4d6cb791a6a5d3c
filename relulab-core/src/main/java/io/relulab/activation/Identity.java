package io.relulab.activation;

/**
 * The identity (a linear unit), for output layers and as a baseline.
 *
 * <ul>
 *   <li>f(x) = x; f′(x) = 1 (NaN for NaN input, like every activation here)</li>
 *   <li>No kink, no parameters. Spec string {@code "identity"}.</li>
 * </ul>
 *
 * <p>Source: Keras {@code activations.linear}; PyTorch {@code torch.nn.Identity}.
 */
public record Identity() implements Activation {

    /** Canonical name in spec strings. */
    public static final String NAME = "identity";

    /** The entry of this activation in the registry ({@link Activations}). */
    public static final ActivationType<Identity> TYPE = ActivationType.builder(NAME, Identity.class)
            .factory(parameters -> new Identity()).label("Identity").examples(new Identity()).build();

    @Override
    public double value(double x) {
        return x;
    }

    @Override
    public double derivative(double x) {
        return x == x ? 1.0 : x;
    }

    @Override
    public void valuesInPlace(double[] values, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, values.length); // f(x) = x: nothing else to do
    }

    @Override
    public String spec() {
        return NAME;
    }
}
