package io.relulab.activation;

import java.util.List;

/**
 * The catalogue of activation names, as they appear at the start of spec strings
 * ({@link Activation#spec()}). Turning strings into activations is the command line's job
 * ({@code io.relulab.cli.ActivationSpecs}); this list is what it offers and what error messages show.
 */
public final class Activations {

    /** Every canonical name, rectifier family first. */
    public static final List<String> NAMES = List.of(
            Relu.NAME, LeakyRelu.NAME, PRelu.NAME, Rrelu.NAME, Relu6.NAME,
            Elu.NAME, Selu.NAME, Celu.NAME,
            Gelu.NAME, Swish.SILU_NAME, Swish.NAME, Mish.NAME, Softplus.NAME, Hardswish.NAME,
            Sigmoid.NAME, Tanh.NAME, Identity.NAME);

    private Activations() {
    }

    /**
     * One instance of every kind of activation with the defaults of its class (PReLU with α = 0.25
     * rather than 0 so that it differs from ReLU; Leaky ReLU with the notebook's 0.1, since it has no
     * default): useful for tests, benchmarks and overview plots.
     */
    public static List<Activation> examples() {
        return List.of(
                new Relu(), new LeakyRelu(LeakyRelu.NOTEBOOK_NEGATIVE_SLOPE), new PRelu(PRelu.HE_INITIAL_ALPHA),
                new Rrelu(), new Relu6(), new Elu(), new Selu(), new Celu(),
                new Gelu(), new Gelu(Gelu.Approximation.TANH), new Swish(), new Swish(1.5), new Mish(),
                new Softplus(), new Hardswish(), new Sigmoid(), new Tanh(), new Identity());
    }
}
