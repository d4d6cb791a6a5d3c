package io.relulab.report;

import io.relulab.activation.Activation;
import io.relulab.experiment.DyingProgression;
import io.relulab.experiment.LayerSummary;
import io.relulab.experiment.ScenarioSummary;
import io.relulab.experiment.VariantSummary;
import io.relulab.report.chart.Figure;
import io.relulab.report.chart.GridLayout;
import io.relulab.report.chart.LineChart;
import io.relulab.report.chart.Palette;
import io.relulab.report.chart.Series;
import io.relulab.stats.Summary;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.TextAnchor;

/**
 * The study's two figures, each a 2 × 2 grid of panels drawn with the shared chart foundation
 * ({@link LineChart}, Okabe–Ito {@link io.relulab.report.chart.Palette}) and {@link StudyBarCharts}.
 *
 * <p><b>Figure 1</b>, as in the notebook: (a) the activation functions and (b) their derivatives on [−3, 3],
 * (c) the dying-ReLU progression — share of dead units after each training epoch for every variant that lost units
 * (the toy simulation's rounds are not training epochs and stay out of it), (d) behaviour for negative inputs on
 * [−2, 0].
 *
 * <p><b>Figure 2</b>, one per scenario: (a) validation accuracy per epoch, mean over seeds with a ±1 standard
 * deviation band; (b) dead units per epoch, mean over seeds and summed over hidden layers; (c) final test accuracy,
 * mean with its 95 % confidence interval as error bar and the value written above it; (d) final training and
 * validation loss. Diverged trials are left out of every mean and counted in the panels' subtitles. Each activation
 * keeps its colour in all four panels (its position in the study's list).
 */
public final class StudyFigures {

    /** File name (without extension) of figure 1. */
    public static final String ACTIVATIONS_NAME = "figure1-activations";

    /** Where figure 1's one panel that needs the trials, (c) the dying progression, is (0-based, row by row). */
    static final int PROGRESSION_PANEL = 2;

    /** Width of one panel in pixels (at 1×); a figure is two panels wide. */
    static final int PANEL_WIDTH = 500;
    /** Upper end of the dead-units axis when no unit died (an empty panel still shows a scale of whole units). */
    private static final double NO_DEATHS_AXIS = 5;

    /** How the toy simulation's progressions are labelled ({@code StudyRunner}); they are not training epochs. */
    private static final String TOY_SIMULATION = "toy simulation";

    /** Height of one panel in pixels (at 1×). */
    static final int PANEL_HEIGHT = 420;

    /** The layout of every figure of a study: 2 × 2 panels. */
    static final GridLayout LAYOUT = new GridLayout(4, 2, PANEL_WIDTH, PANEL_HEIGHT);

    private StudyFigures() {
    }

    /** File name (without extension) of figure 2 of {@code scenario}, e.g. {@code figure2-high-lr}. */
    public static String scenarioName(String scenario) {
        StringBuilder name = new StringBuilder("figure2-");
        for (char c : scenario.toLowerCase(Locale.ROOT).toCharArray()) {
            name.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ? c : '-');
        }
        return name.toString();
    }

    /**
     * Figure 1: functions, derivatives, dying progression, negative inputs. The three activation panels are the
     * chart foundation's {@link ActivationCharts}, lettered for the report.
     */
    public static Figure activations(List<Activation> activations, List<DyingProgression> progressions) {
        List<JFreeChart> panels = new ArrayList<>(activationPanels(activations).values());
        panels.add(PROGRESSION_PANEL, progressionPanel(progressions, activations));
        return grid(panels);
    }

    /**
     * Figure 1's panels that need no trial, keyed by their place in the figure (0-based, row by row): (a) the functions,
     * (b) their derivatives, (d) negative inputs — all but {@link #PROGRESSION_PANEL}.
     */
    static SortedMap<Integer, JFreeChart> activationPanels(List<Activation> activations) {
        SortedMap<Integer, JFreeChart> panels = new TreeMap<>();
        panels.put(0, lettered("(a)", ActivationCharts.functions(activations)));
        panels.put(1, lettered("(b)", ActivationCharts.derivatives(activations)));
        panels.put(3, lettered("(d)", ActivationCharts.negativeInputs(activations)));
        return panels;
    }

    private static JFreeChart lettered(String letter, JFreeChart chart) {
        chart.getTitle().setText(letter + " " + chart.getTitle().getText());
        return chart;
    }

    /**
     * Panel (c): the share of dead units after each training epoch, for every variant that lost units. The toy
     * simulation's "epochs" are rounds of random updates, not training epochs, so it is not on this axis (the report's
     * toy-simulation section gives its counts). Each curve has its activation's colour, as in the other panels.
     */
    static JFreeChart progressionPanel(List<DyingProgression> progressions, List<Activation> activations) {
        LineChart.Builder chart = LineChart.builder("(c) Dying ReLU progression")
                .axisLabels("training epoch", "dead units (% of units)");
        double highest = 0;
        int epochs = 1;
        List<DyingProgression> training = progressions.stream().filter(p -> !p.label().startsWith(TOY_SIMULATION)).toList();
        for (DyingProgression progression : training) {
            double[] dead = progression.deadPerEpoch();
            double[] share = new double[dead.length];
            for (int i = 0; i < dead.length; i++) {
                share[i] = progression.units() == 0 ? 0 : 100 * dead[i] / progression.units();
                highest = Math.max(highest, share[i]);
            }
            epochs = Math.max(epochs, dead.length);
            chart.add(Series.of(progression.label() + " (" + progression.units() + " units)", epochs(dead.length), share));
        }
        chart.subtitle(training.isEmpty() ? "no unit was dead after any training epoch"
                : "dead: activation derivative 0 on every probe row");
        JFreeChart built = chart.xRange(epochs > 1 ? 1 : 0, Math.max(2, epochs)).yRange(0, niceUpper(highest, 100)).build();
        XYItemRenderer renderer = built.getXYPlot().getRenderer();
        List<String> specs = activations.stream().map(Activation::spec).toList();
        for (int i = 0; i < training.size(); i++) {
            int colour = -1; // the activation named in the label ("relu, high-lr (mean over seeds)")
            for (String part : training.get(i).label().split(", ")) {
                colour = specs.indexOf(part.replaceFirst(" \\(.*$", ""));
                if (colour >= 0) {
                    break;
                }
            }
            renderer.setSeriesPaint(i, Palette.colour(colour >= 0 ? colour : specs.size() + i));
        }
        return built;
    }

    /** Figure 2 of one scenario: validation accuracy, dead units, test accuracy, losses. */
    public static Figure scenario(ScenarioSummary scenario) {
        List<VariantSummary> variants = scenario.variants();
        int diverged = variants.stream().mapToInt(VariantSummary::diverged).sum();
        String context = "scenario " + scenario.scenario() + (diverged == 0 ? "" : String.format(Locale.ROOT,
                " · %d diverged %s left out", diverged, diverged == 1 ? "trial" : "trials"));
        return grid(List.of(validationAccuracy(variants, context), deadUnits(variants, context),
                StudyBarCharts.testAccuracy(variants, context), StudyBarCharts.losses(variants, context)));
    }

    private static JFreeChart validationAccuracy(List<VariantSummary> variants, String context) {
        LineChart.Builder chart = LineChart.builder("(a) Validation accuracy per epoch")
                .subtitle(context + " · mean over seeds, band ±1 std")
                .axisLabels("epoch", "validation accuracy").zeroLines(false);
        int epochs = 1;
        for (VariantSummary variant : variants) {
            double[] mean = variant.meanValidationAccuracyPerEpoch();
            double[] band = variant.validationAccuracyBandPerEpoch();
            double[] lower = new double[mean.length];
            double[] upper = new double[mean.length];
            for (int e = 0; e < mean.length; e++) {
                lower[e] = mean[e] - band[e];
                upper[e] = mean[e] + band[e];
            }
            epochs = Math.max(epochs, mean.length);
            Series line = Series.of(variant.activation(), epochs(mean.length), mean);
            chart.add(mean.length > 0 && variant.finished() > 1 ? line.withBand(lower, upper) : line);
        }
        return chart.xRange(1, Math.max(2, epochs)).build();
    }

    private static JFreeChart deadUnits(List<VariantSummary> variants, String context) {
        int units = variants.stream().mapToInt(v -> v.layers().stream().mapToInt(LayerSummary::units).sum()).max().orElse(0);
        boolean anySaturated = variants.stream().anyMatch(v -> v.finished() > 0
                && v.layers().stream().anyMatch(LayerSummary::saturatedBeyondDead));
        LineChart.Builder chart = LineChart.builder(anySaturated ? "(b) Dead and saturated units per epoch" : "(b) Dead units per epoch")
                .axisLabels("epoch", (anySaturated ? "units (of " : "dead units (of ") + units + ")").zeroLines(false);
        int epochs = 1;
        double highest = 0;
        double highestDead = 0;
        List<String> neverDead = new ArrayList<>();
        List<Series> saturatedLines = new ArrayList<>();
        List<Integer> saturatedColours = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            VariantSummary variant = variants.get(v);
            double[] total = perEpochTotal(variant, LayerSummary::meanDeadPerEpoch);
            for (double value : total) {
                highest = Math.max(highest, value);
                highestDead = Math.max(highestDead, value);
            }
            if (variant.finished() > 0 && !variant.hadDeadUnits()) {
                neverDead.add(variant.activation());
            }
            epochs = Math.max(epochs, total.length);
            chart.add(Series.of(variant.activation(), epochs(total.length), total));
            if (variant.finished() > 0 && variant.layers().stream().anyMatch(LayerSummary::saturatedBeyondDead)) {
                double[] saturated = perEpochTotal(variant, LayerSummary::meanSaturatedPerEpoch);
                for (double value : saturated) {
                    highest = Math.max(highest, value);
                }
                saturatedLines.add(Series.of(variant.activation() + " saturated", epochs(saturated.length), saturated));
                saturatedColours.add(v);
            }
        }
        saturatedLines.forEach(chart::add);
        // the lines of variants without a dead unit lie on top of each other at 0: name them above the plot, where
        // no line can cover the words
        chart.subtitle(context + " · mean over seeds, all hidden layers" + (anySaturated ? " · thin lines: saturated" : "")
                + (highestDead > 0 && !neverDead.isEmpty() ? " · no dead unit: " + String.join(", ", neverDead) : ""));
        double upper = highest == 0 ? NO_DEATHS_AXIS : niceUpper(highest, Math.max(units, 1));
        int lastEpoch = Math.max(2, epochs);
        JFreeChart built = chart.xRange(1, lastEpoch).yRange(0, upper).build();
        XYPlot plot = built.getXYPlot();
        XYItemRenderer renderer = plot.getRenderer();
        for (int i = 0; i < saturatedLines.size(); i++) {
            int series = variants.size() + i;
            renderer.setSeriesPaint(series, Palette.colour(saturatedColours.get(i)));
            renderer.setSeriesStroke(series, new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        if (highestDead == 0) {
            plot.addAnnotation(note("no unit died in any epoch of any seed", (1 + lastEpoch) / 2.0, upper / 2,
                    TextAnchor.CENTER));
        }
        return built;
    }

    /** A per-layer series of a variant summed over its hidden layers, epoch by epoch. */
    private static double[] perEpochTotal(VariantSummary variant, Function<LayerSummary, double[]> series) {
        double[] total = new double[0];
        for (LayerSummary layer : variant.layers()) {
            double[] perEpoch = series.apply(layer);
            if (total.length < perEpoch.length) {
                total = Arrays.copyOf(total, perEpoch.length);
            }
            for (int e = 0; e < perEpoch.length; e++) {
                total[e] += perEpoch[e];
            }
        }
        return total;
    }

    private static XYTextAnnotation note(String text, double x, double y, TextAnchor anchor) {
        XYTextAnnotation note = new XYTextAnnotation(text, x, y);
        note.setFont(new Font(LineChart.FONT_FAMILY, Font.PLAIN, 14));
        note.setPaint(new Color(0x444444));
        note.setTextAnchor(anchor);
        return note;
    }

    private static Figure grid(List<JFreeChart> panels) {
        return new Figure(panels, LAYOUT.columns(), LAYOUT.panelWidth(), LAYOUT.panelHeight());
    }

    /** An upper axis bound a little above {@code highest} (at least 1), not above {@code cap}. */
    static double niceUpper(double highest, double cap) {
        return Math.min(cap, Math.max(1, highest * 1.1));
    }

    private static double[] epochs(int count) {
        double[] epochs = new double[count];
        for (int e = 0; e < count; e++) {
            epochs[e] = e + 1;
        }
        return epochs;
    }

    /** The mean of an optional summary, NaN when absent (no trial finished). */
    static double mean(Optional<Summary> summary) {
        return summary.map(Summary::mean).orElse(Double.NaN);
    }
}
