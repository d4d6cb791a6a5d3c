package io.relulab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relulab.nn.Constant;
import io.relulab.nn.Initializer;
import org.junit.jupiter.api.Test;

class InitializerSpecsTest {

    @Test
    void everyNameRoundTrips() {
        for (String name : new String[] {"glorot_uniform", "glorot_normal", "he_normal", "he_uniform", "lecun_normal", "rai", "zeros",
            "constant:-0.5"}) {
            Initializer initializer = InitializerSpecs.parse(name);
            assertThat(initializer.spec()).isEqualTo(name);
            assertThat(InitializerSpecs.parse(initializer.spec())).isEqualTo(initializer);
        }
        assertThat(InitializerSpecs.parse("He_Normal").spec()).isEqualTo("he_normal");
        assertThat(InitializerSpecs.parse("constant:0.01")).isEqualTo(new Constant(0.01));
    }

    @Test
    void errors() {
        assertThatThrownBy(() -> InitializerSpecs.parse("xavier")).hasMessageStartingWith("unknown initializer 'xavier'; expected one of: glorot_uniform");
        assertThatThrownBy(() -> InitializerSpecs.parse("constant:big")).hasMessage("initializer 'constant:big': constant value must be a number, got 'big'");
        assertThatThrownBy(() -> InitializerSpecs.parse("constant:NaN")).hasMessageContaining("value = NaN");
    }
}
