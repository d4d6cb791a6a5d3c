package io.relulab.report.chart;

import io.relulab.report.AtomicFiles;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a {@link Figure} (or a single chart) as PNG — rendered by JFreeChart into an image and
 * encoded by {@link ChartUtils} — and as SVG — the same drawing calls recorded by Batik's
 * {@link SVGGraphics2D}, with text kept as text so it stays searchable and sharp. Files are written
 * atomically ({@link AtomicFiles}). {@link #svg(Figure)} returns the bare {@code <svg>} element for
 * inline embedding in HTML. Rendering is headless.
 */
public final class ChartWriter {

    /** Default PNG pixel density: 2 image pixels per layout pixel, sharp on high-resolution screens. */
    public static final double DEFAULT_PNG_SCALE = 2.0;

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

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
        AtomicFiles.write(file, out -> ChartUtils.writeBufferedImageAsPNG(out, image));
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
     * The figure as an {@code <svg>} element, without XML declaration or DOCTYPE (Batik adds both; the
     * DOCTYPE would make XML tools fetch the SVG 1.0 DTD from the network), for inline HTML.
     */
    public String svg(Figure figure) {
        SVGGraphics2D graphics = render(figure);
        Element root = root(graphics, figure);
        StringWriter writer = new StringWriter();
        try {
            graphics.stream(root, writer, true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        String text = writer.toString();
        int start = text.indexOf("<svg");
        if (start < 0) {
            throw new IllegalStateException("Batik produced no <svg> element");
        }
        return text.substring(start).strip();
    }

    /** The chart as an inline {@code <svg>} element at the default single-chart size. */
    public String svg(JFreeChart chart) {
        return svg(Figure.of(chart));
    }

    /** Renders the figure into an image at this writer's scale. */
    public BufferedImage png(Figure figure) {
        int width = (int) Math.ceil(figure.width() * pngScale);
        int height = (int) Math.ceil(figure.height() * pngScale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.scale(pngScale, pngScale);
            figure.draw(graphics);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    private static SVGGraphics2D render(Figure figure) {
        Document document = newDocument();
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("ReLU Lab chart (JFreeChart + Batik SVGGraphics2D)");
        context.setPrecision(4);
        SVGGraphics2D graphics = new SVGGraphics2D(context, false); // text stays text
        graphics.setSVGCanvasSize(new Dimension(figure.width(), figure.height()));
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, figure.width(), figure.height());
        figure.draw(graphics);
        return graphics;
    }

    private static Element root(SVGGraphics2D graphics, Figure figure) {
        Element root = graphics.getRoot();
        root.setAttributeNS(null, "viewBox", "0 0 " + figure.width() + " " + figure.height());
        root.setAttributeNS(null, "width", Integer.toString(figure.width()));
        root.setAttributeNS(null, "height", Integer.toString(figure.height()));
        return root;
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().newDocument();
            document.appendChild(document.createElementNS(SVG_NAMESPACE, "svg"));
            return document;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not configured", e);
        }
    }
}
