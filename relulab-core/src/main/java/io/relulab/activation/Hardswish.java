package io.relulab.activation;

/**
 * Hard swish (hard SiLU), a piecewise-quadratic approximation of Swish.
 *
 * <ul>
 *   <li>f(x) = 0 for x ≤ −3, x for x ≥ 3, x·(x + 3)/6 in between</li>
 *   <li>f′(x) = 0 for x &lt; −3, 1 for x &gt; 3, x/3 + ½ in between</li>
 *   <li>Kink convention (PyTorch's {@code hardswish_backward}): the middle formula applies on the closed
 *       interval [−3, 3], so f′(−3) = −½ and f′(3) = 3/2; docs/specs/activations-and-remedies.md §1.2.</li>
 *   <li>No parameters. Spec string {@code "hardswish"}. Can die: f′ = 0 for every x &lt; −3.</li>
 * </ul>
 *
 * <p>Source: Howard et al., <i>Searching for MobileNetV3</i>, ICCV 2019; PyTorch {@code torch.nn.Hardswish};
 * Keras {@code activations.hard_silu}.
 */
public record Hardswish() implements Activation {

    /** Canonical name in spec strings. */
    public static final String NAME = "hardswish";

    /** The entry of this activation in the registry ({@link Activations}). */
    public static final ActivationType<Hardswish> TYPE = ActivationType.builder(NAME, Hardswish.class)
            .factory(parameters -> new Hardswish()).label("Hardswish").kinks(-3.0, 3.0).examples(new Hardswish()).build();

    @Override
    public double value(double x) {
        if (x <= -3.0) {
            return 0.0;
        }
        if (x >= 3.0) {
            return x;
        }
        return x * (x + 3.0) / 6.0;
    }

    @Override
    public double derivative(double x) {
        if (x < -3.0) {
            return 0.0;
        }
        if (x > 3.0) {
            return 1.0;
        }
        return x / 3.0 + 0.5;
    }

    @Override
    public String spec() {
        return NAME;
    }

    /** True: f′ = 0 on (−∞, −3). */
    @Override
    public boolean canDie() {
        return true;
    }
}
