package io.relulab.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The dying map's findings, computed from its cells and comparisons: where each variant's units start to die
 * (its boundary per panel and row: width and depth, or list of hidden widths), how the alternatives and ReDo move it, which accuracy changes survive the
 * Holm correction, and how many trials diverged.
 */
final class DyingMapFindings {

    private DyingMapFindings() {
    }

    static List<String> of(DyingMap map) {
        List<String> findings = new ArrayList<>();
        for (String variant : map.variants()) {
            for (String panel : map.layout().panels()) {
                boundarySentence(map, variant, panel, DyingMapCell::meanDeadShare, "dead share").ifPresent(findings::add);
                if (map.hasSaturated() && saturatedBeyondDead(map, variant, panel)) {
                    boundarySentence(map, variant, panel, DyingMapCell::meanSaturatedShare,
                            "saturated share (units that pass almost no gradient without being dead)").ifPresent(findings::add);
                }
            }
        }
        findings.add(comparisonSentence(map));
        int trials = map.cells().stream().mapToInt(DyingMapCell::trials).sum();
        int diverged = map.cells().stream().mapToInt(DyingMapCell::diverged).sum();
        if (diverged > 0) {
            String where = map.cells().stream().filter(c -> c.diverged() > 0)
                    .map(c -> c.key().variant() + " at " + c.key().position() + " (" + c.diverged() + " of " + c.trials() + ")")
                    .limit(5).collect(Collectors.joining("; "));
            long cellsWithDivergence = map.cells().stream().filter(c -> c.diverged() > 0).count();
            findings.add(diverged + " of " + trials + " trials diverged and are left out of the means: " + where
                    + (cellsWithDivergence > 5 ? "; and " + (cellsWithDivergence - 5) + " more cells" : "") + ".");
        }
        return findings;
    }

    /** Whether saturation tells more than death here: somewhere the saturated share reaches the threshold but the dead share does not. */
    private static boolean saturatedBeyondDead(DyingMap map, String variant, String panel) {
        return map.cells().stream().filter(c -> c.key().variant().equals(variant) && map.layout().panel(c.key()).equals(panel))
                .anyMatch(c -> c.meanSaturatedShare() >= DyingMap.BOUNDARY_SHARE && c.meanDeadShare() < DyingMap.BOUNDARY_SHARE);
    }

    private static java.util.Optional<String> boundarySentence(DyingMap map, String variant, String panel,
            java.util.function.ToDoubleFunction<DyingMapCell> measure, String name) {
        List<String> reached = new ArrayList<>();
        List<String> never = new ArrayList<>();
        double largest = Double.NaN;
        MapLayout layout = map.layout();
        for (String row : layout.rows()) {
            double worst = Double.NaN;
            for (double rate : map.learningRates()) {
                double share = map.cell(variant, panel, row, rate).map(measure::applyAsDouble).orElse(Double.NaN);
                if (!Double.isNaN(share)) {
                    worst = Double.isNaN(worst) ? share : Math.max(worst, share);
                }
            }
            if (Double.isNaN(worst)) {
                continue;
            }
            largest = Double.isNaN(largest) ? worst : Math.max(largest, worst);
            OptionalDouble boundary = map.boundary(variant, panel, row, measure);
            if (boundary.isPresent()) {
                reached.add("from lr " + CellKey.rate(boundary.getAsDouble()) + " at " + layout.rowPhrase(row));
            } else {
                never.add(layout.rowPhrase(row) + " (at most " + DyingMap.percent(worst) + ")");
            }
        }
        if (Double.isNaN(largest)) {
            return java.util.Optional.empty();
        }
        String threshold = DyingMap.percent(DyingMap.BOUNDARY_SHARE);
        String where = variant + (layout.panelPhrase(panel).isEmpty() ? "" : ", " + layout.panelPhrase(panel));
        if (reached.isEmpty()) {
            return java.util.Optional.of(where + ": the mean " + name + " stays below " + threshold
                    + " in every cell (at most " + DyingMap.percent(largest) + ").");
        }
        return java.util.Optional.of(where + ": the mean " + name + " reaches " + threshold + " "
                + String.join(", ", reached) + (never.isEmpty() ? "" : "; never at " + joinOr(never)) + ".");
    }

    private static String joinOr(List<String> parts) {
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }

    private static String comparisonSentence(DyingMap map) {
        List<CellComparison> testable = map.comparisons().stream().filter(c -> c.test().isTestable()).toList();
        int untestable = map.comparisons().size() - testable.size();
        if (map.comparisons().isEmpty()) {
            return "No comparison: the sweep has no alternative activation beside " + map.baseline() + " and no ReDo on/off pair.";
        }
        String untested = untestable == 0 ? "" : " " + untestable + " comparison" + (untestable == 1 ? " was" : "s were")
                + " too few finished seeds (or no spread) to test.";
        if (testable.isEmpty()) {
            return "No comparison could be tested." + untested;
        }
        List<CellComparison> significant = map.significant();
        StringBuilder text = new StringBuilder("Test accuracy, Welch's t-test per cell, Holm-corrected over the sweep's "
                + testable.size() + " testable comparison" + (testable.size() == 1 ? "" : "s") + " (family-wise α = "
                + DyingMap.ALPHA + "): " + significant.size() + " significant");
        Map<String, int[]> byRemedy = new LinkedHashMap<>();
        for (CellComparison comparison : significant) {
            String remedy = comparison.kind() == CellComparison.Kind.REDO
                    ? "ReDo (" + comparison.cell().activation() + ")"
                    : comparison.cell().activation() + " vs " + map.baseline();
            int[] counts = byRemedy.computeIfAbsent(remedy, k -> new int[2]);
            counts[comparison.difference() > 0 ? 0 : 1]++;
        }
        if (!byRemedy.isEmpty()) {
            text.append(": ").append(byRemedy.entrySet().stream()
                    .map(e -> e.getKey() + " higher in " + e.getValue()[0] + " cell" + (e.getValue()[0] == 1 ? "" : "s")
                            + ", lower in " + e.getValue()[1])
                    .collect(Collectors.joining("; ")));
            CellComparison largest = significant.stream()
                    .max(java.util.Comparator.comparingDouble(c -> Math.abs(c.difference()))).orElseThrow();
            text.append(". Largest change: ").append(largest.cell().variant()).append(" at ").append(largest.cell().position())
                    .append(", ").append(String.format(java.util.Locale.ROOT, "%+.3f", largest.difference()))
                    .append(" (Holm p = ").append(pText(largest.adjustedP())).append(")");
        }
        return text.append(".").append(untested).toString();
    }

    static String pText(double p) {
        return Double.isNaN(p) ? "n/a" : p < 1e-4 ? String.format(java.util.Locale.ROOT, "%.1e", p)
                : String.format(java.util.Locale.ROOT, "%.4f", p);
    }
}
