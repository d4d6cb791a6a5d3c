package io.relulab.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ChartWriterTest {

    @TempDir
    Path folder;

    private static JFreeChart sampleChart(String title) {
        double[] x = new double[61];
        double[] relu = new double[61];
        double[] elu = new double[61];
        double[] lower = new double[61];
        double[] upper = new double[61];
        for (int i = 0; i < x.length; i++) {
            x[i] = -3 + i * 0.1;
            relu[i] = Math.max(0, x[i]);
            elu[i] = x[i] > 0 ? x[i] : Math.expm1(x[i]);
            lower[i] = elu[i] - 0.2;
            upper[i] = elu[i] + 0.2;
        }
        return LineChart.builder(title)
                .subtitle("a test chart")
                .axisLabels("x", "f(x)")
                .add(Series.of("ReLU", x, relu))
                .add(Series.of("ELU α=1", x, elu).withBand(lower, upper))
                .xRange(-3, 3)
                .build();
    }

    @Test
    void writesPngAndSvgOfTheSameChart() throws Exception {
        ChartWriter writer = new ChartWriter(1.0);
        Path[] files = writer.writePngAndSvg(Figure.of(sampleChart("Activation <functions> & more")), folder.resolve("sub"), "chart");

        BufferedImage png = ImageIO.read(files[0].toFile());
        assertThat(png.getWidth()).isEqualTo(Figure.DEFAULT_WIDTH);
        assertThat(png.getHeight()).isEqualTo(Figure.DEFAULT_HEIGHT);
        assertThat(png.getRGB(2, 2)).as("white background").isEqualTo(0xFFFFFFFF);
        assertThat(distinctColours(png)).as("anti-aliased lines in several colours").isGreaterThan(20);

        byte[] svgBytes = Files.readAllBytes(files[1]);
        assertThat(svgBytes.length).isGreaterThan(1000);
        Document svg = parse(svgBytes);
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 800 560");
        assertThat(svg.getDocumentElement().getTextContent())
                .contains("Activation <functions> & more", "a test chart", "ReLU", "ELU α=1", "f(x)");
        try (Stream<Path> left = Files.list(folder.resolve("sub"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("chart.png", "chart.svg");
        }
    }

    @Test
    void drawingLeavesJFreeChartsRotatedTextSwitchAsTheHostSetItAndKeepsTheAxisLabelAsText() {
        boolean before = TextUtils.isUseDrawRotatedStringWorkaround();
        try {
            for (boolean host : new boolean[] {true, false}) {
                TextUtils.setUseDrawRotatedStringWorkaround(host);
                String svg = new ChartWriter(1.0).svg(sampleChart("switch"));
                assertThat(svg).as("rotated y label drawn as text, host setting %s", host).contains(">f(x)</text");
                new ChartWriter(1.0).png(Figure.of(sampleChart("switch")));
                assertThat(TextUtils.isUseDrawRotatedStringWorkaround()).isEqualTo(host);
            }
        } finally {
            TextUtils.setUseDrawRotatedStringWorkaround(before);
        }
    }

    @Test
    void pngScaleMultipliesThePixels() {
        BufferedImage image = new ChartWriter(2.0).png(Figure.of(sampleChart("scaled"), 300, 200));
        assertThat(image.getWidth()).isEqualTo(600);
        assertThat(image.getHeight()).isEqualTo(400);
    }

    @Test
    void multiPanelFigureHoldsEveryPanel() throws Exception {
        Figure figure = Figure.row(List.of(sampleChart("first panel"), sampleChart("second panel"), sampleChart("third panel")));
        assertThat(figure.width()).isEqualTo(3 * Figure.DEFAULT_PANEL_WIDTH);
        assertThat(figure.height()).isEqualTo(Figure.DEFAULT_PANEL_HEIGHT);
        String svg = new ChartWriter().svg(figure);
        assertThat(svg).startsWith("<svg").doesNotContain("<?xml").contains("first panel", "second panel", "third panel");
        assertThat(parse(svg.getBytes(StandardCharsets.UTF_8)).getDocumentElement().getLocalName()).isEqualTo("svg");
        Path png = folder.resolve("row.png");
        new ChartWriter(1.0).writePng(figure, png);
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(3 * Figure.DEFAULT_PANEL_WIDTH);
    }

    @Test
    void existingFilesAreReplaced() throws Exception {
        Path svg = folder.resolve("chart.svg");
        Files.writeString(svg, "stale content");
        new ChartWriter().writeSvg(sampleChart("new title"), svg);
        assertThat(Files.readString(svg)).contains("new title").doesNotContain("stale content");
    }

    @Test
    void anUnwritableTargetFailsWithAOneLineMessage() throws IOException {
        Path blocker = folder.resolve("blocker");
        Files.writeString(blocker, "a file, not a folder");
        assertThatThrownBy(() -> new ChartWriter().writePng(sampleChart("x"), blocker.resolve("chart.png")))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("cannot write " + blocker.resolve("chart.png"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void seriesAreStyledInPaletteOrderAndLegendShowsTheirNames() {
        JFreeChart chart = sampleChart("styled");
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getRenderer().getSeriesPaint(0)).isEqualTo(Palette.colour(0));
        assertThat(plot.getRenderer().getSeriesPaint(1)).isEqualTo(Palette.colour(1));
        assertThat(plot.getRenderer().getSeriesStroke(0)).isNotEqualTo(plot.getRenderer().getSeriesStroke(1));
        assertThat(plot.isDomainZeroBaselineVisible()).isTrue();
        assertThat(plot.isRangeZeroBaselineVisible()).isTrue();
        assertThat(plot.getLegendItems().get(0).getLabel()).isEqualTo("ReLU");
        assertThat(plot.getLegendItems().getItemCount()).as("bands are not in the legend").isEqualTo(2);
    }

    @Test
    void paletteIsOkabeIto() {
        assertThat(Palette.COLOURS).hasSize(8).doesNotHaveDuplicates();
        assertThat(Palette.colour(0).getRGB() & 0xFFFFFF).isEqualTo(0x0072B2);
        assertThat(Palette.colour(8)).isEqualTo(Palette.colour(0));
        assertThat(Palette.stroke(0, 2f).getDashArray()).isNull();
        assertThat(Palette.stroke(1, 2f).getDashArray()).isNotNull();
    }

    @Test
    void seriesValidatesLengths() {
        assertThatThrownBy(() -> Series.of("bad", new double[2], new double[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series 'bad': x has 2 values but y has 3");
        assertThatThrownBy(() -> Series.of("bad", new double[2], new double[2]).withBand(new double[1], new double[2]))
                .isInstanceOf(IllegalArgumentException.class);
        double[] x = {1, 2};
        Series series = Series.of("copy", x, new double[] {3, 4});
        x[0] = 99;
        assertThat(series.x()).containsExactly(1, 2);
    }

    /** What the SVG coordinates were before {@link ChartWriter#decimal}: {@code Double.toString} of the rounded units. */
    private static String viaDoubleToString(double value, int scale) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        long units = Math.round(value * scale);
        return units % scale == 0 ? Long.toString(units / scale) : Double.toString((double) units / scale);
    }

    @Test
    void coordinatesAreWrittenAsDoubleToStringWroteThem() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261201);
        for (int scale : new int[] {100, 10_000}) {
            java.util.function.DoubleFunction<String> written = scale == 100 ? ChartWriter::hundredths : ChartWriter::tenThousandths;
            // every number of units up to 3 000 px either side (the figures' coordinates are within 0..1 000)
            for (long units = -300_000; units <= 300_000; units++) {
                double value = units / (double) scale;
                String expected = viaDoubleToString(value, scale);
                if (!written.apply(value).equals(expected)) {
                    assertThat(written.apply(value)).as("%d units of 1/%d", units, scale).isEqualTo(expected);
                }
            }
            // random units up to the limit and beyond it, and values between units (rounded first)
            for (int i = 0; i < 200_000; i++) {
                long units = random.nextLong(-2 * ChartWriter.DECIMAL_LIMIT, 2 * ChartWriter.DECIMAL_LIMIT);
                double value = units / (double) scale;
                double between = random.nextDouble(-3000, 3000);
                assertThat(written.apply(value)).as("%d units of 1/%d", units, scale).isEqualTo(viaDoubleToString(value, scale));
                assertThat(written.apply(between)).as("%s at 1/%d", between, scale).isEqualTo(viaDoubleToString(between, scale));
            }
        }
        assertThat(ChartWriter.hundredths(-0.05)).isEqualTo("-0.05");
        assertThat(ChartWriter.hundredths(12.5)).isEqualTo("12.5");
        assertThat(ChartWriter.hundredths(-0.004)).isEqualTo("0");
        assertThat(ChartWriter.tenThousandths(0.0001)).isEqualTo("1.0E-4");
        assertThat(ChartWriter.hundredths(Double.NaN)).isEqualTo("0");
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static long distinctColours(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getWidth() * image.getHeight())
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth())).distinct().count();
    }
}
