package io.relulab.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.report.chart.ChartWriter;
import io.relulab.report.chart.LineChart;
import io.relulab.report.chart.Series;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Real SVG writer output, inlined twice into one page: every id unique, every reference resolving. */
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
}
