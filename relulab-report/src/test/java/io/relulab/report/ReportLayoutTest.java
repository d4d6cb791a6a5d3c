package io.relulab.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.report.chart.Palette;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report on any screen: figures as panels readable at 800 px, deep tables by layer, lines that show on white. */
class ReportLayoutTest {

    /** The CSS's widest panel and the content width of an 800 px window (16 px padding each side). */
    private static final double PANEL_MAX_WIDTH = 620;
    private static final double CONTENT_AT_800 = 800 - 2 * 16;

    @TempDir
    Path temp;

    @Test
    void figuresArePanelsWhoseTextIsAtLeast11PixelsAt800() throws IOException {
        StudyOutputs outputs = StudyReportWriter.write(HandMadeStudy.study(), StudyReportWriterTest.NOTEBOOK, temp.resolve("out"));
        String html = Files.readString(outputs.report());
        assertThat(html).contains("max-width: " + (int) PANEL_MAX_WIDTH + "px");
        assertThat(count(html, "<div class=\"panel\">")).isEqualTo(3 * 4);
        // one column at 800 px: a panel is drawn at min(620, 768) px for its PANEL_WIDTH px of text layout
        double scale = Math.min(PANEL_MAX_WIDTH, CONTENT_AT_800) / StudyFigures.PANEL_WIDTH;
        Matcher size = Pattern.compile("font-size(?:=\"|:\\s*)([0-9.]+)").matcher(html.substring(html.indexOf("<div class=\"panels\">")));
        double smallest = Double.MAX_VALUE;
        while (size.find()) {
            smallest = Math.min(smallest, Double.parseDouble(size.group(1)));
        }
        assertThat(smallest).isLessThan(Double.MAX_VALUE);
        assertThat(smallest * scale).as("smallest figure text at 800 px").isGreaterThanOrEqualTo(11);
        // the figure file still has all four panels, side by side in two rows
        String svg = Files.readString(outputs.folder().resolve("figures/figure2-notebook.svg"));
        assertThat(count(svg, "<svg ")).isEqualTo(1 + 4);
        assertThat(svg).contains("width=\"" + 2 * StudyFigures.PANEL_WIDTH + "\"");
    }

    @Test
    void aDeepNetworksUnitsAreOneRowPerLayerInATableThatScrollsInItsOwnBox() {
        String html = HtmlReportWriter.toHtml(HandMadeStudy.study(), ReportFigures.none());
        assertThat(html).contains("<table class=\"results units\">");
        assertThat(html).contains("<tr><th class=\"text\" scope=\"row\">layer1 <span class=\"sub\">(64)</span></th>");
        assertThat(html).contains(".table-wrap { overflow-x: auto;").contains("position: sticky; left: 0;");
        // the accuracy table has no per-layer columns, so it fits 800 px
        String results = html.substring(html.indexOf("<table class=\"results\">"), html.indexOf("</table>"));
        assertThat(results).doesNotContain("layer1");
    }

    @Test
    void everyLineColourReadsOnWhite() {
        for (Color colour : Palette.COLOURS) {
            assertThat(contrastWithWhite(colour)).as(colour.toString()).isGreaterThanOrEqualTo(2.0);
        }
        assertThat(Palette.COLOURS).doesNotContain(Palette.YELLOW);
    }

    /** WCAG 2 contrast ratio (L1 + 0.05) / (L2 + 0.05) against white. */
    private static double contrastWithWhite(Color colour) {
        double luminance = 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen()) + 0.0722 * linear(colour.getBlue());
        return 1.05 / (luminance + 0.05);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
