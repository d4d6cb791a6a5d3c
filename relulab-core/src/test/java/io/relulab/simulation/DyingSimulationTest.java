package io.relulab.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The toy simulation against numpy (fixture from dying_simulation_fixture.py) and its explanation. */
class DyingSimulationTest {

    record Case(DyingSimulationConfig config, int[] deadCounts, double smallestAliveMaximum) {
        @Override
        public String toString() {
            return config.toString();
        }
    }

    static Stream<Case> numpyCases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = DyingSimulationTest.class.getResourceAsStream("dying-simulation.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : lines) {
                if (line.startsWith("#") || line.startsWith("seed") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                DyingSimulationConfig config = new DyingSimulationConfig(Long.parseLong(f[0]), Integer.parseInt(f[1]),
                        Integer.parseInt(f[2]), Integer.parseInt(f[3]), Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]),
                        Double.parseDouble(f[8]), Double.parseDouble(f[9]), Integer.parseInt(f[10]));
                int[] counts = Arrays.stream(f[11].split(" ")).mapToInt(Integer::parseInt).toArray();
                double smallest = f[12].equals("nan") ? Double.NaN : Double.parseDouble(f[12]);
                cases.add(new Case(config, counts, smallest));
            }
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(15);
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("numpyCases")
    void reproducesNumpysDeadCountsPerEpoch(Case c) {
        DyingSimulationResult result = DyingSimulation.run(c.config());
        assertThat(result.deadCounts()).containsExactly(c.deadCounts());
        DyingSimulationEpoch last = result.epochs().get(result.epochs().size() - 1);
        // same draws, possibly another summation order in numpy's BLAS: equal to rounding
        assertThat(last.smallestAliveMaximum()).isCloseTo(c.smallestAliveMaximum(), within(1e-9));
    }

    @Test
    void notebookSeed42PrintsTheNotebooksLinesAndExplainsWhyNoUnitIsDead() {
        DyingSimulationResult result = DyingSimulation.run(DyingSimulationConfig.notebook());
        assertThat(result.epochs()).hasSize(10);
        assertThat(result.line(result.epochs().get(0))).isEqualTo("Epoch 1: 0/100 neurons are dead");
        assertThat(result.line(result.epochs().get(9))).isEqualTo("Epoch 10: 0/100 neurons are dead");
        DyingSimulationEpoch last = result.epochs().get(9);
        assertThat(last.smallestAliveMaximum()).isCloseTo(15.965700523188863, within(1e-9)); // numpy
        double smallestOverEpochs = result.epochs().stream()
                .mapToDouble(DyingSimulationEpoch::smallestAliveMaximum).min().orElseThrow();
        assertThat(smallestOverEpochs).isGreaterThan(10);
        // ||w|| ≈ sqrt(10 (4 + 0.25)) ≈ 6.5 for unit-variance inputs
        assertThat(last.meanPreActivationSpread()).isBetween(5.5, 7.5);
        assertThat(result.explanation())
                .startsWith("Why no unit is dead")
                .contains("1000 inputs")
                .contains(String.format(Locale.ROOT, "is %.4g (unit", smallestOverEpochs));
    }

    @Test
    void dyingOptionSetKillsUnitsThatStayDead() {
        DyingSimulationResult result = DyingSimulation.run(DyingSimulationConfig.dying());
        assertThat(result.deadCounts()).containsExactly(17, 24, 28, 30, 34, 36, 38, 41, 43, 45);
        assertThat(result.explanation()).startsWith("45 of 100 units are dead after epoch 10");
    }

    @Test
    void deadCountsNeverDecreaseBecauseDeadUnitsAreNotUpdated() {
        for (long seed = 0; seed < 5; seed++) {
            int[] counts = DyingSimulation.run(DyingSimulationConfig.dying().withSeed(seed)).deadCounts();
            for (int i = 1; i < counts.length; i++) {
                assertThat(counts[i]).isGreaterThanOrEqualTo(counts[i - 1]);
            }
        }
    }

    @Test
    void rejectsBadSettingsNamingTheParameter() {
        assertThatThrownBy(() -> DyingSimulationConfig.notebook().withInputScale(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inputScale").hasMessageContaining("-1");
        assertThatThrownBy(() -> DyingSimulationConfig.notebook().withSeed(1L << 32))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seed");
    }
}
