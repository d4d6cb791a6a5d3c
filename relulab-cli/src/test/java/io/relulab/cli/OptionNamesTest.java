package io.relulab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OptionNamesTest {

    @Test
    void replacesTheLeadingParameterNameOnly() {
        assertThat(OptionNames.inMessage("trials must be at least 1, got 0", "trials", "--trials"))
                .isEqualTo("--trials must be at least 1, got 0");
        assertThat(OptionNames.inMessage("seed must exceed trials", "trials", "--trials", "seed", "--seed"))
                .isEqualTo("--seed must exceed trials");
    }

    @Test
    void aNameThatOnlyStartsAWordOrIsAbsentIsLeftAlone() {
        assertThat(OptionNames.inMessage("unitsPerLayer must be 1", "units", "--units")).isEqualTo("unitsPerLayer must be 1");
        assertThat(OptionNames.inMessage("bad value", "units", "--units")).isEqualTo("bad value");
    }

    @Test
    void namesComeInPairs() {
        assertThatThrownBy(() -> OptionNames.inMessage("x", "units"))
                .hasMessage("parametersAndOptions must come in pairs, got 1 names");
    }
}
