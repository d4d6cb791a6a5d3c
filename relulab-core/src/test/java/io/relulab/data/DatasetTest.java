package io.relulab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {

    private final Dataset data = Dataset.of(new double[] {1, 2, 3, 4, 5, 6}, 3, 2, new int[] {0, 1, 1});

    @Test
    void accessorsAndDefaultNames() {
        assertThat(data.rows()).isEqualTo(3);
        assertThat(data.columns()).isEqualTo(2);
        assertThat(data.feature(2, 1)).isEqualTo(6);
        assertThat(data.row(1)).containsExactly(3, 4);
        assertThat(data.columnNames()).containsExactly("x0", "x1");
        assertThat(data.classNames()).containsExactly("0", "1");
        assertThat(data.labels()).containsExactly(0.0, 1.0, 1.0);
        assertThat(data.classCounts()).containsExactly(1, 2);
    }

    @Test
    void isImmutable() {
        double[] features = {1, 2};
        Dataset one = Dataset.of(features, 1, 2, new int[] {0});
        features[0] = 99;
        one.featuresRowMajor()[1] = 99;
        assertThat(one.featuresRowMajor()).containsExactly(1, 2);
    }

    @Test
    void copiesBatchesWithoutAllocating() {
        double[] batch = new double[4];
        double[] labels = new double[2];
        int[] order = {2, 0, 1};
        data.copyRowsInto(order, 0, 2, batch);
        data.copyLabelsInto(order, 0, 2, labels);
        assertThat(batch).containsExactly(5, 6, 1, 2);
        assertThat(labels).containsExactly(1, 0);
        assertThat(data.selectRows(order).featuresRowMajor()).containsExactly(5, 6, 1, 2, 3, 4);
    }

    @Test
    void fingerprintsAreNumpyCompatible() {
        // hashlib.sha256(np.array([[1,2],[3,4],[5,6]], dtype='<f8').tobytes()).hexdigest()
        assertThat(data.featuresSha256()).isEqualTo("d73f023a3f852bf2e5c6d836cd36cd930d0091dcba7f778161c707e1c58222b0");
        // hashlib.sha256(np.array([0, 1, 1], dtype='<i8').tobytes()) and of the two byte strings concatenated
        assertThat(data.labelsSha256()).isEqualTo("ccb1ac866b7d8de3db4992f9c5da769f92cd86385176a657eb30053355c72732");
        assertThat(data.fingerprint()).isEqualTo("11216405ee6dc76662ceec68cb0f26b045b46699318cb2167fd30fcd1b37a80c");
        assertThat(data.fingerprint()).isNotEqualTo(Dataset.of(new double[] {1, 2, 3, 4, 5, -0.0 + 6}, 3, 2,
                new int[] {0, 1, 0}).fingerprint());
        assertThat(Dataset.of(new double[] {0.0}, 1, 1, new int[] {0}).fingerprint())
                .isNotEqualTo(Dataset.of(new double[] {-0.0}, 1, 1, new int[] {0}).fingerprint());
    }

    @Test
    void validationNamesTheProblem() {
        assertThatThrownBy(() -> Dataset.of(new double[] {1, Double.NaN}, 1, 2, new int[] {0}))
                .hasMessage("features: row 0, column 1 is NaN; expected a finite number");
        assertThatThrownBy(() -> Dataset.of(new double[] {1, 2}, 1, 2, new int[] {0, 1}))
                .hasMessage("labels: length 2 does not match 1 rows");
        assertThatThrownBy(() -> Dataset.of(new double[] {1}, 1, 1, new int[] {2}, List.of("a"), "y", List.of("u", "v")))
                .hasMessage("labels: row 0 has class index 2; expected 0..1");
    }
}
