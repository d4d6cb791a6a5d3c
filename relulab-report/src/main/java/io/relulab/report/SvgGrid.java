package io.relulab.report;

import io.relulab.report.chart.GridLayout;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the panels of a figure, each already an SVG document, into one SVG document laid out like the figure
 * (its {@link GridLayout}: row by row, {@link GridLayout#columns()} across): every panel becomes a nested {@code <svg>} placed at its cell with
 * {@code x}/{@code y}, its ids prefixed ({@link InlineSvg}) so that the panels' clip paths stay apart. The panels are
 * drawn once and serve both the report (one by one) and the figure file (together).
 */
final class SvgGrid {

    private static final Pattern ROOT = Pattern.compile("<svg\\b");

    private SvgGrid() {
    }

    /** The figure as one standalone SVG document (with XML declaration). */
    static String compose(GridLayout figure, List<String> panels) {
        if (panels.size() != figure.panels()) {
            throw new IllegalArgumentException("the figure has " + figure.panels() + " panels, got " + panels.size());
        }
        StringBuilder svg = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\">\n", figure.width(), figure.height(), figure.width(), figure.height()));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (int i = 0; i < panels.size(); i++) {
            int x = (i % figure.columns()) * figure.panelWidth();
            int y = (i / figure.columns()) * figure.panelHeight();
            String panel = InlineSvg.of(panels.get(i), "p" + (i + 1) + "-");
            svg.append(ROOT.matcher(panel).replaceFirst(Matcher.quoteReplacement(
                    String.format(Locale.ROOT, "<svg x=\"%d\" y=\"%d\"", x, y)))).append('\n');
        }
        return svg.append("</svg>\n").toString();
    }
}
