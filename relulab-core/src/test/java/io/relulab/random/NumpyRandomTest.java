package io.relulab.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NumpyRandomTest {

    @Test
    void seedsOutsideNumpysRangeAreRejectedWithOneLine() {
        assertThatThrownBy(() -> new NumpyRandom(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("seed: -1 is outside numpy's RandomState range [0, 4294967295]");
        assertThatThrownBy(() -> new NumpyRandom(1L << 32)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new NumpyRandom(NumpyRandom.MAX_SEED).nextUnsignedInt()).isBetween(0L, 0xFFFFFFFFL);
    }

    @Test
    void documentedFirstValuesOfSeed42() {
        NumpyRandom random = new NumpyRandom(42);
        assertThat(random.nextUnsignedInt()).isEqualTo(1608637542L);
        assertThat(random.nextUnsignedInt()).isEqualTo(3421126067L);
        NumpyRandom sample = new NumpyRandom(42);
        assertThat(sample.randomSample()).isEqualTo(0.3745401188473625);
        assertThat(sample.nextDouble()).isEqualTo(0.9507143064099162);
        NumpyRandom normal = new NumpyRandom(42);
        assertThat(normal.standardNormal()).isEqualTo(0.4967141530112327);
        assertThat(normal.nextGaussian()).isEqualTo(-0.13826430117118466);
    }

    @Test
    void nextLongIsHighWordFirst() {
        NumpyRandom words = new NumpyRandom(0);
        long high = words.nextUnsignedInt();
        long low = words.nextUnsignedInt();
        assertThat(new NumpyRandom(0).nextLong()).isEqualTo((high << 32) | low);
        assertThat(new NumpyRandom(0).nextInt()).isEqualTo((int) high);
    }

    @Test
    void normalScalesTheStandardNormalWithoutFusing() {
        double z = new NumpyRandom(7).standardNormal();
        assertThat(new NumpyRandom(7).normal(3.0, 0.1)).isEqualTo(3.0 + 0.1 * z);
        assertThatThrownBy(() -> new NumpyRandom(7).normal(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void copyContinuesIdenticallyIncludingTheGaussCache() {
        NumpyRandom random = new NumpyRandom(5);
        random.standardNormal(); // leaves the second value cached
        NumpyRandom copy = random.copy();
        double[] a = {random.standardNormal(), random.randomSample(), random.standardNormal()};
        double[] b = {copy.standardNormal(), copy.randomSample(), copy.standardNormal()};
        assertThat(b).containsExactly(a);
    }

    @Test
    void boundedIntegersStayInRangeAndZeroRangeDrawsNothing() {
        NumpyRandom random = new NumpyRandom(3);
        NumpyRandom untouched = new NumpyRandom(3);
        assertThat(random.randint(7, 8)).isEqualTo(7);
        assertThat(random.randomInterval(0)).isZero();
        assertThat(random.nextUnsignedInt()).isEqualTo(untouched.nextUnsignedInt());
        for (int i = 0; i < 2000; i++) {
            assertThat(random.randint(-5, 5)).isBetween(-5, 4);
            assertThat(random.nextLong(1L << 40)).isBetween(0L, (1L << 40) - 1);
            assertThat(random.randomInterval(6)).isBetween(0L, 6L);
        }
        assertThat(random.randint(0L, 1L, 0)).isEmpty();
        assertThatThrownBy(() -> random.randint(3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> random.nextInt(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void permutationIsAPermutation() {
        int[] p = new NumpyRandom(11).permutation(500);
        int[] sorted = p.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            assertThat(sorted[i]).isEqualTo(i);
        }
        assertThat(p).isNotEqualTo(sorted);
        assertThat(new NumpyRandom(11).choiceWithoutReplacement(500, 10)).containsExactly(Arrays.copyOf(p, 10));
    }

    @Test
    void streamsAreDeterministicAndDistinct() {
        long a = NumpyRandom.streamSeed(42, NumpyRandom.labelKey("relu"), 3);
        assertThat(NumpyRandom.streamSeed(42, NumpyRandom.labelKey("relu"), 3)).isEqualTo(a);
        assertThat(a).isBetween(0L, NumpyRandom.MAX_SEED);
        assertThat(NumpyRandom.streamSeed(42, NumpyRandom.labelKey("relu"), 4)).isNotEqualTo(a);
        assertThat(NumpyRandom.streamSeed(43, NumpyRandom.labelKey("relu"), 3)).isNotEqualTo(a);
        assertThat(NumpyRandom.streamSeed(42, NumpyRandom.labelKey("elu"), 3)).isNotEqualTo(a);
        assertThat(NumpyRandom.streamSeed(42)).isNotEqualTo(NumpyRandom.streamSeed(42, 0));
        assertThat(NumpyRandom.forStream(42, 1, 2).nextLong()).isEqualTo(new NumpyRandom(NumpyRandom.streamSeed(42, 1, 2)).nextLong());
        // pinned so that a change of the mixing function (which would change every experiment) is noticed
        assertThat(NumpyRandom.labelKey("")).isEqualTo(0xcbf29ce484222325L);
        assertThat(NumpyRandom.labelKey("a")).isEqualTo(0xaf63dc4c8601ec8cL);
    }
}
