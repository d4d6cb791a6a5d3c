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
 * {@link Network#copyParameterValues()} order). The fingerprints changed when every product term became one fused
 * multiply-add ({@link MatrixKernels#FUSED_MULTIPLY_ADD}; before, A·B and Aᵀ·B rounded the multiply and the add
 * apart); ELU's had changed once before, with the polynomial {@code expm1} of
 * {@link io.relulab.math.StableMath#expm1}.
 */
class GoldenTrialTest {

    private static final PreparedData DATA = Datasets.notebook();

    static Stream<Arguments> goldenTrials() {
        return Stream.of(
                Arguments.of(new Relu(), "c537c0864a391ef9fef955472cfd42b8edb2b74c367cd9059e448a09879a6abe"),
                Arguments.of(new LeakyRelu(0.1), "42e52ffb47f99db66e9f7f25bcd2df003da22768d245b7ce5ced7aa898a15305"),
                Arguments.of(new PRelu(), "c5d980b8d8ddc7463c268756e6f513021f97d8b00df543e7a7c9e7c5f5571611"),
                Arguments.of(new Elu(), "53031df4eb32ae454cc580e4741ca0d94686b1dcb611a9111b6291ea7346b392"));
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
