package io.relulab.report.chart;

import io.relulab.report.AtomicFiles;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Writes a {@link Figure} (or a single chart) as PNG — rendered by JFreeChart into an image and
 * encoded by {@link PngEncoder} — and as SVG — the same drawing calls recorded by JFreeSVG's
 * {@link SVGGraphics2D}, which writes SVG text directly into a string (no DOM, unlike Batik's svggen, which this
 * replaced for its start-up and serialisation cost), with text kept as text so it stays searchable and sharp,
 * and coordinates rounded to 1/100 of a layout pixel. Files are written atomically ({@link AtomicFiles}).
 * {@link #svg(Figure)} returns the bare {@code <svg>} element for inline embedding in HTML. Rendering is
 * headless.
 */
public final class ChartWriter {

    /** Default PNG pixel density: 2 image pixels per layout pixel, sharp on high-resolution screens. */
    public static final double DEFAULT_PNG_SCALE = 2.0;

    /** Prefix of the ids of clip paths and gradients; fixed, so that the same figure gives the same text. */
    private static final String ID_PREFIX = "relulab";

    private final double pngScale;

    /** A writer with the default PNG scale. */
    public ChartWriter() {
        this(DEFAULT_PNG_SCALE);
    }

    /** A writer whose PNGs have {@code pngScale} image pixels per layout pixel (in [0.25, 8]). */
    public ChartWriter(double pngScale) {
        if (!(pngScale >= 0.25 && pngScale <= 8)) {
            throw new IllegalArgumentException("pngScale must be in [0.25, 8], got " + pngScale);
        }
        this.pngScale = pngScale;
    }

    /** Writes the chart as a PNG at the default single-chart size. */
    public void writePng(JFreeChart chart, Path file) throws IOException {
        writePng(Figure.of(chart), file);
    }

    /** Writes the chart as an SVG at the default single-chart size. */
    public void writeSvg(JFreeChart chart, Path file) throws IOException {
        writeSvg(Figure.of(chart), file);
    }

    /** Writes the figure as a PNG, atomically. */
    public void writePng(Figure figure, Path file) throws IOException {
        BufferedImage image = png(figure);
        AtomicFiles.write(file, out -> PngEncoder.write(image, out));
    }

    /** Writes the figure as a standalone SVG document (with XML declaration), atomically. */
    public void writeSvg(Figure figure, Path file) throws IOException {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(figure) + "\n";
        AtomicFiles.write(file, out -> out.write(document.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes {@code base.png} and {@code base.svg} in {@code folder}; returns both paths. */
    public Path[] writePngAndSvg(Figure figure, Path folder, String base) throws IOException {
        Path png = folder.resolve(base + ".png");
        Path svg = folder.resolve(base + ".svg");
        writePng(figure, png);
        writeSvg(figure, svg);
        return new Path[] {png, svg};
    }

    /**
     * The figure as an {@code <svg>} element with {@code width}, {@code height} and a {@code viewBox}, without
     * XML declaration or DOCTYPE, for inline HTML.
     */
    public String svg(Figure figure) {
        SVGGraphics2D graphics = new SVGGraphics2D(figure.width(), figure.height());
        graphics.setDefsKeyPrefix(ID_PREFIX);
        graphics.setGeomDoubleConverter(ChartWriter::hundredths);
        graphics.setTransformDoubleConverter(ChartWriter::tenThousandths);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, figure.width(), figure.height());
        figure.draw(graphics);
        String svg = graphics.getSVGElement(null, true, new ViewBox(0, 0, figure.width(), figure.height()), null, null);
        graphics.dispose();
        // JFreeSVG declares its own namespace for element hints, which these charts never use
        String unused = " xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'";
        int declaration = svg.indexOf(unused);
        if (declaration > 0 && svg.indexOf("jfreesvg:", declaration + unused.length()) < 0) {
            svg = svg.substring(0, declaration) + svg.substring(declaration + unused.length());
        }
        return svg;
    }

    /** A coordinate to 1/100 of a pixel, shortest form ({@code 12.5}, {@code 40}); far below what a screen shows. */
    static String hundredths(double value) {
        return rounded(value, 100, 2);
    }

    /** A transform entry (scale factors of rotated text among them) to 1/10⁴. */
    static String tenThousandths(double value) {
        return rounded(value, 10_000, 4);
    }

    /**
     * Up to this many units (exclusive) a fraction is written by {@link #decimal(long, int, int)}, which gives the text
     * of {@code Double.toString(units / scale)} there: checked for every whole number of units in (−10⁸, 10⁸) at both
     * scales (at 1/10⁴ from 10 units on: below 10⁻³ {@code Double.toString} switches to "1.0E-4" notation), and in
     * ChartWriterTest for a range around the figures' coordinates and random units beyond.
     */
    static final long DECIMAL_LIMIT = 100_000_000;

    private static String rounded(double value, int scale, int digits) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        long units = Math.round(value * scale);
        if (units % scale == 0) {
            return Long.toString(units / scale);
        }
        long magnitude = Math.abs(units);
        if (magnitude < DECIMAL_LIMIT && magnitude * 1000 >= scale) {
            return decimal(units, scale, digits);
        }
        return Double.toString((double) units / scale);
    }

    /**
     * {@code units / scale} in plain decimal notation without trailing zeros ({@code -12.05}, {@code 0.5}), for
     * {@code scale} = 10^{@code digits} and units not a multiple of it. Figure 1's SVG has tens of thousands of such
     * coordinates; written digit by digit they cost a small fraction of {@code Double.toString}'s shortest-digits
     * search, and C2 has one large method less to compile while the trials run.
     */
    static String decimal(long units, int scale, int digits) {
        long magnitude = Math.abs(units);
        long fraction = magnitude % scale;
        int shown = digits;
        while (fraction % 10 == 0) {
            fraction /= 10;
            shown--;
        }
        char[] text = new char[24];
        int start = text.length;
        for (int i = 0; i < shown; i++) {
            text[--start] = (char) ('0' + fraction % 10);
            fraction /= 10;
        }
        text[--start] = '.';
        long whole = magnitude / scale;
        do {
            text[--start] = (char) ('0' + whole % 10);
            whole /= 10;
        } while (whole > 0);
        if (units < 0) {
            text[--start] = '-';
        }
        return new String(text, start, text.length - start);
    }

    /** The chart as an inline {@code <svg>} element at the default single-chart size. */
    public String svg(JFreeChart chart) {
        return svg(Figure.of(chart));
    }

    /** Renders the figure into an image at this writer's scale, panel by panel ({@link FigureRaster}). */
    public BufferedImage png(Figure figure) {
        FigureRaster raster = raster(figure.layout());
        for (int i = 0; i < figure.panels().size(); i++) {
            raster.draw(i, figure.panels().get(i));
        }
        return raster.image();
    }

    /** An empty image for {@code layout} at this writer's scale, to be drawn panel by panel. */
    public FigureRaster raster(GridLayout layout) {
        return new FigureRaster(layout, pngScale);
    }
}
