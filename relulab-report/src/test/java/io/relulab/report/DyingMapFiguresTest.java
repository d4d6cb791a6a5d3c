package io.relulab.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.sweep.DyingMap;
import io.relulab.sweep.TrialKey;
import io.relulab.sweep.TrialOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class DyingMapFiguresTest {

    @Test
    void aShareThatIsNotZeroNeverPrintsAsZero() {
        assertThat(DyingMapFigures.percent(0)).isEqualTo("0%");
        assertThat(DyingMapFigures.percent(0.0001)).isEqualTo("<0.1%");
        assertThat(DyingMapFigures.percent(0.099)).isEqualTo("9.9%");
        assertThat(DyingMapFigures.percent(0.25)).isEqualTo("25%");
        assertThat(DyingMapFigures.percent(0.999)).isEqualTo(">99%");
        assertThat(DyingMapFigures.percent(1)).isEqualTo("100%");
    }

    @Test
    void oneFigurePerMeasureWithOnePanelPerVariantAndWidth() {
        List<TrialOutcome> outcomes = List.of(
                outcome("relu", 16, 0.81), outcome("relu", 32, 0.86), outcome("elu:1.0", 16, 0.9), outcome("elu:1.0", 32, 0.93));
        DyingMap map = DyingMap.of(outcomes, "relu");
        List<DyingMapFigures.Named> figures = DyingMapFigures.of(map);
        assertThat(figures).extracting(DyingMapFigures.Named::base).containsExactly("dying-map-dead", "dying-map-accuracy");
        assertThat(figures.get(0).figure().panels()).hasSize(4);
        assertThat(figures.get(0).figure().columns()).isEqualTo(2);
        assertThat(DyingMapFigures.accuracyRange(map)).containsExactly(0.8, 0.95);
    }

    @Test
    void aLargeSweepGetsOneFigurePerActivationSoNoImageOutgrowsTheHeap() {
        List<TrialOutcome> outcomes = new java.util.ArrayList<>();
        for (String activation : List.of("relu", "leaky_relu:0.1", "elu:1.0")) {
            for (String init : List.of("glorot_uniform", "he_normal", "rai")) {
                for (int width : new int[] {2, 4, 8}) {
                    outcomes.add(new TrialOutcome(new TrialKey(activation, 0.01, TrialKey.layers(2, width), init, "adam", false, 2, "notebook", 0),
                            true, 0.8, 0.1, 0.1));
                }
            }
        }
        List<DyingMapFigures.Named> figures = DyingMapFigures.of(DyingMap.of(outcomes, "relu"));
        assertThat(figures).extracting(DyingMapFigures.Named::base).contains("dying-map-dead-relu", "dying-map-saturated-leaky_relu-0.1",
                "dying-map-accuracy-elu-1.0").hasSize(9);
        assertThat(figures).allMatch(f -> f.figure().panels().size() == 9);
    }

    @Test
    void explicitHiddenListsAreTheRowsOfOnePanelPerVariant() {
        List<TrialOutcome> outcomes = new java.util.ArrayList<>();
        for (List<Integer> hidden : List.of(List.of(64, 32), List.of(128))) {
            for (int epochs : new int[] {4, 8}) {
                outcomes.add(new TrialOutcome(new TrialKey("relu", 0.01, hidden, "glorot_uniform", "adam", false, epochs, "notebook", 0),
                        true, 0.8, 0.2, 0.2));
            }
        }
        List<DyingMapFigures.Named> figures = DyingMapFigures.of(DyingMap.of(outcomes, "relu"));
        assertThat(figures.get(0).figure().panels()).hasSize(2)
                .extracting(p -> ((org.jfree.chart.title.TextTitle) p.getSubtitle(0)).getText()).containsExactly("relu, glorot_uniform, adam, 4 epochs", "relu, glorot_uniform, adam, 8 epochs");
        org.jfree.chart.plot.XYPlot plot = figures.get(0).figure().panels().get(0).getXYPlot();
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("hidden layer widths");
    }

    private static TrialOutcome outcome(String activation, int width, double accuracy) {
        return new TrialOutcome(new TrialKey(activation, 0.01, TrialKey.layers(2, width), "glorot_uniform", "adam", false, 2, "notebook", 0),
                true, accuracy, 0.0, Double.NaN);
    }
}
