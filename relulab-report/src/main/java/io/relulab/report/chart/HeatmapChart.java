package io.relulab.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A heatmap of a value over a grid of categories — columns (x) by rows (y) — with each cell's value and its count
 * printed in it, an optional boundary drawn along the cell edges that separate cells at or above a threshold from
 * cells below it, and a colour bar. Built on JFreeChart's {@link XYBlockRenderer}; cells without data stay white
 * and are labelled {@code no data}, cells whose value is not a number are grey.
 *
 * <p>Colours: a sequential scale interpolated in RGB between the viridis anchors (van der Walt and Smith, the
 * matplotlib default), perceptually ordered and colour-blind safe; text is black on light cells, white on dark.
 */
public final class HeatmapChart {

    /** The viridis colour map at 0, 0.25, 0.5, 0.75 and 1 (matplotlib's {@code viridis}). */
    private static final Color[] VIRIDIS = {
        new Color(0x440154), new Color(0x3B528B), new Color(0x21918C), new Color(0x5EC962), new Color(0xFDE725)
    };
    private static final Color NOT_A_NUMBER = new Color(0xBBBBBB);
    private static final BasicStroke BOUNDARY_STROKE = new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    /**
     * The data of one heatmap.
     *
     * @param title panel title
     * @param xLabel name of the columns' axis
     * @param columns column labels, left to right
     * @param yLabel name of the rows' axis
     * @param rows row labels, bottom to top
     * @param values value per [row][column]; NaN where the cell has trials but no number
     * @param counts count printed per [row][column] (e.g. seeds); 0 where the cell has no data
     * @param low value at the bottom of the colour scale
     * @param high value at the top of the colour scale
     * @param format how a value is printed in a cell and on the colour bar
     * @param scaleLabel the colour bar's label
     * @param boundary per [row][column] whether the cell is at or above the boundary threshold, or null for no boundary
     * @param reversed whether high values are dark (true) or light (false)
     * @param notANumberText what a cell with trials but no number says, e.g. {@code all diverged}
     */
    public record Data(String title, String xLabel, List<String> columns, String yLabel, List<String> rows,
            double[][] values, int[][] counts, double low, double high, DoubleFunction<String> format, String scaleLabel,
            boolean[][] boundary, boolean reversed, String notANumberText) {

        public Data {
            Objects.requireNonNull(format, "format");
            if (values.length != rows.size() || counts.length != rows.size()) {
                throw new IllegalArgumentException("a heatmap needs one row of values and counts per row label");
            }
            if (!(high > low)) {
                throw new IllegalArgumentException("the colour scale needs low < high, got " + low + " and " + high);
            }
        }
    }

    private HeatmapChart() {
    }

    /** The heatmap as a chart. */
    public static JFreeChart of(Data data) {
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        int cells = 0;
        for (int r = 0; r < data.rows().size(); r++) {
            for (int c = 0; c < data.columns().size(); c++) {
                if (data.counts()[r][c] > 0) {
                    cells++;
                }
            }
        }
        double[][] xyz = new double[3][cells];
        int i = 0;
        for (int r = 0; r < data.rows().size(); r++) {
            for (int c = 0; c < data.columns().size(); c++) {
                if (data.counts()[r][c] > 0) {
                    xyz[0][i] = c;
                    xyz[1][i] = r;
                    xyz[2][i] = data.values()[r][c];
                    i++;
                }
            }
        }
        dataset.addSeries("cells", xyz);
        Font tickFont = new Font(LineChart.FONT_FAMILY, Font.PLAIN, 13);
        Font labelFont = new Font(LineChart.FONT_FAMILY, Font.PLAIN, 14);
        SymbolAxis x = new SymbolAxis(data.xLabel(), data.columns().toArray(String[]::new));
        SymbolAxis y = new SymbolAxis(data.yLabel(), data.rows().toArray(String[]::new));
        for (SymbolAxis axis : List.of(x, y)) {
            axis.setGridBandsVisible(false);
            axis.setTickLabelFont(tickFont);
            axis.setLabelFont(labelFont);
        }
        x.setRange(-0.5, data.columns().size() - 0.5);
        y.setRange(-0.5, data.rows().size() - 0.5);
        PaintScale scale = new Scale(data.low(), data.high(), data.reversed());
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setDefaultToolTipGenerator(null);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlinePaint(Color.GRAY);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        annotate(plot, data, scale);
        if (data.boundary() != null) {
            boundary(plot, data.boundary());
        }
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle(data.title(), new Font(LineChart.FONT_FAMILY, Font.BOLD, 15)));
        NumberAxis legendAxis = new NumberAxis(data.scaleLabel());
        legendAxis.setRange(data.low(), data.high());
        legendAxis.setTickLabelFont(tickFont);
        legendAxis.setLabelFont(tickFont);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setMargin(new RectangleInsets(8, 8, 8, 4));
        legend.setStripWidth(14);
        legend.setSubdivisionCount(64);
        chart.addSubtitle(legend);
        return chart;
    }

    private static void annotate(XYPlot plot, Data data, PaintScale scale) {
        Font valueFont = new Font(LineChart.FONT_FAMILY, Font.BOLD, 13);
        Font countFont = new Font(LineChart.FONT_FAMILY, Font.PLAIN, 11);
        for (int r = 0; r < data.rows().size(); r++) {
            for (int c = 0; c < data.columns().size(); c++) {
                int count = data.counts()[r][c];
                double value = data.values()[r][c];
                if (count <= 0) {
                    plot.addAnnotation(text("no data", c, r, countFont, Color.GRAY, TextAnchor.CENTER));
                    continue;
                }
                Color cell = (Color) scale.getPaint(value);
                Color ink = luminance(cell) > 0.5 ? Color.BLACK : Color.WHITE;
                String shown = Double.isNaN(value) ? data.notANumberText() : data.format().apply(value);
                plot.addAnnotation(text(shown, c, r + 0.08, valueFont, ink, TextAnchor.BOTTOM_CENTER));
                plot.addAnnotation(text("n=" + count, c, r - 0.08, countFont, ink, TextAnchor.TOP_CENTER));
            }
        }
    }

    private static XYTextAnnotation text(String text, double x, double y, Font font, Paint paint, TextAnchor anchor) {
        XYTextAnnotation annotation = new XYTextAnnotation(text, x, y);
        annotation.setFont(font);
        annotation.setPaint(paint);
        annotation.setTextAnchor(anchor);
        annotation.setToolTipText(null);
        return annotation;
    }

    /** Draws the edges between a cell at or above the threshold and a neighbour below it (or outside the grid's data). */
    private static void boundary(XYPlot plot, boolean[][] above) {
        Paint ink = new Color(0xD55E00);
        int rows = above.length;
        for (int r = 0; r < rows; r++) {
            int columns = above[r].length;
            for (int c = 0; c < columns; c++) {
                if (c + 1 < columns && above[r][c] != above[r][c + 1]) {
                    plot.addAnnotation(new XYLineAnnotation(c + 0.5, r - 0.5, c + 0.5, r + 0.5, BOUNDARY_STROKE, ink));
                }
                if (r + 1 < rows && above[r][c] != above[r + 1][c]) {
                    plot.addAnnotation(new XYLineAnnotation(c - 0.5, r + 0.5, c + 0.5, r + 0.5, BOUNDARY_STROKE, ink));
                }
            }
        }
    }

    private static double luminance(Color colour) {
        return (0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue()) / 255;
    }

    /** Viridis between {@code low} and {@code high}; grey for NaN. */
    private record Scale(double low, double high, boolean reversed) implements PaintScale {

        @Override
        public double getLowerBound() {
            return low;
        }

        @Override
        public double getUpperBound() {
            return high;
        }

        @Override
        public Paint getPaint(double value) {
            if (Double.isNaN(value)) {
                return NOT_A_NUMBER;
            }
            double t = Math.max(0, Math.min(1, (value - low) / (high - low)));
            if (reversed) {
                t = 1 - t;
            }
            double position = t * (VIRIDIS.length - 1);
            int index = Math.min(VIRIDIS.length - 2, (int) Math.floor(position));
            double f = position - index;
            Color a = VIRIDIS[index];
            Color b = VIRIDIS[index + 1];
            return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
        }

        private static int mix(int a, int b, double f) {
            return (int) Math.round(a + (b - a) * f);
        }
    }
}
