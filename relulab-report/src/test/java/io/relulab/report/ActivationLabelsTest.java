package io.relulab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relulab.activation.Activation;
import io.relulab.activation.Activations;
import io.relulab.activation.Elu;
import io.relulab.activation.Gelu;
import io.relulab.activation.LeakyRelu;
import io.relulab.activation.PRelu;
import io.relulab.activation.Relu;
import io.relulab.activation.Rrelu;
import io.relulab.activation.Softplus;
import io.relulab.activation.Swish;
import org.junit.jupiter.api.Test;

class ActivationLabelsTest {

    @Test
    void labelsNameTheFunctionAndItsParameters() {
        assertThat(ActivationLabels.of(new Relu())).isEqualTo("ReLU");
        assertThat(ActivationLabels.of(new LeakyRelu(0.1))).isEqualTo("Leaky ReLU (α=0.1)");
        assertThat(ActivationLabels.of(new PRelu(0.2))).isEqualTo("PReLU (α=0.2)");
        assertThat(ActivationLabels.of(new Elu())).isEqualTo("ELU (α=1)");
        assertThat(ActivationLabels.of(new Rrelu())).isEqualTo("RReLU (α~U[0.125, 0.3333])");
        assertThat(ActivationLabels.of(new Gelu(Gelu.Approximation.TANH))).isEqualTo("GELU (tanh)");
        assertThat(ActivationLabels.of(new Swish())).isEqualTo("SiLU");
        assertThat(ActivationLabels.of(new Swish(1.5))).isEqualTo("Swish (β=1.5)");
        assertThat(ActivationLabels.of(new Softplus())).isEqualTo("Softplus");
        assertThat(ActivationLabels.of(new Softplus(2, Double.POSITIVE_INFINITY))).isEqualTo("Softplus (β=2, threshold=∞)");
    }

    @Test
    void everyExampleHasADistinctLabelThatIsNotItsSpec() {
        assertThat(Activations.examples().stream().map(ActivationLabels::of)).doesNotHaveDuplicates();
        for (Activation activation : Activations.examples()) {
            assertThat(ActivationLabels.of(activation)).isNotEqualTo(activation.spec());
        }
    }

    @Test
    void anUnregisteredActivationHasNoLabelAndTheErrorNamesItsSpec() {
        Activation outside = new Activation() {
            @Override
            public double value(double x) {
                return x;
            }

            @Override
            public double derivative(double x) {
                return 1;
            }

            @Override
            public String spec() {
                return "relu:mine";
            }
        };
        assertThatThrownBy(() -> ActivationLabels.of(outside)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("activation relu:mine (");
    }
}
