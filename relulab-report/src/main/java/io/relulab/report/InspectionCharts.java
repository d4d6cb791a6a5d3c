package io.relulab.report;

import io.relulab.report.chart.LineChart;
import io.relulab.report.chart.Palette;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The inspection page's figures, in the report's chart style: (a) per layer, the shares of dead, inactive,
 * τ-dormant and saturated units; (b) per layer, a histogram of the units' activation probability
 * Pr[z &gt; 0] in bins of {@value #BIN_WIDTH}.
 */
final class InspectionCharts {

    /** Width of a histogram bin of activation probability: 0.05 (20 bins over [0, 1]). */
    static final double BIN_WIDTH = 0.05;

    private static final String FONT = LineChart.FONT_FAMILY;
    private static final Color MUTED = new Color(0x555555);

    private InspectionCharts() {
    }

    /** Short category label of layer {@code index} (0-based): {@code L1 Relu}. */
    static String shortName(int index, InspectionPage.Layer layer) {
        return "L" + (index + 1) + " " + layer.op().split(" ")[0];
    }

    static JFreeChart shares(InspectionPage page) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<InspectionPage.Layer> layers = page.layers();
        for (int i = 0; i < layers.size(); i++) {
            InspectionPage.Layer layer = layers.get(i);
            String name = shortName(i, layer);
            dataset.addValue(100 * layer.deadShare(), "dead", name);
            dataset.addValue(100 * layer.inactiveShare(), "inactive", name);
            dataset.addValue(100 * layer.dormantShare(), "dormant (τ = " + number(page.tau()) + ")", name);
            dataset.addValue(100 * layer.saturatedShare(), "saturated (ε = " + number(page.saturationEpsilon()) + ")", name);
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.04);
        Color[] colours = {Palette.VERMILLION, Palette.ORANGE, Palette.SKY_BLUE, Palette.REDDISH_PURPLE};
        for (int s = 0; s < colours.length; s++) {
            renderer.setSeriesPaint(s, colours[s]);
        }
        NumberAxis values = new NumberAxis("share of the layer's units (%)");
        LineChart.styleValueAxisInPlace(values);
        values.setRange(0, 100);
        values.setNumberFormatOverride(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        CategoryAxis categories = new CategoryAxis(null);
        categories.setTickLabelFont(new Font(FONT, Font.PLAIN, 13));
        categories.setTickLabelPaint(LineChart.TEXT);
        categories.setAxisLinePaint(LineChart.AXIS_LINE);
        categories.setCategoryMargin(0.2);
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(layers.size() > 6 ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        LineChart.styleCategoryPlotInPlace(plot);
        JFreeChart chart = chart("(a) Dead, inactive, dormant and saturated units per layer",
                page.rows() + " rows of " + page.data(), plot);
        LegendTitle legend = new LegendTitle(plot);
        LineChart.styleLegendInPlace(legend);
        chart.addSubtitle(legend);
        return chart;
    }

    /** The histogram of per-unit activation probability of one layer. */
    static JFreeChart activationProbabilities(int index, InspectionPage.Layer layer) {
        int bins = (int) Math.round(1 / BIN_WIDTH);
        int[] counts = new int[bins];
        for (double p : layer.measures().unitActivationProbabilities()) {
            counts[Math.min(bins - 1, (int) Math.floor(p / BIN_WIDTH))]++;
        }
        XYIntervalSeries series = new XYIntervalSeries("units");
        for (int b = 0; b < bins; b++) {
            double low = b * BIN_WIDTH;
            series.add(low + BIN_WIDTH / 2, low, low + BIN_WIDTH, counts[b], 0, counts[b]);
        }
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(series);
        XYBarRenderer renderer = new XYBarRenderer(0.08);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, Palette.BLUE);
        NumberAxis probability = new NumberAxis("Pr[z > 0] of the unit");
        LineChart.styleValueAxisInPlace(probability);
        probability.setRange(0, 1);
        NumberAxis units = new NumberAxis("units");
        LineChart.styleValueAxisInPlace(units);
        units.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(dataset, probability, units, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(new Color(0xBBBBBB));
        plot.setRangeGridlinePaint(LineChart.GRID);
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return chart("(b" + (index + 1) + ") " + shortName(index, layer) + ": activation probability of its "
                + layer.units() + " units", layer.name(), plot);
    }

    private static JFreeChart chart(String title, String subtitle, org.jfree.chart.plot.Plot plot) {
        JFreeChart chart = LineChart.titledChart(title, plot);
        TextTitle sub = new TextTitle(subtitle, new Font(FONT, Font.PLAIN, 13));
        sub.setPaint(MUTED);
        sub.setPadding(new RectangleInsets(2, 0, 4, 0));
        chart.addSubtitle(sub);
        return chart;
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e6 ? Long.toString((long) value) : Double.toString(value);
    }
}
