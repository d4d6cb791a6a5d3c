package io.relulab.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.relulab.nn.OutputHead;
import org.junit.jupiter.api.Test;

class LossTest {

    private final BinaryCrossEntropy bce = new BinaryCrossEntropy();
    private final CategoricalCrossEntropy cce = new CategoricalCrossEntropy();
    private final MeanSquaredError mse = new MeanSquaredError();

    @Test
    void binaryCrossEntropyIsExactForExtremeLogits() {
        // ℓ(x, y) = max(x,0) − x·y + log1p(e^−|x|)
        assertThat(BinaryCrossEntropy.loss(0, 1)).isEqualTo(Math.log(2));
        assertThat(BinaryCrossEntropy.loss(1000, 0)).isEqualTo(1000.0);
        assertThat(BinaryCrossEntropy.loss(-1000, 1)).isEqualTo(1000.0);
        assertThat(BinaryCrossEntropy.loss(1000, 1)).isEqualTo(0.0);
        assertThat(BinaryCrossEntropy.loss(-800, 0)).isEqualTo(0.0);
        // −log σ(2) = log(1 + e^−2)
        assertThat(BinaryCrossEntropy.loss(2, 1)).isCloseTo(0.1269280110429725, within(1e-15));
        assertThat(BinaryCrossEntropy.loss(2, 0)).isCloseTo(2.1269280110429727, within(1e-15));
    }

    @Test
    void binaryCrossEntropyMeanAndGradient() {
        double[] logits = {2, -1, 0, 1e6};
        double[] labels = {1, 0, 1, 0};
        double[] gradients = new double[4];
        double loss = bce.lossAndGradient(logits, labels, 4, 1, gradients);
        double expected = (0.1269280110429725 + 0.31326168751822286 + Math.log(2) + 1e6) / 4;
        assertThat(loss).isCloseTo(expected, within(1e-10));
        // (σ(x) − y)/4
        assertThat(gradients[0]).isCloseTo((0.8807970779778823 - 1) / 4, within(1e-16));
        assertThat(gradients[1]).isCloseTo(0.2689414213699951 / 4, within(1e-16));
        assertThat(gradients[2]).isEqualTo(-0.125);
        assertThat(gradients[3]).isEqualTo(0.25);
        assertThat(bce.totalLoss(logits, labels, 4, 1)).isCloseTo(4 * expected, within(1e-9));
        // accuracy: σ(x) > 0.5 predicts 1 → rows 0, 1 right; row 2 (σ = 0.5 → 0) wrong; row 3 wrong
        assertThat(bce.totalAccuracy(logits, labels, 4, 1)).isEqualTo(2.0);
    }

    @Test
    void categoricalCrossEntropyFromLogits() {
        double[] logits = {1, 2, 3, 1000, 0, -1000};
        double[] labels = {2, 1};
        double[] gradients = new double[6];
        double loss = cce.lossAndGradient(logits, labels, 2, 3, gradients);
        // row 0: log(e + e² + e³) − 3 = 0.40760596444438; row 1: 1000 − 0 = 1000 (no overflow)
        assertThat(loss).isCloseTo((0.4076059644443803 + 1000) / 2, within(1e-12));
        double s = Math.exp(1) + Math.exp(2) + Math.exp(3);
        assertThat(gradients[0]).isCloseTo(Math.exp(1) / s / 2, within(1e-16));
        assertThat(gradients[2]).isCloseTo((Math.exp(3) / s - 1) / 2, within(1e-16));
        assertThat(gradients[3]).isEqualTo(0.5);
        assertThat(gradients[4]).isEqualTo(-0.5);
        assertThat(gradients[5]).isEqualTo(0.0);
        assertThat(cce.totalAccuracy(logits, labels, 2, 3)).isEqualTo(1.0);
        assertThat(cce.totalLoss(logits, labels, 2, 3)).isCloseTo(1000.4076059644444, within(1e-10));
    }

    @Test
    void meanSquaredError() {
        double[] outputs = {1, 2, 3, 4};
        double[] targets = {0, 2, 5, 4};
        double[] gradients = new double[4];
        // rows of 2: ((1 + 0)/2 + (4 + 0)/2)/2 = 1.25; gradient 2(x − y)/4
        assertThat(mse.lossAndGradient(outputs, targets, 2, 2, gradients)).isEqualTo(1.25);
        assertThat(gradients).containsExactly(0.5, 0, -1, 0);
        assertThat(mse.totalLoss(outputs, targets, 2, 2)).isEqualTo(2.5);
        assertThat(mse.hasAccuracy()).isFalse();
        assertThatThrownBy(() -> mse.totalAccuracy(outputs, targets, 2, 2)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void targetsAreValidatedWithTheRowAndValue() {
        assertThatThrownBy(() -> bce.validateTargets(new double[] {0, 1, 2}, 3, 1, "training labels"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("training labels: row 2 has label 2.0; binary cross-entropy expects 0 or 1");
        assertThatThrownBy(() -> cce.validateTargets(new double[] {0, 3}, 2, 3, "labels"))
                .hasMessageContaining("row 1 has label 3.0");
        assertThatThrownBy(() -> mse.validateTargets(new double[] {Double.NaN}, 1, 1, "targets"))
                .hasMessageContaining("row 0 has target NaN");
    }

    @Test
    void eachHeadHasItsLoss() {
        assertThat(Loss.forHead(OutputHead.SIGMOID)).isInstanceOf(BinaryCrossEntropy.class);
        assertThat(Loss.forHead(OutputHead.SOFTMAX)).isInstanceOf(CategoricalCrossEntropy.class);
        assertThat(Loss.forHead(OutputHead.IDENTITY)).isInstanceOf(MeanSquaredError.class);
        for (OutputHead head : OutputHead.values()) {
            assertThat(Loss.forHead(head).head()).isEqualTo(head);
        }
    }
}
