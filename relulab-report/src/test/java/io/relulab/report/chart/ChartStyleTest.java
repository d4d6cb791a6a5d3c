package io.relulab.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.junit.jupiter.api.Test;

class ChartStyleTest {

    @Test
    void styleValueAxisInPlaceSetsTheHouseFontsAndColours() {
        NumberAxis axis = new NumberAxis("loss");
        LineChart.styleValueAxisInPlace(axis);
        assertThat(axis.getLabelFont()).isEqualTo(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        assertThat(axis.getTickLabelFont()).isEqualTo(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        assertThat(axis.getLabelPaint()).isEqualTo(new Color(0x222222));
        assertThat(axis.getTickLabelPaint()).isEqualTo(new Color(0x222222));
        assertThat(axis.getAxisLinePaint()).isEqualTo(new Color(0x888888));
        assertThat(axis.getTickMarkPaint()).isEqualTo(new Color(0x888888));
        assertThat(axis.getLabel()).isEqualTo("loss");
    }

    @Test
    void styleLegendInPlaceSetsTheHouseLegend() {
        LegendTitle legend = new LegendTitle(new XYPlot());
        LineChart.styleLegendInPlace(legend);
        assertThat(legend.getItemFont()).isEqualTo(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        assertThat(legend.getItemPaint()).isEqualTo(new Color(0x222222));
        assertThat(legend.getFrame()).isEqualTo(BlockBorder.NONE);
        assertThat(legend.getBackgroundPaint()).isEqualTo(Color.WHITE);
        assertThat(legend.getPosition()).isEqualTo(RectangleEdge.BOTTOM);
        assertThat(legend.getItemLabelPadding()).isEqualTo(new RectangleInsets(2, 4, 2, 14));
    }
}
