package io.relulab.random;

import static io.relulab.SklearnFixtures.bits;
import static io.relulab.SklearnFixtures.doubles;
import static io.relulab.SklearnFixtures.ints;
import static io.relulab.SklearnFixtures.longs;
import static io.relulab.SklearnFixtures.sha256;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.relulab.SklearnFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden values from numpy 1.24.2's legacy RandomState ({@code randomstate.json}). */
class NumpyRandomFixtureTest {

    static Stream<JsonNode> seeds() {
        List<JsonNode> list = new ArrayList<>();
        SklearnFixtures.load("randomstate.json").get("seeds").forEach(list::add);
        return list.stream();
    }

    static Stream<JsonNode> stress() {
        List<JsonNode> list = new ArrayList<>();
        SklearnFixtures.load("randomstate.json").get("stress_sha256").forEach(list::add);
        return list.stream();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void seedingFillsTheStateLikeInitGenrand(JsonNode seed) {
        NumpyRandom random = new NumpyRandom(seed.get("seed").asLong());
        long[] expected = longs(seed.get("key_first5"));
        long[] actual = new long[expected.length];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = random.stateWord(i) & 0xFFFFFFFFL;
        }
        assertThat(actual).containsExactly(expected);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void rawOutputsMatchNumpy(JsonNode seed) {
        NumpyRandom random = new NumpyRandom(seed.get("seed").asLong());
        long[] expected = longs(seed.get("raw_uint32"));
        long[] actual = new long[expected.length];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = random.nextUnsignedInt();
        }
        assertThat(actual).containsExactly(expected);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomSampleMatchesNumpyBitForBit(JsonNode seed) {
        NumpyRandom random = new NumpyRandom(seed.get("seed").asLong());
        double[] expected = doubles(seed.get("random_sample"));
        double[] actual = new double[expected.length];
        random.randomSampleInPlace(actual);
        assertThat(bits(actual)).containsExactly(bits(expected));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void uniformMatchesNumpyBitForBit(JsonNode seed) {
        NumpyRandom random = new NumpyRandom(seed.get("seed").asLong());
        double[] expected = doubles(seed.get("uniform_-3.5_2.25"));
        assertThat(bits(random.uniform(-3.5, 2.25, expected.length))).containsExactly(bits(expected));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void standardNormalMatchesNumpyBitForBit(JsonNode seed) {
        NumpyRandom random = new NumpyRandom(seed.get("seed").asLong());
        double[] expected = doubles(seed.get("standard_normal"));
        assertThat(bits(random.standardNormal(expected.length))).containsExactly(bits(expected));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void cachedNormalSurvivesUniformDraws(JsonNode seed) {
        NumpyRandom random = new NumpyRandom(seed.get("seed").asLong());
        JsonNode interleaved = seed.get("interleaved");
        String ops = interleaved.get("ops").asText();
        double[] expected = doubles(interleaved.get("values"));
        double[] actual = new double[ops.length()];
        for (int i = 0; i < ops.length(); i++) {
            actual[i] = ops.charAt(i) == 'n' ? random.standardNormal() : random.randomSample();
        }
        assertThat(bits(actual)).containsExactly(bits(expected));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randintMatchesNumpyOnBothPaths(JsonNode seed) {
        for (JsonNode range : seed.get("randint")) {
            NumpyRandom random = new NumpyRandom(seed.get("seed").asLong());
            long[] expected = longs(range.get("values"));
            long[] actual = random.randint(range.get("low").asLong(), range.get("high").asLong(), expected.length);
            assertThat(actual).as("randint(%s, %s)", range.get("low"), range.get("high")).containsExactly(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void permutationsShuffleAndChoiceMatchNumpy(JsonNode seed) {
        long s = seed.get("seed").asLong();
        assertThat(new NumpyRandom(s).permutation(20)).containsExactly(ints(seed.get("permutation20")));
        assertThat(sha256(new NumpyRandom(s).permutation(1000))).isEqualTo(seed.get("permutation1000_sha256").asText());
        assertThat(new NumpyRandom(s).choiceWithoutReplacement(10, 5))
                .containsExactly(ints(seed.get("choice_10_5_noreplace")));
        int[] shuffled = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        new NumpyRandom(s).shuffle(shuffled);
        assertThat(shuffled).containsExactly(ints(seed.get("shuffle10")));
        Integer[] rows = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        new NumpyRandom(s).shuffle(rows);
        assertThat(rows).containsExactly(box(ints(seed.get("shuffle10"))));
    }

    private static Integer[] box(int[] values) {
        Integer[] out = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("stress")
    void millionsOfDrawsHashLikeNumpy(JsonNode stress) {
        NumpyRandom random = new NumpyRandom(stress.get("seed").asLong());
        int n = stress.get("n").asInt();
        String what = stress.get("what").asText();
        String actual;
        if (what.startsWith("standard_normal")) {
            actual = sha256(random.standardNormal(n));
        } else if (what.startsWith("random_sample")) {
            double[] values = new double[n];
            random.randomSampleInPlace(values);
            actual = sha256(values);
        } else {
            actual = sha256(random.permutation(n));
        }
        assertThat(actual).as(what + " seed " + stress.get("seed")).isEqualTo(stress.get("sha256").asText());
    }
}
