package io.relulab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.relulab.experiment.ScenarioSummary;
import io.relulab.experiment.StudyResult;
import io.relulab.experiment.VariantSummary;
import io.relulab.report.chart.Figure;
import io.relulab.report.chart.Palette;
import io.relulab.stats.Summary;
import java.util.List;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.StatisticalCategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class StudyFiguresTest {

    private static final StudyResult STUDY = HandMadeStudy.study();

    @Test
    void figureOneHasTheNotebooksFourPanels() {
        Figure figure = StudyFigures.activations(StudyReportWriterTest.NOTEBOOK, STUDY.progressions());
        assertThat(figure.columns()).isEqualTo(2);
        assertThat(figure.panels()).extracting(c -> c.getTitle().getText()).containsExactly(
                "(a) Activation functions", "(b) Derivatives", "(c) Dying ReLU progression", "(d) Negative inputs");
        assertThat(figure.width()).isEqualTo(2 * StudyFigures.PANEL_WIDTH);
        assertThat(figure.height()).isEqualTo(2 * StudyFigures.PANEL_HEIGHT);
    }

    @Test
    void progressionIsTheShareOfUnitsInItsOwnColours() {
        JFreeChart progression = StudyFigures.activations(StudyReportWriterTest.NOTEBOOK, STUDY.progressions()).panels().get(2);
        XYPlot plot = progression.getXYPlot();
        XYDataset lines = plot.getDataset(0);
        // training epochs only: the toy simulation's rounds (3, 8, 12 dead of 100) are not on this axis;
        // high-lr relu: 1, 2, 2.5 of 96
        assertThat(lines.getSeriesCount()).isEqualTo(1);
        assertThat(lines.getSeriesKey(0).toString()).doesNotContain("toy simulation");
        assertThat(lines.getYValue(0, 2)).isCloseTo(100 * 2.5 / 96, within(1e-12));
        assertThat(lines.getXValue(0, 0)).isEqualTo(1.0);
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("training epoch");
        // the curve has its activation's colour, as in every other panel (relu is the first activation)
        assertThat(plot.getRenderer().getSeriesPaint(0)).isEqualTo(Palette.colour(0));
    }

    @Test
    void figureTwoValidationAccuracyHasMeanAndBand() {
        ScenarioSummary highLr = STUDY.scenarios().get(1);
        JFreeChart accuracy = StudyFigures.scenario(highLr).panels().get(0);
        XYPlot plot = accuracy.getXYPlot();
        VariantSummary leaky = highLr.variants().get(1);
        assertThat(plot.getDataset(0).getSeriesCount()).isEqualTo(3);
        assertThat(plot.getDataset(0).getYValue(1, 2)).isEqualTo(leaky.meanValidationAccuracyPerEpoch()[2]);
        IntervalXYDataset band = (IntervalXYDataset) plot.getDataset(1);
        double mean = leaky.meanValidationAccuracyPerEpoch()[2];
        double std = leaky.validationAccuracyBandPerEpoch()[2];
        assertThat(std).isGreaterThan(0);
        assertThat(band.getStartYValue(1, 2)).isEqualTo(mean - std);
        assertThat(band.getEndYValue(1, 2)).isEqualTo(mean + std);
        assertThat(subtitles(accuracy)).contains("scenario high-lr · 1 diverged trial left out · mean over seeds, band ±1 std");
    }

    @Test
    void figureTwoDeadUnitsSumTheLayersAndNameTheVariantsThatKeptTheirs() {
        JFreeChart dead = StudyFigures.scenario(STUDY.scenarios().get(1)).panels().get(1);
        XYPlot plot = dead.getXYPlot();
        // finished relu seeds: layer1 dead (0, 2, 2) and (0, 3, 3), layer2 none → mean total 0, 2.5, 2.5
        assertThat(plot.getDataset(0).getYValue(0, 0)).isEqualTo(0.0);
        assertThat(plot.getDataset(0).getYValue(0, 2)).isEqualTo(2.5);
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("dead units (of 96)");
        // the variants without a dead unit are named above the plot, not on the lines at 0
        assertThat(plot.getAnnotations()).isEmpty();
        assertThat(subtitles(dead)).anySatisfy(s -> assertThat(s).endsWith(" · no dead unit: leaky_relu:0.1, softplus:1,20"));

        JFreeChart none = StudyFigures.scenario(STUDY.scenarios().get(0)).panels().get(1);
        assertThat(none.getXYPlot().getAnnotations()).singleElement().satisfies(a ->
                assertThat(((XYTextAnnotation) a).getText()).isEqualTo("no unit died in any epoch of any seed"));
    }

    @Test
    void figureTwoTestAccuracyBarsCarryMeanConfidenceIntervalAndLabel() {
        ScenarioSummary notebook = STUDY.scenarios().get(0);
        JFreeChart bars = StudyFigures.scenario(notebook).panels().get(2);
        CategoryPlot plot = bars.getCategoryPlot();
        StatisticalCategoryDataset dataset = (StatisticalCategoryDataset) plot.getDataset();
        assertThat(dataset.getColumnKeys()).containsExactly("relu", "leaky_relu:0.1", "softplus:1,20");
        Summary relu = notebook.variants().get(0).testAccuracy().orElseThrow();
        assertThat(dataset.getMeanValue(0, 0).doubleValue()).isEqualTo(relu.mean());
        assertThat(dataset.getStdDevValue(0, 0).doubleValue()).isEqualTo(relu.halfWidth());
        assertThat(plot.getAnnotations()).extracting(a -> ((CategoryTextAnnotation) a).getText())
                .containsExactly("0.8520", "0.8620", "0.8720");
        assertThat(plot.getRangeAxis().getLowerBound()).isLessThan(relu.confidenceLow());
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThan(notebook.variants().get(2).testAccuracy().orElseThrow().confidenceHigh());
        assertThat(subtitles(bars)).anySatisfy(s -> assertThat(s).startsWith("dot: mean · line: 95 % CI · axis from "));
        assertThat(plot.getRenderer().getItemPaint(0, 1)).isEqualTo(Palette.colour(1));
        // a dot and an interval, not a bar: on an axis that does not start at 0 a bar's length would mislead
        assertThat(plot.getRenderer()).isInstanceOf(org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer.class)
                .isNotInstanceOf(org.jfree.chart.renderer.category.BarRenderer.class);
        var dots = (org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer) plot.getRenderer();
        assertThat(dots.getDefaultLinesVisible()).isFalse();
    }

    @Test
    void figureTwoLossBarsAreGroupedTrainingAndValidation() {
        ScenarioSummary highLr = STUDY.scenarios().get(1);
        CategoryDataset dataset = StudyFigures.scenario(highLr).panels().get(3).getCategoryPlot().getDataset();
        assertThat(dataset.getRowKeys()).containsExactly("training loss", "validation loss");
        // every finished trial ends with training loss 0.1 + 0.2; relu's finished seeds 0 and 1 end with val loss 0.35, 0.36
        assertThat(dataset.getValue(0, 0).doubleValue()).isCloseTo(0.3, within(1e-15));
        assertThat(dataset.getValue(1, 0).doubleValue()).isCloseTo(0.355, within(1e-15));
    }

    @Test
    void allDivergedVariantHasNoBarButSaysSo() {
        List<io.relulab.experiment.TrialResult> trials = STUDY.trials().stream()
                .filter(t -> !(t.scenario().equals("high-lr") && t.activation().equals("relu") && t.finished()))
                .toList();
        ScenarioSummary highLr = HandMadeStudy.aggregate(trials, List.of("high-lr")).get(0);
        Figure figure = StudyFigures.scenario(highLr);
        CategoryPlot bars = figure.panels().get(2).getCategoryPlot();
        assertThat(((StatisticalCategoryDataset) bars.getDataset()).getMeanValue(0, 0)).isNull();
        assertThat(bars.getAnnotations()).extracting(a -> ((CategoryTextAnnotation) a).getText()).first().isEqualTo("all diverged");
    }

    @Test
    void fileNamesAreSafe() {
        assertThat(StudyFigures.scenarioName("high-lr")).isEqualTo("figure2-high-lr");
        assertThat(StudyFigures.scenarioName("Deep & Narrow/10x4")).isEqualTo("figure2-deep---narrow-10x4");
        assertThat(StudyFigures.ACTIVATIONS_NAME).isEqualTo("figure1-activations");
    }

    @Test
    void niceStepsAreRound() {
        assertThat(StudyBarCharts.niceStep(0.0106)).isEqualTo(0.02, within(1e-15));
        assertThat(StudyBarCharts.niceStep(0.004)).isEqualTo(0.005, within(1e-15));
        assertThat(StudyBarCharts.niceStep(0.0021)).isEqualTo(0.0025, within(1e-15));
        assertThat(StudyBarCharts.niceStep(0.1)).isEqualTo(0.1, within(1e-15));
    }

    private static List<String> subtitles(JFreeChart chart) {
        return chart.getSubtitles().stream().filter(TextTitle.class::isInstance)
                .map(t -> ((TextTitle) t).getText()).collect(Collectors.toList());
    }
}
