package io.relulab.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Builds a readable line chart (JFreeChart) from {@link Series}: title and optional subtitle, axis
 * labels, a legend below the plot, solid zero lines on both axes, light grid, white background,
 * fonts sized for a report, and series styled in order by the {@link Palette} (colour + dash pattern,
 * later series drawn on top of earlier ones so that overlapping lines stay visible as stripes).
 * Bands are drawn translucent behind the lines in their series' colour and are not in the legend.
 *
 * <pre>{@code
 * JFreeChart chart = LineChart.builder("Activation functions")
 *         .axisLabels("x", "f(x)")
 *         .add(Series.of("ReLU", x, y))
 *         .build();
 * }</pre>
 */
public final class LineChart {

    /** The font family; the JDK's logical sans-serif font maps to an installed one everywhere. */
    public static final String FONT_FAMILY = Font.SANS_SERIF;
    /** Width of every series line in pixels (at 1×). */
    public static final float LINE_WIDTH = 2.4f;

    /** Colour of grid lines. */
    public static final Color GRID = new Color(0xE2E2E2);
    private static final Color ZERO_LINE = new Color(0x555555);
    /** Colour of titles, axis labels and tick labels. */
    public static final Color TEXT = new Color(0x222222);
    /** Colour of axis lines and tick marks. */
    public static final Color AXIS_LINE = new Color(0x888888);

    private LineChart() {
    }

    /** Starts a chart with the given title. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Collects the chart's content; {@link #build()} may be called more than once. */
    public static final class Builder {
        private final String title;
        private String subtitle;
        private String xLabel = "x";
        private String yLabel = "y";
        private final List<Series> series = new ArrayList<>();
        private Range xRange;
        private Range yRange;
        private boolean zeroLines = true;
        private boolean legend = true;

        private Builder(String title) {
            this.title = Objects.requireNonNull(title, "title");
        }

        /** A smaller line under the title. */
        public Builder subtitle(String text) {
            this.subtitle = text;
            return this;
        }

        /** The axis labels. */
        public Builder axisLabels(String x, String y) {
            this.xLabel = Objects.requireNonNull(x, "x label");
            this.yLabel = Objects.requireNonNull(y, "y label");
            return this;
        }

        /** Adds a series; it gets the next colour and dash pattern. */
        public Builder add(Series line) {
            series.add(Objects.requireNonNull(line, "series"));
            return this;
        }

        /** Adds every series in order. */
        public Builder addAll(List<Series> lines) {
            lines.forEach(this::add);
            return this;
        }

        /** Fixes the x range instead of fitting it to the data. */
        public Builder xRange(double lower, double upper) {
            this.xRange = range("x", lower, upper);
            return this;
        }

        /** Fixes the y range instead of fitting it to the data (with a small margin). */
        public Builder yRange(double lower, double upper) {
            this.yRange = range("y", lower, upper);
            return this;
        }

        /** Whether to draw the lines x = 0 and y = 0 (default true). */
        public Builder zeroLines(boolean draw) {
            this.zeroLines = draw;
            return this;
        }

        /** Whether to show the legend (default true). */
        public Builder legend(boolean show) {
            this.legend = show;
            return this;
        }

        /** Builds a new chart. */
        public JFreeChart build() {
            return LineChart.build(this);
        }

        private static Range range(String axis, double lower, double upper) {
            if (!(Double.isFinite(lower) && Double.isFinite(upper) && lower < upper)) {
                throw new IllegalArgumentException(axis + " range must be finite with lower < upper, got [" + lower + ", " + upper + "]");
            }
            return new Range(lower, upper);
        }
    }

    private static JFreeChart build(Builder builder) {
        // the lines' points as arrays (DefaultXYDataset), not one XYSeries.add per point: figure 1 alone has thousands
        // of points, whose adds made C2 compile XYSeries.add while the trials run; the renderer reads the same values
        DefaultXYDataset lines = new DefaultXYDataset();
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        DeviationRenderer bandRenderer = new DeviationRenderer(false, false);
        bandRenderer.setAlpha(0.22f);
        int bandIndex = 0;
        for (int index = 0; index < builder.series.size(); index++) {
            Series series = builder.series.get(index);
            double[] x = series.x();
            double[] y = series.y();
            lines.addSeries(series.name() + "#" + index, new double[][] {x, y});
            lineRenderer.setSeriesPaint(index, Palette.colour(index));
            lineRenderer.setSeriesStroke(index, Palette.stroke(index, LINE_WIDTH));
            if (series.hasBand()) {
                YIntervalSeries band = new YIntervalSeries(series.name() + "#band" + index, false, true);
                double[] lower = series.lower();
                double[] upper = series.upper();
                for (int i = 0; i < x.length; i++) {
                    band.add(x[i], y[i], lower[i], upper[i]);
                }
                bands.addSeries(band);
                bandRenderer.setSeriesFillPaint(bandIndex, Palette.colour(index));
                bandRenderer.setSeriesPaint(bandIndex, Palette.colour(index));
                bandIndex++;
            }
        }
        lineRenderer.setDrawSeriesLineAsPath(true); // dash patterns run continuously along the line
        lineRenderer.setLegendLine(new Line2D.Double(-16.0, 0.0, 16.0, 0.0));
        lineRenderer.setDefaultSeriesVisibleInLegend(true);
        bandRenderer.setDefaultSeriesVisibleInLegend(false);

        NumberAxis xAxis = axis(builder.xLabel);
        NumberAxis yAxis = axis(builder.yLabel);
        XYPlot plot = new XYPlot(lines, xAxis, yAxis, lineRenderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        if (bandIndex > 0) {
            plot.setDataset(1, bands);
            plot.setRenderer(1, bandRenderer);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE); // bands (index 1) behind lines
        }
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(new Color(0xBBBBBB));
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1.0f));
        plot.setRangeGridlineStroke(new BasicStroke(1.0f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(8, 4, 4, 16));
        if (builder.zeroLines) {
            plot.setDomainZeroBaselineVisible(true);
            plot.setRangeZeroBaselineVisible(true);
            plot.setDomainZeroBaselinePaint(ZERO_LINE);
            plot.setRangeZeroBaselinePaint(ZERO_LINE);
            plot.setDomainZeroBaselineStroke(new BasicStroke(1.2f));
            plot.setRangeZeroBaselineStroke(new BasicStroke(1.2f));
        }
        if (builder.xRange != null) {
            xAxis.setRange(builder.xRange);
        } else {
            xAxis.setAutoRangeIncludesZero(false);
        }
        if (builder.yRange != null) {
            double margin = 0.03 * builder.yRange.getLength();
            yAxis.setRange(builder.yRange.getLowerBound() - margin, builder.yRange.getUpperBound() + margin);
        } else {
            yAxis.setAutoRangeIncludesZero(false);
            yAxis.setUpperMargin(0.06);
            yAxis.setLowerMargin(0.06);
        }

        JFreeChart chart = titledChart(builder.title, plot);
        if (builder.subtitle != null) {
            TextTitle subtitle = new TextTitle(builder.subtitle, new Font(FONT_FAMILY, Font.PLAIN, 14));
            subtitle.setPaint(new Color(0x555555));
            subtitle.setPadding(new RectangleInsets(2, 0, 6, 0));
            chart.addSubtitle(subtitle);
        }
        if (builder.legend && !builder.series.isEmpty()) {
            LegendTitle legend = new LegendTitle(lineRenderer);
            styleLegendInPlace(legend);
            legend.setHorizontalAlignment(HorizontalAlignment.CENTER);
            chart.addSubtitle(legend);
        }
        // legend labels without the "#index" that keeps equal names distinct in the dataset
        lineRenderer.setLegendItemLabelGenerator((dataset, seriesIndex) -> builder.series.get(seriesIndex).name());
        return chart;
    }

    /**
     * Gives a value axis ReLU Lab's look, shared by the line charts and the study's bar charts: the label in 14 pt
     * and the tick labels in 13 pt {@link #FONT_FAMILY}, both in {@link #TEXT}; axis line and tick marks in
     * {@link #AXIS_LINE}.
     */
    public static void styleValueAxisInPlace(NumberAxis axis) {
        axis.setLabelFont(new Font(FONT_FAMILY, Font.PLAIN, 14));
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(new Font(FONT_FAMILY, Font.PLAIN, 13));
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(AXIS_LINE);
        axis.setTickMarkPaint(AXIS_LINE);
    }

    /**
     * A chart in ReLU Lab's frame, shared by the line charts, the study's bar charts and the inspection page's
     * charts: white, anti-aliased, 10 px padding, no built-in legend, and {@code title} in bold 18 pt
     * {@link #FONT_FAMILY} in {@link #TEXT}.
     */
    public static JFreeChart titledChart(String title, Plot plot) {
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(10, 10, 10, 10));
        TextTitle heading = new TextTitle(title, new Font(FONT_FAMILY, Font.BOLD, 18));
        heading.setPaint(TEXT);
        chart.setTitle(heading);
        return chart;
    }

    /**
     * Gives a bar chart's plot ReLU Lab's look, shared by the study's bar charts and the inspection page: white,
     * a light frame, horizontal grid lines only, no axis offset.
     */
    public static void styleCategoryPlotInPlace(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(new Color(0xBBBBBB));
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1.0f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(8, 4, 4, 16));
    }

    /**
     * Gives a legend ReLU Lab's look, shared by the line charts and the study's bar charts: 14 pt
     * {@link #FONT_FAMILY} items in {@link #TEXT} on white, no frame, below the plot.
     */
    public static void styleLegendInPlace(LegendTitle legend) {
        legend.setItemFont(new Font(FONT_FAMILY, Font.PLAIN, 14));
        legend.setItemPaint(TEXT);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new SparseNumberAxis(label);
        styleValueAxisInPlace(axis);
        axis.setAutoRangeStickyZero(false); // keep the margin beyond 0, so a line at 0 is not drawn on the frame
        return axis;
    }

    /**
     * A number axis whose automatic ticks are at least {@value #MINIMUM_TICK_SPACING} pixels apart
     * (JFreeChart packs them as tightly as the labels allow, which reads poorly on a vertical axis).
     */
    private static final class SparseNumberAxis extends NumberAxis {
        private static final long serialVersionUID = 1L;
        private static final double MINIMUM_TICK_SPACING = 40.0;

        SparseNumberAxis(String label) {
            super(label);
        }

        @Override
        protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
            super.selectAutoTickUnit(g2, dataArea, edge);
            double pixels = RectangleEdge.isTopOrBottom(edge) ? dataArea.getWidth() : dataArea.getHeight();
            double maximumTicks = Math.max(2.0, pixels / MINIMUM_TICK_SPACING);
            TickUnitSource source = getStandardTickUnits();
            TickUnit unit = getTickUnit();
            while (getRange().getLength() / unit.getSize() > maximumTicks) {
                TickUnit larger = source.getLargerTickUnit(unit);
                if (larger.getSize() <= unit.getSize()) {
                    break;
                }
                unit = larger;
            }
            if (unit instanceof NumberTickUnit numberUnit) {
                setTickUnit(numberUnit, false, false);
            }
        }
    }
}
