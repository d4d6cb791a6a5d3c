package io.relulab.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.activation.Activation;
import io.relulab.activation.Elu;
import io.relulab.activation.LeakyRelu;
import io.relulab.activation.PRelu;
import io.relulab.activation.Relu;
import io.relulab.activation.Tanh;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class ActivationChartsTest {

    private static final List<Activation> NOTEBOOK = List.of(new Relu(), new LeakyRelu(0.1), new PRelu(0.2), new Elu());

    @Test
    void derivativePanelSamplesTheKinkExactlyAndShowsTheConvention() {
        XYDataset data = ActivationCharts.derivatives(NOTEBOOK).getXYPlot().getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(4);
        int zero = indexOf(data, 0, 0.0);
        assertThat(data.getYValue(0, zero)).as("ReLU′(0)").isEqualTo(0.0);
        assertThat(data.getYValue(1, zero)).as("LeakyReLU′(0)").isEqualTo(0.1);
        assertThat(data.getYValue(2, zero)).as("PReLU′(0)").isEqualTo(0.2);
        assertThat(data.getYValue(3, zero)).as("ELU′(0)").isEqualTo(1.0);
        assertThat(data.getXValue(0, 0)).isEqualTo(-3.0);
        assertThat(data.getXValue(0, data.getItemCount(0) - 1)).isEqualTo(3.0);
    }

    @Test
    void negativePanelCoversMinusTwoToZeroAndNamesTheUnitsThatCanDie() {
        JFreeChart chart = ActivationCharts.negativeInputs(NOTEBOOK);
        XYDataset data = chart.getXYPlot().getDataset();
        assertThat(data.getXValue(0, 0)).isEqualTo(-2.0);
        assertThat(data.getXValue(0, data.getItemCount(0) - 1)).isEqualTo(0.0);
        assertThat(((TextTitle) chart.getSubtitle(0)).getText()).isEqualTo("flat, so no gradient, for x < 0: ReLU");
        assertThat(((TextTitle) ActivationCharts.negativeInputs(List.of(new Tanh())).getSubtitle(0)).getText())
                .isEqualTo("every activation shown keeps a gradient for x < 0");
    }

    @Test
    void figureHasThreePanels() {
        assertThat(ActivationCharts.figure(NOTEBOOK).panels()).hasSize(3);
        assertThat(ActivationCharts.functions(NOTEBOOK).getTitle().getText()).isEqualTo("Activation functions");
    }

    private static int indexOf(XYDataset data, int series, double x) {
        for (int i = 0; i < data.getItemCount(series); i++) {
            if (data.getXValue(series, i) == x) {
                return i;
            }
        }
        throw new AssertionError("x = " + x + " not sampled");
    }
}
