package io.relulab.data.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.relulab.data.Dataset;
import io.relulab.random.NumpyRandom;
import org.junit.jupiter.api.Test;

/** Seeded property tests of the generators: shape, class balance, determinism. */
class GeneratorPropertiesTest {

    @Test
    void anySeedGivesTheRequestedShapeAndIdenticalBytesTwice() {
        qt().withFixedSeed(20240601L).withExamples(40)
                .forAll(longs().between(0, NumpyRandom.MAX_SEED), integers().between(2, 300), integers().between(2, 4))
                .checkAssert((seed, samples, classes) -> {
                    MakeClassification parameters = MakeClassification.builder().samples(samples).features(9)
                            .informative(4).redundant(2).repeated(1).classes(classes).build();
                    Dataset first = parameters.generate(seed);
                    Dataset second = parameters.generate(seed);
                    assertThat(first.rows()).isEqualTo(samples);
                    assertThat(first.columns()).isEqualTo(9);
                    assertThat(first.classCount()).isEqualTo(classes);
                    assertThat(first.fingerprint()).isEqualTo(second.fingerprint());
                    for (int r = 0; r < samples; r++) {
                        assertThat(first.label(r)).isBetween(0, classes - 1);
                    }
                });
    }

    @Test
    void classBalanceFollowsTheWeightsUpToTheFlippedLabels() {
        qt().withFixedSeed(7L).withExamples(25)
                .forAll(longs().between(0, NumpyRandom.MAX_SEED), integers().between(1, 9))
                .checkAssert((seed, tenths) -> {
                    double w = tenths / 10.0;
                    int samples = 1000;
                    double flip = 0.05;
                    MakeClassification parameters = MakeClassification.builder().samples(samples).features(6)
                            .informative(3).redundant(1).weights(w).flipY(flip).build();
                    int[] counts = parameters.generate(seed).classCounts();
                    // before flipping exactly the cluster sizes; at most the rows drawn for flipping can move
                    long[] perCluster = parameters.samplesPerCluster();
                    long class0 = perCluster[0] + perCluster[2];
                    assertThat(class0).isBetween((long) (samples * w) - 2, (long) (samples * w) + 2);
                    assertThat((double) Math.abs(counts[0] - class0)).isLessThanOrEqualTo(samples * flip * 1.6 + 10);
                });
    }

    @Test
    void noFlipMeansExactClusterSizes() {
        MakeClassification parameters = MakeClassification.builder().samples(999).features(5).informative(3)
                .redundant(0).classes(3).clustersPerClass(1).weights(0.5, 0.3).flipY(0.0).build();
        int[] counts = parameters.generate(3).classCounts();
        assertThat(counts).containsExactly(500, 300, 199);
        assertThat(parameters.effectiveWeights()[2]).isEqualTo(1.0 - (0.5 + 0.3));
    }

    @Test
    void otherGeneratorsAreDeterministicAndShaped() {
        qt().withFixedSeed(99L).withExamples(20)
                .forAll(longs().between(0, NumpyRandom.MAX_SEED), integers().between(1, 400))
                .checkAssert((seed, samples) -> {
                    Dataset moons = MakeMoons.of(samples).withNoise(0.1).generate(seed);
                    assertThat(moons.rows()).isEqualTo(samples);
                    assertThat(moons.fingerprint()).isEqualTo(MakeMoons.of(samples).withNoise(0.1).generate(seed).fingerprint());
                    assertThat(moons.classCounts()[1]).isEqualTo(samples - samples / 2);
                    Dataset circles = MakeCircles.of(samples).generate(seed);
                    for (int r = 0; r < samples; r++) {
                        double radius = Math.hypot(circles.feature(r, 0), circles.feature(r, 1));
                        assertThat(radius).isCloseTo(circles.label(r) == 0 ? 1.0 : 0.8, org.assertj.core.data.Offset.offset(1e-12));
                    }
                    Dataset blobs = MakeBlobs.builder().samples(samples).features(3).centers(4).build().generate(seed);
                    assertThat(blobs.rows()).isEqualTo(samples);
                    assertThat(blobs.columns()).isEqualTo(3);
                    assertThat(blobs.classCounts()[0]).isEqualTo(samples / 4 + (samples % 4 > 0 ? 1 : 0));
                });
    }

    @Test
    void validationMessagesNameTheParameter() {
        assertThatThrownBy(() -> MakeClassification.builder().features(5).informative(3).redundant(2).repeated(1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Number of informative, redundant and repeated features must sum to less than");
        assertThatThrownBy(() -> MakeClassification.builder().informative(1).classes(2).clustersPerClass(2).build())
                .hasMessage("n_classes(2) * n_clusters_per_class(2) must be smaller or equal 2**n_informative(1)=2");
        assertThatThrownBy(() -> MakeClassification.builder().informative(3).classes(3).weights(0.5, 0.2, 0.2, 0.1).build())
                .hasMessageStartingWith("Weights specified but incompatible with number of classes");
        assertThatThrownBy(() -> MakeClassification.builder().samples(0).build()).hasMessage("samples (n_samples): 0 must be >= 1");
        assertThatThrownBy(() -> MakeClassification.builder().weights(-0.1).build()).hasMessageContaining("weights: value 0 is -0.1");
        assertThatThrownBy(() -> MakeClassification.builder().features(3).informative(2).redundant(0)
                .shift(AffineTerm.perFeature(1, 2)).build()).hasMessage("shift: 2 values for 3 features");
        assertThatThrownBy(() -> MakeCircles.of(10).withFactor(1.0)).hasMessageStartingWith("'factor' has to be between 0 and 1");
        assertThatThrownBy(() -> MakeMoons.of(10).withNoise(-1)).hasMessageContaining("noise: -1.0");
        assertThatThrownBy(() -> MakeBlobs.builder().centers(3).clusterStd(1.0, 2.0).build())
                .hasMessageStartingWith("Length of `clusters_std` not consistent with number of centers");
        assertThatThrownBy(() -> MakeBlobs.builder().samplesPerCenter(1, 2).centers(2).build())
                .hasMessage("Parameter `centers` must be array-like. Got 2 instead");
        assertThatThrownBy(() -> MakeBlobs.builder().features(0).build())
                .hasMessage("features (n_features): 0 must be >= 1");
        assertThatThrownBy(() -> MakeBlobs.builder().samplesPerCenter(1, 2).features(-1).build())
                .hasMessage("features (n_features): -1 must be >= 1");
    }

    @Test
    void negativeFlipSkipsTheFlipDrawsAsScikitLearnDoes() {
        MakeClassification base = MakeClassification.builder().samples(50).features(4).informative(2).redundant(0)
                .flipY(0.0).shuffle(false).build();
        MakeClassification negative = base.toBuilder().flipY(-1.0).build();
        NumpyRandom a = new NumpyRandom(5);
        NumpyRandom b = new NumpyRandom(5);
        Dataset zero = base.generate(a, ProductOrder.FMA_CHAIN);
        Dataset skip = negative.generate(b, ProductOrder.FMA_CHAIN);
        assertThat(skip.fingerprint()).isEqualTo(zero.fingerprint()); // flip_y=0 flips nothing either
        NumpyRandom afterFiftyUniforms = b.copy();
        afterFiftyUniforms.uniform(0.0, 1.0, 50);
        assertThat(a.nextLong()).isEqualTo(afterFiftyUniforms.nextLong()); // flip_y=0 still drew 50 uniforms
    }
}
