package io.relulab.data.synthetic;

import static io.relulab.SklearnFixtures.bits;
import static io.relulab.SklearnFixtures.doubles;
import static io.relulab.SklearnFixtures.doublesRowMajor;
import static io.relulab.SklearnFixtures.ints;
import static io.relulab.SklearnFixtures.longs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.relulab.SklearnFixtures;
import io.relulab.data.Dataset;
import io.relulab.random.NumpyRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code make_classification.json} and {@code make_classification_trace.json} from scikit-learn 1.2.1. */
class MakeClassificationFixtureTest {

    static Stream<JsonNode> cases() {
        List<JsonNode> list = new ArrayList<>();
        SklearnFixtures.load("make_classification.json").get("cases").forEach(list::add);
        return list.stream();
    }

    /** Parameters of a fixture case, as scikit-learn keyword arguments. */
    static MakeClassification parameters(JsonNode params) {
        MakeClassification.Builder b = MakeClassification.builder();
        params.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "n_samples" -> b.samples(v.asInt());
                case "n_features" -> b.features(v.asInt());
                case "n_informative" -> b.informative(v.asInt());
                case "n_redundant" -> b.redundant(v.asInt());
                case "n_repeated" -> b.repeated(v.asInt());
                case "n_classes" -> b.classes(v.asInt());
                case "n_clusters_per_class" -> b.clustersPerClass(v.asInt());
                case "weights" -> b.weights(v.isNull() ? null : doubles(v));
                case "flip_y" -> b.flipY(v.asDouble());
                case "class_sep" -> b.classSep(v.asDouble());
                case "hypercube" -> b.hypercube(v.asBoolean());
                case "shift" -> b.shift(term(v));
                case "scale" -> b.scale(term(v));
                case "shuffle" -> b.shuffle(v.asBoolean());
                case "random_state" -> { }
                default -> throw new IllegalArgumentException("unknown parameter " + e.getKey());
            }
        });
        return b.build();
    }

    private static AffineTerm term(JsonNode v) {
        if (v.isNull()) {
            return AffineTerm.random();
        }
        return v.isArray() ? AffineTerm.perFeature(doubles(v)) : AffineTerm.constant(v.asDouble());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void skylakeXOrderReproducesEveryCaseBitForBit(JsonNode fixture) {
        MakeClassification parameters = parameters(fixture.get("params"));
        Dataset data = parameters.generate(new NumpyRandom(fixture.get("params").get("random_state").asLong()),
                ProductOrder.OPENBLAS_SKYLAKEX);
        assertThat(data.labelsSha256()).as("y of %s", fixture.get("name")).isEqualTo(fixture.get("y_sha256").asText());
        assertThat(data.featuresSha256()).as("X of %s", fixture.get("name")).isEqualTo(fixture.get("X_sha256").asText());
        assertThat(bits(data.featuresRowMajor())).isEqualTo(bits(doublesRowMajor(fixture.get("X"))));
        assertThat(data.labelIndices()).containsExactly(ints(fixture.get("y")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void fmaChainIsWithinTheDocumentedToleranceAndExactForLabels(JsonNode fixture) {
        MakeClassification parameters = parameters(fixture.get("params"));
        Dataset data = parameters.generate(fixture.get("params").get("random_state").asLong());
        double[] expected = doublesRowMajor(fixture.get("X"));
        double[] actual = data.featuresRowMajor();
        double largestScale = parameters.scale().isRandom() ? 101 : 1;
        for (int i = 0; i < expected.length; i++) {
            assertThat(Math.abs(actual[i] - expected[i])).as("element %d", i).isLessThanOrEqualTo(1e-12 * largestScale);
        }
        assertThat(data.labelIndices()).containsExactly(ints(fixture.get("y")));
    }

    @Test
    void notebookIsBitExactWithEveryFmaOrder() {
        JsonNode notebook = SklearnFixtures.load("make_classification.json").get("cases").get(0);
        assertThat(notebook.get("name").asText()).isEqualTo("notebook");
        for (ProductOrder order : List.of(ProductOrder.FMA_CHAIN, ProductOrder.OPENBLAS_SKYLAKEX, ProductOrder.OPENBLAS_HASWELL)) {
            Dataset data = MakeClassification.NOTEBOOK.generate(new NumpyRandom(42), order);
            assertThat(data.featuresSha256()).as(order.name()).isEqualTo(notebook.get("X_sha256").asText());
            assertThat(data.labelsSha256()).isEqualTo(notebook.get("y_sha256").asText());
        }
        assertThat(Datasets.notebookRaw().featuresSha256()).isEqualTo(notebook.get("X_sha256").asText());
        Dataset naive = MakeClassification.NOTEBOOK.generate(new NumpyRandom(42), ProductOrder.NAIVE);
        assertThat(naive.featuresSha256()).as("the naive order is not bit-exact (docs/specs/sklearn-compat.md §6.5)")
                .isNotEqualTo(notebook.get("X_sha256").asText());
    }

    @Test
    void notebookTraceMatches() {
        JsonNode trace = SklearnFixtures.load("make_classification_trace.json");
        assertThat(MakeClassification.NOTEBOOK.samplesPerCluster()).containsExactly(longs(trace.get("samples_per_cluster")));
        long[] vertices = SklearnSampling.sampleWithoutReplacement(1L << 15, 4, new NumpyRandom(42));
        assertThat(vertices).containsExactly(longs(trace.get("hypercube_ints")));
        NumpyRandom random = new NumpyRandom(42);
        MakeClassification.NOTEBOOK.generate(random, ProductOrder.FMA_CHAIN);
        assertThat(random.nextUnsignedInt()).isEqualTo(trace.get("next_raw_uint32_after_make_classification").asLong());
    }

    @Test
    void samplingHelpersMatchScikitLearn() {
        JsonNode fixtures = SklearnFixtures.load("randomstate.json");
        for (JsonNode c : fixtures.get("sample_without_replacement")) {
            long[] actual = SklearnSampling.sampleWithoutReplacement(c.get("n_population").asLong(),
                    c.get("n_samples").asInt(), new NumpyRandom(c.get("seed").asLong()));
            assertThat(actual).as(c.get("path").asText()).containsExactly(longs(c.get("values")));
        }
        for (JsonNode c : fixtures.get("generate_hypercube")) {
            int samples = c.get("samples").asInt();
            int dims = c.get("dims").asInt();
            int[] actual = SklearnSampling.generateHypercube(samples, dims, new NumpyRandom(c.get("seed").asLong()));
            int[] expected = new int[samples * dims];
            for (int r = 0; r < samples; r++) {
                for (int j = 0; j < dims; j++) {
                    expected[r * dims + j] = c.get("values").get(r).get(j).asInt();
                }
            }
            assertThat(actual).as("hypercube %dx%d", samples, dims).containsExactly(expected);
        }
    }
}
