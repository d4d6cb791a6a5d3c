package io.relulab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.activation.PRelu;
import io.relulab.activation.Relu;
import io.relulab.activation.Rrelu;
import io.relulab.random.NumpyRandom;
import org.junit.jupiter.api.Test;

class ActivationLayersTest {

    @Test
    void reluLayerUsesTheZeroDerivativeAtTheKink() {
        ActivationLayer layer = new ActivationLayer(new Relu(), 3);
        double[] out = layer.forward(new double[] {-1, 0, 2}, 1, Mode.TRAINING);
        assertThat(out).startsWith(0, 0, 2);
        double[] back = layer.backward(new double[] {5, 5, 5}, 1, true);
        assertThat(back).startsWith(0, 0, 5);
        assertThat(layer.derivativeAt(0, 0.0)).isZero();
    }

    @Test
    void preluLayerForwardBackwardByHand() {
        PReluLayer layer = new PReluLayer("p", new PRelu(0.25), 2);
        layer.slopes().values()[1] = -0.5;
        // rows: z = [[−2, 3], [0, −4]]
        double[] out = layer.forward(new double[] {-2, 3, 0, -4}, 2, Mode.TRAINING);
        // y = [[−0.5, 3], [0, 2]]
        assertThat(out).startsWith(-0.5, 3, 0, 2);
        double[] g = {1, 2, 3, 4};
        double[] back = layer.backward(g, 2, true);
        // ∂L/∂z = g·(1 if z > 0 else α_j) = [[0.25, 2], [0.75, −2]] (z = 0 takes α, as PyTorch)
        assertThat(back).startsWith(0.25, 2, 0.75, -2);
        // ∂L/∂α_j = Σ_r g·min(z, 0) = [1·(−2) + 3·0, 2·0 + 4·(−4)] = [−2, −16]
        assertThat(layer.slopes().gradients()).containsExactly(-2, -16);
        assertThat(layer.derivativeAt(1, -1)).isEqualTo(-0.5);
        assertThat(layer.valueAt(0, -4)).isEqualTo(-1);
    }

    @Test
    void rreluTrainingDrawsSlopesFromTheTrialGeneratorAndBackPropagatesThem() {
        Rrelu rrelu = new Rrelu();
        NumpyRandom random = new NumpyRandom(3);
        NumpyRandom replay = random.copy();
        RreluLayer layer = new RreluLayer(rrelu, 2, random);
        double[] z = {-1, 2, -3, 0};
        double[] out = layer.forward(z, 2, Mode.TRAINING);
        // slopes drawn for x ≤ 0 only, in index order: indices 0, 2, 3
        double width = rrelu.upper() - rrelu.lower();
        double s0 = rrelu.lower() + width * replay.nextDouble();
        double s2 = rrelu.lower() + width * replay.nextDouble();
        double s3 = rrelu.lower() + width * replay.nextDouble();
        assertThat(out).startsWith(-s0, 2, -3 * s2, 0);
        assertThat(layer.backward(new double[] {1, 1, 2, 2}, 2, true)).startsWith(s0, 1, 2 * s2, 2 * s3);
        // inference: the mean slope, no draws
        long before = random.copy().nextLong();
        assertThat(layer.forward(z, 2, Mode.INFERENCE)).startsWith(-rrelu.meanSlope(), 2, -3 * rrelu.meanSlope(), 0);
        assertThat(random.copy().nextLong()).isEqualTo(before);
        assertThat(layer.backward(new double[] {1, 1, 1, 1}, 2, true)).startsWith(rrelu.meanSlope(), 1, rrelu.meanSlope(), rrelu.meanSlope());
    }
}
