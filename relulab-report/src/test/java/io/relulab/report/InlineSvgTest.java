package io.relulab.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.report.chart.ChartWriter;
import io.relulab.report.chart.LineChart;
import io.relulab.report.chart.Series;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real SVG writer output, inlined twice into one page: every id unique, every reference resolving; and the hand-written
 * scans give what the regular expressions' {@code replaceAll} gives, on real and on random text.
 */
class InlineSvgTest {

    private static String chartSvg(String title) {
        double[] x = {-2, -1, 0, 1, 2};
        double[] y = {0, 0, 0, 1, 2};
        return new ChartWriter().svg(LineChart.builder(title).axisLabels("x", "y").add(Series.of("ReLU", x, y)).build());
    }

    @Test
    void twoFiguresFromTheSvgWriterKeepTheirOwnIds() {
        String first = chartSvg("first");
        String second = chartSvg("second");
        assertThat(first).as("the writer numbers its clip paths the same way in every figure")
                .containsPattern("\\bid=[\"'][^\"']+[\"']");
        String page = InlineSvg.of(first, "f1-") + InlineSvg.of(second, "f2-");

        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile("\\bid=[\"']([^\"']+)[\"']").matcher(page);
        while (id.find()) {
            ids.add(id.group(1));
        }
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
        assertThat(ids).allMatch(name -> name.startsWith("f1-") || name.startsWith("f2-"));
        Set<String> known = new HashSet<>(ids);
        Matcher reference = Pattern.compile("url\\(#([^)\"']+)\\)|href=[\"']#([^\"']+)[\"']").matcher(page);
        int references = 0;
        while (reference.find()) {
            String target = reference.group(1) != null ? reference.group(1) : reference.group(2);
            assertThat(known).as("reference #%s", target).contains(target);
            references++;
        }
        assertThat(references).isPositive();
        assertThat(page).contains("viewBox=").doesNotContain("<?xml");
    }

    /** The regular expressions' own replacements, which the scans stand for. */
    private static String byRegex(String svg, String prefix) {
        String ids = InlineSvg.ID.matcher(svg).replaceAll(m -> Matcher.quoteReplacement("id=" + m.group(1) + prefix + m.group(2) + m.group(1)));
        String urls = InlineSvg.URL_REFERENCE.matcher(ids).replaceAll(m -> Matcher.quoteReplacement("url(#" + prefix + m.group(1) + ")"));
        return InlineSvg.HREF_REFERENCE.matcher(urls).replaceAll(
                m -> Matcher.quoteReplacement("href=" + m.group(1) + "#" + prefix + m.group(2) + m.group(1)));
    }

    private static String byScans(String svg, String prefix) {
        return InlineSvg.prefixHrefReferences(InlineSvg.prefixUrlReferences(InlineSvg.prefixIds(svg, prefix), prefix), prefix);
    }

    @Test
    void theScansGiveTheRegularExpressionsResultOnRealFigures() {
        String svg = chartSvg("a title with 'quotes', \"more\" and ±·×");
        assertThat(byScans(svg, "p1-")).isEqualTo(byRegex(svg, "p1-")).isNotEqualTo(svg);
        assertThat(byScans(svg, "$1\\-")).as("a prefix with replacement syntax").isEqualTo(byRegex(svg, "$1\\-"));
    }

    /** Pieces that make or break a match: literals, quotes, word and non-word characters, marks, surrogates. */
    private static final String[] PIECES = {"id=", "href=", "url(#", "url(", "#", "\"", "'", ")", "(", "a", "Z", "7", "_",
        "-", " ", ":", "x", "é", "\u0301", "\u0301\u0301", "\uD835\uDC00", "\uDC00", "\uD835", "<svg", ">", "=", "\n",
        "xlink:href=", "clip-path=\"url(#c0)\"", "id=\"c0\"", "href=\"#c0\"", "\u00B7"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theScansGiveTheRegularExpressionsResultOnRandomText(long seed) {
        Random random = new Random(seed);
        for (int text = 0; text < 2_000; text++) {
            StringBuilder svg = new StringBuilder();
            int pieces = random.nextInt(30);
            for (int i = 0; i < pieces; i++) {
                svg.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String input = svg.toString();
            assertThat(byScans(input, "q-")).as("text %s", input).isEqualTo(byRegex(input, "q-"));
        }
    }
}
