package io.relulab.diagnostics;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * An unmodifiable {@code List<Integer>} over an {@code int[]}: the unit indices of {@link UnitMeasures} and
 * {@link LayerSnapshot}, which a check builds for every layer after every epoch. The records keep such a list as it
 * is ({@link #copyOf}) where {@link List#copyOf} would copy it again, and building one takes no boxing loop. Equality,
 * hash code and string form are those of every {@link List}; like {@link List#of}, it holds no {@code null} and
 * rejects {@code contains(null)}.
 */
final class IntList extends NullFreeList<Integer> {

    private static final IntList EMPTY = new IntList(new int[0]);

    private final int[] values;

    private IntList(int[] values) {
        this.values = values;
    }

    /** The empty list. */
    static IntList empty() {
        return EMPTY;
    }

    /** The first {@code count} entries of {@code values} (copied). */
    static IntList first(int[] values, int count) {
        return new IntList(Arrays.copyOf(values, count));
    }

    /** {@code list} itself if it is an {@code IntList}, else an unmodifiable copy (a null element throws). */
    static List<Integer> copyOf(List<Integer> list) {
        if (list instanceof IntList ints) {
            return ints;
        }
        return new IntList(toArray(list));
    }

    /** The entries of {@code list}, in order, as a new array. */
    static int[] toArray(List<Integer> list) {
        if (list instanceof IntList ints) {
            return ints.values.clone();
        }
        int[] array = new int[list.size()];
        int i = 0;
        for (Integer value : list) {
            array[i++] = value;
        }
        return array;
    }

    /** The distinct entries of {@code units}, ascending. */
    static int[] sortedDistinct(Collection<Integer> units) {
        int[] sorted = new int[units.size()];
        int count = 0;
        for (int unit : units) {
            sorted[count++] = unit;
        }
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return distinct == count ? sorted : Arrays.copyOf(sorted, distinct);
    }

    @Override
    public Integer get(int index) {
        return values[Objects.checkIndex(index, values.length)];
    }

    @Override
    public int size() {
        return values.length;
    }
}
