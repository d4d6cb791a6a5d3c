package io.relulab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relulab.activation.Relu;
import io.relulab.nn.HeNormal;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SpecConverterTest {

    @Test
    void convertsWithTheParser() {
        assertThat(new ActivationSpecs.Converter().convert("relu")).isInstanceOf(Relu.class);
        assertThat(new InitializerSpecs.Converter().convert("he_normal")).isInstanceOf(HeNormal.class);
        assertThat(new OptimizerSpecs.Converter().convert("sgd:0.1")).isEqualTo(OptimizerSpecs.parse("sgd:0.1"));
    }

    @Test
    void theParsersOneLineMessageBecomesAPicocliConversionError() {
        assertThatThrownBy(() -> new OptimizerSpecs.Converter().convert("adagrad"))
                .isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessage(messageOf(() -> OptimizerSpecs.parse("adagrad")));
        assertThatThrownBy(() -> new InitializerSpecs.Converter().convert("xavier"))
                .isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessage("unknown initializer 'xavier'; expected one of: " + String.join(", ", InitializerSpecs.NAMES));
    }

    private static String messageOf(Runnable parse) {
        try {
            parse.run();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error");
    }
}
