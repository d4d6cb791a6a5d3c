package io.relulab.cli;

import io.relulab.diagnostics.UnitMeasures;
import io.relulab.onnx.InspectedLayer;
import io.relulab.onnx.Inspection;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The terminal output of {@code relulab inspect}: a header naming the model and data, one row per activation
 * (layer, op, units, dead, inactive, dormant, saturated, share) and a legend; plus one warning per layer whose
 * dead or saturated share reaches {@value #WARNING_SHARE_PERCENT} %.
 *
 * <p>share = |dead ∪ saturated| / units: the units that pass less than ε of the gradient a linear unit would.
 */
final class InspectionTable {

    /** A layer is warned about when at least this share of its units is dead or saturated: 10 %. */
    static final double WARNING_SHARE = 0.10;

    static final int WARNING_SHARE_PERCENT = 10;

    private InspectionTable() {
    }

    static void print(Inspection inspection, PrintWriter out) {
        out.printf(Locale.ROOT, "model %s (%sopset %d), input '%s' %s; data %s: %d rows, sha256 %s%n", inspection.model(),
                inspection.producer().isEmpty() ? "" : inspection.producer() + ", ", inspection.opset(), inspection.input(),
                shape(inspection.inputShape()), inspection.data(), inspection.rows(), inspection.dataSha256().substring(0, 12));
        int nameWidth = Math.max(5, inspection.layers().stream().mapToInt(l -> l.name().length()).max().orElse(5));
        int opWidth = Math.max(2, inspection.layers().stream().mapToInt(l -> l.op().length()).max().orElse(2));
        String format = "%-" + nameWidth + "s  %-" + opWidth + "s  %6s  %6s  %8s  %7s  %9s  %6s%n";
        out.printf(Locale.ROOT, format, "layer", "op", "units", "dead", "inactive", "dormant", "saturated", "share");
        for (InspectedLayer layer : inspection.layers()) {
            UnitMeasures m = layer.measures();
            out.printf(Locale.ROOT, format, layer.name(), layer.op(), layer.units(), m.deadUnits().size(),
                    m.inactiveUnits().size(), m.dormantUnits().size(), m.saturatedUnits().size(),
                    String.format(Locale.ROOT, "%.1f%%", 100 * share(layer)));
        }
        out.printf(Locale.ROOT, "units: %s; dead: f'(z) = 0 on every value; inactive: output <= 0 on every value;"
                + " dormant: ReDo score <= %s; saturated: largest |f'(z)| < %s; share: dead or saturated units / units%n",
                unitWording(inspection), number(inspection.settings().tau()), number(inspection.settings().saturationEpsilon()));
        out.flush();
    }

    /** One line per layer that reaches the warning share, for stderr. */
    static List<String> warnings(Inspection inspection) {
        return inspection.layers().stream().filter(layer -> share(layer) >= WARNING_SHARE).map(layer -> {
            UnitMeasures m = layer.measures();
            return String.format(Locale.ROOT, "warning: layer %s: %d of %d units dead, %d saturated (%.1f%% pass less than %s of"
                    + " the gradient)", layer.name(), m.deadUnits().size(), layer.units(), m.saturatedUnits().size(),
                    100 * share(layer), number(inspection.settings().saturationEpsilon()));
        }).toList();
    }

    /** |dead ∪ saturated| / units. */
    static double share(InspectedLayer layer) {
        TreeSet<Integer> union = new TreeSet<>(layer.measures().deadUnits());
        union.addAll(layer.measures().saturatedUnits());
        return (double) union.size() / layer.units();
    }

    private static String unitWording(Inspection inspection) {
        boolean channels = inspection.layers().stream().anyMatch(l -> l.valueShape().length > 2 && l.unitAxis() == 1);
        boolean features = inspection.layers().stream().anyMatch(l -> l.valueShape().length > 2 && l.unitAxis() != 1);
        String wording = "one per feature of [N, F]";
        if (channels) {
            wording += ", one per channel of [N, C, ...] (over rows and positions)";
        }
        if (features) {
            wording += ", one per last-axis feature of [N, T, F] (over rows and tokens)";
        }
        return wording;
    }

    private static String shape(long[] dims) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < dims.length; i++) {
            text.append(i > 0 ? ", " : "").append(dims[i] >= 0 ? Long.toString(dims[i]) : i == 0 ? "N" : "?");
        }
        return text.append(']').toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e6 ? Long.toString((long) value) : Double.toString(value);
    }
}
