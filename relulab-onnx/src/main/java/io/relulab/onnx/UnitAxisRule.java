package io.relulab.onnx;

import java.util.Arrays;

/**
 * Which axis of an activation's value holds its units — the values along every other axis (batch rows,
 * spatial positions, tokens) are the probe values of a unit.
 *
 * <p>The default rule, for a value of shape {@code [N, d₁, …, d_k]}:
 * <ul>
 *   <li>rank 2, {@code [N, F]}: axis 1 — one unit per feature, as in a dense layer;</li>
 *   <li>rank ≥ 3 after a convolution ({@link ActivationSite#channelsFirst()}: a {@code Conv}, possibly through
 *       batch normalisation, bias adds or pooling), {@code [N, C, …]}: axis 1 — one unit per channel, statistics
 *       over the batch and every spatial position (ONNX convolutions are channels-first);</li>
 *   <li>rank ≥ 3 otherwise, e.g. {@code [N, T, F]} in a transformer's feed-forward block: the last axis — one
 *       unit per feature, statistics over the batch and every token.</li>
 * </ul>
 * An explicit axis ({@code --unit-axis}) replaces the rule for every layer; negative values count from the end
 * ({@code -1} is the last axis). Axis 0 is the batch and cannot hold units.
 */
public record UnitAxisRule(Integer explicitAxis) {

    /** The default rule. */
    public static UnitAxisRule byDefault() {
        return new UnitAxisRule(null);
    }

    /** The same axis for every layer. */
    public static UnitAxisRule fixed(int axis) {
        return new UnitAxisRule(axis);
    }

    /**
     * The unit axis of a value of shape {@code shape} (batch first) at {@code site}.
     *
     * @throws IllegalArgumentException if the explicit axis does not exist for that shape, or the value has no axis
     *                                  besides the batch
     */
    public int axisFor(ActivationSite site, long[] shape) {
        int rank = shape.length;
        if (rank < 2) {
            throw new IllegalArgumentException("layer " + site.name() + ": its values have shape " + Arrays.toString(shape)
                    + "; expected a batch axis and at least one more");
        }
        if (explicitAxis != null) {
            int axis = explicitAxis < 0 ? rank + explicitAxis : explicitAxis;
            if (axis < 1 || axis >= rank) {
                throw new IllegalArgumentException("--unit-axis " + explicitAxis + ": layer " + site.name() + " has values of shape "
                        + Arrays.toString(shape) + "; expected an axis in 1.." + (rank - 1) + " or -1..-" + (rank - 1));
            }
            return axis;
        }
        if (rank == 2 || site.channelsFirst()) {
            return 1;
        }
        return rank - 1;
    }
}
