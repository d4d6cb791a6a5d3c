package io.relulab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimulateDyingCommandTest {

    @Test
    void notebookSeed42PrintsTenZeroLinesThenTheExplanation() {
        CommandRunner result = CommandRunner.run("simulate-dying");
        assertThat(result.exitCode()).isZero();
        String[] lines = result.out().split("\\R");
        for (int epoch = 1; epoch <= 10; epoch++) {
            assertThat(lines[epoch - 1]).isEqualTo("Epoch " + epoch + ": 0/100 neurons are dead");
        }
        assertThat(lines[10]).isEmpty();
        assertThat(lines[11]).startsWith("Why no unit is dead");
    }

    @Test
    void smallInputsKillUnits() {
        CommandRunner result = CommandRunner.run("simulate-dying", "--seed", "42", "--input-scale", "0.05");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Epoch 1: 17/100 neurons are dead").contains("Epoch 10: 45/100 neurons are dead")
                .contains("stays dead");
    }

    @Test
    void badOptionIsOneLineNamingTheOption() {
        CommandRunner result = CommandRunner.run("simulate-dying", "--input-scale", "-1");
        assertThat(result.exitCode()).isEqualTo(ReluLab.EXIT_USAGE);
        assertThat(result.err().strip()).startsWith("relulab simulate-dying: --input-scale").contains("-1").doesNotContain("\n");
    }
}
