package io.relulab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import org.junit.jupiter.api.Test;

class OneLineMessageTest {

    @Test
    void aBareWrapperReportsTheCausesMessage() {
        var wrapped = new UncheckedIOException(new AccessDeniedException("/out/results.json"));
        assertThat(ReluLab.oneLine(wrapped)).isEqualTo("/out/results.json");
    }

    @Test
    void aWrapperWithItsOwnMessageKeepsItAndAddsTheCause() {
        var wrapped = new UncheckedIOException("cannot write results.json", new AccessDeniedException("/out/results.json"));
        assertThat(ReluLab.oneLine(wrapped)).isEqualTo("cannot write results.json: /out/results.json");
    }

    @Test
    void aWrapperWhoseMessageAlreadyNamesTheCauseIsNotRepeated() {
        var wrapped = new UncheckedIOException("/in.csv: cannot read: /in.csv", new AccessDeniedException("/in.csv"));
        assertThat(ReluLab.oneLine(wrapped)).isEqualTo("/in.csv: cannot read: /in.csv");
    }

    @Test
    void lineBreaksBecomeSpaces() {
        assertThat(ReluLab.oneLine(new IOException("first\nsecond"))).isEqualTo("first second");
        assertThat(ReluLab.oneLine(new IllegalArgumentException())).isEqualTo("IllegalArgumentException");
    }
}
