package io.relulab.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invalid parameters fail with a one-line message naming the parameter, the allowed range and the value. */
class ActivationValidationTest {

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of((Supplier<Activation>) () -> new LeakyRelu(2.0), "negativeSlope must be in [0, 1), got 2.0"),
                Arguments.of((Supplier<Activation>) () -> new LeakyRelu(1.0), "negativeSlope must be in [0, 1), got 1.0"),
                Arguments.of((Supplier<Activation>) () -> new LeakyRelu(-0.1), "negativeSlope must be in [0, 1), got -0.1"),
                Arguments.of((Supplier<Activation>) () -> new LeakyRelu(Double.NaN), "negativeSlope must be in [0, 1), got NaN"),
                Arguments.of((Supplier<Activation>) () -> new PRelu(Double.NaN), "alpha must be a finite number, got NaN"),
                Arguments.of((Supplier<Activation>) () -> new PRelu(Double.NEGATIVE_INFINITY), "alpha must be a finite number, got -Infinity"),
                Arguments.of((Supplier<Activation>) () -> new Elu(-1.0), "alpha must be a finite number >= 0, got -1.0"),
                Arguments.of((Supplier<Activation>) () -> new Elu(Double.NaN), "alpha must be a finite number >= 0, got NaN"),
                Arguments.of((Supplier<Activation>) () -> new Elu(Double.POSITIVE_INFINITY), "alpha must be a finite number >= 0, got Infinity"),
                Arguments.of((Supplier<Activation>) () -> new Celu(0.0), "alpha must be a finite number > 0, got 0.0"),
                Arguments.of((Supplier<Activation>) () -> new Celu(-2.0), "alpha must be a finite number > 0, got -2.0"),
                Arguments.of((Supplier<Activation>) () -> new Swish(-1.0), "beta must be a finite number >= 0, got -1.0"),
                Arguments.of((Supplier<Activation>) () -> new Swish(Double.NaN), "beta must be a finite number >= 0, got NaN"),
                Arguments.of((Supplier<Activation>) () -> new Softplus(0.0, 20.0), "beta must be a finite number > 0, got 0.0"),
                Arguments.of((Supplier<Activation>) () -> new Softplus(1.0, 0.0), "threshold must be a number > 0 (Infinity allowed), got 0.0"),
                Arguments.of((Supplier<Activation>) () -> new Softplus(1.0, Double.NaN), "threshold must be a number > 0 (Infinity allowed), got NaN"),
                Arguments.of((Supplier<Activation>) () -> new Rrelu(-0.1, 0.2), "lower must be in [0, 1), got -0.1"),
                Arguments.of((Supplier<Activation>) () -> new Rrelu(0.5, 0.2), "upper must be in [lower, 1) = [0.5, 1), got 0.2"),
                Arguments.of((Supplier<Activation>) () -> new Rrelu(0.1, 1.0), "upper must be in [lower, 1) = [0.1, 1), got 1.0"),
                Arguments.of((Supplier<Activation>) () -> new Rrelu(0.1, Double.NaN), "upper must be in [lower, 1) = [0.1, 1), got NaN"),
                Arguments.of((Supplier<Activation>) () -> new Gelu(null), "approximation must be NONE or TANH, got null"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void invalidParametersAreRejectedWithAOneLineMessage(Supplier<Activation> construction, String message) {
        assertThatThrownBy(construction::get).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void boundaryValuesAreAccepted() {
        assertThat(new LeakyRelu(0.0).negativeSlope()).isZero();
        assertThat(new LeakyRelu(Math.nextDown(1.0)).negativeSlope()).isLessThan(1.0);
        assertThat(new Elu(0.0).alpha()).isZero();
        assertThat(new Swish(0.0).beta()).isZero();
        assertThat(new Rrelu(0.2, 0.2).meanSlope()).isEqualTo(0.2);
        assertThat(new Softplus(1.0, Double.POSITIVE_INFINITY).threshold()).isInfinite();
        assertThat(new PRelu(-5.0).alpha()).isEqualTo(-5.0);
    }

    @Test
    void negativeZeroParametersAreNormalisedSoThatEqualActivationsAreEqual() {
        assertThat(new LeakyRelu(-0.0)).isEqualTo(new LeakyRelu(0.0));
        assertThat(new PRelu(-0.0)).isEqualTo(new PRelu());
        assertThat(new Elu(-0.0)).isEqualTo(new Elu(0.0));
        assertThat(new Rrelu(-0.0, -0.0)).isEqualTo(new Rrelu(0.0, 0.0));
        assertThat(new PRelu(-0.0).spec()).isEqualTo("prelu:0.0");
    }

    @Test
    void specStringsAreCanonical() {
        assertThat(new Relu().spec()).isEqualTo("relu");
        assertThat(new LeakyRelu(0.1).spec()).isEqualTo("leaky_relu:0.1");
        assertThat(new PRelu().spec()).isEqualTo("prelu:0.0");
        assertThat(new Elu().spec()).isEqualTo("elu:1.0");
        assertThat(new Celu(0.5).spec()).isEqualTo("celu:0.5");
        assertThat(new Gelu().spec()).isEqualTo("gelu");
        assertThat(new Gelu(Gelu.Approximation.TANH).spec()).isEqualTo("gelu:tanh");
        assertThat(new Swish().spec()).isEqualTo("silu");
        assertThat(new Swish(1.5).spec()).isEqualTo("swish:1.5");
        assertThat(new Softplus().spec()).isEqualTo("softplus:1.0,20.0");
        assertThat(new Rrelu().spec()).isEqualTo("rrelu:0.125,0.3333333333333333");
        assertThat(new Relu6().spec()).isEqualTo("relu6");
        assertThat(new Hardswish().spec()).isEqualTo("hardswish");
        assertThat(new Selu().spec()).isEqualTo("selu");
        assertThat(new Mish().spec()).isEqualTo("mish");
        assertThat(new Sigmoid().spec()).isEqualTo("sigmoid");
        assertThat(new Tanh().spec()).isEqualTo("tanh");
        assertThat(new Identity().spec()).isEqualTo("identity");
    }

    @Test
    void registryListsEveryTypeOnceAndEveryExampleUnderItsOwnType() {
        assertThat(Activations.NAMES).doesNotHaveDuplicates().hasSameSizeAs(Activations.TYPES);
        for (ActivationType<?> type : Activations.TYPES) {
            assertThat(type.syntax()).startsWith(type.name());
            assertThat(type.examples()).isNotEmpty();
            for (Activation example : type.examples()) {
                assertThat(Activations.typeOf(example)).as(example.spec()).isSameAs(type);
                assertThat(type.label(example)).as(example.spec()).isNotBlank();
            }
        }
    }

    @Test
    void registryBuildsFromParameterValuesWithDefaults() {
        assertThat(Softplus.TYPE.create(List.of(2.0))).isEqualTo(new Softplus(2.0, Softplus.DEFAULT_THRESHOLD));
        assertThat(PRelu.TYPE.create(List.of())).isEqualTo(new PRelu());
        assertThat(Gelu.TYPE.create(List.of("tanh"))).isEqualTo(new Gelu(Gelu.Approximation.TANH));
        assertThat(Rrelu.TYPE.parameterSyntax()).isEqualTo("LOWER,UPPER");
        assertThat(Softplus.TYPE.syntax()).isEqualTo("softplus[:BETA[,THRESHOLD]]");
        assertThat(LeakyRelu.TYPE.syntax()).isEqualTo("leaky_relu:SLOPE");
        assertThatThrownBy(() -> LeakyRelu.TYPE.create(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rrelu.TYPE.create(List.of(0.1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LeakyRelu.TYPE.create(List.of(2.0))).hasMessage("leaky_relu slope must be in [0, 1), got 2.0");
        assertThatThrownBy(() -> Rrelu.TYPE.create(List.of(-0.1, 0.2))).hasMessage("rrelu lower bound must be in [0, 1), got -0.1");
    }

    @Test
    void anActivationFromOutsideTheRegistryIsNamedInTheError() {
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
                return "mine:2";
            }
        };
        assertThatThrownBy(() -> Activations.typeOf(outside)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("activation mine:2 (").hasMessageContaining("is not registered");
    }
}
