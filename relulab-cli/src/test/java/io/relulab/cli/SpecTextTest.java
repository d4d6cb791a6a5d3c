package io.relulab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpecTextTest {

    @Test
    void takesASpecApartIntoStrippedTextLowerCaseNameAndStrippedParameters() {
        SpecText parts = SpecText.of("  Softplus : 1 , 20 ");
        assertThat(parts.text()).isEqualTo("Softplus : 1 , 20");
        assertThat(parts.name()).isEqualTo("softplus");
        assertThat(parts.parameters()).containsExactly("1", "20");
    }

    @Test
    void noColonMeansNoParametersAndATrailingColonOneEmptyParameter() {
        assertThat(SpecText.of("relu").parameters()).isEmpty();
        assertThat(SpecText.of("elu:").parameters()).containsExactly("");
        assertThat(SpecText.of("sgd:0.1,,").parameters()).containsExactly("0.1", "", "");
    }

    @Test
    void numbersAreDecimalsInfinityOrNaN() {
        assertThat(SpecText.isNumber("0.1")).isTrue();
        assertThat(SpecText.isNumber("-1e-3")).isTrue();
        assertThat(SpecText.isNumber(".5")).isTrue();
        assertThat(SpecText.isNumber("+Infinity")).isTrue();
        assertThat(SpecText.isNumber("NaN")).isTrue();
        assertThat(SpecText.isNumber("0x1p3")).isFalse();
        assertThat(SpecText.isNumber("1d")).isFalse();
        assertThat(SpecText.isNumber("")).isFalse();
        assertThat(SpecText.isNumber("nesterov")).isFalse();
    }
}
