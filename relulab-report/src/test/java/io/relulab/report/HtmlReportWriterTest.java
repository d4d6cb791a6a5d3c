package io.relulab.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.experiment.StudyResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {

    /** Shaped like Batik's output: declaration, DOCTYPE with a DTD address, numbered clip-path ids. */
    static String batikLikeSvg(String marker) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE svg PUBLIC '-//W3C//DTD SVG 1.0//EN' 'http://www.w3.org/TR/2001/REC-SVG-20010904/DTD/svg10.dtd'>\n"
                + "<svg xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"1200\" height=\"900\" xmlns=\"http://www.w3.org/2000/svg\">"
                + "<defs id=\"genericDefs\"/><g><defs id=\"defs1\"><clipPath clipPathUnits=\"userSpaceOnUse\" id=\"clipPath1\">"
                + "<path d=\"M0 0 L1200 0 L1200 900 L0 900 Z\"/></clipPath></defs>"
                + "<g clip-path=\"url(#clipPath1)\"><text>" + marker + "</text><use xlink:href=\"#clipPath1\"/></g></g></svg>\n";
    }

    private static String report() {
        Map<String, String> scenarios = new LinkedHashMap<>();
        scenarios.put("notebook", batikLikeSvg("figure-two-notebook"));
        scenarios.put("high-lr", batikLikeSvg("figure-two-high-lr"));
        return HtmlReportWriter.toHtml(HandMadeStudy.study(), ReportFigures.whole(batikLikeSvg("figure-one"), scenarios));
    }

    @Test
    void isACompleteDocumentWithBalancedElements() {
        String html = report();
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</html>\n");
        assertThat(html).contains("<meta charset=\"utf-8\">").contains("<title>ReLU Lab study: notebook, high-lr</title>");
        for (String element : new String[] {"html", "head", "body", "main", "section", "table", "thead", "tbody", "tr",
                "ul", "li", "figure", "figcaption", "svg", "style", "dl", "pre", "code", "p"}) {
            assertThat(count(html, "<" + element + "[ >]")).as(element).isEqualTo(count(html, "</" + element + ">"));
        }
    }

    @Test
    void isSelfContained() {
        String html = report();
        assertThat(html).doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("src=")
                .doesNotContainIgnoringCase("<link")
                .doesNotContain("@import")
                .doesNotContainPattern("href=\"(?!#)")
                .doesNotContainPattern("url\\((?!#)")
                .doesNotContain("<!DOCTYPE svg")
                .doesNotContain("<?xml");
        // the only addresses left are XML namespace names, which browsers never fetch
        Matcher http = Pattern.compile("http[^\"']*").matcher(html);
        while (http.find()) {
            assertThat(http.group()).isIn("http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink");
        }
    }

    @Test
    void inlinesEveryFigureWithItsOwnIds() {
        String html = report();
        assertThat(count(html, "<svg ")).isEqualTo(3);
        assertThat(html).contains("figure-one", "figure-two-notebook", "figure-two-high-lr");
        assertThat(html).contains("id=\"f1-a-clipPath1\"").contains("url(#f1-a-clipPath1)").contains("xlink:href=\"#f1-a-clipPath1\"");
        assertThat(html).contains("id=\"f2-notebook-a-clipPath1\"").contains("url(#f2-high-lr-a-clipPath1)");
        assertThat(html).doesNotContain("id=\"clipPath1\"");
        assertThat(html).contains("<svg viewBox=\"0 0 1200 900\"");
        // figure 2 of a scenario sits in that scenario's section
        assertThat(html.indexOf("figure-two-high-lr")).isGreaterThan(html.indexOf("id=\"scenario-high-lr\""));
    }

    @Test
    void tablesShowTheNumbers() {
        String html = report();
        // notebook relu: test accuracies 0.850, 0.852, 0.854 → mean 0.852, std 0.002;
        // CI 0.852 ± t(0.975, 2)·0.002/√3 = 0.852 ± 4.3027·0.0011547 = 0.852 ± 0.0049683 → 0.8470 – 0.8570
        assertThat(html).contains("<td>0.8520 ± 0.0020</td><td>0.8470 – 0.8570</td>");
        // leaky_relu in the notebook scenario is 0.01 higher than relu with the same spread
        assertThat(html).contains("<td><span class=\"sig\">+0.0100</span></td>");
        // high-lr relu: 2 of 3 seeds finished; layer1 ends with 2 and 3 dead units (max 3) and 3 and 4 inactive
        assertThat(html).contains("<td>2 of 3<br><span class=\"warn\">1 diverged</span></td>");
        // units table: dead (mean / max), saturated, inactive for each variant
        assertThat(html).containsPattern("<td class=\"first-of-variant\"><span class=\"warn\">2.5 / 3</span></td>"
                + "<td>(<span class=\"warn\">)?[0-9.]+(</span>)?</td><td>3.5</td>");
        assertThat(html).contains("layer1 <span class=\"sub\">(64)</span>");
        assertThat(html).doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void listsFindingsDivergedTrialsDefinitionsAndProvenance() {
        StudyResult study = HandMadeStudy.study();
        String html = report();
        for (String finding : study.scenarios().get(1).findings()) {
            assertThat(html).contains("<li>" + Html.escape(finding) + "</li>");
        }
        assertThat(html).contains("<tr><td class=\"text\">high-lr</td><td class=\"text\">relu</td><td>2</td><td>2</td></tr>");
        assertThat(html).contains("inactive ≠ dead").contains("τ-dormant").contains("Welch");
        assertThat(html).contains("<pre><code>relulab study --seeds 3 --epochs 3</code></pre>");
        assertThat(html).contains("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        assertThat(html).contains("17.0.15").contains("0.1.0-TEST").contains("2025-01-02T03:04:05Z");
        assertThat(html).contains("In the toy simulation 12 of 100 units died.</p>\n<p>A second paragraph");
        assertThat(html).contains("@media print");
    }

    @Test
    void escapesAllText() {
        String html = report();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;")
                .contains("&lt;angle&gt;")
                .doesNotContain("<b>bold</b>");
    }

    @Test
    void summarySaysWhatDiedAndWhere() {
        String html = report();
        assertThat(html).contains("18 training runs: 3 activations (relu, leaky_relu:0.1, softplus:1,20) × 2 scenarios");
        assertThat(html).contains("<strong>1 trial diverged</strong>");
        // computed from the trials: relu seeds 0 and 1 of high-lr end with 2 and 3 dead units in layer1
        assertThat(html).contains("relu, layer1: 0 of 64 dead after epoch 1, 2–3 after the last epoch "
                + "(dead after some epoch in 2 of 2 seeds)");
        assertThat(html).contains("no dead unit after any epoch of any seed: relu, leaky_relu:0.1, softplus:1,20");
        assertThat(html).contains("Counted on the first 100 training rows; saturated: largest |f′(z)| &lt; 0.001 on every probe row.");
        assertThat(html).contains("Holm–Bonferroni").doesNotContain("0.0 of");
        assertThat(html).contains("Ran with: <code>optimizer adam:0.05</code>");
    }

    @Test
    void saysSoWhenFiguresAreMissing() {
        String html = HtmlReportWriter.toHtml(HandMadeStudy.study(), ReportFigures.none());
        assertThat(html).doesNotContain("<svg").contains("Figure 1 was not drawn.").contains("Figure 2 was not drawn for this scenario.");
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
