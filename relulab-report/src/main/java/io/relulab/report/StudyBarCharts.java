package io.relulab.report;

import io.relulab.experiment.VariantSummary;
import io.relulab.report.chart.LineChart;
import io.relulab.report.chart.Palette;
import io.relulab.stats.Summary;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * The two bar panels of figure 2, styled like the chart foundation's line charts (same fonts, grid, white
 * background) with each activation in its {@link Palette} colour: final test accuracy with 95 % confidence
 * intervals, and final training and validation loss.
 */
final class StudyBarCharts {

    private static final String FONT = LineChart.FONT_FAMILY;
    private static final Color TEXT = LineChart.TEXT;
    private static final Color MUTED = new Color(0x555555);
    /** Above this many bars the category labels are turned by 45°. */
    private static final int UPRIGHT_LABELS = 5;

    private StudyBarCharts() {
    }

    /**
     * (c) Final test accuracy: for each activation a dot at its mean over finished seeds with the 95 % confidence
     * interval as a line through it, and the mean written above. The value axis is zoomed to the intervals, because
     * differences of a few thousandths would be invisible on [0, 1]; a dot-and-interval plot (unlike bars, whose
     * lengths would then mislead) reads correctly on a zoomed axis, and the subtitle says where the axis starts.
     */
    static JFreeChart testAccuracy(List<VariantSummary> variants, String context) {
        DefaultStatisticalCategoryDataset dataset = new DefaultStatisticalCategoryDataset();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (VariantSummary variant : variants) {
            Optional<Summary> accuracy = variant.testAccuracy();
            if (accuracy.isEmpty()) {
                dataset.add((Number) null, null, "test accuracy", variant.activation());
                continue;
            }
            Summary s = accuracy.get();
            boolean spread = s.hasSpread() && Double.isFinite(s.halfWidth());
            dataset.add((Number) s.mean(), spread ? (Number) s.halfWidth() : null, "test accuracy", variant.activation());
            low = Math.min(low, spread ? s.confidenceLow() : s.mean());
            high = Math.max(high, spread ? s.confidenceHigh() : s.mean());
        }
        boolean any = low <= high;
        low = Math.max(0, low); // an interval of a few seeds can reach outside [0, 1]; accuracy cannot
        high = Math.min(1, high);
        double span = any ? Math.max(high - low, 0.004) : 1;
        double axisLow = any ? Math.max(0, low - 0.9 * span) : 0;
        double axisHigh = any ? Math.min(1.0 + 0.15 * span, high + 0.35 * span) : 1; // room above for the values

        // a dot at the mean and a line for the interval: no bar whose length, on a zoomed axis, would exaggerate
        StatisticalLineAndShapeRenderer renderer = new StatisticalLineAndShapeRenderer(false, true) {
            @Override
            public Paint getItemPaint(int row, int column) {
                return Palette.colour(column);
            }
        };
        renderer.setDefaultShape(new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12));
        renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12));
        renderer.setUseFillPaint(false);
        renderer.setErrorIndicatorPaint(TEXT);
        renderer.setErrorIndicatorStroke(new BasicStroke(2.0f));
        renderer.setDefaultSeriesVisibleInLegend(false);

        NumberAxis valueAxis = valueAxis("test accuracy");
        valueAxis.setRange(axisLow, axisHigh);
        valueAxis.setTickUnit(new NumberTickUnit(niceStep((axisHigh - axisLow) / 8), decimals(3)));
        CategoryPlot plot = plot(dataset, renderer, valueAxis, variants.size());
        for (int i = 0; i < variants.size(); i++) {
            VariantSummary variant = variants.get(i);
            Optional<Summary> accuracy = variant.testAccuracy();
            CategoryTextAnnotation label;
            if (accuracy.isEmpty()) {
                label = new CategoryTextAnnotation("all diverged", variant.activation(), axisLow + 0.05 * (axisHigh - axisLow));
                label.setPaint(MUTED);
            } else {
                Summary s = accuracy.get();
                double top = Math.min(1, s.hasSpread() && Double.isFinite(s.confidenceHigh()) ? s.confidenceHigh() : s.mean());
                label = new CategoryTextAnnotation(NumberText.fixed4(s.mean()), variant.activation(),
                        top + 0.04 * (axisHigh - axisLow));
                label.setPaint(TEXT);
            }
            label.setFont(new Font(FONT, Font.BOLD, 14));
            label.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            plot.addAnnotation(label);
        }
        String note = any ? String.format(Locale.ROOT, "dot: mean · line: %s %% CI · axis from %.3f",
                Summary.percent(Summary.DEFAULT_CONFIDENCE_LEVEL), axisLow) : "no trial finished";
        return chart("(c) Final test accuracy", context + " · mean over seeds", note, plot, false);
    }

    /**
     * (d) Final training loss (Keras' mean over the last epoch's batches) and validation loss, mean over finished
     * seeds: for each activation a solid bar (training) and a light bar (validation) in its colour, values above.
     */
    static JFreeChart losses(List<VariantSummary> variants, String context) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        double highest = 0;
        for (VariantSummary variant : variants) {
            double training = StudyFigures.mean(variant.finalTrainingLoss());
            double validation = StudyFigures.mean(variant.finalValidationLoss());
            dataset.addValue(Double.isFinite(training) ? training : null, "training loss", variant.activation());
            dataset.addValue(Double.isFinite(validation) ? validation : null, "validation loss", variant.activation());
            highest = Math.max(highest, Math.max(finiteOrZero(training), finiteOrZero(validation)));
        }
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                Color colour = Palette.colour(column);
                return row == 0 ? colour : Palette.translucent(colour, 0.38);
            }

            @Override
            public Paint getItemOutlinePaint(int row, int column) {
                return Palette.colour(column);
            }
        };
        styleBars(renderer);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlineStroke(new BasicStroke(1.4f));
        renderer.setItemMargin(0.06);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", decimals(3)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 13));
        renderer.setDefaultItemLabelPaint(TEXT);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        renderer.setItemLabelAnchorOffset(3);

        NumberAxis valueAxis = valueAxis("loss (binary cross-entropy)");
        valueAxis.setRange(0, highest > 0 ? highest * 1.18 : 1);
        valueAxis.setNumberFormatOverride(decimals(2));
        CategoryPlot plot = plot(dataset, renderer, valueAxis, variants.size());
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(legendItem("training (last epoch, mean of batches)", new Color(0x666666)));
        legend.add(legendItem("validation (after last epoch)", Palette.translucent(new Color(0x666666), 0.38)));
        plot.setFixedLegendItems(legend);
        return chart("(d) Final training and validation loss", context + " · mean over seeds", null, plot, true);
    }

    private static void styleBars(BarRenderer renderer) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.16);
        renderer.setDrawBarOutline(false);
    }

    private static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        LineChart.styleValueAxisInPlace(axis);
        return axis;
    }

    private static CategoryPlot plot(CategoryDataset dataset, org.jfree.chart.renderer.category.CategoryItemRenderer renderer,
            NumberAxis valueAxis, int categories) {
        CategoryAxis categoryAxis = new CategoryAxis(null);
        categoryAxis.setTickLabelFont(new Font(FONT, Font.PLAIN, 14));
        categoryAxis.setTickLabelPaint(TEXT);
        categoryAxis.setAxisLinePaint(LineChart.AXIS_LINE);
        categoryAxis.setCategoryMargin(0.25);
        categoryAxis.setLowerMargin(0.04);
        categoryAxis.setUpperMargin(0.04);
        categoryAxis.setMaximumCategoryLabelLines(2);
        categoryAxis.setMaximumCategoryLabelWidthRatio(1.6f);
        if (categories > UPRIGHT_LABELS) {
            categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        LineChart.styleCategoryPlotInPlace(plot);
        return plot;
    }

    private static JFreeChart chart(String title, String subtitle, String note, CategoryPlot plot, boolean legend) {
        JFreeChart chart = LineChart.titledChart(title, plot);
        chart.addSubtitle(subtitle(subtitle));
        if (note != null) {
            chart.addSubtitle(subtitle(note));
        }
        if (legend) {
            LegendTitle items = new LegendTitle(plot);
            LineChart.styleLegendInPlace(items);
            chart.addSubtitle(items);
        }
        return chart;
    }

    private static TextTitle subtitle(String text) {
        TextTitle subtitle = new TextTitle(text, new Font(FONT, Font.PLAIN, 14));
        subtitle.setPaint(MUTED);
        subtitle.setPadding(new RectangleInsets(2, 0, 4, 0));
        return subtitle;
    }

    private static LegendItem legendItem(String label, Color fill) {
        LegendItem item = new LegendItem(label, null, null, null, new Rectangle(-7, -7, 14, 14), fill,
                new BasicStroke(1.4f), new Color(0x666666));
        item.setLabelFont(new Font(FONT, Font.PLAIN, 14));
        item.setLabelPaint(TEXT);
        return item;
    }

    private static DecimalFormat decimals(int places) {
        return new DecimalFormat("0." + "0".repeat(places), DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** The step among 1, 2, 2.5 and 5 times a power of ten that is closest above {@code rough}. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * power >= rough) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static double finiteOrZero(double value) {
        return Double.isFinite(value) ? value : 0;
    }
}
