package io.relulab.data;

import static io.relulab.SklearnFixtures.bits;
import static io.relulab.SklearnFixtures.doubles;
import static io.relulab.SklearnFixtures.doublesRowMajor;
import static io.relulab.SklearnFixtures.ints;
import static io.relulab.SklearnFixtures.sha256;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.relulab.SklearnFixtures;
import io.relulab.random.NumpyRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code split_scaler.json}: scikit-learn 1.2.1 train_test_split and StandardScaler. */
class SplitScalerFixtureTest {

    static Stream<JsonNode> splits() {
        List<JsonNode> list = new ArrayList<>();
        SklearnFixtures.load("split_scaler.json").get("splits").forEach(list::add);
        return list.stream();
    }

    static Stream<JsonNode> scalers() {
        List<JsonNode> list = new ArrayList<>();
        SklearnFixtures.load("split_scaler.json").get("scalers").forEach(list::add);
        return list.stream();
    }

    private static SplitSize size(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isIntegralNumber() ? SplitSize.count(node.asInt()) : SplitSize.fraction(node.asDouble());
    }

    /** Labels of a make_classification fixture case, as a data set with one dummy feature column. */
    private static Dataset labelsOf(String caseName, int rows) {
        int[] y = new int[rows];
        for (JsonNode c : SklearnFixtures.load("make_classification.json").get("cases")) {
            if (c.get("name").asText().equals(caseName)) {
                y = ints(c.get("y"));
            }
        }
        return Dataset.of(new double[rows], rows, 1, y);
    }

    @ParameterizedTest
    @MethodSource("splits")
    void splitIndicesMatchScikitLearn(JsonNode fixture) {
        int n = fixture.get("n_samples").asInt();
        boolean stratify = fixture.path("stratify").asBoolean(false);
        Dataset data = stratify ? labelsOf(fixture.get("y_from").asText(), n) : Dataset.of(new double[n], n, 1, new int[n]);
        TrainTestSplit split = new TrainTestSplit(size(fixture.get("test_size")), size(fixture.get("train_size")), true,
                stratify);
        TrainTestSplit.Result result = split.split(data, fixture.get("random_state").asLong());
        assertThat(result.trainIndices()).as("train of %s", fixture.get("name")).containsExactly(ints(fixture.get("train")));
        assertThat(result.testIndices()).as("test of %s", fixture.get("name")).containsExactly(ints(fixture.get("test")));
    }

    @ParameterizedTest
    @MethodSource("scalers")
    void scalerStatisticsAndOutputMatchBitForBit(JsonNode fixture) {
        JsonNode input = fixture.get("input");
        Dataset train;
        Dataset test;
        if (input.get("kind").asText().equals("notebook_split")) {
            PreparedData notebook = PreparedData.prepare(notebookRaw(), TrainTestSplit.testFraction(0.2), 42, false);
            train = notebook.train();
            test = notebook.test();
        } else {
            int n = input.get("n").asInt();
            int f = input.get("f").asInt();
            double a = input.get("a").asDouble();
            double b = input.get("b").asDouble();
            double[] x = new NumpyRandom(input.get("seed").asLong()).standardNormal(n * f);
            for (int i = 0; i < x.length; i++) {
                x[i] = x[i] * a + b;
            }
            if (input.has("constant_cols")) {
                for (JsonNode column : input.get("constant_cols")) {
                    for (int r = 0; r < n; r++) {
                        x[r * f + column.asInt()] = input.get("const_value").asDouble();
                    }
                }
            }
            train = Dataset.of(x, n, f, new int[n]);
            test = train;
        }
        StandardScaler scaler = StandardScaler.fit(train);
        assertThat(scaler.samplesSeen()).isEqualTo(fixture.get("n_samples_seen_").asInt());
        assertThat(bits(scaler.mean())).isEqualTo(bits(doubles(fixture.get("mean_"))));
        assertThat(bits(scaler.variance())).isEqualTo(bits(doubles(fixture.get("var_"))));
        assertThat(bits(scaler.scale())).isEqualTo(bits(doubles(fixture.get("scale_"))));
        double[] scaledTrain = scaler.transform(train).featuresRowMajor();
        double[] scaledTest = scaler.transform(test).featuresRowMajor();
        assertThat(sha256(scaledTrain)).isEqualTo(fixture.get("train_scaled_sha256").asText());
        assertThat(sha256(scaledTest)).isEqualTo(fixture.get("test_scaled_sha256").asText());
        double[] head = doublesRowMajor(fixture.get("train_scaled_head3"));
        double[] actualHead = java.util.Arrays.copyOf(scaledTrain, head.length);
        assertThat(bits(actualHead)).isEqualTo(bits(head));
    }

    /** The notebook's make_classification output, read from the fixture (this package may not use data.synthetic). */
    private static Dataset notebookRaw() {
        JsonNode notebook = SklearnFixtures.load("make_classification.json").get("cases").get(0);
        double[] x = doublesRowMajor(notebook.get("X"));
        int[] y = ints(notebook.get("y"));
        return Dataset.of(x, y.length, x.length / y.length, y);
    }

    @Test
    void notebookSplitSizesFollowCeilAndFloor() {
        assertThat(TrainTestSplit.validate(2000, SplitSize.fraction(0.2), null, 0.25)).containsExactly(1600, 400);
        assertThat(TrainTestSplit.validate(1001, SplitSize.fraction(0.2), null, 0.25)).containsExactly(800, 201);
        assertThat(TrainTestSplit.validate(10, null, null, 0.25)).containsExactly(7, 3);
        assertThat(TrainTestSplit.validate(999, SplitSize.fraction(0.1), SplitSize.fraction(0.5), 0.25))
                .containsExactly(499, 100);
    }
}
