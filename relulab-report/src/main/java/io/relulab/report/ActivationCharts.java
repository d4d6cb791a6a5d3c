package io.relulab.report;

import io.relulab.activation.Activation;
import io.relulab.report.chart.Figure;
import io.relulab.report.chart.LineChart;
import io.relulab.report.chart.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.jfree.chart.JFreeChart;

/**
 * The reference notebook's three activation panels: the functions on [−3, 3], their derivatives on
 * [−3, 3] (with the PyTorch convention at the kinks), and the negative-input region [−2, 0] where dying
 * happens. The grids contain the kinks 0 exactly, so the derivative panel shows the value the code
 * really uses there.
 */
public final class ActivationCharts {

    /** The notebook's set: ReLU, Leaky ReLU α = 0.1, PReLU α = 0.2, ELU α = 1 (as spec strings). */
    public static final String NOTEBOOK_SPECS = "relu,leaky_relu:0.1,prelu:0.2,elu:1.0";

    /** Samples per unit of x. */
    private static final int SAMPLES_PER_UNIT = 200;

    private ActivationCharts() {
    }

    /** f(x) on [−3, 3]. */
    public static JFreeChart functions(List<Activation> activations) {
        return LineChart.builder("Activation functions")
                .axisLabels("x", "f(x)")
                .addAll(series(activations, -3, 3, Activation::value))
                .xRange(-3, 3)
                .build();
    }

    /** f′(x) on [−3, 3]. */
    public static JFreeChart derivatives(List<Activation> activations) {
        return LineChart.builder("Derivatives")
                .subtitle("at a kink the PyTorch convention: ReLU′(0) = 0, Leaky/PReLU′(0) = α, ELU′(0) = α")
                .axisLabels("x", "f′(x)")
                .addAll(series(activations, -3, 3, Activation::derivative))
                .xRange(-3, 3)
                .build();
    }

    /** f(x) on [−2, 0], where a unit whose derivative is 0 receives no gradient. */
    public static JFreeChart negativeInputs(List<Activation> activations) {
        List<String> flat = activations.stream().filter(Activation::canDie).map(ActivationLabels::of).toList();
        String subtitle = flat.isEmpty() ? "every activation shown keeps a gradient for x < 0"
                : "flat, so no gradient, for x < 0: " + String.join(", ", flat);
        return LineChart.builder("Negative inputs")
                .subtitle(subtitle)
                .axisLabels("x", "f(x)")
                .addAll(series(activations, -2, 0, Activation::value))
                .xRange(-2, 0)
                .build();
    }

    /** The three panels side by side. */
    public static Figure figure(List<Activation> activations) {
        return Figure.row(List.of(functions(activations), derivatives(activations), negativeInputs(activations)));
    }

    private interface Evaluation {
        double apply(Activation activation, double x);
    }

    /** Equal as numbers (so −0.0 equals 0.0: PReLU's α·x with α = 0 is ReLU's 0 for x < 0). */
    private static boolean sameValues(double[] a, double[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<Series> series(List<Activation> activations, double from, double to, Evaluation evaluation) {
        if (activations.isEmpty()) {
            throw new IllegalArgumentException("no activations to plot");
        }
        int intervals = (int) Math.round((to - from) * SAMPLES_PER_UNIT);
        double[] x = new double[intervals + 1];
        for (int i = 0; i <= intervals; i++) {
            x[i] = from + (to - from) * i / intervals; // exact at both ends and at integers such as 0
        }
        List<Series> series = new ArrayList<>();
        for (Activation activation : activations) {
            DoubleUnaryOperator f = value -> evaluation.apply(activation, value);
            double[] y = java.util.Arrays.stream(x).map(f).toArray();
            String label = ActivationLabels.of(activation);
            for (Series earlier : series) {
                if (sameValues(earlier.y(), y)) {
                    // e.g. PReLU with α = 0 at initialisation is ReLU: its (dashed) line lies on ReLU's, so say so
                    label += ", on the line of " + earlier.name();
                    break;
                }
            }
            series.add(Series.of(label, x, y));
        }
        return series;
    }
}
