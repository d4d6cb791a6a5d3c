package io.relulab.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.activation.Activation;
import io.relulab.data.PreparedData;
import io.relulab.data.synthetic.Datasets;
import io.relulab.math.MatrixKernels;
import io.relulab.math.VectorModule;
import io.relulab.nn.Network;
import io.relulab.nn.NetworkSpec;
import io.relulab.optim.AdamConfig;
import io.relulab.random.NumpyRandom;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kernels' form may change at any moment with the same bits: {@link GoldenTrialTest}'s trials, with the vector
 * kernels switched on and off every few batches (so within epochs, between the forward and backward passes of
 * different steps) and at epoch ends, end with the same pinned weights. In a JVM without {@code jdk.incubator.vector}
 * (the build's second test run) the switch does nothing and the kernels stay plain.
 */
class KernelSwitchTest {

    private static final PreparedData DATA = Datasets.notebook();

    @ParameterizedTest
    @MethodSource("io.relulab.train.GoldenTrialTest#goldenTrials")
    void switchingTheKernelsMidTrialKeepsThePinnedWeights(Activation activation, String fingerprint) {
        boolean before = VectorModule.engaged();
        boolean[] sawVector = {false};
        boolean[] sawScalar = {false};
        TrainingListener flipper = new TrainingListener() {
            @Override
            public void onBatchEnd(TrainingContext context, int batch, double batchLoss) {
                if (context.stepCount() % 7 == 0) {
                    VectorModule.engage(!VectorModule.engaged());
                }
                record();
            }

            @Override
            public void onEpochEnd(TrainingContext context, EpochMetrics metrics) {
                if (metrics.epoch() % 3 == 0) {
                    VectorModule.engage(!VectorModule.engaged());
                }
            }

            private void record() {
                if (MatrixKernels.implementation().equals("scalar")) {
                    sawScalar[0] = true;
                } else {
                    sawVector[0] = true;
                }
            }
        };
        try {
            NumpyRandom random = new NumpyRandom(0);
            Network network = NetworkSpec.notebook(DATA.train().columns(), activation).build(random);
            TrainingConfig config = TrainingConfig.notebook().withValidationData(DATA.test());
            new Trainer(config).fit(network, AdamConfig.keras().create(), DATA.train(), random, List.of(flipper));
            assertThat(GoldenTrialTest.fingerprint(network.copyParameterValues())).as(activation.spec()).isEqualTo(fingerprint);
        } finally {
            VectorModule.engage(before);
        }
        assertThat(sawScalar[0]).isTrue();
        assertThat(sawVector[0]).as("the vector kernels ran").isEqualTo(VectorModule.available() && !VectorModule.fellBack());
    }
}
