package io.relulab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.relulab.activation.Relu;
import io.relulab.loss.BinaryCrossEntropy;
import io.relulab.optim.Adam;
import io.relulab.optim.AdamConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 2-2-1 network worked by hand (docs/ARCHITECTURE.md §8): Dense(2→2) → ReLU → Dense(2→1) → sigmoid, binary
 * cross-entropy, one Keras-Adam step (lr 0.001, β₁ 0.9, β₂ 0.999, ε 1e-7), on a batch of two rows.
 */
class HandWorkedExampleTest {

    private static final double TOLERANCE = 1e-15;

    @Test
    void forwardBackwardAndOneAdamStep() {
        Dense first = new Dense("dense_1", 2, 2);
        Dense second = new Dense("dense_2", 2, 1);
        // W₁ = [[0.1, −0.5], [0.3, 0.2]] (fan_in × fan_out), b₁ = [0, −0.2]
        first.weights().setValuesInPlace(new double[] {0.1, -0.5, 0.3, 0.2});
        first.biases().setValuesInPlace(new double[] {0.0, -0.2});
        // W₂ = [[0.5], [−0.6]], b₂ = [0.2]
        second.weights().setValuesInPlace(new double[] {0.5, -0.6});
        second.biases().setValuesInPlace(new double[] {0.2});
        Network network = new Network(List.of(first, new ActivationLayer(new Relu(), 2), second), OutputHead.SIGMOID);

        // X = [[1, 2], [−1, 0.5]], y = [1, 0]
        double[] x = {1, 2, -1, 0.5};
        double[] y = {1, 0};

        // Forward.
        // Z₁ = X·W₁ + b₁ = [[1·0.1 + 2·0.3 + 0, 1·(−0.5) + 2·0.2 − 0.2], [−0.1 + 0.15, 0.5 + 0.1 − 0.2]]
        //    = [[0.7, −0.3], [0.05, 0.4]]
        // H = ReLU(Z₁) = [[0.7, 0], [0.05, 0.4]]
        // z₂ = H·W₂ + b₂ = [0.35 + 0.2, 0.025 − 0.24 + 0.2] = [0.55, −0.015]
        double[] logits = network.forward(x, 2, Mode.TRAINING);
        assertThat(new double[] {logits[0], logits[1]}).containsExactly(new double[] {0.55, -0.015}, within(TOLERANCE));
        // p = σ(z₂) = [0.6341355910108007, 0.496250070310918]
        // ℓ = [−log 0.63414, −log(1 − 0.49625)] = [0.4554924814633376, 0.6856753052962774]; mean 0.5705838933798075
        BinaryCrossEntropy loss = new BinaryCrossEntropy();
        double[] g2 = new double[2];
        assertThat(loss.lossAndGradient(logits, y, 2, 1, g2)).isCloseTo(0.5705838933798075, within(TOLERANCE));
        // ∂L/∂z₂ = (p − y)/2 = [−0.18293220449459963, 0.248125035155459]
        assertThat(g2).containsExactly(new double[] {-0.18293220449459963, 0.248125035155459}, within(TOLERANCE));

        // Backward.
        network.backward(g2, 2);
        // ∂L/∂W₂ = Hᵀ·g₂ = [0.7·(−0.182932) + 0.05·0.248125, 0 + 0.4·0.248125] = [−0.11564629138844677, 0.09925001406218359]
        // ∂L/∂b₂ = Σ g₂ = 0.06519283066085937
        assertThat(second.weights().gradients()).containsExactly(new double[] {-0.11564629138844677, 0.09925001406218359}, within(TOLERANCE));
        assertThat(second.biases().gradients()).containsExactly(new double[] {0.06519283066085937}, within(TOLERANCE));
        // ∂L/∂H = g₂·W₂ᵀ = [[−0.0914661, 0.1097593], [0.1240625, −0.1488750]]
        // ∂L/∂Z₁ = ∂L/∂H ⊙ ReLU′(Z₁) = [[−0.09146610224729981, 0], [0.1240625175777295, −0.14887502109327538]]
        // ∂L/∂W₁ = Xᵀ·∂L/∂Z₁ = [[−0.0914661 − 0.1240625, 0 + 0.1488750], [−0.1829322 + 0.0620313, −0.0744375]]
        assertThat(first.weights().gradients()).containsExactly(new double[] {
            -0.2155286198250293, 0.14887502109327538, -0.12090094570573487, -0.07443751054663769}, within(TOLERANCE));
        // ∂L/∂b₁ = column sums = [0.03259641533042969, −0.14887502109327538]
        assertThat(first.biases().gradients()).containsExactly(new double[] {0.03259641533042969, -0.14887502109327538}, within(TOLERANCE));

        // One Keras-Adam step (t = 1): m = 0.1·g, v = 0.001·g², α₁ = 0.001·√0.001/0.1 = 3.1622776601683816e-4,
        // θ −= m·α₁/(√v + 1e-7) ≈ θ − 0.001·sign(g) (slightly less for small |g|; unchanged where g = 0).
        Adam adam = AdamConfig.keras().create();
        adam.step(network.parameters());
        // W₁₀₀: m = −0.02155286, v = 4.6452586e-5 → +0.001·(1 − 1e-7/(√v + 1e-7)) → 0.10099998532802157
        assertThat(first.weights().values()).containsExactly(new double[] {
            0.10099998532802157, -0.5009999787592945, 0.3009999738447459, 0.20099995751949118}, within(TOLERANCE));
        assertThat(first.biases().values()).containsExactly(new double[] {-0.00099990299636093, -0.1990000212407056}, within(TOLERANCE));
        assertThat(second.weights().values()).containsExactly(new double[] {0.5009999726563545, -0.60099996813928}, within(TOLERANCE));
        assertThat(second.biases().values()).containsExactly(new double[] {0.19900004850417208}, within(TOLERANCE));
    }
}
