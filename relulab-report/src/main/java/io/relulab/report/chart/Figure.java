package io.relulab.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * One or more charts laid out in a grid of equal panels, row by row: the unit that
 * {@link ChartWriter} writes. A single chart is a one-panel figure.
 *
 * @param panels the charts, row by row
 * @param columns panels per row
 * @param panelWidth width of one panel in pixels (at 1×)
 * @param panelHeight height of one panel in pixels (at 1×)
 */
public record Figure(List<JFreeChart> panels, int columns, int panelWidth, int panelHeight) {

    /** Default size of a single chart. */
    public static final int DEFAULT_WIDTH = 800;
    /** Default size of a single chart. */
    public static final int DEFAULT_HEIGHT = 560;
    /** Default size of a panel in a multi-panel row. */
    public static final int DEFAULT_PANEL_WIDTH = 620;
    /** Default size of a panel in a multi-panel row. */
    public static final int DEFAULT_PANEL_HEIGHT = 520;

    /** Validates the layout. */
    public Figure {
        panels = List.copyOf(panels);
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one panel");
        }
        if (columns < 1 || panelWidth < 1 || panelHeight < 1) {
            throw new IllegalArgumentException("columns and panel sizes must be >= 1, got columns=" + columns
                    + ", panel " + panelWidth + "x" + panelHeight);
        }
    }

    /** A single chart at the default size. */
    public static Figure of(JFreeChart chart) {
        return of(chart, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /** A single chart at the given size. */
    public static Figure of(JFreeChart chart, int width, int height) {
        return new Figure(List.of(Objects.requireNonNull(chart, "chart")), 1, width, height);
    }

    /** Charts side by side in one row at the default panel size. */
    public static Figure row(List<JFreeChart> charts) {
        return new Figure(charts, charts.size(), DEFAULT_PANEL_WIDTH, DEFAULT_PANEL_HEIGHT);
    }

    /** The number of rows. */
    public int rows() {
        return (panels.size() + columns - 1) / columns;
    }

    /** Total width in pixels (at 1×). */
    public int width() {
        return Math.min(columns, panels.size()) * panelWidth;
    }

    /** Total height in pixels (at 1×). */
    public int height() {
        return rows() * panelHeight;
    }

    /** Draws every panel into {@code graphics}, whose user space is pixels at 1×, rotated labels as text ({@link RotatedText}). */
    void draw(Graphics2D graphics) {
        RotatedText.asText(() -> {
            for (int i = 0; i < panels.size(); i++) {
                int row = i / columns;
                int column = i % columns;
                Rectangle2D area = new Rectangle2D.Double(column * panelWidth, row * panelHeight, panelWidth, panelHeight);
                panels.get(i).draw(graphics, area);
            }
        });
    }
}
