package io.relulab.cli;

import io.relulab.nn.NetworkSpec;
import io.relulab.train.Evaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Refuses, before anything is allocated, a network that cannot be built in this JVM: a layer with more weights than
 * a Java array holds, or parameters and activations that would not fit in the heap ({@link Runtime#maxMemory()}).
 *
 * <p>The estimate is deliberately simple and errs high: every parameter holds 4 doubles (value, gradient and the two
 * Adam moments; SGD and RMSprop need fewer), and every hidden or output unit 3 doubles (pre-activation, output,
 * gradient) per row of the largest block of rows the engine processes at once (a batch, or the evaluator's
 * {@link Evaluator#CHUNK_ROWS}), times the trials running at once.
 */
final class NetworkSize {

    /** Doubles held per parameter: value, gradient, two optimiser moments. */
    static final int DOUBLES_PER_PARAMETER = 4;
    /** Doubles held per unit and data row. */
    static final int DOUBLES_PER_ACTIVATION = 3;
    /** The longest array a JVM allocates (a little below {@link Integer#MAX_VALUE}). */
    static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private NetworkSize() {
    }

    /** Weights and biases (and PReLU slopes) of {@code network}. */
    static double parameters(NetworkSpec network) {
        double parameters = 0;
        int in = network.inputSize();
        for (int width : layerWidths(network)) {
            parameters += ((double) in + 1) * width;
            in = width;
        }
        return parameters + network.hiddenSizes().stream().mapToDouble(Integer::doubleValue).sum(); // a slope per unit at most
    }

    /**
     * Checks that {@code parallel} copies of {@code network} fit, trained in batches of {@code batchSize} rows.
     *
     * @param option the option that sets the widths, for the message (e.g. {@code --hidden})
     * @param value its value as given
     * @throws IllegalArgumentException e.g. {@code --hidden 100000000: 2.3e9 parameters and 1.0e8 units need about
     *     2520 GiB (weights, optimiser state, activations of 1024 rows), the JVM has 5.9 GiB ...}
     */
    static void requireFits(String option, String value, NetworkSpec network, int batchSize, int parallel, long maxHeap) {
        int in = network.inputSize();
        int layer = 1;
        for (int width : layerWidths(network)) {
            double weights = (double) in * width;
            if (weights > MAX_ARRAY) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s %s: layer %d would have %s weights (%d x %d),"
                        + " more than a Java array holds (%d)", option, value, layer, scientific(weights), in, width, MAX_ARRAY));
            }
            in = width;
            layer++;
        }
        double units = layerWidths(network).stream().mapToDouble(Integer::doubleValue).sum();
        double parameters = parameters(network);
        int rows = Math.max(batchSize, Evaluator.CHUNK_ROWS);
        double bytes = 8.0 * Math.max(1, parallel) * (DOUBLES_PER_PARAMETER * parameters + DOUBLES_PER_ACTIVATION * units * rows);
        if (bytes > maxHeap) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s %s: %s parameters and %s units%s need about %s"
                    + " (weights, optimiser state, activations of %d rows), the JVM has %s; give it more with java -Xmx,"
                    + " or use fewer or narrower layers", option, value, scientific(parameters), scientific(units),
                    parallel > 1 ? " in " + parallel + " trials at once" : "", gibibytes(bytes), rows, gibibytes(maxHeap)));
        }
    }

    private static List<Integer> layerWidths(NetworkSpec network) {
        List<Integer> widths = new ArrayList<>(network.hiddenSizes());
        widths.add(network.outputSize());
        return widths;
    }

    /** {@code 1234}, or {@code 2.3e9} from a million on. */
    static String scientific(double value) {
        if (value < 1e6) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        int exponent = (int) Math.floor(Math.log10(value));
        double mantissa = value / Math.pow(10, exponent);
        if (Math.round(mantissa * 10) >= 100) {
            mantissa /= 10;
            exponent++;
        }
        return String.format(Locale.ROOT, "%.1fe%d", mantissa, exponent);
    }

    private static String gibibytes(double bytes) {
        double gib = bytes / (1L << 30);
        return gib >= 10 ? String.format(Locale.ROOT, "%.0f GiB", gib) : String.format(Locale.ROOT, "%.1f GiB", gib);
    }
}
