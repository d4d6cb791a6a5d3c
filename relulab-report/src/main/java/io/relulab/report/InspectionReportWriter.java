package io.relulab.report;

import static io.relulab.report.Html.escape;

import io.relulab.diagnostics.UnitMeasures;
import io.relulab.diagnostics.UnitStatistics;
import io.relulab.report.chart.ChartWriter;
import io.relulab.report.chart.Figure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code inspect.html} for {@code relulab inspect --out DIR}: one self-contained page in the study
 * report's style (its style sheet, inline SVG figures, no scripts): what was inspected, the table of layers
 * with their dead, inactive, dormant and saturated counts and shares, figure (a) of the four shares per layer,
 * one histogram (b) of per-unit activation probability per layer, and the definitions.
 */
public final class InspectionReportWriter {

    /** The page's file name inside the output folder. */
    public static final String FILE_NAME = "inspect.html";

    private InspectionReportWriter() {
    }

    /** Writes the page into {@code folder} atomically and returns its path. */
    public static Path write(InspectionPage page, Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        AtomicFiles.writeString(file, toHtml(page));
        return file;
    }

    /** The whole page. */
    public static String toHtml(InspectionPage page) {
        ChartWriter charts = new ChartWriter();
        StringBuilder html = new StringBuilder(1 << 16);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape("ReLU Lab inspection: " + page.model())).append("</title>\n<style>\n")
                .append(HtmlReportWriter.Style.CSS)
                // file paths are long words: let them wrap rather than widen a narrow page
                .append(".lead code, .note code { word-break: break-all; }\n").append("</style>\n</head>\n<body>\n<main>\n");
        html.append("<header>\n<h1>ReLU Lab inspection</h1>\n<p class=\"lead\">Model <code>").append(escape(page.model()))
                .append("</code>").append(page.producer().isEmpty() ? "" : " (" + escape(page.producer()) + ")")
                .append(", opset ").append(page.opset()).append(", input <code>").append(escape(page.input()))
                .append("</code>, on ").append(page.rows()).append(" rows of <code>").append(escape(page.data()))
                .append("</code>. ").append(escape(summary(page))).append("</p>\n");
        html.append("<p class=\"note\">Data SHA-256 <code>").append(escape(page.dataSha256())).append("</code></p>\n</header>\n");

        html.append("<section id=\"layers\">\n<h2>Layers</h2>\n<div class=\"table-wrap\"><table>\n<thead>\n<tr>")
                .append("<th class=\"text\">#</th><th class=\"text\">layer</th><th class=\"text\">op</th><th>unit axis</th>")
                .append("<th>units</th><th>values per unit</th><th>dead</th><th>inactive</th><th>dormant</th><th>saturated</th>")
                .append("<th>Pr[z &gt; 0]</th><th>z range</th></tr>\n</thead>\n<tbody>\n");
        for (int i = 0; i < page.layers().size(); i++) {
            InspectionPage.Layer layer = page.layers().get(i);
            UnitMeasures m = layer.measures();
            boolean warn = Math.max(layer.deadShare(), layer.saturatedShare()) >= 0.10;
            html.append("<tr").append(warn ? " class=\"warn\"" : "").append("><td class=\"text\">L").append(i + 1)
                    .append("</td><td class=\"text\"><code>").append(escape(layer.name())).append("</code></td><td class=\"text\">")
                    .append(escape(layer.op())).append("</td><td>").append(layer.unitAxis()).append("</td><td>")
                    .append(layer.units()).append("</td><td>").append(layer.valuesPerUnit()).append("</td>")
                    .append(countCell(m.deadUnits().size(), layer.units(), layer.canDie() ? null : "cannot die"))
                    .append(countCell(m.inactiveUnits().size(), layer.units(), null))
                    .append(countCell(m.dormantUnits().size(), layer.units(), null))
                    .append(countCell(m.saturatedUnits().size(), layer.units(), null))
                    .append("<td>").append(String.format(Locale.ROOT, "%.3f", m.activationProbability())).append("</td><td>")
                    .append(layer.preActivationsRead()
                            ? String.format(Locale.ROOT, "%.3g … %.3g", min(m.smallestPreActivations()), max(m.largestPreActivations()))
                            : "not read")
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n<p class=\"note\">Rows in the warning colour have at least 10 % of their units dead"
                + " or saturated. The unit lists are in <code>--json</code>.</p>\n</section>\n");

        html.append("<section id=\"figures\">\n<h2>Figures</h2>\n<figure>\n")
                .append(InlineSvg.of(charts.svg(Figure.of(InspectionCharts.shares(page), Figure.DEFAULT_WIDTH, 480)), "fa-"))
                .append("\n<figcaption><strong>Figure (a).</strong> Per layer, the share of units that are dead (f′(z) = 0 on every"
                        + " value), inactive (output ≤ 0 on every value), dormant (ReDo score ≤ τ) and saturated (largest |f′(z)|"
                        + " &lt; ε).</figcaption>\n</figure>\n");
        for (int i = 0; i < page.layers().size(); i++) {
            InspectionPage.Layer layer = page.layers().get(i);
            html.append("<figure>\n").append(InlineSvg.of(charts.svg(Figure.of(InspectionCharts.activationProbabilities(i, layer),
                    Figure.DEFAULT_WIDTH, 320)), "fb" + (i + 1) + "-"))
                    .append("\n<figcaption><strong>Figure (b").append(i + 1).append(").</strong> ").append(escape(layer.name()))
                    .append(": number of units by the fraction of values with z &gt; 0, in bins of ")
                    .append(InspectionCharts.number(InspectionCharts.BIN_WIDTH))
                    .append(". A unit at 0 never has a positive pre-activation on this data.</figcaption>\n</figure>\n");
        }
        html.append("</section>\n");
        html.append("<section class=\"definitions\" id=\"definitions\">\n<h2>Definitions</h2>\n<dl>\n")
                .append("<dt>unit</dt><dd>One feature of an [N, F] value; one channel (axis 1) of a convolution's [N, C, …] value,"
                        + " with statistics over the batch and every position; one feature (last axis) of an [N, T, F] value.</dd>\n")
                .append("<dt>dead</dt><dd>The activation's derivative is 0 for every value, computed from the model's own float32"
                        + " pre-activation: no gradient reaches the unit's incoming weights. Only activations with a flat region"
                        + " of slope exactly 0 can have dead units; ").append(escape(whichCanDie(page))).append(".</dd>\n")
                .append("<dt>inactive</dt><dd>Output ≤ 0 for every value. For Leaky ReLU, ELU or GELU this does not mean the unit"
                        + " receives no gradient.</dd>\n")
                .append("<dt>dormant</dt><dd>ReDo score mean|h| / (layer mean of mean|h| + ")
                .append(NumberText.plain(UnitStatistics.SCORE_EPSILON)).append(") ≤ τ = ")
                .append(InspectionCharts.number(page.tau())).append(" (Sokar et al. 2023).</dd>\n")
                .append("<dt>saturated</dt><dd>The largest |f′(z)| over the values is below ε = ")
                .append(InspectionCharts.number(page.saturationEpsilon()))
                .append(", with f′ computed in double from the pre-activation: the unit passes at most ε of the gradient a"
                        + " linear unit would. Every dead unit is saturated.</dd>\n</dl>\n</section>\n");
        html.append("<footer>Generated by ReLU Lab ").append(escape(io.relulab.ReluLabVersion.get()))
                .append(". This file is self-contained: it needs no network access.</footer>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String summary(InspectionPage page) {
        int units = page.layers().stream().mapToInt(InspectionPage.Layer::units).sum();
        int dead = page.layers().stream().mapToInt(l -> l.measures().deadUnits().size()).sum();
        int saturated = page.layers().stream().mapToInt(l -> l.measures().saturatedUnits().size()).sum();
        long warned = page.layers().stream().filter(l -> Math.max(l.deadShare(), l.saturatedShare()) >= 0.10).count();
        return String.format(Locale.ROOT, "%d %s with %d units: %d dead, %d saturated; %d %s at least 10 %% dead or saturated.",
                page.layers().size(), page.layers().size() == 1 ? "activation" : "activations", units, dead, saturated, warned,
                warned == 1 ? "layer has" : "layers have");
    }

    private static String countCell(int count, int units, String note) {
        if (note != null && count == 0) {
            return "<td class=\"zero\">0 <span class=\"sub\">" + escape(note) + "</span></td>";
        }
        return "<td" + (count == 0 ? " class=\"zero\"" : "") + ">" + count + " <span class=\"sub\">"
                + String.format(Locale.ROOT, "%.1f %%", 100.0 * count / units) + "</span></td>";
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** Which of the model's activations can have dead units ({@code canDie}), e.g. {@code "in this model Relu can"}. */
    private static String whichCanDie(InspectionPage page) {
        List<String> dying = page.layers().stream().filter(InspectionPage.Layer::canDie).map(InspectionPage.Layer::op).distinct().toList();
        return dying.isEmpty() ? "none of this model's activations can" : "in this model " + HtmlReportWriter.inWords(dying) + " can";
    }
}
