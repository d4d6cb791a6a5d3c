package io.relulab.report.chart;

import java.awt.Graphics2D;
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
        new GridLayout(panels.size(), columns, panelWidth, panelHeight);
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

    /** Where the panels go. */
    public GridLayout layout() {
        return new GridLayout(panels.size(), columns, panelWidth, panelHeight);
    }

    /** The number of rows. */
    public int rows() {
        return layout().rows();
    }

    /** Total width in pixels (at 1×). */
    public int width() {
        return layout().width();
    }

    /** Total height in pixels (at 1×). */
    public int height() {
        return layout().height();
    }

    /** Draws every panel into {@code graphics}, whose user space is pixels at 1×, rotated labels as text ({@link RotatedText}). */
    void draw(Graphics2D graphics) {
        GridLayout layout = layout();
        RotatedText.asText(() -> {
            for (int i = 0; i < panels.size(); i++) {
                panels.get(i).draw(graphics, layout.cell(i));
            }
        });
    }
}
