package io.relulab.onnx;

import io.relulab.diagnostics.UnitMeasures;
import java.util.Arrays;
import java.util.Objects;

/**
 * One activation of an inspected model and its per-unit measures.
 *
 * @param site       where the activation is in the graph and what it computes
 * @param unitAxis   the axis of its values that holds the units
 * @param valueShape the shape of its values, axis 0 the batch, given as −1 (as a dynamic axis in ONNX): the same
 *                   whatever the batch size
 * @param measures   inactive, dead, τ-dormant and saturated units, activation probability and pre-activation range
 * @param preActivationsRead whether the pre-activations were read; when not ({@link InspectionSettings#outputsOnly}),
 *                   the measures were taken from the outputs and their pre-activation range means nothing
 */
public record InspectedLayer(ActivationSite site, int unitAxis, long[] valueShape, UnitMeasures measures,
        boolean preActivationsRead) {

    public InspectedLayer {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(measures, "measures");
        valueShape = valueShape.clone();
    }

    public String name() {
        return site.name();
    }

    public String op() {
        return site.op();
    }

    public int units() {
        return measures.units();
    }

    /** Whether the layer's activation can have units with derivative 0 everywhere (ReLU family, hard sigmoid). */
    public boolean canDie() {
        return site.activation().canDie();
    }

    @Override
    public long[] valueShape() {
        return valueShape.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InspectedLayer that && site.equals(that.site) && unitAxis == that.unitAxis
                && Arrays.equals(valueShape, that.valueShape) && measures.equals(that.measures)
                && preActivationsRead == that.preActivationsRead;
    }

    @Override
    public int hashCode() {
        return Objects.hash(site, unitAxis, Arrays.hashCode(valueShape), measures, preActivationsRead);
    }
}
