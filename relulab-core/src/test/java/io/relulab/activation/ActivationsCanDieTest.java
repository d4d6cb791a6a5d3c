package io.relulab.activation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which registered activations can have dead units, read from {@link Activation#canDie()} over the registry. */
class ActivationsCanDieTest {

    @Test
    void theRectifiersWithAFlatRegionCanDieWithTheirDefaults() {
        assertThat(Activations.namesThatCanDie()).containsExactly(Relu.NAME, Relu6.NAME, Hardswish.NAME);
    }

    @Test
    void theLeakyFamilyCanDieOnlyWithZeroParameters() {
        assertThat(Activations.namesThatCanDieAtZero()).containsExactly(LeakyRelu.NAME, PRelu.NAME, Rrelu.NAME, Elu.NAME);
        // hand-checked: a zero slope (or α, or both RReLU bounds) makes each of them ReLU
        for (Activation zero : List.of(new LeakyRelu(0.0), new PRelu(0.0), new Rrelu(0.0, 0.0), new Elu(0.0))) {
            assertThat(zero.canDie()).as(zero.spec()).isTrue();
            assertThat(zero.derivative(-1.0)).as(zero.spec()).isZero();
        }
    }

    @Test
    void smoothActivationsNeverCanDie() {
        for (String name : List.of(Selu.NAME, Gelu.NAME, Softplus.NAME, Sigmoid.NAME, Tanh.NAME, Identity.NAME)) {
            ActivationType<?> type = Activations.type(name).orElseThrow();
            assertThat(type.canDieByDefault()).as(name).isFalse();
            assertThat(type.canDieOnlyAtZero()).as(name).isFalse();
        }
    }
}
