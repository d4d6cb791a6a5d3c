package io.relulab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relulab.activation.Activation;
import io.relulab.activation.ActivationType;
import io.relulab.activation.Activations;
import io.relulab.activation.Celu;
import io.relulab.activation.Elu;
import io.relulab.activation.Gelu;
import io.relulab.activation.Hardswish;
import io.relulab.activation.Identity;
import io.relulab.activation.LeakyRelu;
import io.relulab.activation.Mish;
import io.relulab.activation.PRelu;
import io.relulab.activation.Relu;
import io.relulab.activation.Relu6;
import io.relulab.activation.Rrelu;
import io.relulab.activation.Selu;
import io.relulab.activation.Sigmoid;
import io.relulab.activation.Softplus;
import io.relulab.activation.Swish;
import io.relulab.activation.Tanh;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActivationSpecsTest {

    static Stream<Arguments> specs() {
        return Stream.of(
                Arguments.of("relu", new Relu()),
                Arguments.of("leaky_relu:0.1", new LeakyRelu(0.1)),
                Arguments.of("prelu", new PRelu(0.0)),
                Arguments.of("prelu:0.25", new PRelu(0.25)),
                Arguments.of("rrelu", new Rrelu(1.0 / 8, 1.0 / 3)),
                Arguments.of("rrelu:0.125,0.333", new Rrelu(0.125, 0.333)),
                Arguments.of("relu6", new Relu6()),
                Arguments.of("elu", new Elu(1.0)),
                Arguments.of("elu:1.0", new Elu(1.0)),
                Arguments.of("elu:0.5", new Elu(0.5)),
                Arguments.of("selu", new Selu()),
                Arguments.of("celu:1.0", new Celu(1.0)),
                Arguments.of("celu", new Celu(1.0)),
                Arguments.of("gelu", new Gelu(Gelu.Approximation.NONE)),
                Arguments.of("gelu:none", new Gelu(Gelu.Approximation.NONE)),
                Arguments.of("gelu:ERF", new Gelu(Gelu.Approximation.NONE)),
                Arguments.of("gelu:tanh", new Gelu(Gelu.Approximation.TANH)),
                Arguments.of("silu", new Swish(1.0)),
                Arguments.of("swish", new Swish(1.0)),
                Arguments.of("swish:1.5", new Swish(1.5)),
                Arguments.of("mish", new Mish()),
                Arguments.of("softplus", new Softplus(1.0, 20.0)),
                Arguments.of("softplus:2", new Softplus(2.0, 20.0)),
                Arguments.of("softplus:1,20", new Softplus(1.0, 20.0)),
                Arguments.of("softplus:1,Infinity", new Softplus(1.0, Double.POSITIVE_INFINITY)),
                Arguments.of("hardswish", new Hardswish()),
                Arguments.of("sigmoid", new Sigmoid()),
                Arguments.of("tanh", new Tanh()),
                Arguments.of("identity", new Identity()),
                Arguments.of("  LEAKY_ReLU : 1e-1 ", new LeakyRelu(0.1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void parsesEverySpecOfDesignSection10(String spec, Activation expected) {
        assertThat(ActivationSpecs.parse(spec)).isEqualTo(expected);
    }

    @Test
    void canonicalSpecsParseBackToEqualActivations() {
        List<Activation> all = new java.util.ArrayList<>(Activations.examples());
        all.addAll(List.of(new LeakyRelu(0.01), new PRelu(), new PRelu(-0.7), new Rrelu(0.0, 0.0), new Softplus(0.5, 7.25),
                new Softplus(1, Double.POSITIVE_INFINITY), new Elu(0.0), new Swish(0.0), new LeakyRelu(Math.nextDown(1.0))));
        for (Activation activation : all) {
            assertThat(ActivationSpecs.parse(activation.spec())).as(activation.spec()).isEqualTo(activation);
        }
    }

    @Test
    void everyRegisteredExampleParsesBackAndEveryNameWithoutRequiredParametersParsesAlone() {
        for (ActivationType<?> type : Activations.TYPES) {
            for (Activation example : type.examples()) {
                assertThat(ActivationSpecs.parse(example.spec())).as(example.spec()).isEqualTo(example);
            }
            if (type.requiredCount() == 0) {
                assertThat(ActivationSpecs.parse(type.name().toUpperCase(java.util.Locale.ROOT))).isEqualTo(type.create(List.of()));
            }
        }
    }

    @Test
    void syntaxListsEveryRegisteredType() {
        assertThat(ActivationSpecs.SYNTAX).startsWith("relu, leaky_relu:SLOPE, prelu[:ALPHA], rrelu[:LOWER,UPPER], relu6, ")
                .contains("softplus[:BETA[,THRESHOLD]]", "gelu[:tanh]");
        assertThat(ActivationSpecs.SYNTAX.split(", ")).hasSameSizeAs(Activations.TYPES);
    }

    @Test
    void unknownNameListsTheValidOnes() {
        assertThatThrownBy(() -> ActivationSpecs.parse("reluu:0.1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown activation 'reluu' in 'reluu:0.1'; valid names: " + String.join(", ", Activations.NAMES))
                .hasMessageContaining("valid names: relu, leaky_relu, prelu, rrelu, relu6, elu, selu, celu, gelu, silu, swish,");
    }

    @Test
    void invalidParameterGivesTheActivationsOwnMessage() {
        assertThatThrownBy(() -> ActivationSpecs.parse("leaky_relu:2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("leaky_relu slope must be in [0, 1), got 2.0");
        assertThatThrownBy(() -> ActivationSpecs.parse("elu:-1"))
                .hasMessage("elu alpha must be a finite number >= 0, got -1.0");
        assertThatThrownBy(() -> ActivationSpecs.parse("rrelu:0.3,0.1"))
                .hasMessage("rrelu upper bound must be in [lower, 1) = [0.3, 1), got 0.1");
        assertThatThrownBy(() -> ActivationSpecs.parse("leaky_relu:NaN"))
                .hasMessage("leaky_relu slope must be in [0, 1), got NaN");
    }

    @Test
    void wrongParameterCountsAndNonNumbersAreExplained() {
        assertThatThrownBy(() -> ActivationSpecs.parse("relu:0.1")).hasMessage("relu takes no parameters, got 'relu:0.1'");
        assertThatThrownBy(() -> ActivationSpecs.parse("leaky_relu:0.1,0.2"))
                .hasMessage("leaky_relu takes exactly 1 parameter (leaky_relu:SLOPE), got 2 in 'leaky_relu:0.1,0.2'");
        assertThatThrownBy(() -> ActivationSpecs.parse("softplus:1,20,3"))
                .hasMessage("softplus takes at most 2 parameters (softplus:BETA[,THRESHOLD]), got 3 in 'softplus:1,20,3'");
        assertThatThrownBy(() -> ActivationSpecs.parse("rrelu:0.1"))
                .hasMessage("rrelu takes 0 or 2 parameters (LOWER,UPPER), got 1 in 'rrelu:0.1'; e.g. rrelu:0.125,0.3333333333333333");
        assertThatThrownBy(() -> ActivationSpecs.parse("elu:one"))
                .hasMessage("elu: parameter 1 must be a number, got 'one' in 'elu:one'");
        assertThatThrownBy(() -> ActivationSpecs.parse("elu:"))
                .hasMessage("elu: parameter 1 must be a number, got '' in 'elu:'");
        assertThatThrownBy(() -> ActivationSpecs.parse("elu:1d"))
                .hasMessage("elu: parameter 1 must be a number, got '1d' in 'elu:1d'");
        assertThatThrownBy(() -> ActivationSpecs.parse("gelu:fast"))
                .hasMessage("gelu approximation must be tanh, none or erf, got 'fast' in 'gelu:fast'");
        assertThatThrownBy(() -> ActivationSpecs.parse(" ")).hasMessageStartingWith("empty activation spec; valid names: relu,");
    }

    @Test
    void leakyReluRequiresAnExplicitSlope() {
        assertThatThrownBy(() -> ActivationSpecs.parse("leaky_relu"))
                .hasMessage("leaky_relu needs its slope, e.g. leaky_relu:0.1 (frameworks disagree on a default:"
                        + " PyTorch 0.01, Keras 0.3)");
    }

    @Test
    void listsSplitOnlyWhereANewNameBegins() {
        assertThat(ActivationSpecs.split("relu,leaky_relu:0.1,softplus:1,20,elu"))
                .containsExactly("relu", "leaky_relu:0.1", "softplus:1,20", "elu");
        assertThat(ActivationSpecs.split("softplus:1,Infinity,rrelu:0.1,0.2,gelu:tanh,tanh"))
                .containsExactly("softplus:1,Infinity", "rrelu:0.1,0.2", "gelu:tanh", "tanh");
        assertThat(ActivationSpecs.parseList("relu,softplus:1,20,elu:1.0"))
                .containsExactly(new Relu(), new Softplus(1, 20), new Elu(1.0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"relu,,elu", "relu,", ""})
    void emptyListEntriesAreRejected(String list) {
        assertThatThrownBy(() -> ActivationSpecs.parseList(list)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("valid names");
    }

    @Test
    void converterTurnsParseErrorsIntoPicocliConversionErrors() {
        ActivationSpecs.Converter converter = new ActivationSpecs.Converter();
        assertThat(converter.convert("prelu:0.25")).isEqualTo(new PRelu(0.25));
        assertThatThrownBy(() -> converter.convert("leaky_relu:2"))
                .isInstanceOf(picocli.CommandLine.TypeConversionException.class)
                .hasMessage("leaky_relu slope must be in [0, 1), got 2.0");
    }
}
