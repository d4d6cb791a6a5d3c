package io.relulab.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link IntList} and {@link DoubleList} behave as the {@link List#of} lists they stand for. */
class PerUnitListsTest {

    @Test
    void anIntListEqualsHashesAndPrintsAsListOf() {
        List<Integer> ints = IntList.first(new int[] {3, 1, 4, 1, 5, 9}, 5);
        List<Integer> expected = List.of(3, 1, 4, 1, 5);
        assertThat(ints).isEqualTo(expected);
        assertThat(expected).isEqualTo(ints);
        assertThat(ints.hashCode()).isEqualTo(expected.hashCode());
        assertThat(ints.toString()).isEqualTo(expected.toString());
        assertThat(ints.indexOf(1)).isEqualTo(1);
        assertThat(ints.lastIndexOf(1)).isEqualTo(3);
        assertThat(ints.contains(5)).isTrue();
        assertThat(ints.contains(9)).isFalse();
        assertThat(ints.contains("3")).isFalse();
        assertThat(IntList.empty()).isEqualTo(List.of()).hasSize(0);
    }

    @Test
    void aDoubleListEqualsHashesAndPrintsAsListOfWithDoubleEquality() {
        double[] values = {0.5, -0.0, Double.NaN, 1e-300};
        List<Double> doubles = DoubleList.of(values);
        List<Double> expected = List.of(0.5, -0.0, Double.NaN, 1e-300);
        assertThat(doubles).isEqualTo(expected);
        assertThat(expected).isEqualTo(doubles);
        assertThat(doubles.hashCode()).isEqualTo(expected.hashCode());
        assertThat(doubles.toString()).isEqualTo(expected.toString());
        assertThat(doubles).isNotEqualTo(List.of(0.5, 0.0, Double.NaN, 1e-300));
        assertThat(doubles.contains(Double.NaN)).isTrue();
        values[0] = 7;
        assertThat(doubles.get(0)).as("of copies its array").isEqualTo(0.5);
    }

    @Test
    void bothAreUnmodifiableAndRejectNullsAsListOf() {
        List<Integer> ints = IntList.first(new int[] {1, 2}, 2);
        List<Double> doubles = DoubleList.of(new double[] {1, 2});
        assertThatThrownBy(() -> ints.add(3)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ints.set(0, 3)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ints.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> doubles.add(3.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> {
            Iterator<Double> iterator = doubles.iterator();
            iterator.next();
            iterator.remove();
        }).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ints.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> doubles.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> ints.contains(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> doubles.indexOf(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> IntList.copyOf(Arrays.asList(1, null))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DoubleList.copyOf(Arrays.asList(1.0, null))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void copyOfKeepsItsOwnKindAndCopiesAnyOtherList() {
        List<Integer> ints = IntList.first(new int[] {4, 2}, 2);
        assertThat(IntList.copyOf(ints)).isSameAs(ints);
        List<Double> doubles = DoubleList.of(new double[] {0.25});
        assertThat(DoubleList.copyOf(doubles)).isSameAs(doubles);
        List<Integer> source = new ArrayList<>(List.of(7, 8));
        List<Integer> copy = IntList.copyOf(source);
        source.set(0, 0);
        assertThat(copy).containsExactly(7, 8);
        assertThat(IntList.toArray(copy)).containsExactly(7, 8);
        assertThat(IntList.toArray(source)).containsExactly(0, 8);
    }

    @Test
    void sortedDistinctSortsAndDropsRepeats() {
        assertThat(IntList.sortedDistinct(List.of(5, 1, 5, 3, 1))).containsExactly(1, 3, 5);
        assertThat(IntList.sortedDistinct(Set.of())).isEmpty();
        assertThat(IntList.sortedDistinct(List.of(2, 4))).containsExactly(2, 4);
    }

    @Test
    void aSnapshotFromMeasuresKeepsTheirListsAndComparesNewlyDeadAndRevivedUnits() {
        UnitMeasures measures = UnitMeasures.of(0.1, 1e-3, 4, new boolean[] {true, false, true, true},
                new boolean[] {true, false, false, true}, new double[] {0, 1, 2, 0.05}, new double[] {0, 1, 1, 0},
                new double[] {0, 0.5, 1, 0}, 0.375, new double[] {-1, -1, 0.5, -2}, new double[] {-0.5, 2, 3, -1});
        LayerSnapshot first = LayerSnapshot.of(1, measures, (Set<Integer>) null);
        assertThat(first.deadUnits()).isSameAs(measures.deadUnits()).containsExactly(0, 3);
        assertThat(first.newlyDeadUnits()).containsExactly(0, 3);
        assertThat(first.revivedUnits()).isEmpty();
        assertThat(first.scores()).isSameAs(measures.scores());
        assertThat(first.dormantUnits()).containsExactly(0, 3);
        assertThat(first.saturatedUnits()).containsExactly(0, 3);
        LayerSnapshot next = LayerSnapshot.of(1, measures, Set.of(3, 2, 1));
        assertThat(next.newlyDeadUnits()).containsExactly(0);
        assertThat(next.revivedUnits()).containsExactly(1, 2);
    }
}
