package io.relulab.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.relulab.nn.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two steps of each optimiser on θ = (1, −2, 0.5) with gradients g₁ = (0.1, −0.2, 0) then
 * g₂ = (0.05, 0.1, 0.3), against values worked out from the update formulas (the arithmetic is in the
 * comments; 16-digit values were evaluated with the same formulas in float64).
 */
class OptimizerStepTest {

    private static final double[] START = {1.0, -2.0, 0.5};
    private static final double[] G1 = {0.1, -0.2, 0.0};
    private static final double[] G2 = {0.05, 0.1, 0.3};

    private static Parameter parameter() {
        Parameter p = new Parameter("theta", 3);
        p.setValuesInPlace(START);
        return p;
    }

    private static void step(Optimizer optimizer, Parameter p, double[] gradient) {
        System.arraycopy(gradient, 0, p.gradients(), 0, gradient.length);
        optimizer.step(List.of(p));
    }

    @Test
    void kerasAdam() {
        Adam adam = AdamConfig.keras().create();
        Parameter p = parameter();
        step(adam, p, G1);
        // t = 1: α₁ = 0.001·√(1 − 0.999)/(1 − 0.9) = 0.001·0.0316227766/0.1 = 3.1622776601683816e-4
        // m = 0.1·g = (0.01, −0.02, 0); v = 0.001·g² = (1e-5, 4e-5, 0)
        // θ₀ −= 0.01·α₁/(√1e-5 + 1e-7) = 3.16227766e-6/3.16237766e-3 = 9.99968378e-4 → 0.9990000316217766
        // θ₂: g = 0 so m = 0 and θ stays 0.5 (ε keeps 0/0 away)
        assertThat(adam.stateOf(p, Adam.FIRST_MOMENT)).containsExactly(new double[] {0.01, -0.02, 0.0}, within(1e-17));
        assertThat(adam.stateOf(p, Adam.SECOND_MOMENT)).containsExactly(new double[] {1e-5, 4e-5, 0.0}, within(1e-19));
        assertThat(p.values()).containsExactly(new double[] {0.9990000316217766, -1.9990000158111383, 0.5}, within(1e-15));
        step(adam, p, G2);
        // t = 2: α₂ = 0.001·√(1 − 0.999²)/(1 − 0.9²) = 0.001·0.04471018/0.19 = 2.3531672532745276e-4
        // m = 0.9m + 0.1g₂ = (0.014, −0.008, 0.03); v = 0.999v + 0.001g₂² = (1.249e-5, 4.996e-5, 9e-5)
        assertThat(adam.stateOf(p, Adam.FIRST_MOMENT)).containsExactly(new double[] {0.014, -0.008, 0.03}, within(1e-17));
        assertThat(p.values()).containsExactly(new double[] {0.9980678783587934, -1.9987336825395066, 0.49925587102024116},
                within(1e-15));
        assertThat(adam.iterations()).isEqualTo(2);
    }

    @Test
    void pytorchAdamPutsEpsilonOnTheCorrectedRoot() {
        Adam adam = AdamConfig.pytorch().create();
        Parameter p = parameter();
        step(adam, p, G1);
        // t = 1: m̂ = g, v̂ = g², θ −= 0.001·g/(|g| + 1e-8): 0.001·0.1/0.10000001 = 9.999999e-4 → 0.9990000001
        assertThat(p.values()).containsExactly(new double[] {0.9990000001, -1.99900000005, 0.5}, within(1e-15));
        step(adam, p, G2);
        assertThat(p.values()).containsExactly(new double[] {0.9980678205791187, -1.9987336630271866, 0.49925586321150317},
                within(1e-15));
    }

    @Test
    void placementsDifferByTheDocumentedEpsilonScaling() {
        // A Keras ε_K equals a PyTorch ε_P = ε_K/√(1 − β₂ᵗ); at t = 1 that is ε_K·31.62…
        double epsilon = 1e-3;
        Adam keras = new AdamConfig(0.01, 0.9, 0.999, epsilon, EpsilonPlacement.KERAS).create();
        Adam torch = new AdamConfig(0.01, 0.9, 0.999, epsilon / Math.sqrt(1 - 0.999), EpsilonPlacement.PYTORCH).create();
        Parameter a = parameter();
        Parameter b = parameter();
        step(keras, a, G1);
        step(torch, b, G1);
        assertThat(a.values()).containsExactly(b.values(), within(1e-15));
    }

    @Test
    void sgdPlainMomentumAndNesterov() {
        Parameter plain = parameter();
        Sgd sgd = new SgdConfig(0.1).create();
        step(sgd, plain, G1);
        // θ −= 0.1·g
        assertThat(plain.values()).containsExactly(new double[] {0.99, -1.98, 0.5}, within(1e-16));

        Parameter momentum = parameter();
        Sgd heavyBall = new SgdConfig(0.1, 0.9, false).create();
        step(heavyBall, momentum, G1);
        step(heavyBall, momentum, G2);
        // u₁ = −0.1g₁ = (−0.01, 0.02, 0); u₂ = −0.1g₂ + 0.9u₁ = (−0.014, 0.008, −0.03); θ = θ₀ + u₁ + u₂
        assertThat(momentum.values()).containsExactly(new double[] {0.976, -1.972, 0.47}, within(1e-15));

        Parameter nesterov = parameter();
        Sgd look = new SgdConfig(0.1, 0.9, true).create();
        step(look, nesterov, G1);
        // θ += −0.1g₁ + 0.9u₁ = (−0.019, 0.038, 0)
        assertThat(nesterov.values()).containsExactly(new double[] {0.981, -1.962, 0.5}, within(1e-15));
        step(look, nesterov, G2);
        // θ += −0.1g₂ + 0.9u₂ = (−0.0176, −0.0028, −0.057)
        assertThat(nesterov.values()).containsExactly(new double[] {0.9634, -1.9648, 0.443}, within(1e-15));
    }

    @Test
    void rmsProp() {
        Parameter p = parameter();
        RmsProp rms = new RmsPropConfig(0.01).create();
        step(rms, p, G1);
        // s = 0.1g² = (1e-3, 4e-3, 0); θ −= 0.01·g/√(s + 1e-7): 0.001/√0.0010001 = 0.0316211956 → 0.9683788044185707
        assertThat(p.values()).containsExactly(new double[] {0.9683788044185707, -1.9683776186756123, 0.5}, within(1e-15));
        step(rms, p, G2);
        assertThat(p.values()).containsExactly(new double[] {0.9536352498132595, -1.9831216540307193, 0.46837739907894443},
                within(1e-15));
    }

    @Test
    void resetStateZeroesChosenEntriesAndKeepsTheStepCount() {
        Adam adam = AdamConfig.keras().create();
        Parameter p = parameter();
        adam.resetState(p, new int[] {0}); // no state yet: no effect
        step(adam, p, G1);
        adam.resetState(p, new int[] {1});
        assertThat(adam.stateOf(p, Adam.FIRST_MOMENT)).containsExactly(new double[] {0.01, 0.0, 0.0}, within(1e-17));
        assertThat(adam.stateOf(p, Adam.SECOND_MOMENT)[1]).isZero();
        assertThat(adam.stateOf(p, Adam.SECOND_MOMENT)[0]).isPositive();
        assertThat(adam.iterations()).isEqualTo(1);
        assertThatThrownBy(() -> adam.resetState(p, new int[] {3})).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aResetEntryRestartsItsBiasCorrectionAndTheOthersAreUntouched(boolean keras) {
        AdamConfig config = keras ? AdamConfig.keras(0.01) : AdamConfig.pytorch(0.01);
        Adam reset = config.create();
        Adam plain = config.create();
        Parameter p = parameter();
        Parameter q = parameter();
        for (int k = 0; k < 5; k++) {
            step(reset, p, G1);
            step(plain, q, G1);
        }
        reset.resetState(p, new int[] {1});
        double before = p.values()[1];
        step(reset, p, G2);
        step(plain, q, G2);
        // entry 1 moves exactly as under a fresh Adam's first step: about lr·sign(g), not ≈ 3.16·lr
        Adam fresh = config.create();
        Parameter r = parameter();
        double freshBefore = r.values()[1];
        step(fresh, r, G2);
        assertThat(p.values()[1] - before).isCloseTo(r.values()[1] - freshBefore, within(1e-15));
        assertThat(p.values()[1] - before).isCloseTo(-0.01, within(1e-6));
        // the entries that were not reset follow the global schedule bit for bit
        assertThat(Double.doubleToRawLongBits(p.values()[0])).isEqualTo(Double.doubleToRawLongBits(q.values()[0]));
        assertThat(Double.doubleToRawLongBits(p.values()[2])).isEqualTo(Double.doubleToRawLongBits(q.values()[2]));
        assertThat(reset.iterations()).isEqualTo(6);
        // second step after the reset: again as a fresh Adam's second step
        step(reset, p, G1);
        step(fresh, r, G1);
        assertThat(p.values()[1] - before).isCloseTo(r.values()[1] - freshBefore, within(1e-15));
    }

    @Test
    void freshCopyHasNoStateAndEqualHyperparameters() {
        Adam adam = AdamConfig.keras(0.01).create();
        Parameter p = parameter();
        step(adam, p, G1);
        Adam copy = adam.freshCopy();
        assertThat(copy.iterations()).isZero();
        assertThat(copy.stateOf(p, 0)).isNull();
        assertThat(copy.config()).isEqualTo(adam.config());
        // the copy behaves as a new optimiser: same first step as a fresh one
        Parameter q = parameter();
        Parameter r = parameter();
        step(copy, q, G1);
        step(AdamConfig.keras(0.01).create(), r, G1);
        assertThat(q.values()).containsExactly(r.values());
    }

    @Test
    void hyperparametersAreValidatedWithNameAndValue() {
        assertThatThrownBy(() -> AdamConfig.keras(-0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("learning rate = -0.1; expected a finite number > 0");
        assertThatThrownBy(() -> new AdamConfig(0.1, 1.0, 0.999, 1e-7, EpsilonPlacement.KERAS))
                .hasMessage("beta1 = 1.0; expected 0 <= beta1 < 1");
        assertThatThrownBy(() -> new AdamConfig(0.1, 0.9, -0.1, 1e-7, EpsilonPlacement.KERAS))
                .hasMessage("beta2 = -0.1; expected 0 <= beta2 < 1");
        assertThatThrownBy(() -> new AdamConfig(0.1, 0.9, 0.999, 0, EpsilonPlacement.KERAS))
                .hasMessage("epsilon = 0.0; expected a finite number > 0");
        assertThatThrownBy(() -> new SgdConfig(Double.NaN)).hasMessageContaining("learning rate = NaN");
        assertThatThrownBy(() -> new SgdConfig(0.1, 0.0, true)).hasMessageContaining("nesterov");
        assertThatThrownBy(() -> new RmsPropConfig(0.1, 1.5, 0, 1e-7, false)).hasMessage("rho = 1.5; expected 0 <= rho < 1");
    }
}
