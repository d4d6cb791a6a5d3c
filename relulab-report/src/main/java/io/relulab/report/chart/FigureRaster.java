package io.relulab.report.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;

/**
 * The PNG image of a figure, drawn one panel at a time: so that the panels known early (figure 1's activation
 * curves) can be drawn before the others exist, and the others later, in any order. Each panel is drawn with a
 * {@code Graphics2D} of its own (antialiased, pure strokes, quality rendering, scaled to {@code scale} image pixels
 * per layout pixel) into its cell of one white image; JFreeChart clips every chart to its area, so a panel never
 * touches another's pixels and the image is the same as when the panels are drawn one after another (tested).
 * Rows of the image can be encoded ({@link PngEncoder#encodeRows(int)}) once every panel they cross is drawn
 * ({@link #endOfRow(int)}).
 *
 * <p>One thread draws one panel at a time; different panels may be drawn by different threads.
 */
public final class FigureRaster {

    private final GridLayout layout;
    private final double scale;
    private final BufferedImage image;

    /** An empty (white) image for {@code layout} at {@code scale} image pixels per layout pixel. */
    public FigureRaster(GridLayout layout, double scale) {
        this.layout = layout;
        this.scale = scale;
        this.image = new BufferedImage((int) Math.ceil(layout.width() * scale), (int) Math.ceil(layout.height() * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        } finally {
            graphics.dispose();
        }
    }

    /** The layout. */
    public GridLayout layout() {
        return layout;
    }

    /** Draws {@code chart} as panel {@code index} (0-based, row by row); rotated labels as text ({@link RotatedText}). */
    public void draw(int index, JFreeChart chart) {
        var cell = layout.cell(index);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.scale(scale, scale);
            RotatedText.asText(() -> chart.draw(graphics, cell));
        } finally {
            graphics.dispose();
        }
    }

    /**
     * The image rows that only the panels of grid rows {@code 0..row} touch end before this one: once those panels are
     * drawn, the rows above it are final. (At a scale where panels do not end on a whole pixel, the row they share with
     * the next panels is not among them.)
     */
    public int endOfRow(int row) {
        return row >= layout.rows() - 1 ? image.getHeight() : (int) Math.floor((row + 1) * layout.panelHeight() * scale);
    }

    /** The image (the same object every time: later panels are drawn into it). */
    public BufferedImage image() {
        return image;
    }
}
