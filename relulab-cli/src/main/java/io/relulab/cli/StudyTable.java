package io.relulab.cli;

import io.relulab.experiment.Comparison;
import io.relulab.experiment.LayerSummary;
import io.relulab.experiment.ScenarioSummary;
import io.relulab.experiment.VariantSummary;
import io.relulab.stats.Summary;
import io.relulab.stats.WelchTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The terminal table of one scenario: per variant, test accuracy mean ± std and 95 % CI, training accuracy,
 * final validation loss, dead units per layer (final mean and maximum over epochs and seeds), inactive
 * units, and the difference from the baseline with Welch's p-value and its Holm-adjusted value over the scenario's
 * comparisons ({@code *}: significant after the correction). Columns are padded to line up.
 */
final class StudyTable {

    private StudyTable() {
    }

    static String render(ScenarioSummary scenario) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"variant", "seeds", "test acc mean ± std", Summary.percent(Summary.DEFAULT_CONFIDENCE_LEVEL) + "% CI", "train acc", "val loss",
            "dead/layer: final (max)", "saturated/layer", "inactive/layer", "Δ vs " + scenario.baseline(), "Welch p", "Holm p"});
        for (VariantSummary variant : scenario.variants()) {
            rows.add(row(variant, scenario));
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                line.append(c == 0 ? String.format("%-" + widths[c] + "s", row[c]) : String.format("  %" + widths[c] + "s", row[c]));
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                out.append("-".repeat(line.toString().stripTrailing().length())).append('\n');
            }
        }
        return out.toString();
    }

    private static String[] row(VariantSummary variant, ScenarioSummary scenario) {
        Optional<Comparison> comparison = variant.activation().equals(scenario.baseline()) ? Optional.empty()
                : scenario.comparison(variant.activation(), scenario.baseline());
        String seeds = variant.diverged() == 0 ? String.valueOf(variant.trials())
                : variant.finished() + "/" + variant.trials() + " (" + variant.diverged() + " diverged)";
        Optional<Summary> test = variant.testAccuracy();
        return new String[] {
            variant.activation(),
            seeds,
            test.map(s -> s.hasSpread() ? fmt("%.4f ± %.4f", s.mean(), s.standardDeviation()) : fmt("%.4f", s.mean())).orElse("—"),
            test.filter(Summary::hasSpread).map(s -> s.confidenceLow() >= 0 && s.confidenceHigh() <= 1
                    ? fmt("[%.4f, %.4f]", s.confidenceLow(), s.confidenceHigh()) : "too few seeds").orElse("—"),
            variant.trainAccuracy().map(s -> fmt("%.4f", s.mean())).orElse("—"),
            variant.finalValidationLoss().map(s -> fmt("%.4f", s.mean())).orElse("—"),
            variant.layers().stream().map(l -> fmt("%s (%d)", decimal(l.meanFinalDead()), l.maxDead())).collect(Collectors.joining(" | ")),
            variant.layers().stream().map(l -> decimal(l.meanFinalSaturated())).collect(Collectors.joining(" | ")),
            variant.layers().stream().map(l -> decimal(l.meanFinalInactive())).collect(Collectors.joining(" | ")),
            variant.versusBaseline().map(w -> fmt("%+.4f", w.meanDifference())).orElse("—"),
            variant.versusBaseline().map(WelchTest::formattedPValue).orElse("—"),
            comparison.filter(Comparison::isTestable)
                    .map(c -> Comparison.formatted(c.adjustedPValue()) + (c.isSignificant() ? " *" : "")).orElse("—"),
        };
    }

    /** Counts averaged over seeds: whole numbers without decimals, others with one. */
    private static String decimal(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : fmt("%.1f", value);
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** Layer names in order, for the legend under the table. */
    static String layerLegend(ScenarioSummary scenario) {
        return scenario.variants().stream().findFirst()
                .map(v -> v.layers().stream().map(l -> l.layer() + " (" + l.units() + " units)").collect(Collectors.joining(" | ")))
                .orElse("");
    }

    static List<LayerSummary> layers(ScenarioSummary scenario) {
        return scenario.variants().isEmpty() ? List.of() : scenario.variants().get(0).layers();
    }
}
