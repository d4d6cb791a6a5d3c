package io.relulab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relulab.optim.AdamConfig;
import io.relulab.optim.EpsilonPlacement;
import io.relulab.optim.OptimizerConfig;
import io.relulab.optim.RmsPropConfig;
import io.relulab.optim.SgdConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OptimizerSpecsTest {

    @Test
    void parsesEveryForm() {
        assertThat(OptimizerSpecs.parse("adam")).isEqualTo(AdamConfig.keras());
        assertThat(OptimizerSpecs.parse("adam:0.001")).isEqualTo(AdamConfig.keras());
        assertThat(OptimizerSpecs.parse("ADAM:0.01")).isEqualTo(AdamConfig.keras(0.01));
        assertThat(OptimizerSpecs.parse("adam:0.01,0.8,0.99,1e-6"))
                .isEqualTo(new AdamConfig(0.01, 0.8, 0.99, 1e-6, EpsilonPlacement.KERAS));
        assertThat(OptimizerSpecs.parse("adam:0.01,0.8,0.99")).isEqualTo(new AdamConfig(0.01, 0.8, 0.99, 1e-7, EpsilonPlacement.KERAS));
        assertThat(OptimizerSpecs.parse("adam_pytorch")).isEqualTo(AdamConfig.pytorch());
        assertThat(OptimizerSpecs.parse("adam_pytorch:0.1")).isEqualTo(AdamConfig.pytorch(0.1));
        assertThat(OptimizerSpecs.parse("sgd")).isEqualTo(new SgdConfig(0.01));
        assertThat(OptimizerSpecs.parse("sgd:0.1")).isEqualTo(new SgdConfig(0.1));
        assertThat(OptimizerSpecs.parse("sgd:0.1,0.9")).isEqualTo(new SgdConfig(0.1, 0.9, false));
        assertThat(OptimizerSpecs.parse(" sgd : 0.1 , 0.9 , Nesterov ")).isEqualTo(new SgdConfig(0.1, 0.9, true));
        assertThat(OptimizerSpecs.parse("rmsprop:0.001")).isEqualTo(new RmsPropConfig(0.001));
        assertThat(OptimizerSpecs.parse("rmsprop:0.01,0.95,0.5,1e-6")).isEqualTo(new RmsPropConfig(0.01, 0.95, 0.5, 1e-6, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"adam", "adam:0.003,0.8,0.95,1e-5", "adam_pytorch:0.1", "sgd:50", "sgd:0.1,0.9,nesterov", "rmsprop:0.01,0.8,0.1"})
    void formatRoundTrips(String spec) {
        OptimizerConfig config = OptimizerSpecs.parse(spec);
        assertThat(OptimizerSpecs.parse(OptimizerSpecs.format(config))).isEqualTo(config);
    }

    @ParameterizedTest
    @ValueSource(strings = {"adam:0.001", "adam:0.05", "adam:0.01,0.8,0.99", "adam:0.01,0.9,0.999,1.0E-6", "adam_pytorch:0.1",
        "sgd:1000", "sgd:0.1,0.9", "sgd:0.1,0.5,nesterov", "rmsprop:0.001", "rmsprop:0.01,0.95", "rmsprop:0.01,0.9,0.5",
        "rmsprop:0.01,0.9,0,1.0E-6"})
    void formatIsTheShortestSpecAndParsesBack(String spec) {
        assertThat(OptimizerSpecs.format(OptimizerSpecs.parse(spec))).isEqualTo(spec);
    }

    @Test
    void errorsAreOneLineAndNameTheProblem() {
        assertThatThrownBy(() -> OptimizerSpecs.parse("adagrad:0.1"))
                .hasMessage("unknown optimizer 'adagrad' in 'adagrad:0.1'; expected adam, adam_pytorch, sgd or rmsprop");
        assertThatThrownBy(() -> OptimizerSpecs.parse("sgd:fast")).hasMessage("optimizer 'sgd:fast': parameter 1 must be a number, got 'fast'");
        assertThatThrownBy(() -> OptimizerSpecs.parse("sgd:0.1,0.9,heavy"))
                .hasMessage("optimizer 'sgd:0.1,0.9,heavy': third sgd parameter must be 'nesterov', got 'heavy'");
        assertThatThrownBy(() -> OptimizerSpecs.parse("sgd:-1")).hasMessage("learning rate = -1.0; expected a finite number > 0");
        assertThatThrownBy(() -> OptimizerSpecs.parse("adam:0.1,0.9")).hasMessageContaining("got 2 parameters");
        assertThatThrownBy(() -> OptimizerSpecs.parse("adam:1,2,3,4,5")).hasMessageContaining("at most 4 parameters");
        assertThatThrownBy(() -> OptimizerSpecs.parse(" ")).hasMessageStartingWith("empty optimizer spec");
    }

    @Test
    void theSyntaxSummaryAndTheParserReadOneListOfOptimizers() {
        // every optimizer the summary names parses, under that name, and its default spec parses back to it
        String[] kinds = OptimizerSpecs.SYNTAX.split(", ");
        assertThat(kinds).hasSize(4);
        for (String kind : kinds) {
            String name = kind.substring(0, kind.indexOf('['));
            OptimizerConfig config = OptimizerSpecs.parse(name);
            assertThat(config.name()).isEqualTo(name);
            assertThat(OptimizerSpecs.parse(config.spec())).isEqualTo(config);
            assertThat(kind).startsWith(name + "[:LR");
        }
        assertThat(OptimizerSpecs.parse("adam")).isEqualTo(AdamConfig.keras());
        assertThat(OptimizerSpecs.parse("sgd")).isEqualTo(new SgdConfig(SgdConfig.DEFAULT_LEARNING_RATE, 0.0, false));
    }
}
