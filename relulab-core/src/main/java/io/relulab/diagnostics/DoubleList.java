package io.relulab.diagnostics;

import java.util.List;
import java.util.Objects;

/**
 * An unmodifiable {@code List<Double>} over a {@code double[]}: the per-unit values of {@link UnitMeasures} and
 * {@link LayerSnapshot}, as {@link IntList} is for their unit indices (see there): kept as is by the records
 * ({@link #copyOf}), built by one array copy instead of a boxing loop, each value boxed when it is read. Equality, hash
 * code and string form are those of every {@link List} (the values compared as {@link Double#equals} does); it holds no
 * {@code null} and rejects {@code contains(null)}.
 */
final class DoubleList extends NullFreeList<Double> {

    private final double[] values;

    private DoubleList(double[] values) {
        this.values = values;
    }

    /** A list of the current {@code values} (copied). */
    static DoubleList of(double[] values) {
        return new DoubleList(values.clone());
    }

    /** {@code list} itself if it is a {@code DoubleList}, else an unmodifiable copy (a null element throws). */
    static List<Double> copyOf(List<Double> list) {
        if (list instanceof DoubleList doubles) {
            return doubles;
        }
        double[] array = new double[list.size()];
        int i = 0;
        for (Double value : list) {
            array[i++] = value;
        }
        return new DoubleList(array);
    }

    @Override
    public Double get(int index) {
        return values[Objects.checkIndex(index, values.length)];
    }

    @Override
    public int size() {
        return values.length;
    }
}
