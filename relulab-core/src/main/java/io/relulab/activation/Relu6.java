package io.relulab.activation;

/**
 * ReLU capped at 6.
 *
 * <ul>
 *   <li>f(x) = min(max(0, x), 6)</li>
 *   <li>f′(x) = 1 for 0 &lt; x &lt; 6, 0 for x &lt; 0 or x &gt; 6</li>
 *   <li>Kink convention: f′(0) = f′(6) = 0, as PyTorch (Hardtanh backward zeroes x ≤ min and x ≥ max)
 *       and TensorFlow ({@code Relu6Grad}: 0 &lt; x &lt; 6); docs/specs/activations-and-remedies.md §1.2.</li>
 *   <li>No parameters. Spec string {@code "relu6"}. Can die (f′ = 0 for all x ≤ 0, and also ≥ 6).</li>
 * </ul>
 *
 * <p>Source: Krizhevsky, <i>Convolutional Deep Belief Networks on CIFAR-10</i>, 2010; used by
 * MobileNet; PyTorch {@code torch.nn.ReLU6}.
 */
public record Relu6() implements Activation {

    /** Canonical name in spec strings. */
    public static final String NAME = "relu6";
    /** The cap. */
    public static final double CAP = 6.0;

    /** The entry of this activation in the registry ({@link Activations}). */
    public static final ActivationType<Relu6> TYPE = ActivationType.builder(NAME, Relu6.class)
            .factory(parameters -> new Relu6()).label("ReLU6").kinks(0.0, CAP).examples(new Relu6()).build();

    @Override
    public double value(double x) {
        return Math.min(Math.max(x, 0.0), CAP);
    }

    @Override
    public double derivative(double x) {
        return x > 0.0 && x < CAP ? 1.0 : x == x ? 0.0 : x;
    }

    @Override
    public String spec() {
        return NAME;
    }

    @Override
    public boolean canDie() {
        return true;
    }
}
