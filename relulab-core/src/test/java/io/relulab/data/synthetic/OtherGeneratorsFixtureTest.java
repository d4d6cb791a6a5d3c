package io.relulab.data.synthetic;

import static io.relulab.SklearnFixtures.bits;
import static io.relulab.SklearnFixtures.doubles;
import static io.relulab.SklearnFixtures.doublesRowMajor;
import static io.relulab.SklearnFixtures.ints;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.relulab.SklearnFixtures;
import io.relulab.data.Dataset;
import io.relulab.random.NumpyRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code other_generators.json}: make_moons, make_circles, make_blobs and extra make_classification cases. */
class OtherGeneratorsFixtureTest {

    static Stream<JsonNode> cases() {
        List<JsonNode> list = new ArrayList<>();
        SklearnFixtures.load("other_generators.json").get("cases").forEach(list::add);
        return list.stream();
    }

    static Stream<JsonNode> classificationCases() {
        List<JsonNode> list = new ArrayList<>();
        SklearnFixtures.load("other_generators.json").get("make_classification_extra").forEach(list::add);
        return list.stream();
    }

    private static Dataset generate(JsonNode fixture) {
        JsonNode p = fixture.get("params");
        long seed = p.get("random_state").asLong();
        boolean shuffle = !p.has("shuffle") || p.get("shuffle").asBoolean();
        OptionalDouble noise = p.has("noise") ? OptionalDouble.of(p.get("noise").asDouble()) : OptionalDouble.empty();
        JsonNode n = p.get("n_samples");
        switch (fixture.get("kind").asText()) {
            case "make_moons" -> {
                int out = n.isArray() ? n.get(0).asInt() : n.asInt() / 2;
                int in = n.isArray() ? n.get(1).asInt() : n.asInt() - n.asInt() / 2;
                return new MakeMoons(out, in, shuffle, noise).generate(seed);
            }
            case "make_circles" -> {
                int out = n.isArray() ? n.get(0).asInt() : n.asInt() / 2;
                int in = n.isArray() ? n.get(1).asInt() : n.asInt() - n.asInt() / 2;
                double factor = p.has("factor") ? p.get("factor").asDouble() : MakeCircles.DEFAULT_FACTOR;
                return new MakeCircles(out, in, shuffle, noise, factor).generate(seed);
            }
            case "make_blobs" -> {
                MakeBlobs.Builder b = MakeBlobs.builder().shuffle(shuffle);
                if (n.isArray()) {
                    b.samplesPerCenter(ints(n));
                } else {
                    b.samples(n.asInt());
                }
                if (p.has("n_features")) {
                    b.features(p.get("n_features").asInt());
                }
                if (p.has("centers")) {
                    JsonNode c = p.get("centers");
                    if (c.isArray()) {
                        double[][] centers = new double[c.size()][];
                        for (int i = 0; i < centers.length; i++) {
                            centers[i] = doubles(c.get(i));
                        }
                        b.centers(centers);
                    } else {
                        b.centers(c.asInt());
                    }
                }
                if (p.has("cluster_std")) {
                    JsonNode s = p.get("cluster_std");
                    if (s.isArray()) {
                        b.clusterStd(doubles(s));
                    } else {
                        b.clusterStd(s.asDouble());
                    }
                }
                if (p.has("center_box")) {
                    b.centerBox(p.get("center_box").get(0).asDouble(), p.get("center_box").get(1).asDouble());
                }
                return b.build().generate(seed);
            }
            default -> throw new IllegalArgumentException(fixture.get("kind").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesScikitLearn(JsonNode fixture) {
        Dataset data = generate(fixture);
        assertThat(data.labelIndices()).containsExactly(ints(fixture.get("y")));
        double[] expected = doublesRowMajor(fixture.get("X"));
        if (fixture.get("kind").asText().equals("make_blobs")) {
            assertThat(data.featuresSha256()).isEqualTo(fixture.get("X_sha256").asText());
        } else {
            // sin and cos come from the C library in numpy; StrictMath may differ by an ulp
            double[] actual = data.featuresRowMajor();
            assertThat(actual).hasSameSizeAs(expected);
            for (int i = 0; i < expected.length; i++) {
                assertThat(Math.abs(actual[i] - expected[i])).as("element %d", i).isLessThanOrEqualTo(1e-15);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("classificationCases")
    void extraClassificationCasesMatchBitForBit(JsonNode fixture) {
        MakeClassification parameters = MakeClassificationFixtureTest.parameters(fixture.get("params"));
        Dataset data = parameters.generate(new NumpyRandom(fixture.get("params").get("random_state").asLong()),
                ProductOrder.OPENBLAS_SKYLAKEX);
        assertThat(data.labelsSha256()).isEqualTo(fixture.get("y_sha256").asText());
        assertThat(bits(data.featuresRowMajor())).isEqualTo(bits(doublesRowMajor(fixture.get("X"))));
    }
}
