package io.relulab.report.chart;

import java.awt.geom.Rectangle2D;

/**
 * Where the panels of a figure go: {@code panels} equal cells laid out row by row, {@code columns} across. A row
 * with fewer panels than columns makes a narrower figure (a one-row figure is as wide as its panels).
 *
 * @param panels the number of panels
 * @param columns panels per row
 * @param panelWidth width of one panel in pixels (at 1×)
 * @param panelHeight height of one panel in pixels (at 1×)
 */
public record GridLayout(int panels, int columns, int panelWidth, int panelHeight) {

    /** Validates the layout. */
    public GridLayout {
        if (panels < 1) {
            throw new IllegalArgumentException("a figure needs at least one panel");
        }
        if (columns < 1 || panelWidth < 1 || panelHeight < 1) {
            throw new IllegalArgumentException("columns and panel sizes must be >= 1, got columns=" + columns
                    + ", panel " + panelWidth + "x" + panelHeight);
        }
    }

    /** The number of rows. */
    public int rows() {
        return (panels + columns - 1) / columns;
    }

    /** Total width in pixels (at 1×). */
    public int width() {
        return Math.min(columns, panels) * panelWidth;
    }

    /** Total height in pixels (at 1×). */
    public int height() {
        return rows() * panelHeight;
    }

    /** The cell of panel {@code index} (0-based, row by row), in pixels at 1×. */
    public Rectangle2D cell(int index) {
        if (index < 0 || index >= panels) {
            throw new IndexOutOfBoundsException("panel " + index + " of " + panels);
        }
        return new Rectangle2D.Double((index % columns) * panelWidth, (index / columns) * panelHeight, panelWidth, panelHeight);
    }
}
