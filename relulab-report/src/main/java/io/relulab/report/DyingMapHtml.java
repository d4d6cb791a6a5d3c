package io.relulab.report;

import static io.relulab.report.Html.escape;

import io.relulab.experiment.Provenance;
import io.relulab.report.chart.ChartWriter;
import io.relulab.stats.Summary;
import io.relulab.sweep.CellComparison;
import io.relulab.sweep.DyingMap;
import io.relulab.sweep.DyingMapCell;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sweep's self-contained HTML report: what was run, the findings, the dying-map figures (inline SVG), the
 * Holm-corrected table of cells where a remedy changes test accuracy, every cell's numbers, and the definitions.
 */
final class DyingMapHtml {

    /** Rows of the significant-changes table shown before the rest is left to results.json. */
    static final int MAX_TABLE_ROWS = 200;

    private static final String CSS = """
            :root { --ink: #1d1d1f; --muted: #5f6368; --rule: #d9d9de; --accent: #0072b2; }
            body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0; }
            main { max-width: 1200px; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
            h1 { font-size: 1.8rem; margin: 0 0 .3rem; } h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; border-bottom: 1px solid var(--rule); }
            .lead { color: var(--muted); margin-top: 0; }
            figure { margin: 1rem 0 2rem; } figcaption { color: var(--muted); font-size: .95rem; margin-bottom: .4rem; }
            figure { overflow-x: auto; } figure svg { width: 100%; min-width: 760px; height: auto; display: block; }
            table { border-collapse: collapse; font-size: .9rem; margin: .5rem 0 1rem; }
            th, td { padding: .25rem .6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            .scroll { overflow-x: auto; }
            details summary { cursor: pointer; color: var(--accent); }
            code { font-size: .9em; }
            @media (max-width: 700px) { body { font-size: 15px; } main { padding: 1rem .6rem; } }
            """;

    private DyingMapHtml() {
    }

    static String render(Provenance provenance, DyingMap map, List<DyingMapFigures.Named> figures, ChartWriter charts) {
        StringBuilder html = new StringBuilder(1 << 16);
        int trials = map.cells().stream().mapToInt(DyingMapCell::trials).sum();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>ReLU Lab sweep — the dying map</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        html.append("<header>\n<h1>ReLU Lab sweep — the dying map</h1>\n<p class=\"lead\">").append(trials)
                .append(" trials in ").append(map.cells().size()).append(" cells: where units die (").append(map.layout().describe()).append(") ")
                .append("and what changes it. Baseline activation: <code>").append(escape(map.baseline())).append("</code>.</p>\n</header>\n");

        html.append("<h2 id=\"findings\">Findings</h2>\n<ul>\n");
        for (String finding : map.findings()) {
            html.append("<li>").append(escape(finding)).append("</li>\n");
        }
        html.append("</ul>\n");

        html.append("<h2 id=\"map\">The dying map</h2>\n<p>Each cell shows the mean over its seeds and, below, the seed count "
                + "<code>n</code>. The orange line is the boundary: it separates cells whose mean dead share reaches ")
                .append(DyingMap.percent(DyingMap.BOUNDARY_SHARE)).append(" from those below it. Diverged trials are left out of the means.</p>\n");
        if (!map.hasSaturated()) {
            html.append("<p>Saturated units were not recorded by these trials, so there is no saturated-share map.</p>\n");
        }
        int index = 0;
        for (DyingMapFigures.Named figure : figures) {
            html.append("<figure>\n<figcaption>Figure ").append(++index).append(". ").append(escape(figure.caption()))
                    .append(" (<a href=\"figures/").append(figure.base()).append(".png\">PNG</a>, <a href=\"figures/")
                    .append(figure.base()).append(".svg\">SVG</a>)</figcaption>\n")
                    .append(InlineSvg.of(charts.svg(figure.figure()), "f" + index + "-")).append("\n</figure>\n");
        }

        comparisons(html, map);
        cells(html, map);

        html.append("<h2 id=\"definitions\">Definitions</h2>\n<dl>\n")
                .append("<dt>dead share</dt><dd>dead units after the last epoch, summed over the hidden layers, divided by the hidden units; ")
                .append("a unit is dead when its activation's derivative is 0 on every probe row, so no gradient reaches its weights.</dd>\n")
                .append("<dt>saturated share</dt><dd>the same for saturated units: the largest |f′(z)| over the probe rows is below ε = ")
                .append(io.relulab.diagnostics.DeadNeuronAnalyzer.DEFAULT_SATURATION_EPSILON)
                .append(", so the unit passes at most ε of the gradient a linear unit would; every dead unit is saturated, and ")
                .append("for ELU or GELU it finds the units pushed so far negative that they stopped learning.</dd>\n")
                .append("<dt>boundary</dt><dd>per row (a depth, or a list of hidden-layer widths), the smallest learning rate whose mean dead share reaches ")
                .append(DyingMap.percent(DyingMap.BOUNDARY_SHARE)).append(".</dd>\n")
                .append("<dt>comparisons</dt><dd>Welch's t-test of the final test accuracy of an alternative activation against the baseline in ")
                .append("the same cell, and of ReDo on against off; the p-values of all testable comparisons of the sweep are adjusted with ")
                .append("Holm's step-down procedure (family-wise error rate α = ").append(DyingMap.ALPHA)
                .append("). A comparison with fewer than two finished seeds on a side is not tested.</dd>\n</dl>\n");

        html.append("<h2 id=\"provenance\">Provenance</h2>\n<p>Re-run with <code>").append(escape(provenance.command()))
                .append("</code> (into the same folder it resumes and runs only missing trials).</p>\n<div class=\"scroll\"><table>\n");
        for (Map.Entry<String, String> setting : provenance.settings().entrySet()) {
            html.append("<tr><th>").append(escape(setting.getKey())).append("</th><td>").append(escape(setting.getValue())).append("</td></tr>\n");
        }
        html.append("<tr><th>data</th><td>").append(escape(provenance.dataDescription())).append("</td></tr>\n")
                .append("<tr><th>data fingerprint</th><td><code>").append(escape(provenance.dataFingerprint())).append("</code></td></tr>\n")
                .append("<tr><th>ReLU Lab</th><td>").append(escape(provenance.version())).append("</td></tr>\n")
                .append("<tr><th>data rows</th><td>").append(provenance.trainRows()).append(" train, ").append(provenance.testRows())
                .append(" test, ").append(provenance.features()).append(" features</td></tr>\n")
                .append("<tr><th>probe</th><td>").append(escape(provenance.measurement().probe().describe())).append("</td></tr>\n")
                .append("<tr><th>Java</th><td>").append(escape(provenance.javaVersion())).append(provenance.fusedMultiplyAdd()
                        ? " (matrix kernels with fused multiply-add)" : " (matrix kernels without fused multiply-add)").append("</td></tr>\n")
                .append("<tr><th>written</th><td>").append(escape(provenance.createdAt().toString())).append("</td></tr>\n")
                .append("</table></div>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void comparisons(StringBuilder html, DyingMap map) {
        List<CellComparison> significant = map.significant().stream()
                .sorted(Comparator.comparingDouble(CellComparison::adjustedP)).toList();
        long testable = map.comparisons().stream().filter(c -> c.test().isTestable()).count();
        html.append("<h2 id=\"changes\">Where a remedy changes test accuracy</h2>\n<p>")
                .append(significant.size()).append(" of ").append(testable)
                .append(" testable comparisons are significant after Holm's correction (α = ").append(DyingMap.ALPHA).append(")")
                .append(significant.isEmpty() ? "." : ":").append("</p>\n");
        if (significant.isEmpty()) {
            return;
        }
        html.append("<div class=\"scroll\"><table>\n<tr><th>remedy</th><th>cell</th><th class=\"num\">accuracy</th>")
                .append("<th class=\"num\">reference</th><th class=\"num\">difference</th><th class=\"num\">p</th><th class=\"num\">Holm p</th></tr>\n");
        for (CellComparison comparison : significant.subList(0, Math.min(MAX_TABLE_ROWS, significant.size()))) {
            String remedy = comparison.kind() == CellComparison.Kind.REDO
                    ? "ReDo on vs off (" + comparison.cell().activation() + ")"
                    : comparison.cell().activation() + " vs " + comparison.reference().activation();
            double reference = comparison.cell().equals(comparison.reference()) ? Double.NaN
                    : map.cells().stream().filter(c -> c.key().equals(comparison.reference())).findFirst()
                            .map(DyingMapCell::meanTestAccuracy).orElse(Double.NaN);
            html.append("<tr><td>").append(escape(remedy)).append("</td><td>")
                    .append(escape(comparison.cell().init() + ", " + comparison.cell().optimizer() + ", " + comparison.cell().position()))
                    .append("</td><td class=\"num\">").append(fixed(reference + comparison.difference()))
                    .append("</td><td class=\"num\">").append(fixed(reference))
                    .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%+.3f", comparison.difference()))
                    .append("</td><td class=\"num\">").append(comparison.test().formattedPValue())
                    .append("</td><td class=\"num\">").append(pText(comparison.adjustedP())).append("</td></tr>\n");
        }
        html.append("</table></div>\n");
        if (significant.size() > MAX_TABLE_ROWS) {
            html.append("<p>and ").append(significant.size() - MAX_TABLE_ROWS).append(" more in <code>results.json</code> (<code>comparisons</code>).</p>\n");
        }
    }

    private static void cells(StringBuilder html, DyingMap map) {
        html.append("<h2 id=\"cells\">Every cell</h2>\n<details><summary>").append(map.cells().size())
                .append(" cells</summary>\n<div class=\"scroll\"><table>\n<tr><th>variant</th><th>cell</th><th class=\"num\">seeds</th>")
                .append("<th class=\"num\">diverged</th><th class=\"num\">dead share</th><th class=\"num\">saturated share</th>")
                .append("<th class=\"num\">test accuracy</th><th class=\"num\">").append(Summary.percent(Summary.DEFAULT_CONFIDENCE_LEVEL))
                .append(" % CI</th></tr>\n");
        for (DyingMapCell cell : map.cells()) {
            String interval = cell.testAccuracy().filter(s -> s.hasSpread())
                    .map(s -> fixed(s.confidenceLow()) + " – " + fixed(s.confidenceHigh())).orElse("too few seeds");
            html.append("<tr><td>").append(escape(cell.key().variant())).append("</td><td>").append(escape(cell.key().position()))
                    .append("</td><td class=\"num\">").append(cell.trials()).append("</td><td class=\"num\">").append(cell.diverged())
                    .append("</td><td class=\"num\">").append(share(cell.meanDeadShare()))
                    .append("</td><td class=\"num\">").append(share(cell.meanSaturatedShare()))
                    .append("</td><td class=\"num\">").append(fixed(cell.meanTestAccuracy()))
                    .append("</td><td class=\"num\">").append(interval).append("</td></tr>\n");
        }
        html.append("</table></div>\n</details>\n");
    }

    private static String share(double value) {
        return Double.isNaN(value) ? "n/a" : DyingMap.percent(value);
    }

    private static String fixed(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String pText(double p) {
        return Double.isNaN(p) ? "n/a" : p < 1e-4 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.4f", p);
    }
}
