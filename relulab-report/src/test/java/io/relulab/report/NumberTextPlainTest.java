package io.relulab.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Constants in prose are written as people write them, from the constant itself. */
class NumberTextPlainTest {

    @Test
    void writesTheShortestExactDecimalForm() {
        assertThat(NumberText.plain(1e-9)).isEqualTo("1e-9");
        assertThat(NumberText.plain(0.001)).isEqualTo("0.001");
        assertThat(NumberText.plain(0.1)).isEqualTo("0.1");
        assertThat(NumberText.plain(25)).isEqualTo("25");
        assertThat(NumberText.plain(1e4)).isEqualTo("1e4");
    }

    @Test
    void listsInWordsEndWithAnd() {
        assertThat(HtmlReportWriter.inWords(java.util.List.of("relu"))).isEqualTo("relu");
        assertThat(HtmlReportWriter.inWords(java.util.List.of("relu", "relu6", "hardswish"))).isEqualTo("relu, relu6 and hardswish");
    }
}
