package io.relulab.experiment;

import java.util.Arrays;

/**
 * Dead-neuron counts of one hidden layer after each epoch of a trial (docs/ARCHITECTURE.md §5), measured on the probe set.
 *
 * @param layer the layer's name, {@code layer1} for the first hidden layer
 * @param units the layer's width
 * @param inactive per epoch: units whose output is ≤ 0 on every probe row (the notebook's metric)
 * @param dead per epoch: units whose activation derivative is 0 on every probe row (no gradient reaches them)
 * @param dormant per epoch: units whose ReDo score is ≤ τ
 * @param saturated per epoch: units whose largest |f′(z)| over the probe rows is below the saturation ε (every
 *     dead unit is saturated)
 * @param recycled per epoch: units ReDo recycled at the steps of that epoch (all 0 without ReDo). The epoch's
 *     counts are taken before any recycling due at its last step.
 */
public record LayerDeadCounts(String layer, int units, int[] inactive, int[] dead, int[] dormant, int[] saturated,
        int[] recycled) implements java.io.Serializable {

    public LayerDeadCounts {
        if (inactive.length != dead.length || dead.length != dormant.length || dormant.length != saturated.length
                || saturated.length != recycled.length) {
            throw new IllegalArgumentException("dead-count arrays of " + layer + " must have equal lengths, got "
                    + inactive.length + ", " + dead.length + ", " + dormant.length + ", " + saturated.length + ", "
                    + recycled.length);
        }
        inactive = inactive.clone();
        dead = dead.clone();
        dormant = dormant.clone();
        saturated = saturated.clone();
        recycled = recycled.clone();
    }

    /** Counts of a run without ReDo in which the saturated units are exactly the dead ones (ReLU-family units). */
    public LayerDeadCounts(String layer, int units, int[] inactive, int[] dead, int[] dormant) {
        this(layer, units, inactive, dead, dormant, dead, new int[dead.length]);
    }

    @Override
    public int[] inactive() {
        return inactive.clone();
    }

    @Override
    public int[] dead() {
        return dead.clone();
    }

    @Override
    public int[] dormant() {
        return dormant.clone();
    }

    @Override
    public int[] saturated() {
        return saturated.clone();
    }

    /** Saturated units after the last epoch (0 when nothing was measured). */
    public int finalSaturated() {
        return saturated.length == 0 ? 0 : saturated[saturated.length - 1];
    }

    @Override
    public int[] recycled() {
        return recycled.clone();
    }

    /** Units recycled over the whole run. */
    public int totalRecycled() {
        return Arrays.stream(recycled).sum();
    }

    /** Dead units after the first epoch (0 when nothing was measured). */
    public int firstEpochDead() {
        return dead.length == 0 ? 0 : dead[0];
    }

    /** Dead units after the last epoch (0 when nothing was measured). */
    public int finalDead() {
        return dead.length == 0 ? 0 : dead[dead.length - 1];
    }

    /** Inactive units after the last epoch (0 when nothing was measured). */
    public int finalInactive() {
        return inactive.length == 0 ? 0 : inactive[inactive.length - 1];
    }

    /** The largest number of dead units seen after any epoch. */
    public int maxDead() {
        return Arrays.stream(dead).max().orElse(0);
    }

    /** The first epoch (1-based) after which at least one unit was dead, or 0 if none ever was. */
    public int firstEpochWithDeadUnits() {
        for (int i = 0; i < dead.length; i++) {
            if (dead[i] > 0) {
                return i + 1;
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LayerDeadCounts that
                && layer.equals(that.layer) && units == that.units
                && Arrays.equals(inactive, that.inactive)
                && Arrays.equals(dead, that.dead)
                && Arrays.equals(dormant, that.dormant)
                && Arrays.equals(saturated, that.saturated)
                && Arrays.equals(recycled, that.recycled);
    }

    @Override
    public int hashCode() {
        return layer.hashCode() * 31 + Arrays.hashCode(dead);
    }

    @Override
    public String toString() {
        return "LayerDeadCounts[" + layer + ", units=" + units + ", dead=" + Arrays.toString(dead) + "]";
    }
}
