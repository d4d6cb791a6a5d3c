package io.relulab.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;

class ValueAxisStyleTest {

    @Test
    void styleValueAxisInPlaceSetsTheHouseFontsAndColours() {
        NumberAxis axis = new NumberAxis("loss");
        LineChart.styleValueAxisInPlace(axis);
        assertThat(axis.getLabelFont()).isEqualTo(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        assertThat(axis.getTickLabelFont()).isEqualTo(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        assertThat(axis.getLabelPaint()).isEqualTo(new Color(0x222222));
        assertThat(axis.getTickLabelPaint()).isEqualTo(new Color(0x222222));
        assertThat(axis.getAxisLinePaint()).isEqualTo(new Color(0x888888));
        assertThat(axis.getTickMarkPaint()).isEqualTo(new Color(0x888888));
        assertThat(axis.getLabel()).isEqualTo("loss");
    }
}
