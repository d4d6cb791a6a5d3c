package io.relulab.nn;

import io.relulab.activation.PRelu;
import io.relulab.math.RectifierKernels;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Parametric ReLU with one learnable slope per unit (Keras {@code layers.PReLU} with {@code shared_axes=None}
 * on a dense layer's output; He et al. 2015): y = z for z &gt; 0, α_j·z otherwise.
 *
 * <p>Backward, given G = ∂L/∂y: ∂L/∂z = G·(1 if z &gt; 0 else α_j), with ∂y/∂z(0) = α_j as PyTorch;
 * ∂L/∂α_j = Σ_r G[r][j]·min(z[r][j], 0) (rows in increasing order). The formulas are
 * {@link PRelu#value(double, double)}, {@link PRelu#derivative(double, double)} and
 * {@link PRelu#alphaDerivative(double)}, computed without branches (mispredicted branches on random signs
 * cost more than the arithmetic): with the slope d = {@link PRelu#slope(double, double) PRelu.slope}(z, α_j),
 * y = z·d and ∂L/∂z = G·d — the same numbers for every α_j other than −0. The passes are
 * {@link RectifierKernels#slopedForward} and {@link RectifierKernels#slopedBackward} (vectorised with the vector
 * module, the same bits).
 *
 * <p>The slopes start at the activation's α (Keras' default 0, which makes the layer start as ReLU; 0.25 as
 * in He et al. is an option). No weight decay is ever applied to them (the optimisers here have none).
 */
public final class PReluLayer implements NonlinearLayer {

    private final PRelu activation;
    private final int units;
    private final Parameter slopes;
    private double[] preActivations;
    private double[] outputs;
    private double[] inputGradients;
    private final double[][] scratch;

    /**
     * @param name       parameter name prefix, e.g. {@code "prelu_1"}
     * @param activation gives the initial slope of every unit
     */
    public PReluLayer(String name, PRelu activation, int units) {
        this.activation = Objects.requireNonNull(activation, "activation");
        if (units <= 0) {
            throw new IllegalArgumentException("PReLU layer units = " + units + "; expected >= 1");
        }
        this.units = units;
        this.slopes = new Parameter(name + "/alpha", units);
        this.scratch = RectifierKernels.scratch(units);
        Arrays.fill(slopes.values(), activation.alpha());
    }

    @Override
    public double[] forward(double[] input, int rows, Mode mode) {
        preActivations = input;
        outputs = Layer.ensureCapacity(outputs, rows * units);
        RectifierKernels.slopedForward(input, slopes.values(), outputs, rows, units, scratch);
        return outputs;
    }

    @Override
    public double[] backward(double[] outputGradient, int rows, boolean computeInputGradient) {
        if (computeInputGradient) {
            inputGradients = Layer.ensureCapacity(inputGradients, rows * units);
        }
        RectifierKernels.slopedBackward(preActivations, slopes.values(), outputGradient,
                computeInputGradient ? inputGradients : null, slopes.gradients(), rows, units, scratch);
        return computeInputGradient ? inputGradients : null;
    }

    /** The learnable slopes α, one per unit. */
    public Parameter slopes() {
        return slopes;
    }

    /** The activation the layer was built from (its α is the initial slope). */
    @Override
    public PRelu activation() {
        return activation;
    }

    @Override
    public double valueAt(int unit, double preActivation) {
        return PRelu.value(preActivation, slopes.values()[unit]);
    }

    @Override
    public double derivativeAt(int unit, double preActivation) {
        return PRelu.derivative(preActivation, slopes.values()[unit]);
    }

    @Override
    public int units() {
        return units;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(slopes);
    }

    @Override
    public String toString() {
        return "PReluLayer[" + units + ", initial alpha " + activation.alpha() + "]";
    }
}
