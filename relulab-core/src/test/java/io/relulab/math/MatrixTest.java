package io.relulab.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MatrixTest {

    @Test
    void rowMajorAccess() {
        Matrix m = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        assertThat(m.rows()).isEqualTo(2);
        assertThat(m.columns()).isEqualTo(3);
        assertThat(m.data()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(m.get(1, 0)).isEqualTo(4);
        assertThat(m.row(1)).containsExactly(4, 5, 6);
        assertThat(m.column(2)).containsExactly(3, 6);
        assertThat(m.rows(1, 2).data()).containsExactly(4, 5, 6);
        Matrix copy = m.copy();
        m.setInPlace(0, 0, 9);
        assertThat(copy.get(0, 0)).isEqualTo(1);
        assertThat(copy).isNotEqualTo(m);
        assertThat(copy.toArray()[1]).containsExactly(4, 5, 6);
    }

    @Test
    void shapesAreValidated() {
        assertThatThrownBy(() -> Matrix.wrap(2, 2, new double[3])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("data length 3");
        assertThatThrownBy(() -> Matrix.of(new double[][] {{1, 2}, {3}})).hasMessageContaining("row 1 has 1 entries");
        assertThatThrownBy(() -> Matrix.zeros(2, 2).get(2, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void stableScalarHelpers() {
        assertThat(StableMath.sigmoid(0)).isEqualTo(0.5);
        assertThat(StableMath.sigmoid(-1000)).isEqualTo(0.0);
        assertThat(StableMath.sigmoid(1000)).isEqualTo(1.0);
        assertThat(StableMath.sigmoid(-745)).isGreaterThan(0.0);
        assertThat(StableMath.sigmoid(2)).isCloseTo(0.8807970779778823, org.assertj.core.data.Offset.offset(1e-16));
        assertThat(StableMath.softplus(1000)).isEqualTo(1000.0);
        assertThat(StableMath.softplus(-1000)).isEqualTo(0.0);
        assertThat(StableMath.softplus(0)).isEqualTo(Math.log(2));
        assertThat(StableMath.softplus(-40)).isCloseTo(Math.exp(-40), org.assertj.core.data.Percentage.withPercentage(1e-10));
    }
}
