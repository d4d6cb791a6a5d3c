package io.relulab.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.activation.Activation;
import io.relulab.activation.Elu;
import io.relulab.activation.LeakyRelu;
import io.relulab.activation.PRelu;
import io.relulab.activation.Relu;
import io.relulab.data.PreparedData;
import io.relulab.data.synthetic.Datasets;
import io.relulab.math.MatrixKernels;
import io.relulab.nn.Network;
import io.relulab.nn.NetworkSpec;
import io.relulab.optim.AdamConfig;
import io.relulab.random.NumpyRandom;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the engine's bits: one full trial of the notebook's experiment (its data, 20 → 64 → 32 → 1, Keras Adam,
 * 50 epochs of 50 batches with validation, seed 0) must end with exactly these final weights, whatever the
 * machine and whichever kernels {@link MatrixKernels} chose at start-up. The build runs this test twice: with
 * {@code jdk.incubator.vector} (vector kernels) and in a second JVM without it (scalar kernels), so one
 * fingerprint holds for both paths.
 *
 * <p>The fingerprint is the SHA-256 of every parameter value's IEEE-754 bits (big-endian, in
 * {@link Network#copyParameterValues()} order). ReLU, Leaky ReLU and PReLU have kept the bits of the engine
 * before the vector kernels (the products add the same terms in the same order, with one fused multiply-add per
 * term in A·Bᵀ on every machine); ELU's changed once, with the polynomial {@code expm1} of
 * {@link io.relulab.math.StableMath#expm1}.
 */
class GoldenTrialTest {

    private static final PreparedData DATA = Datasets.notebook();

    static Stream<Arguments> goldenTrials() {
        return Stream.of(
                Arguments.of(new Relu(), "4c740a70a72b94a3ab5fb4f1f92dbc7a4b51a77a828034bb1dc1e0de4dfb3dd9"),
                Arguments.of(new LeakyRelu(0.1), "fc3931a30529da92d7e9fee78f1d2db3515b79b020f5d9e849618a2b81f74e3d"),
                Arguments.of(new PRelu(), "1c8200e80a9a75ee9145c65ec0113b72ea2ab91eb22e49faa0f57af741db4b34"),
                Arguments.of(new Elu(), "ab003804efdea6b4fd11dfe4f3fe469c02089b50b8ff9968b24ca84ac5cb647c"));
    }

    @ParameterizedTest
    @MethodSource("goldenTrials")
    void fiftyEpochTrialEndsWithThePinnedWeights(Activation activation, String fingerprint) {
        NumpyRandom random = new NumpyRandom(0);
        Network network = NetworkSpec.notebook(DATA.train().columns(), activation).build(random);
        TrainingConfig config = TrainingConfig.notebook().withValidationData(DATA.test());
        new Trainer(config).fit(network, AdamConfig.keras().create(), DATA.train(), random);
        assertThat(fingerprint(network.copyParameterValues()))
                .as("%s, kernels %s", activation.spec(), MatrixKernels.implementation())
                .isEqualTo(fingerprint);
    }

    static String fingerprint(double[][] parameters) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ByteBuffer bytes = ByteBuffer.allocate(Long.BYTES);
            for (double[] values : parameters) {
                for (double v : values) {
                    bytes.clear();
                    digest.update(bytes.putLong(Double.doubleToRawLongBits(v)).array());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JDK has SHA-256", e);
        }
    }
}
